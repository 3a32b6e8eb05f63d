#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# lkmm.sh <kernel-tree> [litmus files...]
#
# Run the series' LKMM litmus tests with herd7 against the memory model of
# <kernel-tree> (its tools/memory-model: linux-kernel.cfg, .cat, .def, ...)
# and judge each outcome with the LKMM's own scripts: checktheselitmus.sh
# runs herd7 (runlitmus.sh) and compares its "Observation" with the test's
# "Result:" comment (judgelitmus.sh, which also handles "Flag data-race"
# against a "Result: ... DATARACE" prediction and reports unknown macros
# and timeouts).
# Default tests: Documentation/litmus-tests/lockless-walk/*.litmus of this
# repository.
#
# Before herd7 runs, litmusmodels.py checks that each test names the code
# that each of its processes models ("Models:" lines in its header) and
# that the files named define those functions: in <kernel-tree> itself
# when it is an assembled tree of the series (it has
# include/linux/mm_lockless_walk.h: the EQS tests then need the cpumask
# variant's), else in the series as patches/ holds it, with <kernel-tree>
# as the base.  A mismatch stops the run, naming the test and the function.
#
# The scripts write <test>.litmus.out next to each test and must run from
# tools/memory-model with herd7 on PATH, so they run in a copy of the
# model directory under $BUILD/lkmm, with the tests copied into its
# tests/ and a herd7 wrapper in $BUILD/lkmm/bin.
#
# herd7 (7.58, Debian sid's herdtools7) needs a newer libc than Debian 12
# has: when missing, sid_tool (lib.sh) downloads herdtools7, libgmp10/sid
# and libc6/sid into $LB_CACHE/sid/herd and runs herd7 through that root's
# own dynamic loader.  Set HERD7=/path/to/herd7 to use another herd7.
# LKMM_TIMEOUT (default 10m) bounds each herd7 run.
#
# Output is KTAP on stdout (setup progress goes to stderr), with a
# "# <test>: expected <Result>, observed <Observation>" line per test;
# herd7's output is kept in $BUILD/lkmm/memory-model/tests/<test>.litmus.out
# and the judgement in $BUILD/lkmm/<test>.judge.  Exit status: 0 when
# every test is judged as expected, 1 otherwise.

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

# result_of FILE: the outcome word of the "Result:" comment, as
# judgelitmus.sh reads it, and what follows it (e.g. DATARACE).
result_of() {
	grep -m 1 '^[( ]\* Result: ' "$1" | sed -e 's/^[( ]\* Result: *//' -e 's/[[:space:]]*$//'
}

