#!/usr/bin/env bash
# bench/ingest.sh — ingest throughput and peak memory of `icestat ingest`, optionally A/B against another build
# (issue 2).
#
#   bench/ingest.sh [-n RUNS] [-b OLD_BINARY] FILE...
#
# Builds icestat from the working tree, then ingests FILE... RUNS times (default 3) into a fresh store each run
# and prints, per run, wall time, CPU time (user+sys), peak RSS (GNU time %M) and the 1-minute load average; then
# the median wall time, rows/s (rows stored, summed from icestat's own summary lines) and the median peak RSS.
# With -b, OLD_BINARY runs interleaved with the new build (old, new, old, new, …), so both see the same machine
# load: on a shared machine compare the two medians, not absolute figures. A store-creation run (an empty input
# file, which fails after the store is made) is timed too, so the per-file cost is visible.
#
# Examples:
#   bench/ingest.sh -b /tmp/old-icestat ../shared/data/uwchr-2019-ICFO-53623/*.gz
#   bench/ingest.sh -n 5 ../shared/data/uwchr-seattle/2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx
set -euo pipefail

RUNS=3
OLD=
while getopts "n:b:h" o; do
	case $o in
	n) RUNS=$OPTARG ;;
	b) OLD=$OPTARG ;;
	*)
		awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"
		exit 2
		;;
	esac
done
shift $((OPTIND - 1))
(($# > 0)) || {
	echo "ingest.sh: no input files (try -h)" >&2
	exit 2
}
[[ -x /usr/bin/time ]] || {
	echo "ingest.sh: needs GNU time (/usr/bin/time; Debian package time)" >&2
	exit 2
}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/icestat-ingest-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
(cd "$ROOT" && go build -o "$WORK/new-icestat" ./cmd/icestat)
: >"$WORK/empty.csv"

bins=(new)
[[ -n $OLD ]] && bins=(old new) && cp "$OLD" "$WORK/old-icestat"

# run LABEL FILE... → appends "wall cpu rss_kb rows load" to $WORK/LABEL.runs
run() {
	local label=$1 bin=$1
	shift
	[[ $label == create-* ]] && bin=${label#create-}
	rm -f "$WORK/s.duckdb" "$WORK/s.duckdb.wal"
	/usr/bin/time -o "$WORK/time" -f "%e %U %S %M" "$WORK/$bin-icestat" ingest --db "$WORK/s.duckdb" "$@" >"$WORK/out" 2>"$WORK/err" || true
	local rows
	rows=$(awk -F', ' '/rows stored/ {for (i = 1; i <= NF; i++) if ($i ~ / rows stored$/) {sub(/ rows stored$/, "", $i); gsub(/,/, "", $i); n += $i}} END {print n + 0}' "$WORK/out")
	read -r wall user sys rss < <(tail -1 "$WORK/time")
	local load
	load=$(cut -d' ' -f1 /proc/loadavg)
	echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}') $rss $rows $load" >>"$WORK/$label.runs"
	printf '%-12s wall %6.2f s  cpu %6s s  peak %5d MB  rows %9d  load %s\n' "$label" "$wall" \
		"$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')" $((rss / 1024)) "$rows" "$load"
}

for ((i = 1; i <= RUNS; i++)); do
	for b in "${bins[@]}"; do
		run "create-$b" "$WORK/empty.csv"
		run "$b" "$@"
	done
done

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo
echo "medians of $RUNS runs ($(nproc) cores; load averages now: $(cut -d' ' -f1-3 /proc/loadavg)):"
for b in "${bins[@]}"; do
	f=$WORK/$b.runs c=$WORK/create-$b.runs
	wall=$(cut -d' ' -f1 "$f" | median)
	cpu=$(cut -d' ' -f2 "$f" | median)
	rss=$(cut -d' ' -f3 "$f" | median)
	rows=$(cut -d' ' -f4 "$f" | median)
	cwall=$(cut -d' ' -f1 "$c" | median)
	awk -v b="$b" -v w="$wall" -v c="$cpu" -v r="$rss" -v n="$rows" -v cw="$cwall" 'BEGIN {
		printf "%-4s %9d rows  wall %6.2f s  %9.0f rows/s  cpu %6.2f s  peak %5.0f MB  | store creation alone %.2f s → per-file work %.2f s, %.0f rows/s\n",
			b, n, w, (w > 0 ? n / w : 0), c, r / 1024, cw, w - cw, (w - cw > 0 ? n / (w - cw) : 0)
	}'
done
