#!/usr/bin/env bash
# How a fresh server's cost per search falls as the JIT compiles: N batches of 300 searches at concurrency 4
# (first-searches.py), each with the server process's CPU seconds it took and its p50/p99 ms. No warm-up.
#
#   core/src/build/cold-serve/search-batches.sh INDEX CORPUS LABEL PORT N
#
# Environment: as fresh-serve.sh (e.g. POLICYMINER_JIT=full for C2).
set -uo pipefail
index=$1; corpus=$2; label=$3; port=$4; n=$5
log=$(mktemp)
"${LAUNCHER:-bin/policy-miner}" serve --no-ingest --corpus="$corpus" --index="$index" --port "$port" --no-warmup > "$log" 2>&1 &
pid=$!
until grep -q "^serving" "$log" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "$label: the server exited"; cat "$log"; exit 1; fi
  sleep 0.05
done
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
prev=$(ticks); out="$label:"
for _ in $(seq "$n"); do
  r=$(python3 core/src/build/cold-serve/first-searches.py "$port" 2>&1 | tail -1 | awk '{print $2 "/" $5}')
  now=$(ticks); out="$out $(echo "scale=2; ($now - $prev) / 100" | bc)s($r)"; prev=$now
done
echo "$out | load $(cut -d' ' -f1 /proc/loadavg)"
kill "$pid"; wait "$pid" 2>/dev/null
rm -f "$log"
