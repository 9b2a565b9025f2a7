#!/usr/bin/env bash
# A freshly started server, with and without its warm-up: builds an index of the bundled corpus once, then
# alternates `serve --no-warmup` and `serve` (fresh processes), timing launch → "serving" and the first 300
# searches at concurrency 4. Run from the repository root after `mvn -B -q package -DskipTests`.
set -euo pipefail
jar=target/policy-miner.jar
work=$(mktemp -d)
java -jar "$jar" ingest --corpus=corpus --index="$work/index" > /dev/null
one() { # $1: extra flag ("" or --no-warmup), $2: port
  local t0 t1 pid
  t0=$(date +%s.%N)
  java -jar "$jar" serve --no-ingest --corpus=corpus --index="$work/index" --port "$2" $1 > "$work/serve.log" 2>&1 &
  pid=$!
  until grep -q "^serving" "$work/serve.log" 2>/dev/null; do sleep 0.05; done
  t1=$(date +%s.%N)
  echo "${1:-warm-up}: launch → serving $(echo "$t1 - $t0" | bc) s; $(python3 core/src/build/cold-serve/first-searches.py "$2")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
for i in 1 2; do one --no-warmup 7501; one "" 7502; done
rm -rf "$work"
