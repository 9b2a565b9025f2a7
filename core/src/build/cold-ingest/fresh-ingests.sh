#!/usr/bin/env bash
# Alternating fresh processes, each a cold ingest of CORPUS into a new index (2 threads): the stock smartcn indexer
# (StockIndexMain of the bench jar, plain `java -cp`), and each JAR given through the launcher (bin/policy-miner, its
# class-data archive, C1), as a user runs it. Per run: wall and CPU seconds (/usr/bin/time: user + sys) and the
# 1-minute load average before..after; a jar's `ingest --timings` table goes to OUT/timings-NAME.log (a jar
# without that flag, e.g. an older main, runs without it). Rounds go forward, then backward (stock A B, B A stock).
# Run from the repository root after `mvn -B -q package -DskipTests`:
#
#   core/src/build/cold-ingest/fresh-ingests.sh CORPUS OUT ROUNDS JAR…
#
# CORPUS: e.g. what GenCorpus.java writes (the 2,000 reports `bench --cold` generates). Make each jar's
# archive first (`POLICYMINER_JAR=JAR bin/policy-miner help`), or its first run includes the training run.
set -uo pipefail
corpus=$1; out=$2; rounds=$3; shift 3
mkdir -p "$out"
bench=${BENCH_JAR:-target/policy-miner-bench.jar}
one() { # label, then the command
  local label=$1; shift
  rm -rf "$out/index-$label"
  local l0; l0=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S" -o "$out/time-$label" "$@" > "$out/out-$label" 2> "$out/err-$label"
  local l1; l1=$(cut -d' ' -f1 /proc/loadavg)
  read -r w u s < "$out/time-$label"
  echo "$(date -u +%H:%M:%S) $label wall=$w cpu=$(python3 -c "print(round($u + $s, 2))") load=$l0..$l1"
}
stock() { one stock java -cp "$bench" com.policyminer.bench.StockIndexMain "$corpus" "$out/index-stock" 2; }
ours() {
  local jar=$1 name; name=$(basename "$jar" .jar)
  local flags=(); if unzip -p "$jar" com/policyminer/cli/IngestCommand.class 2>/dev/null | grep -aq -- --timings; then flags=(--timings); fi
  one "$name" env POLICYMINER_JAR="$jar" bin/policy-miner ingest --corpus "$corpus" --index "$out/index-$name" --threads 2 ${flags[@]+"${flags[@]}"}
  if [ ${#flags[@]} -gt 0 ]; then cat "$out/out-$name" >> "$out/timings-$name.log"; fi
}
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) = 1 ]; then stock; for j in "$@"; do ours "$j"; done
  else for ((i = $#; i >= 1; i--)); do ours "${!i}"; done; stock; fi
done
