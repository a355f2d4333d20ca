#!/usr/bin/env bash
# Runs the whole CaseFlow test suite, against SQLite and PostgreSQL, and ends with one line:
#   N passed, N failed[, N skipped]
# PostgreSQL: uses CASEFLOW_TEST_PG when set, otherwise starts a private server with scripts/pg-start.sh.
# Exits non-zero on any failure, including a build error or a crashed test host.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CASEFLOW_TEST_PG:-}" ]; then
  pg_line=$(bash scripts/pg-start.sh | tail -n 1) || { echo "could not start PostgreSQL for the tests"; echo "0 passed, 1 failed"; exit 1; }
  eval "$pg_line"
fi
export CASEFLOW_TEST_PG

log=$(mktemp)
# Test nodes log under $TMPDIR/caseflow-tests/logs-*; the marker lets the closing log scan read only this run's files.
scan_since=$(mktemp)
trap 'rm -f "$log" "$scan_since"' EXIT

dotnet build CaseFlow.slnx -c Release -nologo 2>&1 | tee "$log"
build_rc=${PIPESTATUS[0]}
if [ "$build_rc" -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# The browser tests (tests/Studio.Tests) save a screenshot of each main screen; they are kept in artifacts/.
shots=tests/Studio.Tests/bin/Release/net10.0/screenshots
rm -rf "$shots"
# A test host silent for 10 minutes is stopped and its last test named, so a hang fails the run instead of stalling it.
dotnet test CaseFlow.slnx -c Release --no-build -nologo --blame-hang-timeout 10m --blame-hang-dump-type none "$@" 2>&1 | tee "$log"
test_rc=${PIPESTATUS[0]}
if [ -d "$shots" ]; then
  mkdir -p artifacts/screenshots && cp "$shots"/*.png artifacts/screenshots/
fi

# dotnet test prints one summary per test assembly:
#   Passed!  - Failed:     0, Passed:     7, Skipped:     0, Total:     7, Duration: ...
grep -E '^ *(Passed|Failed)! +-' "$log" | sed 's/^ *[A-Za-z]*! *-//' > "$log.sum"
count() { grep -Eo "$1: +[0-9]+" "$log.sum" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
summaries=$(wc -l < "$log.sum")
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
rm -f "$log.sum"

# Last step, counted as one more check: no full ID number or phone number in any log a test node wrote in this run.
# A filtered run (arguments given) may start no node at all, so only the full run is scanned.
if [ "$#" -eq 0 ]; then
  if bash scripts/scan-logs.sh --since "$scan_since"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
else
  echo "log scan skipped: the run was filtered"
fi

# A non-zero exit with no counted failure (crashed host, a project with no summary) must never read green.
if [ "$test_rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
if [ "$summaries" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test summary was printed"
  failed=1
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$test_rc" -eq 0 ]
