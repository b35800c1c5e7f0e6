#!/usr/bin/env bash
# Builds the dashboard's front-end dependencies: installs the pinned npm packages (package-lock.json) and copies
# their distributed files into src/Entente.Web/wwwroot/lib. The dashboard loads nothing from a CDN and fetches
# nothing at run time. Called by the Entente.Web build when wwwroot/lib is missing; safe to run again.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app="$root/src/Entente.Web/ClientApp"
lib="$root/src/Entente.Web/wwwroot/lib"
if ! command -v npm >/dev/null 2>&1; then
  echo "build-web: npm not found; install Node.js 20+ and npm to build the dashboard's assets" >&2
  exit 1
fi
cd "$app"
# npm ci only when the installed tree is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
mkdir -p "$lib"
cp node_modules/echarts/dist/echarts.min.js "$lib/echarts.min.js"
cp node_modules/cytoscape/dist/cytoscape.min.js "$lib/cytoscape.min.js"
cp node_modules/echarts/LICENSE "$lib/echarts.LICENSE.txt"
cp node_modules/cytoscape/LICENSE "$lib/cytoscape.LICENSE.txt"
echo "build-web: wrote $(ls "$lib" | wc -l) files to src/Entente.Web/wwwroot/lib"
