#!/usr/bin/env bash
# bench/run.sh — side-by-side benchmarks of icestat against the tools its users would otherwise use (issue 10).
#
#   bench/run.sh              full run (≈15 min on 2 cores): ingest, the five questions, scale 10×; writes bench/RESULTS.md
#   bench/run.sh --with-30x   also the 30× scale step (adds ≈20–25 min; off by default to stay within 20 minutes)
#   bench/run.sh --skip-30x   explicit default
#   bench/run.sh --smoke      one run over a tiny subset (≈1–2 min); prints the table and writes it to
#                             $BENCH_SMOKE_OUT (default /tmp/icestat-bench-smoke.md), never to bench/RESULTS.md
#
# Environment: BENCH_RUNS (runs per measurement, default 3; smoke 1), BENCH_DATA (default ../shared/data next to the
# repository), BENCH_WORK (scratch directory, default a fresh mktemp dir, removed at the end unless BENCH_KEEP=1),
# BENCH_REV (build icestat from this git revision instead of the working tree), BENCH_SMOKE_ROWS (rows per file in the
# smoke subset, default 3000), BENCH_PEER_CAP_MB (address-space cap for pandas/R at scale, default half of the memory).
#
# Peers come from Debian (python3-pandas, python3-openpyxl, r-base-core, r-cran-data.table, r-cran-readxl,
# r-cran-dplyr, r-cran-r.utils for fread of .gz, time for /usr/bin/time) and are installed when missing (root or sudo).
# Every peer's answers are checked against icestat's before anything is timed; the script stops on a difference.
set -euo pipefail

SMOKE=0
WITH30=0
for a in "$@"; do
	case $a in
	--smoke) SMOKE=1 ;;
	--with-30x) WITH30=1 ;;
	--skip-30x) WITH30=0 ;;
	-h | --help)
		awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"
		exit 0
		;;
	*)
		echo "run.sh: unknown argument $a (try --help)" >&2
		exit 2
		;;
	esac
done

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
DATA=${BENCH_DATA:-$(cd "$ROOT/.." && pwd)/shared/data}
RUNS=${BENCH_RUNS:-3}
((SMOKE)) && RUNS=1
START=$SECONDS
COMMAND="bench/run.sh${*:+ $*}"
[[ -n ${BENCH_RUNS:-} ]] && COMMAND="BENCH_RUNS=$BENCH_RUNS $COMMAND"
[[ -n ${BENCH_REV:-} ]] && COMMAND="BENCH_REV=$BENCH_REV $COMMAND"

if [[ -n ${BENCH_WORK:-} ]]; then
	WORK=$BENCH_WORK
	mkdir -p "$WORK"
else
	WORK=$(mktemp -d "${TMPDIR:-/tmp}/icestat-bench.XXXXXX")
