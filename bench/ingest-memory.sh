#!/usr/bin/env bash
# Memory and throughput of `entente ingest` on a big JSONL dump, and recovery from kill -9.
# Usage: bench/ingest-memory.sh [MB] [LIMIT_SECONDS]   (defaults 5000 MB, 1500 s)
#   Builds a dump of about MB megabytes of real news (the VOA stories and the seed articles of ../shared, repeated with
#   distinct ids), ingests it into a fresh SQLite file under /usr/bin/time -v, and prints peak RSS and throughput. A run
#   still going after LIMIT_SECONDS is stopped with kill -9 and the partial figures are printed. Then, on the database the
#   run left: the integrity check, no article's events stored twice, and a rerun that resumes where the killed run stopped
#   (checked for RESUME_SECONDS, default 60, or to the end if the dump is small enough). Last, a small dump (SMALL_MB,
#   default 20) killed -9 three times at random moments and rerun to the end must equal an uninterrupted ingest exactly.
# Environment: ENTENTE (command to run, default: a Release build of this checkout), WORK (folder for the dump and the
#   databases, default a new folder in /tmp, removed at the end), RSS_EVERY (seconds between RSS samples, default 30).
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-5000}"; limit="${2:-1500}"
resume_secs="${RESUME_SECONDS:-60}"; small_mb="${SMALL_MB:-20}"; every="${RSS_EVERY:-30}"
shared="$(cd .. && pwd)/shared/corpus"
work="${WORK:-$(mktemp -d /tmp/entente-ingest.XXXXXX)}"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
# The database takes about 4.5 times the dump; refuse to start without room for both.
need_mb=$(( mb * 6 + 500 ))
free_mb=$(df -Pm "$work" | awk 'NR==2 {print $4}')
if [ "$free_mb" -lt "$need_mb" ]; then echo "ingest-memory: $work has $free_mb MB free, needs about $need_mb MB for $mb MB" >&2; exit 1; fi
if [ -z "${ENTENTE:-}" ]; then
  dotnet build src/Entente.Cli -c Release -o "$work/bin" -nologo -v q >/dev/null
  ENTENTE="dotnet $work/bin/Entente.Cli.dll"
fi
read -r -a entente <<<"$ENTENTE"

make_dump() {  # make_dump FILE MB
  python3 - "$shared" "$1" "$2" <<'PY'
import json, glob, os, sys
shared, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
recs = [json.loads(l) for l in open(os.path.join(shared, "voa-stories.jsonl")) if l.strip()]
recs += [{"id": os.path.basename(p), "text": open(p).read()} for p in sorted(glob.glob(os.path.join(shared, "seeds", "*.txt")))]
size, k = 0, 0
with open(out, "w") as f:
    while size < mb * 1_000_000:
        for r in recs:
            line = json.dumps(dict(r, id=f"{r['id']}~{k}")) + "\n"
            f.write(line); size += len(line.encode())
        k += 1
PY
}

check_db() {  # check_db DB: integrity, foreign keys, articles, events, and whether any copy of an article has other events than its first copy
  python3 - "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
ok = c.execute("pragma integrity_check").fetchone()[0]
fk = c.execute("select count(*) from pragma_foreign_key_check").fetchone()[0]
arts = c.execute("select count(*) from articles").fetchone()[0]
events = c.execute("select count(*) from events").fetchone()[0]
# Every copy of a story has the same text, so the same number of events: a batch stored twice would break this.
bad = c.execute("""select count(*) from (select substr(article_id, 1, instr(article_id, '~') - 1) base, count(distinct n) v
                   from (select a.id article_id, (select count(*) from events e where e.article_id = a.id) n from articles a)
                   group by base having v > 1)""").fetchone()[0]
print(f"integrity {ok}, foreign keys {'ok' if fk == 0 else fk}, {arts:,} articles, {events:,} events, "
      f"{'no article with events stored twice' if bad == 0 else f'{bad} stories whose copies differ in events'}")
PY
}

df -h "$work" | tail -1 | awk '{print "disk: " $4 " free on " $6}'
dump="$work/big.jsonl"
make_dump "$dump" "$mb"
lines=$(wc -l < "$dump"); dump_mb=$(( $(stat -c %s "$dump") / 1000000 ))
echo "dump: $dump_mb MB, $lines articles of real news; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

