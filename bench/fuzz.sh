#!/usr/bin/env bash
# Run every fuzz target of icestat for a bounded time (issue 6).
#
#   bench/fuzz.sh                 # each target for FUZZTIME (default 60s)
#   FUZZTIME=10m bench/fuzz.sh    # longer
#   FUZZTIME=30s bench/fuzz.sh FuzzParseDate FuzzTextRows   # some targets only
#   FUZZ_PARALLEL=2 bench/fuzz.sh # fuzzing workers per target (default: GOMAXPROCS)
#   FUZZ_CONCURRENT=1 FUZZ_PARALLEL=1 FUZZ_NICE=19 FUZZTIME=2h bench/fuzz.sh
#                                 # every target at once, at low priority: a soak
#                                 # that uses the machine's idle time while other
#                                 # work goes on (nice 19 yields to everything else)
#
# Each line also gives the CPU time (user + sys) the target got, compile
# included: with FUZZ_CONCURRENT or other work on the machine, wall time says
# little about how much fuzzing a target received; CPU time and executions do.
#
# A crasher is written by `go test -fuzz` to PKG/testdata/fuzz/TARGET/ and
# from then on runs as a regression case in every plain `go test ./...`;
# commit it together with the fix. The script prints one line per target
# (time, executions, new corpus entries, crashers) and exits 1 if any target
# found a crasher.
set -uo pipefail
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-60s}

# target package
TARGETS=(
	"FuzzTextRows ./internal/textfile"
	"FuzzReadText ./internal/ingest"
	"FuzzRows ./internal/xlsx"
	"FuzzParseDate ./internal/canon"
	"FuzzQueryParse ./internal/query"
)
# The claim extractor's target belongs to internal/claims; it is run here
# when it exists.
if grep -qs '^func FuzzExtract' internal/claims/*_test.go; then
	TARGETS+=("FuzzExtract ./internal/claims")
fi

want=("$@")
# FUZZ_LOGS keeps the go test logs (with their progress lines) in a directory
# of your choice, e.g. to watch a long soak; by default they are removed.
if [ -n "${FUZZ_LOGS:-}" ]; then
	out=$FUZZ_LOGS
	mkdir -p "$out"
else
	out=$(mktemp -d)
	trap 'rm -rf "$out"' EXIT
fi
prio=()
[ -n "${FUZZ_NICE:-}" ] && prio=(nice -n "$FUZZ_NICE")

# fuzz NAME PKG runs one target and prints its line; it returns 1 on a crasher.
fuzz() {
	local name=$1 pkg=$2 par=() before after start secs rc last execs newi cpu
	[ -n "${FUZZ_PARALLEL:-}" ] && par=(-parallel "$FUZZ_PARALLEL")
	before=$(ls "${pkg#./}/testdata/fuzz/$name" 2>/dev/null | wc -l)
	start=$(date +%s)
	# GNU time counts the CPU of every process go test starts (they are all
	# waited for), so the fuzzing workers are included.
	/usr/bin/time -f '%U %S' -o "$out/$name.cpu" "${prio[@]}" \
		go test -run '^$' -fuzz "^${name}\$" -fuzztime "$FUZZTIME" "${par[@]}" "$pkg" >"$out/$name.log" 2>&1
	rc=$?
	secs=$(( $(date +%s) - start ))
	cpu=$(awk 'END { printf "%d", $1 + $2 }' "$out/$name.cpu" 2>/dev/null)
	after=$(ls "${pkg#./}/testdata/fuzz/$name" 2>/dev/null | wc -l)
	last=$(grep -E '^fuzz: elapsed' "$out/$name.log" | tail -1)
	execs=$(sed -nE 's/.*execs: ([0-9]+).*/\1/p' <<<"$last")
	newi=$(sed -nE 's/.*new interesting: ([0-9]+).*/\1/p' <<<"$last")
	if [ $rc -ne 0 ]; then
		printf '%-16s %-22s %5ss wall %6ss cpu  execs %-12s new %-6s CRASHER (%d -> %d files in %s/testdata/fuzz/%s)\n' "$name" "$pkg" "$secs" "${cpu:-?}" "${execs:-?}" "${newi:-?}" "$before" "$after" "${pkg#./}" "$name"
		grep -E -A30 -- '--- FAIL|panic:' "$out/$name.log" | head -40
		return 1
	fi
	printf '%-16s %-22s %5ss wall %6ss cpu  execs %-12s new %-6s no crasher\n' "$name" "$pkg" "$secs" "${cpu:-?}" "${execs:-?}" "${newi:-?}"
}

failed=0
pids=()
for t in "${TARGETS[@]}"; do
	read -r name pkg <<<"$t"
	if [ ${#want[@]} -gt 0 ] && [[ ! " ${want[*]} " == *" $name "* ]]; then
		continue
	fi
	if [ -n "${FUZZ_CONCURRENT:-}" ]; then
		fuzz "$name" "$pkg" &
		pids+=($!)
	else
		fuzz "$name" "$pkg" || failed=1
	fi
done
for p in "${pids[@]}"; do
	wait "$p" || failed=1
done
exit $failed