fi
SERVER_PID=
cleanup() {
	[[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null || true
	if [[ ${BENCH_KEEP:-0} != 1 && -z ${BENCH_WORK:-} ]]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

LOADS=
say() {
	printf '\n== %s [%ds]\n' "$*" $((SECONDS - START)) >&2
	LOADS="$LOADS${LOADS:+; }$1 $(cut -d' ' -f1 /proc/loadavg)"
}
die() {
	printf 'run.sh: %s\n' "$*" >&2
	exit 1
}

NATIONAL=$DATA/uwchr-2019-ICFO-53623
WORKBOOK=$DATA/uwchr-seattle/2018-ICFO-36170_Seattle_Encounters_Arrests_Removals.xlsx
[[ -d $NATIONAL && -f $WORKBOOK ]] || die "no data at $DATA (set BENCH_DATA to the shared data directory)"

# ---------------------------------------------------------------------------------------------- peers
say "peers"
PKGS=(python3-pandas python3-openpyxl r-base-core r-cran-data.table r-cran-readxl r-cran-dplyr r-cran-r.utils time)
missing=()
for p in "${PKGS[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
	echo "installing from Debian: ${missing[*]}" >&2
	SUDO=
	if [[ $(id -u) != 0 ]]; then
		command -v sudo >/dev/null || die "need root or sudo to install ${missing[*]}"
		SUDO=sudo
	fi
	$SUDO apt-get update -qq
	for p in "${missing[@]}"; do
		cand=$(apt-cache policy "$p" | awk '/Candidate:/ {print $2}')
		[[ -n $cand && $cand != "(none)" ]] || die "Debian package $p is not available (apt-cache policy $p)"
	done
	$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
PY=/usr/bin/python3 # Debian's python, where python3-pandas lives (not a pyenv/venv one)
RSCRIPT=/usr/bin/Rscript
TIME=/usr/bin/time
command -v go >/dev/null || die "go is not in PATH"
command -v prlimit >/dev/null || die "prlimit (util-linux) is missing"

# ---------------------------------------------------------------------------------------------- build
say "build"
BIN=$WORK/bin
mkdir -p "$BIN"
SRC=$ROOT
if [[ -n ${BENCH_REV:-} ]]; then
	SRC=$WORK/src
	rm -rf "$SRC" && mkdir -p "$SRC"
	git -C "$ROOT" archive "$BENCH_REV" | tar -x -C "$SRC"
	rm -rf "$SRC/bench" && cp -r "$BENCH" "$SRC/bench"
	SOURCE="git revision $(git -C "$ROOT" rev-parse --short "$BENCH_REV") (BENCH_REV=$BENCH_REV)"
else
	dirty=$(git -C "$ROOT" status --porcelain -- . ':!bench' 2>/dev/null | wc -l || echo 0)
	SOURCE="the working tree at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
	((dirty > 0)) && SOURCE="$SOURCE plus $dirty uncommitted changes outside bench/"
fi
(cd "$SRC" && go build -o "$BIN/icestat" ./cmd/icestat && go build -o "$BIN/rawload" ./bench/rawload &&
	go build -o "$BIN/scalegen" ./bench/scalegen && go build -o "$BIN/warmq" ./bench/warmq)
ICESTAT=$BIN/icestat

# ---------------------------------------------------------------------------------------------- inputs
if ((SMOKE)); then
	SROWS=${BENCH_SMOKE_ROWS:-3000}
	TEXTDIR=$WORK/subset
	"$BIN/scalegen" -src "$NATIONAL" -out "$TEXTDIR" -copies 1 -rows "$SROWS" >/dev/null
	TEXT_DESC="smoke subset: the first $SROWS data rows of each of the 11 nationwide files"
else
	TEXTDIR=$NATIONAL
	TEXT_DESC="the 11 nationwide files of uwchr-2019-ICFO-53623 (pipe-delimited, gzip)"
fi
TEXT=("$TEXTDIR"/*.csv.gz)
((${#TEXT[@]} == 11)) || die "expected 11 text files in $TEXTDIR, found ${#TEXT[@]}"
ARR=$TEXTDIR/EROArrests_FY2017.csv.gz
REM=$TEXTDIR/ICERemovals_FY2016.csv.gz
TEXT_ROWS=0
for f in "${TEXT[@]}"; do TEXT_ROWS=$((TEXT_ROWS + $(zcat "$f" | wc -l) - 6)); done
Q_ROWS=$(($(zcat "$ARR" | wc -l) + $(zcat "$REM" | wc -l) - 12))

# The five questions, in the URL form shared by `icestat count` flags, the server and bench/warmq.
QN=(a b c d e)
QS=(
	'dataset=arrests&fy=2017&by=aor,month'
	'dataset=arrests&fy=2017&aor=BOS'
	'dataset=removals&fy=2016&by=country&limit=10'
	'dataset=arrests&fy=2017&by=method_class&share=true'
	'dataset=arrests&fy=2017&country=MEXICO&method=CAP+Local+Incarceration&from=2017-01-20'
)
# count_args QS: the `icestat count` arguments of a question, into the array ARGS.
count_args() {
	local ds= p k v parts
	ARGS=()
	IFS='&' read -ra parts <<<"$1"
	for p in "${parts[@]}"; do
		k=${p%%=*}
		v=${p#*=}
		v=${v//+/ }
		case $k in
		dataset) ds=$v ;;
		share | persons) ARGS+=("--$k") ;;
		*) ARGS+=("--$k" "$v") ;;
		esac
	done
	ARGS=("$ds" "${ARGS[@]}")
}

# ---------------------------------------------------------------------------------------------- measuring
TIMES=$WORK/times.tsv
WARM=$WORK/warm.tsv
META=$WORK/meta.tsv
: >"$TIMES"
: >"$WARM"
: >"$META"
meta() { printf '%s\t%s\n' "$1" "$2" >>"$META"; }
# measure LABEL RUN ROWS CMD...: run CMD (stdout to $WORK/out, stderr to $WORK/err), record wall time and peak RSS;
# stop the whole benchmark if it fails.
measure() {
	local label=$1 run=$2 rows=$3 t0 t1
	shift 3
	t0=$(date +%s%N)
	if ! "$TIME" -f %M -o "$WORK/mem" "$@" >"$WORK/out" 2>"$WORK/err"; then
		cat "$WORK/err" >&2
		die "$label failed: $*"
	fi
	t1=$(date +%s%N)
	printf '%s\t%s\t%s\t%s\t%s\tok\n' "$label" "$run" $(((t1 - t0) / 1000)) "$(tail -n 1 "$WORK/mem")" "$rows" >>"$TIMES"
}
# measure_peer: like measure, for a peer that may run out of memory under the cap: records the failure instead.
measure_peer() {
	local label=$1 run=$2 rows=$3 t0 t1 status=ok
	shift 3
	t0=$(date +%s%N)
	"$TIME" -f %M -o "$WORK/mem" prlimit --as=$((PEER_CAP_MB * 1024 * 1024)) "$@" >"$WORK/out" 2>"$WORK/err" || status=failed
	t1=$(date +%s%N)
	if [[ $status != ok ]]; then
		if grep -qiE 'memory|MemoryError|cannot allocate|bad_alloc|signal 9' "$WORK/err" "$WORK/mem"; then
			status="out of memory (cap ${PEER_CAP_MB} MB)"
		fi
		echo "$label: $status; last lines:" >&2
		tail -n 3 "$WORK/err" >&2
	fi
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$run" $(((t1 - t0) / 1000)) "$(tail -n 1 "$WORK/mem")" "$rows" "$status" >>"$TIMES"
}
out_rows() { tail -n 1 "$WORK/out" | tr -d ' '; }
stored_rows() { "$ICESTAT" sql --db "$1" --format csv "SELECT sum(rows_stored) FROM sources" | tail -n 1; }
expect_rows() { # expect_rows WHAT GOT WANT
	[[ $2 == "$3" ]] || die "$1 loaded $2 rows, icestat stored $3: the loaders do not agree"
}
# answer DB DIR: icestat's answers to the five questions as CSV files DIR/a.csv … e.csv (untimed).
answer() {
	mkdir -p "$2"
	local i
	for i in 0 1 2 3 4; do
		count_args "${QS[$i]}"
		"$ICESTAT" count "${ARGS[@]}" --db "$1" --format csv >"$2/${QN[$i]}.csv" 2>/dev/null
	done
}
same_answers() { # same_answers DIR1 DIR2 WHAT
	local n
	for n in "${QN[@]}"; do
		cmp -s "$1/$n.csv" "$2/$n.csv" || die "icestat's answer ($n) differs $3: $(diff "$1/$n.csv" "$2/$n.csv" | head -5)"
	done
}

MEM_KB=$(awk '/MemTotal/ {print $2}' /proc/meminfo)
PEER_CAP_MB=${BENCH_PEER_CAP_MB:-$((MEM_KB / 1024 / 2))}
meta command "$COMMAND"
meta date "$(date -u '+%Y-%m-%d %H:%M UTC')"
meta source "$SOURCE"
meta runs "$RUNS"
meta smoke "$SMOKE"
meta cpu "$(lscpu 2>/dev/null | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}')"
meta nproc "$(nproc)"
meta mem "$((MEM_KB / 1024)) MB"
meta os "$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
meta load_start "$(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shares its cores)"
meta go "$(go version | cut -d' ' -f3-)"
meta duckdb "$("$BIN/rawload" -version)"
meta python "$($PY --version 2>&1 | cut -d' ' -f2) ($PY)"
meta pandas "$($PY -c 'import pandas, openpyxl; print(pandas.__version__, "/", openpyxl.__version__)')"
meta r "$($RSCRIPT -e 'cat(R.version.string)')"
meta rpkgs "$($RSCRIPT -e 'cat(sapply(c("data.table","readxl","dplyr","R.utils"), function(p) as.character(packageVersion(p))), sep=" / ")')"
meta peer_cap "${PEER_CAP_MB} MB (prlimit --as), so that a peer that cannot fit fails instead of starving the machine"
meta text_desc "$TEXT_DESC, $(printf "%'d" "$TEXT_ROWS") data rows"
meta xlsx_desc "the Seattle workbook $(basename "$WORKBOOK") (6 sheets)"
meta q_desc "the peers read the two files the questions need ($(basename "$ARR"), $(basename "$REM"); $(printf "%'d" "$Q_ROWS") rows) and answer all five in one process; icestat's first contact ingests the same two files; its later return queries the full store (all text files and the workbook)."

# ---------------------------------------------------------------------------------------------- checks (untimed)
say "checking every peer's answers against icestat's"
CHECK=$WORK/check
mkdir -p "$CHECK"
rm -f "$CHECK/store.duckdb"
"$ICESTAT" ingest --db "$CHECK/store.duckdb" "$ARR" "$REM" >/dev/null
answer "$CHECK/store.duckdb" "$CHECK/icestat"
AOR_CODES=$DATA/reference/aor_codes.yaml
checked=()
for peer in pandas datatable dplyr; do
	case $peer in
	pandas) $PY "$BENCH/peers/questions.py" "$ARR" "$REM" >"$CHECK/$peer.out" ;;
	datatable) $RSCRIPT "$BENCH/peers/questions.R" "$ARR" "$REM" >"$CHECK/$peer.out" ;;
	dplyr) $RSCRIPT "$BENCH/peers/questions_dplyr.R" "$ARR" "$REM" >"$CHECK/$peer.out" ;;
	esac
	$PY "$BENCH/peers/check.py" "$AOR_CODES" "$CHECK/icestat" "$peer" "$CHECK/$peer.out" >&2 ||
		die "$peer's answers differ from icestat's (see above); nothing was timed"
	checked+=("$peer")
done
meta check "pandas, data.table and dplyr: every cell of (a)–(e) equal; loaders: every tool's row count equal to icestat's rows stored, each run; icestat: the same answers from the 2-file store, the full store, every timed run, each scale (copy 0) and the server's totals"

# ---------------------------------------------------------------------------------------------- 1. ingest
say "1. ingest ($RUNS runs)"
FULL=$WORK/full.duckdb
for run in $(seq 1 "$RUNS"); do
	echo "run $run" >&2
	rm -f "$WORK/text.duckdb" "$WORK/xlsx.duckdb" "$WORK/raw.duckdb"
	measure ingest.text.icestat "$run" "$TEXT_ROWS" "$ICESTAT" ingest --db "$WORK/text.duckdb" "${TEXT[@]}"
	expect_rows "icestat ingest" "$(stored_rows "$WORK/text.duckdb")" "$TEXT_ROWS"
	measure ingest.text.duckdb "$run" "$TEXT_ROWS" "$BIN/rawload" -db "$WORK/raw.duckdb" "${TEXT[@]}"
	expect_rows "DuckDB read_csv" "$(out_rows)" "$TEXT_ROWS"
	rm -f "$WORK/raw.duckdb"
	measure ingest.text.pandas "$run" "$TEXT_ROWS" $PY "$BENCH/peers/ingest.py" text "${TEXT[@]}"
	expect_rows "pandas read_csv" "$(out_rows)" "$TEXT_ROWS"
	measure ingest.text.datatable "$run" "$TEXT_ROWS" $RSCRIPT "$BENCH/peers/ingest.R" text "${TEXT[@]}"
	expect_rows "data.table fread" "$(out_rows)" "$TEXT_ROWS"

	measure ingest.xlsx.icestat "$run" 0 "$ICESTAT" ingest --db "$WORK/xlsx.duckdb" "$WORKBOOK"
	XLSX_ROWS=$(stored_rows "$WORK/xlsx.duckdb")
	sed -i '$ s/\t0\tok$/\t'"$XLSX_ROWS"'\tok/' "$TIMES"
	measure ingest.xlsx.readxl "$run" "$XLSX_ROWS" $RSCRIPT "$BENCH/peers/ingest.R" xlsx "$WORKBOOK"
	expect_rows "readxl" "$(out_rows)" "$XLSX_ROWS"
	measure ingest.xlsx.pandas "$run" "$XLSX_ROWS" $PY "$BENCH/peers/ingest.py" xlsx "$WORKBOOK"
	expect_rows "pandas read_excel" "$(out_rows)" "$XLSX_ROWS"
	if ((run == RUNS)); then
		mv "$WORK/text.duckdb" "$FULL"
		"$ICESTAT" ingest --db "$FULL" "$WORKBOOK" >/dev/null # the returning user's store: text files and workbook
	fi
	rm -f "$WORK/text.duckdb" "$WORK/xlsx.duckdb"
done
answer "$FULL" "$WORK/answers-full"
same_answers "$CHECK/icestat" "$WORK/answers-full" "between a store of the 2 files and the full store"

# ---------------------------------------------------------------------------------------------- 2. questions
say "2. the five questions ($RUNS runs)"
for run in $(seq 1 "$RUNS"); do
	echo "run $run" >&2
	measure q.pandas "$run" "$Q_ROWS" $PY "$BENCH/peers/questions.py" "$ARR" "$REM"
	measure q.datatable "$run" "$Q_ROWS" $RSCRIPT "$BENCH/peers/questions.R" "$ARR" "$REM"
	measure q.dplyr "$run" "$Q_ROWS" $RSCRIPT "$BENCH/peers/questions_dplyr.R" "$ARR" "$REM"
	rm -f "$WORK/first.duckdb"
	measure q.first/ingest "$run" "$Q_ROWS" "$ICESTAT" ingest --db "$WORK/first.duckdb" "$ARR" "$REM"
	for i in 0 1 2 3 4; do
		count_args "${QS[$i]}"
		measure "q.first/${QN[$i]}" "$run" 0 "$ICESTAT" count "${ARGS[@]}" --db "$WORK/first.duckdb" --format csv
		cmp -s "$WORK/out" "$CHECK/icestat/${QN[$i]}.csv" || die "first-contact answer (${QN[$i]}) changed"
	done
	for i in 0 1 2 3 4; do
		count_args "${QS[$i]}"
		measure "q.later/${QN[$i]}" "$run" 0 "$ICESTAT" count "${ARGS[@]}" --db "$FULL" --format csv
		cmp -s "$WORK/out" "$CHECK/icestat/${QN[$i]}.csv" || die "later-return answer (${QN[$i]}) changed"
	done
done
rm -f "$WORK/first.duckdb"
WARM_RUNS=$((RUNS < 5 ? 5 : RUNS))
"$BIN/warmq" -db "$FULL" -runs "$WARM_RUNS" "${QS[@]}" | sed 's/^/warm.1x\t/' >>"$WARM"

# Warm through the server, when this build of icestat has one (`icestat serve` with /api/count).
server_note="not measured: this build of icestat has no \`serve\` command; bench/warmq (store open in one process, same query engine) stands in for it"
if "$ICESTAT" help 2>&1 | grep -qE '^ +serve '; then
	PORT=$((20000 + RANDOM % 20000))
	"$ICESTAT" serve --db "$FULL" --addr "127.0.0.1:$PORT" --small-cell 0 >"$WORK/server.log" 2>&1 &
	SERVER_PID=$!
	up=0
	for _ in $(seq 1 100); do
		if curl -fs "http://127.0.0.1:$PORT/api/count?dataset=arrests" >/dev/null 2>&1; then
			up=1
			break
		fi
		sleep 0.1
	done
	if ((up)); then
		jcount() { $PY -c 'import json, sys; print(json.load(open(sys.argv[1])).get("count"))' "$1"; }
		# The server keeps an answer cache: the first request of a question is timed on its own (query run), the
		# repeats separately (cache hits). The first answer's total must equal icestat count's.
		for i in 0 1 2 3 4; do
			q=${QS[$i]}
			count_args "$q"
			"$ICESTAT" count "${ARGS[@]}" --db "$FULL" --format json >"$WORK/cli.json" 2>/dev/null
			t=$(curl -fs -o "$WORK/srv.json" -w '%{time_total}' "http://127.0.0.1:$PORT/api/count?$q") ||
				die "the server did not answer $q"
			want=$(jcount "$WORK/cli.json")
			got=$(jcount "$WORK/srv.json")
			[[ $got == "$want" ]] || die "server answers $q with count $got, icestat count with $want"
			awk -v q="$q" -v t="$t" -v n="$want" 'BEGIN {printf "server-first.1x\t%s\t%.1f\t%.1f\t%s\n", q, t*1000, t*1000, n}' >>"$WARM"
			ts=()
			for _ in $(seq 1 "$WARM_RUNS"); do
				ts+=("$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/api/count?$q")")
			done
			printf '%s\n' "${ts[@]}" | sort -g | awk -v q="$q" -v n="$want" '{a[NR]=$1*1000} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "server.1x\t%s\t%.1f\t%.1f\t%s\n", q, m, a[1], n}' >>"$WARM"
		done
		server_note="measured with curl against \`icestat serve --small-cell 0\` on 127.0.0.1 (HTTP /api/count); the server caches finished answers, so the first request of each question (the query runs) and the repeats (answer cache) are shown apart"
	else
		server_note="\`icestat serve --db --addr\` did not come up within 10 s; not measured"
	fi
	kill "$SERVER_PID" 2>/dev/null || true
	wait "$SERVER_PID" 2>/dev/null || true
	SERVER_PID=
fi

# ---------------------------------------------------------------------------------------------- 3. scale
if ((SMOKE)); then SCALES=(2); else SCALES=(10); fi
((WITH30 && !SMOKE)) && SCALES+=(30)
say "3. scale: ${SCALES[*]}×"
meta scales "${SCALES[*]}"
SCALEDB=$WORK/scale.duckdb
rm -f "$SCALEDB"
prev=0
dirs=()
for F in "${SCALES[@]}"; do
	d=$WORK/scale-$F
	rm -rf "$d"
	measure "scale.$F.gen" 1 0 "$BIN/scalegen" -src "$TEXTDIR" -out "$d" -first "$prev" -copies "$F"
	dirs+=("$d")
	new=("$d"/*.csv.gz)
	new_rows=$(((F - prev) * TEXT_ROWS))
	meta "rows_${F}x" $((F * TEXT_ROWS))
	echo "ingesting $(printf "%'d" "$new_rows") rows ($F×)" >&2
	measure "scale.$F.ingest" 1 "$new_rows" "$ICESTAT" ingest --db "$SCALEDB" "${new[@]}"
	expect_rows "icestat ingest at $F×" "$(stored_rows "$SCALEDB")" $((F * TEXT_ROWS))
	# The copies keep the real rows: copy 0 answers exactly as 1× does, copy 1 (dates +4 years) repeats FY2017 as FY2021.
	answer "$SCALEDB" "$WORK/answers-$F"
	same_answers "$CHECK/icestat" "$WORK/answers-$F" "at $F× (copy 0 is the original data)"
	b17=$("$ICESTAT" count arrests --db "$SCALEDB" --fy 2017 --aor BOS --format csv 2>/dev/null | tail -n 1)
	b21=$("$ICESTAT" count arrests --db "$SCALEDB" --fy 2021 --aor BOS --format csv 2>/dev/null | tail -n 1)
	[[ $b17 == "$b21" ]] || die "scalegen: FY2021 Boston arrests ($b21) differ from FY2017's ($b17) at $F×"
	# Paired with the 1× store, question by question and run by run, so that growth is not machine load.
	for run in $(seq 1 "$RUNS"); do
		for i in 0 1 2 3 4; do
			count_args "${QS[$i]}"
			measure "scale.$F.count1x/${QN[$i]}" "$run" 0 "$ICESTAT" count "${ARGS[@]}" --db "$FULL" --format csv
			measure "scale.$F.count/${QN[$i]}" "$run" 0 "$ICESTAT" count "${ARGS[@]}" --db "$SCALEDB" --format csv
		done
	done
	"$BIN/warmq" -db "$FULL" -runs "$WARM_RUNS" "${QS[@]}" | sed "s/^/warm.1x@${F}x\t/" >>"$WARM"
	"$BIN/warmq" -db "$SCALEDB" -runs "$WARM_RUNS" "${QS[@]}" | sed "s/^/warm.${F}x\t/" >>"$WARM"
	all=()
	for x in "${dirs[@]}"; do all+=("$x"/*.csv.gz); done
	echo "peers loading $(printf "%'d" $((F * TEXT_ROWS))) rows ($F×)" >&2
	measure_peer "scale.$F.pandas" 1 $((F * TEXT_ROWS)) $PY "$BENCH/peers/ingest.py" text "${all[@]}"
	measure_peer "scale.$F.datatable" 1 $((F * TEXT_ROWS)) $RSCRIPT "$BENCH/peers/ingest.R" text "${all[@]}"
	prev=$F
done
rm -f "$SCALEDB"
rm -rf "$WORK"/scale-*
scale_desc="scalegen replicates the ${#TEXT[@]} text files: copy c keeps every row and moves its dates by 4c fiscal years \
(copies 21+ move back), titles name the shifted year. Each size is ingested in one \`icestat ingest\` process \
(30× adds copies 10–29 to the 10× store); the 5 questions then run as fresh \`count\` processes (median of $RUNS) and warm in one \
process (bench/warmq, median of $WARM_RUNS). Peers at each size load every file into memory (read_csv + concat / fread + rbindlist), \
one run, under the address-space cap. At 1× the ingest and peer figures are those of section 1; the 1× counts and warm \
latencies are measured again alongside the first scale step, question by question, so that the two sizes see the same load."
meta scale_desc "$scale_desc"
if ((!WITH30 && !SMOKE)); then
	meta scale_note "The 30× step (≈80 M rows) was skipped (the default, to keep the run within 20 minutes at this ingest speed); run \`bench/run.sh --with-30x\` to add it."
fi

notes=("Server: $server_note."
	"pandas' groupby drops rows whose key is missing unless told otherwise: (a) needs \`dropna=False\`, or pandas silently loses the 247 FY2017 arrests with an empty AOR, which icestat reports as \`(empty)\`. The check above caught it while this benchmark was written."
	"The machine is shared: other sessions build, test and fuzz on the same $(nproc) cores while this runs (see the load by step above; a load of 8 on 2 cores means each process gets a fraction of a core), so absolute times here can be several times those of a quiet machine, and they move between runs. Interleaved runs, medians and paired ratios damp that but do not remove it; rerun on a quiet machine before quoting absolute figures.")
meta notes "$(
	IFS='|'
	echo "${notes[*]}" | sed 's/|/ || /g'
)"
meta load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
meta loads "$LOADS (1-minute load average as each step began; $(nproc) cores)"
wall=$((SECONDS - START))
meta wall_s "$wall"
meta wall "$((wall / 60)) min $((wall % 60)) s"

say "report"
if ((SMOKE)); then OUT=${BENCH_SMOKE_OUT:-${TMPDIR:-/tmp}/icestat-bench-smoke.md}; else OUT=$BENCH/RESULTS.md; fi
$PY "$BENCH/report.py" "$WORK" "$OUT"
echo "wrote $OUT" >&2
