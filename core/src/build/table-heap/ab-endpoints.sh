#!/bin/bash
# Times the comparison endpoints on two servers serving copies of one index (before on port $1, after on
# port $2), alternating the two request by request: N rounds (default 30) of each URL; prints the p50 and
# p90 of each side (ms) and whether the answers are byte-identical (md5 of the first answer of each).
A=${1:-18201}; B=${2:-18202}; N=${3:-30}
enc() { python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "$1"; }
urls=("/api/conflicts" "/api/conflicts?limit=10000" "/api/compare?subject=$(enc 西安)" "/api/compare?subject=$(enc 北京)"
      "/api/compare?indicator=$(enc 研发投入强度)" "/api/conflicts?subject=$(enc 上海)"
      "/api/cooccurrence" "/api/cooccurrence?a=region&b=org&level=paragraph"
      "/api/cooccurrence?a=region&b=region&level=paragraph&rows=500&cols=500")
stat() { sort -n | awk '{a[NR]=$1} END {printf "%.1f %.1f", a[int((NR+1)/2)], a[int(NR*0.9+0.5)]}'; }
echo "| request | before p50 / p90 ms | after p50 / p90 ms | answer |"
echo "|---|---:|---:|---|"
for u in "${urls[@]}"; do
  ta=(); tb=()
  ha=$(curl -s "http://127.0.0.1:$A$u" | md5sum | cut -c1-8); hb=$(curl -s "http://127.0.0.1:$B$u" | md5sum | cut -c1-8)
  for ((i = 0; i < N; i++)); do
    ta+=($(curl -s -o /dev/null -w "%{time_total}" "http://127.0.0.1:$A$u"))
    tb+=($(curl -s -o /dev/null -w "%{time_total}" "http://127.0.0.1:$B$u"))
  done
  pa=$(printf "%s\n" "${ta[@]}" | awk '{print $1*1000}' | stat); pb=$(printf "%s\n" "${tb[@]}" | awk '{print $1*1000}' | stat)
  echo "| \`$(python3 -c "import urllib.parse,sys; print(urllib.parse.unquote(sys.argv[1]))" "$u")\` | ${pa/ / \/ } | ${pb/ / \/ } | $([ "$ha" = "$hb" ] && echo same || echo DIFFERENT) |"
done
