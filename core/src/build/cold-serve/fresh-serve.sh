#!/usr/bin/env bash
# One fresh server, timed: launch → "serving" (wall clock), the process's CPU by then, the first 300 searches at
# concurrency 4 (first-searches.py), the process's CPU after them, the 1-minute load average. Run from the
# repository root after `mvn -B -q package -DskipTests`; alternate two settings by calling it in turn.
#
#   core/src/build/cold-serve/fresh-serve.sh INDEX CORPUS LABEL PORT [serve flags …]
#
# Environment: LAUNCHER (default bin/policy-miner: e.g. an older launcher, `git show REV:bin/policy-miner`),
# POLICYMINER_JAR, JAVA_OPTS, POLICYMINER_JIT (as the launcher reads them).
set -uo pipefail
index=$1; corpus=$2; label=$3; port=$4; shift 4
log=$(mktemp)
t0=$(date +%s.%N)
"${LAUNCHER:-bin/policy-miner}" serve --no-ingest --corpus="$corpus" --index="$index" --port "$port" "$@" > "$log" 2>&1 &
pid=$!
until grep -q "^serving" "$log" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "$label: the server exited"; cat "$log"; exit 1; fi
  sleep 0.02
done
t1=$(date +%s.%N)
cpu() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$pid/stat"; } # user + system, in clock ticks of 1/100 s
ready_cpu=$(cpu)
first=$(python3 core/src/build/cold-serve/first-searches.py "$port" 2>&1 | tail -1)
printf "%-12s ready %.2f s, CPU %s s | %s | CPU after %s s | load %s | %s\n" "$label" "$(echo "$t1 - $t0" | bc)" \
  "$ready_cpu" "$first" "$(cpu)" "$(cut -d' ' -f1 /proc/loadavg)" "$(grep '^warm-up' "$log")"
kill "$pid"; wait "$pid" 2>/dev/null
rm -f "$log"
