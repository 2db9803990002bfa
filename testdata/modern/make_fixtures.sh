#!/bin/sh
# Rebuilds the modern-release fixtures from real rows (see makefixtures/main.go).
# Run from the repository root: sh testdata/modern/make_fixtures.sh
set -e
go run ./testdata/modern/makefixtures ../shared/data/modern/joined_df_wa.csv testdata/modern
