#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# tests/parsers.sh: ktap.py on saved guest logs.  Each case is a log
# tests/data/ktap/NAME.log and the results ktap.py must print for it,
# NAME.expect (ktap.py --log NAME.log --prefix t): a nested KTAP log that
# passes, one with a subtest's result missing, one that ends mid-subtest,
# one with a kernel Oops mid-subtest, one with a "not ok".  A case passes
# when ktap.py exits 0, without a traceback, and prints exactly NAME.expect.
# A negative control checks a log against a deliberately wrong
# expectation and must see it reported FAIL.
#
# Prints one line per case, "PASS|FAIL parsers.<name> # <diagnostic>"
# (check.sh's results format), details of failures on stderr; exits 1
# when a case failed.  Seconds, no build.
set -u
export LC_ALL=C
TESTS=$(cd "$(dirname "$0")" && pwd)
KTAP=$TESTS/../ktap.py
DATA=$TESTS/data/ktap
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wb-parsers.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
failed=0

# verdict LOG EXPECT: sets V (PASS or FAIL) and D (the diagnostic).
verdict() {
	local rc
	python3 "$KTAP" --log "$1" --prefix t >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ $rc -ne 0 ]; then
		V=FAIL D="ktap.py exit status $rc: $(tail -n 1 "$tmp/err")"
	elif grep -q '^Traceback' "$tmp/err"; then
		V=FAIL D="Python traceback"
	elif ! diff -u "$2" "$tmp/out" >"$tmp/diff"; then
		V=FAIL D="results differ from $(basename "$2"): $(grep '^[-+][^-+]' "$tmp/diff" | head -2 | paste -sd' ')"
	else
		V=PASS D="$(grep -c '^FAIL' "$tmp/out") FAIL, $(grep -c '^PASS' "$tmp/out") PASS as expected"
	fi
}

for log in "$DATA"/*.log; do
	name=$(basename "$log" .log)
	verdict "$log" "$DATA/$name.expect"
	echo "$V parsers.ktap.$name # $D"
	if [ "$V" = FAIL ]; then
		failed=$((failed + 1))
		{ echo "---- parsers.ktap.$name: $log"; cat "$tmp/diff" "$tmp/err" 2>/dev/null; } >&2
	fi
done

# Negative control: a deliberately wrong expectation (the "not ok" result
# expected to pass) must be reported FAIL, whatever the parser says.
sed 's/^FAIL /PASS /' "$DATA/not-ok.expect" >"$tmp/wrong.expect"
verdict "$DATA/not-ok.log" "$tmp/wrong.expect"
if [ "$V" = FAIL ]; then
	echo "PASS parsers.negative-control # not-ok.log against an expectation that it passes: reported FAIL (${D%%:*})"
else
	failed=$((failed + 1))
	echo "FAIL parsers.negative-control # not-ok.log against an expectation that it passes: the harness said $V"
fi
[ $failed -eq 0 ]
