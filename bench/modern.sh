#!/usr/bin/env bash
# Big modern releases: icestat against R readxl and Python openpyxl on one
# generated workbook in the layout of the Deportation Data Project's
# arrests-latest.xlsx (bench/moderngen: the real column names and types, each
# column drawn from the real rows' values, split into sheets at Excel's row
# limit). Also icestat alone at several sizes, to show that its peak memory
# does not grow with the file.
#
#   bash bench/modern.sh [ROWS]            # default 1,100,000 (two sheets); needs a quiet machine
#   SIZES="100000 300000 1000000" bash bench/modern.sh
#
# Prints markdown rows (time, rows/s, peak RSS) for bench/RESULTS.md; it does
# not edit RESULTS.md. Peers that are not installed are reported as such
# (Debian: r-base-core r-cran-readxl python3-openpyxl).
set -euo pipefail
ROWS=${1:-1100000}
SIZES=${SIZES:-"$((ROWS / 10)) $ROWS"}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/icestat-modern-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
go build -o "$WORK/icestat" ./cmd/icestat
go build -o "$WORK/moderngen" ./bench/moderngen

# measure NAME ROWS CMD...: one run, wall seconds and peak RSS from GNU time
measure() {
	local name=$1 rows=$2
	shift 2
	if ! /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err"; then
		echo "| $name | failed: $(tail -1 "$WORK/err") | | |"
		return
	fi
	read -r secs kb <"$WORK/time"
	awk -v n="$name" -v r="$rows" -v s="$secs" -v kb="$kb" \
		'BEGIN { printf "| %s | %.1f s | %.0f rows/s | %.0f MiB |\n", n, s, (s > 0 ? r / s : 0), kb / 1024 }'
}

echo "| run | time | rows/s | peak RSS |"
echo "|---|---|---|---|"
for n in $SIZES; do
	book="$WORK/arrests-latest-$n.xlsx"
	"$WORK/moderngen" -dataset arrests -rows "$n" -format xlsx -out "$book"
	rm -f "$WORK/s.duckdb"
	measure "icestat ingest, arrests-latest.xlsx, $n rows ($(du -m "$book" | cut -f1) MB)" "$n" \
		"$WORK/icestat" ingest --db "$WORK/s.duckdb" "$book"
done
book="$WORK/arrests-latest-$ROWS.xlsx"
# Debian's Python (python3-openpyxl), not a pyenv or venv one earlier in PATH
PY=python3
[[ -x /usr/bin/python3 ]] && PY=/usr/bin/python3
if command -v Rscript >/dev/null && Rscript -e 'library(readxl)' >/dev/null 2>&1; then
	measure "R readxl::read_excel, every sheet, $ROWS rows" "$ROWS" Rscript -e \
		'library(readxl); f <- commandArgs(TRUE)[1]; n <- 0; for (s in excel_sheets(f)) n <- n + nrow(read_excel(f, sheet = s)); cat(n, "\n")' "$book"
else
	echo "| R readxl | not installed (apt-get install r-base-core r-cran-readxl) | | |"
fi
if $PY -c 'import openpyxl' >/dev/null 2>&1; then
	measure "Python openpyxl (read_only, iter_rows), $ROWS rows" "$ROWS" $PY -c '
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
print(sum(sum(1 for _ in ws.iter_rows(min_row=2, values_only=True)) for ws in wb.worksheets))' "$book"
else
	echo "| Python openpyxl | not installed (apt-get install python3-openpyxl) | | |"
fi
