#!/usr/bin/env bash
# Launch → first 200 of /api/search on an existing index, as `bench --scale` measures it (issue 21: ≤ 3 s at
# 100,000 reports with -Xmx1g): starts `serve --no-ingest`, asks /api/search?q=创新 every 20 ms from launch, and
# prints the seconds to the first 200, whether that answer was collapsed (no worksPending), the process's CPU
# seconds then (user + system: comparable on a loaded machine, the wall time is not), the seconds to the first
# collapsed answer, and the server's own lines about its start. Alternate two jars by calling it in turn:
#
#   core/src/build/cold-serve/first-200.sh JAR INDEX CORPUS PORT LABEL [java flags …]
#
# Serve a copy of an index you may write to (the server writes its works file and commits into it). On a machine
# others load, NICE=-10 runs the server (and the polling) ahead of them, nearer a quiet machine's wall times.
set -uo pipefail
jar=$1; index=$2; corpus=$3; port=$4; label=$5; shift 5
log=$(mktemp)
url="http://127.0.0.1:$port/api/search?q=%E5%88%9B%E6%96%B0"
t0=$(date +%s.%N)
${NICE:+nice -n "$NICE"} java -Xmx1g "$@" -jar "$jar" serve --no-ingest --index "$index" --corpus "$corpus" --host 127.0.0.1 --port "$port" > "$log" 2>&1 &
pid=$!
if ss -ltn "sport = :$port" | grep -q LISTEN; then echo "$label: port $port is taken"; kill "$pid"; exit 1; fi
cpu() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$pid/stat"; } # user + system, in clock ticks of 1/100 s
threads() { # the CPU seconds of the process's threads by name (numbers dropped: a pool is one line), the largest first
  for t in /proc/"$pid"/task/*; do # (threads that have ended are not listed: the process's total counts them)
    printf '%s\t%s\n' "$(tr -d '0-9#' 2>/dev/null < "$t/comm" | sed 's/[- ]*$//')" "$(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}')"
  done | awk -F'\t' '$2 != "" {s[$1] += $2} END {for (n in s) if (s[n] >= 5) printf "%.2f\t%s\n", s[n] / 100, n}' | sort -rn \
    | head -8 | awk -F'\t' '{printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1}'
}
first=""; first_cpu=""; pending=""; collapsed=""
while kill -0 "$pid" 2>/dev/null; do
  body=$(curl -s -m 30 -w '\n%{http_code}' "$url" 2>/dev/null)
  now=$(date +%s.%N)
  if [ "${body##*$'\n'}" = 200 ]; then
    if [ -z "$first" ]; then
      first=$(echo "$now - $t0" | bc); first_cpu=$(cpu); first_threads=$(threads)
      case "$body" in *'"worksPending":true'*) pending=pending ;; *) pending=collapsed ;; esac
    fi
    case "$body" in *'"worksPending":true'*) ;; *) collapsed=$(echo "$now - $t0" | bc); break ;; esac
  fi
  sleep 0.02
done
printf "%-8s first 200 %.2f s (%s), CPU %s s | first collapsed %.2f s | load %s\n" "$label" "${first:-0}" "$pending" \
  "$first_cpu" "${collapsed:-0}" "$(cut -d' ' -f1 /proc/loadavg)"
echo "    CPU s by thread at the first 200: $first_threads"
for _ in $(seq 150); do grep -q "^entity lists" "$log" && break; sleep 0.1; done # the start's own lines, up to 15 s
grep -E "works:|search prepared|entity lists|^warm-up|^serving" "$log" | sed 's/^/    /'
if ! kill "$pid" 2>/dev/null; then echo "$label: the server had exited:"; tail -5 "$log"; fi
wait "$pid" 2>/dev/null
rm -f "$log"
