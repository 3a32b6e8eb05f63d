#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# tests/trailers.sh: the trailer block of every patch in patches/ (series.py
# trailers): each Link:, Cc:, Signed-off-by: ... line of a commit message is
# in its one trailer block, as git interpret-trailers --parse reads it.  A
# blank line inside the block (Link: lines set apart from Signed-off-by:)
# hides the lines above it from git, b4 and git send-email.  make series
# runs the same check on the series it writes.  A negative control puts a
# blank line inside a copy of a patch's block and must see it fail.
#
# Prints one line per case, "PASS|FAIL trailers.<name> # <diagnostic>"
# (check.sh's results format), details of failures on stderr; exits 1
# when a case failed.  Seconds, no build.
set -u
export LC_ALL=C
TESTS=$(cd "$(dirname "$0")" && pwd)
SERIES_PY=$TESTS/../series.py
PATCHES=$TESTS/../../patches
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wb-trailers.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
failed=0

result() {
	echo "$1 trailers.$2 # $3"
	[ "$1" = PASS ] || failed=1
}

n=$(ls "$PATCHES"/*.patch | wc -l)
if python3 "$SERIES_PY" trailers "$PATCHES"/*.patch 2>"$tmp/err"; then
	result PASS patches "$n patches, every trailer line in its block"
else
	cat "$tmp/err" >&2
	result FAIL patches "$(tail -n 1 "$tmp/err")"
fi

# Negative control: a blank line before the Signed-off-by: of the first
# patch that has another trailer above it.
ctl=
for p in "$PATCHES"/*.patch; do
	awk '/^Signed-off-by: /{ if (prev ~ /^(Link|Cc): /) f = 1 } { prev = $0 }
	     END { exit !f }' "$p" && { ctl=$p; break; }
done
if [ -z "$ctl" ]; then
	result FAIL negative-control "no patch has a trailer above its Signed-off-by:"
else
	awk '/^Signed-off-by: / && !done { print ""; done = 1 } { print }' \
		"$ctl" >"$tmp/split.patch"
	if python3 "$SERIES_PY" trailers "$tmp/split.patch" 2>"$tmp/err"; then
		result FAIL negative-control "a blank line inside $(basename "$ctl")'s trailer block passed"
	elif grep -q 'not in the trailer block' "$tmp/err"; then
		result PASS negative-control "a blank line inside $(basename "$ctl")'s trailer block is reported"
	else
		cat "$tmp/err" >&2
		result FAIL negative-control "series.py failed otherwise: $(tail -n 1 "$tmp/err")"
	fi
fi
exit $failed
