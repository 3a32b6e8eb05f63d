#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# run.sh: the one way the workbench runs a variant in a guest and judges
# it.  make check (its variants, icount and stress stages), make eval,
# make kit-check, tcg-trace.sh and make boot all call it.
#
#   run.sh all VARIANT CONFIG PLAN RUNDIR [PREFIX]
#       prepare (below), boot, judge: the stage logs go into RUNDIR
#   run.sh prepare VARIANT CONFIG LOGDIR PREFIX PLAN...
#       assemble the tree (tree.sh), build CONFIG (build.sh) and pack the
#       guest of each PLAN (initramfs.sh, into lib.sh's guest_dir); the
#       stage logs go into LOGDIR
#   run.sh boot VARIANT CONFIG PLAN RUNDIR [PREFIX]
#       boot the prepared kernel with PLAN's guest (or with INITRD, PLAN
#       "-"), and judge: ktap.py turns the guest's KTAP into results
#
# RUNDIR is this run's alone: an earlier run there (it has .wb-run or
# accel) is removed first, anything else is refused.  Every mode writes
# its results, one "PASS|FAIL|SKIP NAME # DIAG" line each (check.sh's
# format, the one file every caller reads), to RUNDIR/results.txt (prepare:
# LOGDIR/results.txt): a stage that fails is a FAIL named PREFIX.STAGE (PREFIX
# defaults to VARIANT) whose diagnostic names its log, and nothing after it
# runs.  Exit status: 0 when every result passed, 1 otherwise (the guest's
# verdict, as `vng -- cmd` returns the command's); 2 for bad arguments.
# The caller decides whether to go on.  The guest's knobs (CPUS, NODES, MEM,
# ACCEL, TIMEOUT, APPEND, ICOUNT, NOCHAIN, ARCH) are boot.sh's.
. "$(dirname "$0")/lib.sh"

usage() {
	echo "ERROR: usage: run.sh all VARIANT CONFIG PLAN RUNDIR [PREFIX]" >&2
	echo "       run.sh prepare VARIANT CONFIG LOGDIR PREFIX PLAN..." >&2
	echo "       run.sh boot VARIANT CONFIG PLAN RUNDIR [PREFIX]" >&2
	exit 2
}
[ $# -ge 5 ] || usage
mode=$1 variant=$2 config=$3
shift 3
knob_variants VARIANT "$variant"
cfg=$(resolve_config "$config") || exit 2
# knob_plan PLAN: a plan file in guest/ ("-" for boot: INITRD's guest).
knob_plan() {
	[ "$1" = - ] && [ "$mode" = boot ] && [ -n "${INITRD:-}" ] && return 0
	[[ $1 =~ ^plan[a-z0-9-]*$ ]] && [ -f "$WB_DIR/guest/$1" ] && return 0
	die "PLAN='$1': no plan file $WB_DIR/guest/$1 (known: $(cd "$WB_DIR/guest" && ls plan* | tr '\n' ' '))"
}
case $mode in
prepare)
	dir=$1 prefix=$2
	shift 2
	for p; do knob_plan "$p"; done
	;;
all | boot)
	[ $# -le 3 ] || usage
	plan=$1 dir=$2 prefix=${3:-$variant}
	knob_plan "$plan"
	boot_knobs
	;;
*) usage ;;
esac
[[ $prefix =~ ^[A-Za-z0-9_.-]+$ ]] || die "PREFIX '$prefix': letters, digits, '_', '.' and '-' only"
[ -n "$dir" ] || die "no directory given for this run's logs and results"
case $(realpath -m "$dir") in
/ | "$HOME" | "$TOP" | "$BUILD") die "'$dir' cannot be a run directory (it is / , \$HOME, the repository or build/)" ;;
esac

# RUNDIR: only an earlier run's directory (.wb-run, or accel from an older
# boot.sh), or an empty one, is removed; LOGDIR (prepare) is written into.
if [ "$mode" != prepare ]; then
	if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
		[ -f "$dir/.wb-run" ] || [ -f "$dir/accel" ] ||
			die "RUNDIR $dir exists and is not a run directory (no .wb-run or accel file): not removing it"
		rm -rf "$dir"
	fi
	mkdir -p "$dir" || die "cannot create $dir"
	echo "run.sh $mode $variant $config $plan ($(date '+%F %T'))" >"$dir/.wb-run"
else
	mkdir -p "$dir" || die "cannot create $dir"
fi
res=$dir/results.txt
: >"$res"

# record STATUS NAME [DIAG]
record() { echo "$1 $2${3:+ # $3}" >>"$res"; }

# stage_run NAME LOG CMD...: one stage; a failure is recorded, naming the
# log, with the error lines shown.
stage_run() {
	local name=$1 log=$2 t0
	shift 2
	t0=$(wb_now)
	stage "$prefix: $name (log: $log)"
	if "$@" >"$log" 2>&1; then
		stage_end
		return 0
	fi
	stage_end
	grep -E '^ERROR|^error' "$log" | head -5 | sed 's/^/    | /' >&2
	record FAIL "$prefix.$name" "$(($(wb_now) - t0))s, see $log"
	return 1
}

# verdict: print the results that did not pass and the count; the exit
# status.
verdict() {
	grep -v '^PASS' "$res" | sed 's/^/    /'
	echo "    $prefix: $(grep -c '^PASS' "$res") passed, $(grep -c '^FAIL' "$res") failed ($dir)"
	! grep -q '^FAIL' "$res" && grep -q . "$res"
}

prepare() {
	local p t0
	t0=$(wb_now)
	stage_run tree "$dir/tree.log" "$WB_DIR/tree.sh" "$variant" || return 1
	stage_run "build.$cfg" "$dir/build.log" "$WB_DIR/build.sh" "$variant" "$cfg" || return 1
	for p; do
		[ "$p" = - ] && continue
		stage_run "initramfs.$p" "$dir/initramfs-$p.log" \
			env PLAN="$p" OUT="$(guest_dir "$variant" "$cfg" "$p")" \
			"$WB_DIR/initramfs.sh" "$variant" "$cfg" || return 1
	done
	record PASS "$prefix.build.$cfg" "tree, kernel and $# guest(s) in $(($(wb_now) - t0))s"
}

boot() {
	local initrd=${INITRD:-$(guest_dir "$variant" "$cfg" "$plan")/initramfs.cpio.gz} rc
	stage_run boot "$dir/boot.log" env INITRD="$initrd" "$WB_DIR/boot.sh" "$variant" "$cfg" "$dir" ||
		{ [ -s "$dir/ktap.log" ] || return 1; }
	# What the guest reported, also when it stopped early (boot.sh's FAIL
	# above names why): its KTAP as results.
	python3 "$WB_DIR/ktap.py" "$dir" --prefix "$prefix" >>"$res" 2>"$dir/ktap.py.log"
	rc=$?
	[ $rc -eq 0 ] || record FAIL "$prefix.ktap" "ktap.py failed (exit $rc) on $dir/ktap.log, see $dir/ktap.py.log"
}

case $mode in
prepare) prepare "$@" ;;
all) prepare "$plan" && boot ;;
boot) boot ;;
esac
verdict
