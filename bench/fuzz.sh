#!/usr/bin/env bash
# Run every fuzz target of icestat for a bounded time (issue 6).
#
#   bench/fuzz.sh                 # each target for FUZZTIME (default 60s)
#   FUZZTIME=10m bench/fuzz.sh    # longer
#   FUZZTIME=30s bench/fuzz.sh FuzzParseDate FuzzTextRows   # some targets only
#   FUZZ_PARALLEL=2 bench/fuzz.sh # fuzzing workers per target (default: GOMAXPROCS)
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
failed=0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for t in "${TARGETS[@]}"; do
	read -r name pkg <<<"$t"
	if [ ${#want[@]} -gt 0 ] && [[ ! " ${want[*]} " == *" $name "* ]]; then
		continue
	fi
	par=()
	[ -n "${FUZZ_PARALLEL:-}" ] && par=(-parallel "$FUZZ_PARALLEL")
	before=$(ls "${pkg#./}/testdata/fuzz/$name" 2>/dev/null | wc -l)
	start=$(date +%s)
	go test -run '^$' -fuzz "^${name}\$" -fuzztime "$FUZZTIME" "${par[@]}" "$pkg" >"$out/$name.log" 2>&1
	rc=$?
	secs=$(( $(date +%s) - start ))
	after=$(ls "${pkg#./}/testdata/fuzz/$name" 2>/dev/null | wc -l)
	last=$(grep -E '^fuzz: elapsed' "$out/$name.log" | tail -1)
	execs=$(sed -nE 's/.*execs: ([0-9]+).*/\1/p' <<<"$last")
	newi=$(sed -nE 's/.*new interesting: ([0-9]+).*/\1/p' <<<"$last")
	if [ $rc -ne 0 ]; then
		failed=1
		printf '%-16s %-22s %5ss  execs %-12s new %-6s CRASHER (%d -> %d files in %s/testdata/fuzz/%s)\n' "$name" "$pkg" "$secs" "${execs:-?}" "${newi:-?}" "$before" "$after" "${pkg#./}" "$name"
		grep -E -A30 -- '--- FAIL|panic:' "$out/$name.log" | head -40
	else
		printf '%-16s %-22s %5ss  execs %-12s new %-6s no crasher\n' "$name" "$pkg" "$secs" "${execs:-?}" "${newi:-?}"
	fi
done
exit $failed
