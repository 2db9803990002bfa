#!/bin/bash
# fresh.sh DB REPS BIN... : interleaved fresh `icestat count` processes for the
# five questions of bench/run.sh, one binary after the other for each
# question (so that every binary sees the same machine load); prints the
# median wall milliseconds per binary and question, and over all runs.
# Example (issue 20): compare a build of main with this branch over the
# store of the 11 nationwide files and the Seattle workbook:
#   bench/fresh.sh /tmp/w20/full.duckdb 9 /tmp/icestat-main /tmp/icestat-branch
set -u
db=$1; reps=$2; shift 2
qs=("arrests --fy 2017 --by aor,month" "arrests --fy 2017 --aor BOS" "removals --fy 2016 --by country --limit 10" "arrests --fy 2017 --by method_class --share" "arrests --fy 2017 --country MEXICO --method 'CAP Local Incarceration' --from 2017-01-20")
out=$(mktemp); : > $out
for r in $(seq $reps); do
  for qi in 0 1 2 3 4; do
    for b in "$@"; do
      s=$(date +%s%N); eval "$b count ${qs[$qi]} --db $db" >/dev/null 2>&1; e=$(date +%s%N)
      echo "$b $qi $(( (e-s)/1000000 ))" >> $out
    done
  done
done
for b in "$@"; do
  line="$b:"
  for qi in 0 1 2 3 4; do
    m=$(awk -v b="$b" -v q=$qi '$1==b && $2==q {print $3}' $out | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    line="$line q$qi=${m}ms"
  done
  all=$(awk -v b="$b" '$1==b {print $3}' $out | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$line all=${all}ms"
done
