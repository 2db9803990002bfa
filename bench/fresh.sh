#!/bin/bash
# fresh.sh DB REPS BIN... : interleaved fresh `icestat count` processes for the
# five questions of bench/run.sh, one binary after the other for each
# question (so that every binary sees the same machine load); prints the
# median wall milliseconds per binary and question, and over all runs of
# the five questions.
# Example (issue 20): compare a build of main with this branch over the
# store of the 11 nationwide files and the Seattle workbook:
#   bench/fresh.sh /tmp/w20/full.duckdb 9 /tmp/icestat-main /tmp/icestat-branch
# FRESH_DEDUPE=1 adds (f), a grouped count with --dedupe; FRESH_DETENTION_DB=PATH
# adds (g), the detention measure `detained` over a store of the detention
# statistics (icestat detstats ingest --db PATH ../shared/data/ice-detention-stats/workbooks/).
# Neither enters the "all" median, which stays that of (a)-(e).
set -u
db=$1; reps=$2; shift 2
qs=("arrests --fy 2017 --by aor,month" "arrests --fy 2017 --aor BOS" "removals --fy 2016 --by country --limit 10" "arrests --fy 2017 --by method_class --share" "arrests --fy 2017 --country MEXICO --method 'CAP Local Incarceration' --from 2017-01-20")
names=(a b c d e)
dbs=("$db" "$db" "$db" "$db" "$db")
if [ "${FRESH_DEDUPE:-}" != "" ]; then
  qs+=("arrests --fy 2017 --by aor --dedupe"); names+=(f); dbs+=("$db")
fi
if [ "${FRESH_DETENTION_DB:-}" != "" ]; then
  qs+=("detained --date 2025-05-31 --by criminality"); names+=(g); dbs+=("$FRESH_DETENTION_DB")
fi
out=$(mktemp); : > $out
for r in $(seq $reps); do
  for qi in "${!qs[@]}"; do
    for b in "$@"; do
      s=$(date +%s%N); eval "$b count ${qs[$qi]} --db ${dbs[$qi]}" >/dev/null 2>&1; e=$(date +%s%N)
      echo "$b $qi $(( (e-s)/1000000 ))" >> $out
    done
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for b in "$@"; do
  line="$b:"
  for qi in "${!qs[@]}"; do
    m=$(awk -v b="$b" -v q=$qi '$1==b && $2==q {print $3}' $out | median)
    line="$line (${names[$qi]})=${m}ms"
  done
  all=$(awk -v b="$b" '$1==b && $2<5 {print $3}' $out | median)
  grouped=$(awk -v b="$b" '$1==b && ($2==0 || $2==3) {print $3}' $out | median)
  echo "$line all(a-e)=${all}ms grouped(a,d)=${grouped}ms"
done
rm -f $out
