#!/usr/bin/env bash
# Scans the log files the test nodes of a run wrote for personal data that escaped masking: resident ID numbers
# (18 characters, a plausible birth date and a valid GB 11643 check character, so internal ids that happen to hold
# digit runs are not taken for one) and mainland mobile numbers (11 digits, 13–19).
#   scripts/scan-logs.sh [--since FILE] [ROOT]
# ROOT defaults to the test nodes' folder, $TMPDIR/caseflow-tests, where each node logs to its own logs-* folder.
# With --since, only files changed after FILE are read (scripts/test.sh passes a marker made before the run).
# Prints what it read and where it found something, never the number itself; exits 1 on a finding and also when it
# found no log file at all, so a run that logged nowhere cannot pass.
set -uo pipefail

since=()
if [ "${1:-}" = "--since" ]; then
  since=(-newer "$2")
  shift 2
fi
root=${1:-${TMPDIR:-/tmp}/caseflow-tests}

list=$(mktemp)
trap 'rm -f "$list"' EXIT
if [ -d "$root" ]; then
  find "$root" -path '*/logs-*' -type f -name '*.log' "${since[@]}" | sort > "$list"
fi
files=$(wc -l < "$list")
if [ "$files" -eq 0 ]; then
  echo "log scan: no test-node log file found under $root"
  exit 1
fi

awk -v files="$files" '
function plausible_id(s,   i, sum, y, m, dd) {
  y = substr(s, 7, 2); m = substr(s, 11, 2) + 0; dd = substr(s, 13, 2) + 0
  if ((y != "18" && y != "19" && y != "20") || m < 1 || m > 12 || dd < 1 || dd > 31) return 0
  sum = 0
  for (i = 1; i <= 17; i++) sum += substr(s, i, 1) * weight[i]
  return toupper(substr(s, 18, 1)) == substr("10X98765432", sum % 11 + 1, 1)
}
# Every run of the pattern in the line whose neighbours do not continue the number.
function scan(line, re, tail, kind,   rest, cand, before, after) {
  rest = line
  while (match(rest, re)) {
    cand = substr(rest, RSTART, RLENGTH)
    before = RSTART > 1 ? substr(rest, RSTART - 1, 1) : ""
    after = substr(rest, RSTART + RLENGTH, 1)
    if (before !~ /[0-9]/ && after !~ tail && (kind == "phone" || plausible_id(cand))) {
      found++
      if (found <= 20) print "log scan: " kind " number " substr(cand, 1, 3) "... in " file ":" lineno
    }
    rest = substr(rest, RSTART + 1)
  }
}
BEGIN {
  split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", weight, " ")
  # mawk has no {n} repetition, so the patterns are spelled out.
  id_re = ""; for (i = 0; i < 17; i++) id_re = id_re "[0-9]"
  id_re = id_re "[0-9Xx]"
  phone_re = "1[3-9]"; for (i = 0; i < 9; i++) phone_re = phone_re "[0-9]"
  while ((getline file < "/dev/stdin") > 0) {
    lineno = 0
    while ((getline line < file) > 0) {
      lineno++; lines++
      scan(line, id_re, "[0-9Xx]", "ID")
      scan(line, phone_re, "[0-9]", "phone")
    }
    close(file)
  }
  printf "log scan: %d files, %d lines read, %d ID or phone numbers found\n", files, lines, found
  exit found > 0 ? 1 : 0
}' < "$list"
