#!/usr/bin/env bash
# verify.sh — derives every reconstructible figure of figures.json straight
# from the 2019-ICFO-53623 files with zcat and awk, without icestat, and
# compares it with the figure ICE published. TestICEReportFigures
# (internal/query/icereports_test.go) answers the same figures through the
# query engine; the two are independent.
#
#   bash testdata/ice-reports/verify.sh [DIR]   # DIR defaults to ../shared/data/uwchr-2019-ICFO-53623
#
# Files: five preamble lines and a header, then pipe-delimited rows.
# Arrests: $1 Area of Responsibility, $2 Apprehension Date (M/D/YYYY), $3 Apprehension Method.
# Removals: $1 AOR, $5 Citizenship, $9 Departed Date, $10 Removal Date.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
D=${1:-$here/../../../shared/data/uwchr-2019-ICFO-53623}
arr() { zcat "$D/EROArrests_FY$1.csv.gz" | tail -n +7; }
rem() { zcat "$D/ICERemovals_FY$1.csv.gz" | tail -n +7; }
# ICE's at-large grouping (definitions ice/1)
atlarge='$3=="\"Located\"" || $3=="\"Non-Custodial Arrest\"" || $3=="\"Probation and Parole\""'
# rows of fiscal year Y dated January 20 .. September 30 of Y
jan20='{split($2,d,"/"); k=d[3]*10000+d[1]*100+d[2]} k>=Y*10000+120 && k<=Y*10000+930'
# fiscal year of an M/D/YYYY date
fyfn='function fy(s,  d){ if (s=="") return 0; split(s,d,"/"); return d[1]>=10 ? d[3]+1 : d[3]+0 }'

pass=0 fail=0
check() { # id published derived
	if [ "$2" = "$3" ]; then pass=$((pass+1)); echo "ok    $1 = $3"; else fail=$((fail+1)); echo "DIFF  $1: ICE published $2, the records give $3"; fi
}
n() { wc -l | tr -d ' '; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN{ x = 100*(a-b)/b; printf "%d\n", (x < 0 ? x-0.5 : x+0.5) }'; }

a16=$(arr 2016 | n); a17=$(arr 2017 | n); a18=$(arr 2018 | n)
check fy2016-arrests 110104 "$a16"
check fy2017-arrests 143470 "$a17"
check fy2018-arrests 158581 "$a18"
check fy2018-arrests-fy2017-fy2016 143470 "$a17"
check fy2017-arrests-increase 33366 $((a17 - a16))
check fy2017-arrests-increase-pct 30 "$(pct "$a17" "$a16")"
check fy2018-arrests-increase 15111 $((a18 - a17))
check fy2018-arrests-increase-pct 11 "$(pct "$a18" "$a17")"
check fy2018-vs-fy2016-arrests-pct 44 "$(pct "$a18" "$a16")"

w16=$(arr 2016 | awk -F'|' -v Y=2016 "$jan20" | n); w17=$(arr 2017 | awk -F'|' -v Y=2017 "$jan20" | n)
check jan20-2016-arrests 77806 "$w16"
check jan20-2017-arrests 110568 "$w17"
check jan20-2017-arrests-increase-pct 42 "$(pct "$w17" "$w16")"

check fy2016-at-large 30348 "$(arr 2016 | awk -F'|' "$atlarge" | n)"
check fy2017-at-large 40066 "$(arr 2017 | awk -F'|' "$atlarge" | n)"
check fy2018-at-large 40536 "$(arr 2018 | awk -F'|' "$atlarge" | n)"
check jan20-2016-at-large 22094 "$(arr 2016 | awk -F'|' -v Y=2016 "$jan20" | awk -F'|' "$atlarge" | n)"
check jan20-2017-at-large 31663 "$(arr 2017 | awk -F'|' -v Y=2017 "$jan20" | awk -F'|' "$atlarge" | n)"

check fy2016-removals 240255 "$(rem 2016 | n)"
check fy2017-removals 226119 "$(rem 2017 | n)"
check fy2018-removals 256085 "$(rem 2018 | n)"
check fy2017-removals-change-pct -6 "$(pct "$(rem 2017 | n)" "$(rem 2016 | n)")"
for y in 2016:235524 2017:220649 2018:252405; do
	Y=${y%%:*}
	check "fy$Y-removals-excluding-lag" "${y#*:}" "$(rem "$Y" | awk -F'|' -v Y="$Y" "$fyfn"' fy($10)==Y && fy($9)>=Y' | n)"
done

aor() { awk -F'|' -v a="\"$1 Area of Responsibility\"" '$1==a' | n; }
check fy2016-arrests-miami 3524 "$(arr 2016 | aor Miami)"
check fy2017-arrests-miami 6192 "$(arr 2017 | aor Miami)"
check fy2017-arrests-houston 13565 "$(arr 2017 | aor Houston)"
check fy2017-arrests-dallas 16520 "$(arr 2017 | aor Dallas)"
check fy2017-arrests-dallas-increase 6886 $(( $(arr 2017 | aor Dallas) - $(arr 2016 | aor Dallas) ))
check fy2017-arrests-buffalo 1494 "$(arr 2017 | aor Buffalo)"
check fy2016-removals-miami 5562 "$(rem 2016 | aor Miami)"
check fy2017-removals-miami 7082 "$(rem 2017 | aor Miami)"

country() { awk -F'|' -v c="\"$1\"" '$5==c' | n; }
for f in 2016:MEXICO:149821 2016:GUATEMALA:33940 2016:HONDURAS:21994 "2016:EL SALVADOR:20538" \
	2017:MEXICO:128765 2017:GUATEMALA:33570 2017:HONDURAS:22381 "2017:EL SALVADOR:18838" 2017:HAITI:5578 \
	2018:MEXICO:141045 2018:GUATEMALA:50390 2018:HONDURAS:28894 "2018:EL SALVADOR:15445"; do
	IFS=: read -r Y C V <<<"$f"
	id=$(echo "fy$Y-removals-$C" | tr 'A-Z ' 'a-z-')
	check "$id" "$V" "$(rem "$Y" | country "$C")"
done
# Misquoted and revised figures: what the records give instead.
check fy2017-arrests-dallas-misquoted/records 16520 "$(arr 2017 | aor Dallas)"
q1() { awk -F'|' -v Y="$1" '{split($2,d,"/")} d[3]==Y && d[1]>=10' | n; }
check fy2019-q1-arrests/records 35287 "$(zcat "$D/EROArrests_FY2019.csv.gz" | tail -n +7 | q1 2018)"
check fy2018-q1-arrests/records 39490 "$(arr 2018 | q1 2017)"

# Not an ICE figure: removals by Departed Date across every file (the
# departed-date basis), checked by TestICEReportFigures too.
dep() { for y in 2016 2017 2018 2019; do rem $y; done | awk -F'|' -v Y="$1" "$fyfn"' fy($9)==Y' | n; }
# the lag itself: FY2018 removals whose Departed Date is before FY2018
check lag-fy2018 3680 "$(rem 2018 | awk -F'|' "$fyfn"' fy($9)<2018' | n)"
check departed-date-fy2016 240994 "$(dep 2016)"
check departed-date-fy2017 224329 "$(dep 2017)"
check fy2016-removals-mexico-share 62 "$(awk -v a="$(rem 2016 | country MEXICO)" -v b="$(rem 2016 | n)" 'BEGIN{ printf "%d\n", 100*a/b + 0.5 }')"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
