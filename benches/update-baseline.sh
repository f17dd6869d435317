#!/usr/bin/env bash
# Regenerate benches/baseline.tsv from the current release binary: a deliberate
# act, so the new counts show up in the commit's diff. Benchmarks that do not
# run correctly (non-zero exit, wrong output) are left out and listed.
#
#   benches/update-baseline.sh [--only REGEX] [-j JOBS]   (REGEX: update only those rows)
#
# Then: git diff benches/baseline.tsv, and commit it with a message saying why
# the counts moved.
set -euo pipefail
exec "$(dirname "$0")/gate.sh" --write-baseline "$@"
