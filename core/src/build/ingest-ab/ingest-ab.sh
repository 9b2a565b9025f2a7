#!/usr/bin/env bash
# Times the ingest (extraction on) of two builds with one harness, alternating them: issue 16's "before/after in the
# same run". Each run is one fresh JVM that ingests a warm-up corpus, then CORPUS ROUNDS times (IngestRounds.java).
#   core/src/build/ingest-ab/ingest-ab.sh BEFORE.jar AFTER.jar CORPUS [RUNS] [ROUNDS]
# CORPUS: a folder of reports, e.g. the corpus/ that `bench --docs=1000` writes under its --out folder; the
# warm-up is its first tenth (at least 20 files), copied aside, as bench warms up.
# Prints each round of each run, then per build the median CPU seconds of round 0 (after the warm-up only: the
# JIT still compiling) and of the later rounds (near steady state), and AFTER / BEFORE for both.
set -euo pipefail
before=$1; after=$2; corpus=$3; runs=${4:-2}; rounds=${5:-3}
here="$(cd "$(dirname "$0")" && pwd)"
warm=$(mktemp -d); trap 'rm -rf "$warm"' EXIT
n=$(ls "$corpus" | wc -l); w=$(( n / 10 < 20 ? 20 : n / 10 ))
ls "$corpus" | sort | head -n "$w" | while read -r f; do cp "$corpus/$f" "$warm/"; done
log=$(mktemp)
for run in $(seq 1 "$runs"); do
  for jar in "$before" "$after"; do
    java -cp "$jar" "$here/IngestRounds.java" "$corpus" "$warm" "$rounds" 2>/dev/null \
      | sed "s|^|jar=$(basename "$jar") run=$run load=$(cut -d' ' -f1 /proc/loadavg) |" | tee -a "$log"
  done
done
python3 - "$log" "$(basename "$before")" "$(basename "$after")" <<'PY'
import sys, statistics, re
rows = [dict(kv.split('=') for kv in line.split()) for line in open(sys.argv[1])]
def med(jar, first):
    v = [float(r['cpu_s']) for r in rows if r['jar'] == jar and (r['round'] == '0') == first]
    return statistics.median(v) if v else float('nan')
b, a = sys.argv[2], sys.argv[3]
print(f"{'':24} {'round 0 CPU s':>14} {'later rounds CPU s':>19}")
for jar in (b, a):
    print(f"{jar:24} {med(jar, True):14.2f} {med(jar, False):19.2f}")
print(f"{'after / before':24} {med(a, True) / med(b, True):14.3f} {med(a, False) / med(b, False):19.3f}")
PY