# The big run, with RSS sampled now and then to show that memory stays flat.
db="$work/big.db"
start=$(date +%s.%N)
/usr/bin/time -v -o "$work/time.txt" "${entente[@]}" ingest "$dump" --db "$db" 2>"$work/ingest.err" &
tpid=$!
samples=()
sleep 1
pid=$(pgrep -P "$tpid" | head -1 || true)   # the ingest itself (time's child): kill -9 reaches it, time still reports
deadline=$(( $(date +%s) + limit ))
while kill -0 "$tpid" 2>/dev/null; do
  if [ "$(date +%s)" -ge "$deadline" ]; then kill -9 "$pid" 2>/dev/null || true; break; fi
  sleep "$every"
  [ -n "$pid" ] && samples+=("$(( $(awk '/VmRSS/ {print $2}' /proc/"$pid"/status 2>/dev/null || echo 0) / 1024 ))")
done
wait "$tpid" || true
end=$(date +%s.%N)
peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
status=$(grep -q "signal 9" "$work/time.txt" && echo killed || echo finished)
committed=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from articles').fetchone()[0])" "$db")
python3 - "$start" "$end" "$committed" "$lines" "$dump_mb" "$peak_kb" "$status" "$limit" "$(cut -d' ' -f1-3 /proc/loadavg)" "${samples[*]:-}" <<'PY'
import sys
start, end, done, lines, mb, kb = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
status, limit, load, samples = sys.argv[7], sys.argv[8], sys.argv[9], sys.argv[10]
secs = end - start; done_mb = mb * done / lines
what = "finished" if status == "finished" else f"stopped by kill -9 after the {limit} s limit"
print(f"ingest of {mb:,} MB ({lines:,} articles) into SQLite: {what}; {done:,} articles ({done_mb:,.0f} MB) committed in {secs:,.0f} s "
      f"= {done / secs:,.1f} articles/s, {done_mb / secs:,.2f} MB/s; load at the end {load}")
print(f"  peak RSS {kb / 1024:,.0f} MB (target under 500 MB); RSS samples every few seconds (MB): {samples or 'none'}")
PY
check_db "$db"
if [ "$status" = killed ]; then
  # Resume: the rerun must start after the last committed batch (the checkpoint) and store nothing twice.
  timeout -s KILL "$resume_secs" "${entente[@]}" ingest "$dump" --db "$db" 2>"$work/resume.err" || true
  after=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from articles').fetchone()[0])" "$db")
  echo "rerun for $resume_secs s (killed again): $committed -> $after articles committed; $(grep -o 'resum[^;]*' "$work/resume.err" | head -1)"
  check_db "$db"
fi
rm -f "$dump" "$db" "$db"-* "$db.progress"

# Small dump: kill -9 three times at random moments, then a rerun to the end; must equal one uninterrupted ingest.
make_dump "$work/small.jsonl" "$small_mb"
"${entente[@]}" ingest "$work/small.jsonl" --db "$work/clean.db" 2>/dev/null
for _ in 1 2 3; do
  "${entente[@]}" ingest "$work/small.jsonl" --db "$work/k.db" 2>/dev/null & p=$!
  sleep "$(python3 -c 'import random; print(round(random.uniform(1.5, 8), 2))')"
  kill -9 "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true
done
"${entente[@]}" ingest "$work/small.jsonl" --db "$work/k.db" 2>/dev/null
echo "small dump ($small_mb MB, $(wc -l < "$work/small.jsonl") articles): uninterrupted: $(check_db "$work/clean.db")"
echo "  killed -9 three times, then rerun: $(check_db "$work/k.db")"
python3 - "$work/clean.db" "$work/k.db" <<'PY'
import sqlite3, sys
def rows(p):
    c = sqlite3.connect(p)
    return (sorted(c.execute("select id, content_hash from articles")),
            sorted(c.execute("select article_id, sentence_idx, count(*) from events group by article_id, sentence_idx")))
print("  same articles and events as the uninterrupted run" if rows(sys.argv[1]) == rows(sys.argv[2]) else "  DIFFERS from the uninterrupted run")
PY
