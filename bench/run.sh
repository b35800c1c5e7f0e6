#!/usr/bin/env bash
# Benchmark: Entente's language layer and whole pipeline, and wink-nlp as a reference peer, on one generated corpus.
# Usage: bench/run.sh [MB]   (default 50). Installs wink-nlp into a temporary folder; needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-50}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build src/Entente.Cli -c Release -o "$work/bin" -nologo -v q >/dev/null
dotnet "$work/bin/Entente.Cli.dll" bench --generate "$work/corpus.jsonl" --mb "$mb"
dotnet "$work/bin/Entente.Cli.dll" bench --corpus "$work/corpus.jsonl" | tee "$work/entente.txt"
if command -v npm >/dev/null 2>&1; then
  (cd "$work" && npm init -y >/dev/null 2>&1 && npm install --silent --no-audit --no-fund wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1 >/dev/null 2>&1)
  NODE_PATH="$work/node_modules" node bench/wink-bench.js "$work/corpus.jsonl" | tee "$work/wink.txt"
  ours=$(grep '^language layer, 1 core' "$work/entente.txt" | sed -E 's/.* = ([0-9,]+) tokens\/s.*/\1/' | tr -d ,)
  theirs=$(grep '^wink-nlp' "$work/wink.txt" | sed -E 's/.* = ([0-9,]+) tokens\/s.*/\1/' | tr -d ,)
  echo "ratio (Entente language layer / wink-nlp), tokens per second on one core: $(python3 -c "print(f'{$ours/$theirs:.2f}')")x"
else
  echo "npm not found: wink-nlp reference not run"
fi
