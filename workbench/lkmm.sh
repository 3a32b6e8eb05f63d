#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# lkmm.sh <kernel-tree> [litmus files...]
#
# Run the series' LKMM litmus tests with herd7 against the memory model of
# <kernel-tree> (its tools/memory-model: linux-kernel.cfg, .cat, .def, ...)
# and check each outcome against the test's "Result:" header line.
# Default tests: tools/memory-model/litmus-tests/lockless-walk-*.litmus of
# this repository.
#
# herd7 (7.58, Debian sid's herdtools7) needs a newer libc than Debian 12
# has: when missing, sid_tool (lib.sh) downloads herdtools7, libgmp10/sid
# and libc6/sid into $LB_CACHE/sid/herd and runs herd7 through that root's
# own dynamic loader.  Set HERD7=/path/to/herd7 to use another herd7.
#
# Output is KTAP on stdout (setup progress goes to stderr); each herd7
# output is kept in $BUILD/lkmm/<test>.out.  Exit status: 0 when every
# test matches its Result line, 1 otherwise (a test that prints no
# "Observation" line -- herd7 exits 0 on an unknown macro -- fails).

set -u
export LC_ALL=C
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
	echo "usage: $0 <kernel-tree> [litmus files...]" >&2
	exit 2
}

# get_herd7: set HERD7 to a working herd7, obtaining it when missing.
get_herd7() {
	if [ -n "${HERD7:-}" ]; then
		"$HERD7" -version >/dev/null 2>&1 ||
			die "HERD7=$HERD7 does not run"
		return 0
	fi
	HERD7=$(sid_tool herd herd7 "herdtools7 libgmp10/sid" \
		"HERDLIB='@ROOT@/usr/share/herdtools7/herd'; export HERDLIB") || exit 1
	"$HERD7" -version >/dev/null 2>&1 ||
		die "the unpacked herd7 ($HERD7) does not run"
}

[ $# -ge 1 ] || usage
KTREE=$1
shift
MM=$KTREE/tools/memory-model
if [ ! -f "$MM/linux-kernel.cfg" ] || [ ! -f "$MM/linux-kernel.def" ]; then
	die "$KTREE is not a kernel tree with tools/memory-model/linux-kernel.{cfg,def}"
fi
MM=$(cd "$MM" && pwd)

if [ $# -eq 0 ]; then
	shopt -s nullglob
	set -- "$TOP"/tools/memory-model/litmus-tests/lockless-walk-*.litmus
	shopt -u nullglob
	[ $# -gt 0 ] ||
		die "no tools/memory-model/litmus-tests/lockless-walk-*.litmus in $TOP"
fi
TESTS=()
for t in "$@"; do
	[ -f "$t" ] || die "no such litmus file: $t"
	TESTS+=("$(cd "$(dirname "$t")" && pwd)/$(basename "$t")")
done

T0=$EPOCHREALTIME
get_herd7
HERD_VERSION=$("$HERD7" -version 2>&1 | head -1)
OUTDIR=$BUILD/lkmm
mkdir -p "$OUTDIR"

echo "KTAP version 1"
echo "1..${#TESTS[@]}"
echo "# herd7 $HERD_VERSION; model $MM; outputs in $OUTDIR"

n=0
fails=0
for t in "${TESTS[@]}"; do
	n=$((n + 1))
	name=$(basename "$t" .litmus)
	out=$OUTDIR/$name.out
	diag=""
	# "Result: Never" in the header comment, as the upstream tests have it.
	want=$(sed -n -E 's/^[[:space:]*]*Result:[[:space:]]*([A-Za-z]+).*/\1/p' "$t" | head -1)
	(cd "$MM" && timeout 600 "$HERD7" -conf linux-kernel.cfg "$t") >"$out" 2>&1
	rc=$?
	got=$(sed -n -E 's/^Observation [^ ]+ (Never|Sometimes|Always) .*/\1/p' "$out" | head -1)
	case $want in
	Never | Sometimes | Always) ;;
	"") diag="no 'Result: Never|Sometimes|Always' line in $t" ;;
	*) diag="unsupported 'Result: $want' in $t (want Never, Sometimes or Always)" ;;
	esac
	if [ -n "$diag" ]; then
		:
	elif [ -z "$got" ]; then
		why=$(grep -m1 -iE 'warning|error|unknown|fatal' "$out")
		diag="no Observation line (herd7 exit $rc${why:+: $why}); see $out"
	elif [ "$want" != "$got" ]; then
		diag="expected $want, got $got; see $out"
	elif [ "$rc" -ne 0 ]; then
		diag="herd7 exited $rc; see $out"
	fi
	if [ -z "$diag" ]; then
		echo "ok $n $name"
	else
		fails=$((fails + 1))
		echo "not ok $n $name"
		echo "# $diag"
	fi
done

echo "# totals: pass:$((n - fails)) fail:$fails"
awk -v a="$T0" -v b="$EPOCHREALTIME" 'BEGIN { printf "# elapsed %.1fs\n", b - a }'
[ "$fails" -eq 0 ]
