#!/usr/bin/env bash
# Two stateless `icestat serve --data` replicas over one Parquet export,
# under a bounded loopback load test (issue 8). Usage:
#   bench/replicas.sh [STORE]     # default: ingest ../shared/data into a temp store first
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/icestat" ./cmd/icestat
store=${1:-}
if [ -z "$store" ]; then
  store="$work/full.duckdb"
  "$work/icestat" ingest --db "$store" ../shared/data/uwchr-2019-ICFO-53623/*.gz ../shared/data/uwchr-seattle/* >/dev/null
fi
"$work/icestat" export --db "$store" --out "$work/export"
for port in 18081 18082; do
  "$work/icestat" serve --data "$work/export" --addr "127.0.0.1:$port" > "$work/serve-$port.log" 2>&1 &
done
for port in 18081 18082; do
  for i in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/sources" >/dev/null && break; sleep 0.2; done
done
go run ./bench/replicaload -urls http://127.0.0.1:18081,http://127.0.0.1:18082 "${@:2}"