[ $# -ge 1 ] || usage
# The knobs, as knobs.conf declares them, before anything is installed or
# removed: a bad LKMM_TIMEOUT reached the LKMM's scripts, which judged
# every test an error; a HERD7 that is no program was found after
# time(1) was installed.
knob_check LKMM_TIMEOUT HERD7
KTREE=$1
shift
MM=$KTREE/tools/memory-model
for f in linux-kernel.cfg linux-kernel.def scripts/checktheselitmus.sh \
	scripts/checklitmus.sh scripts/judgelitmus.sh scripts/runlitmus.sh \
	scripts/parseargs.sh; do
	[ -f "$MM/$f" ] || die "$KTREE is not a kernel tree with tools/memory-model/$f"
done
MM=$(cd "$MM" && pwd)

if [ $# -eq 0 ]; then
	shopt -s nullglob
	set -- "$TOP"/Documentation/litmus-tests/lockless-walk/*.litmus
	shopt -u nullglob
	[ $# -gt 0 ] ||
		die "no Documentation/litmus-tests/lockless-walk/*.litmus in $TOP"
fi
TESTS=()
declare -A SEEN=()
for t in "$@"; do
	[ -f "$t" ] || die "no such litmus file: $t"
	b=$(basename "$t")
	case $b in
	*.litmus) ;;
	*) die "not a .litmus file: $t" ;;
	esac
	[ -z "${SEEN[$b]:-}" ] || die "two tests named $b: ${SEEN[$b]} and $t"
	SEEN[$b]=$t
	TESTS+=("$(cd "$(dirname "$t")" && pwd)/$b")
done

# The code each test models exists, before anything is installed.
if [ -f "$KTREE/include/linux/mm_lockless_walk.h" ]; then
	models=(tree "$KTREE")
else
	models=(series "$KTREE")
fi
MODELS=$(python3 "$WB_DIR/litmusmodels.py" "${models[@]}" "${TESTS[@]}") ||
	die "the tests' Models: lines do not match the code (above; workbench/litmusmodels.py)"
# The LKMM's scripts/runlitmus.sh runs herd7 under /usr/bin/time (a
# Debian 12 minbase lacks it, and every test then had no Observation).
need_tool /usr/bin/time time

T0=$EPOCHREALTIME
get_herd7
HERD_VERSION=$("$HERD7" -version 2>&1 | head -1)

# A writable copy of the model and its scripts, the tests inside it, and a
# PATH directory whose herd7 is ours.
OUTDIR=$BUILD/lkmm
W=$OUTDIR/memory-model
rm -rf "${W:?}" "${OUTDIR:?}/bin" "$OUTDIR"/*.judge "$OUTDIR"/*.out
mkdir -p "$OUTDIR/bin"
cp -R "$MM" "$W" || die "could not copy $MM to $W"
rm -f "$W"/litmus-tests/*.litmus.out
mkdir -p "$W/tests"
for t in "${TESTS[@]}"; do
	cp "$t" "$W/tests/" || die "could not copy $t to $W/tests"
done
{
	echo "#!/bin/sh"
	echo "# Generated by workbench/lkmm.sh: the herd7 that the LKMM scripts run."
	printf 'exec %q "$@"\n' "$HERD7"
} >"$OUTDIR/bin/herd7"
chmod +x "$OUTDIR/bin/herd7"
# The scripts take their settings from these when set: start clean.
unset LKMM_DESTDIR LKMM_HERD_OPTIONS LKMM_HW_MAP_FILE LKMM_JOBS LKMM_PROCS \
	LKMM_TIMEOUT_CMD LKMM_HW_CAT_FILE
TIMEOUT=${LKMM_TIMEOUT:-10m}
unset LKMM_TIMEOUT

echo "KTAP version 1"
echo "1..${#TESTS[@]}"
echo "# herd7 $HERD_VERSION; model $MM; judged by its scripts/checktheselitmus.sh in $W"
echo "# $MODELS"

n=0
fails=0
for t in "${TESTS[@]}"; do
	n=$((n + 1))
	b=$(basename "$t")
	name=${b%.litmus}
	judge=$OUTDIR/$name.judge
	out=$W/tests/$b.out
	(cd "$W" && PATH="$OUTDIR/bin:$PATH" \
		scripts/checktheselitmus.sh --timeout "$TIMEOUT" -- "tests/$b") \
		>"$judge" 2>&1
	rc=$?
	want=$(result_of "$t")
	got=$(grep -m 1 '^Observation ' "$out" 2>/dev/null | awk '{ print $3 }')
	flag=$(grep -m 1 -x 'Flag data-race' "$out" 2>/dev/null)
	diag="$name: expected ${want:-(no Result: line)}, observed ${got:-(no Observation)}${flag:+ ($flag)}"
	why=""
	if [ "$rc" -ne 0 ]; then
		why=$(grep -m 1 -F '!!!' "$judge")
		[ -n "$why" ] || why=$(grep -m 1 -i 'error' "$judge")
		[ -n "$why" ] || why="checktheselitmus.sh exited $rc"
	elif [ "${want%% *}" != "$got" ] && ! grep -q -- '--- Forgiven' "$judge"; then
		# judgelitmus.sh greps the outcome word anywhere in the
		# Observation line, test name included: check it exactly.
		rc=1
		why="judgelitmus.sh accepted it, but the outcomes differ"
	fi
	if [ "$rc" -eq 0 ]; then
		echo "ok $n $name"
		echo "# $diag"
	else
		fails=$((fails + 1))
		echo "not ok $n $name # expected ${want:-?}, observed ${got:-none}"
		echo "# $diag"
		echo "# ${why# }"
		echo "# judgement: $judge; herd7 output: $out"
	fi
done

echo "# totals: pass:$((n - fails)) fail:$fails"
awk -v a="$T0" -v b="$EPOCHREALTIME" 'BEGIN { printf "# elapsed %.1fs\n", b - a }'
[ "$fails" -eq 0 ]
