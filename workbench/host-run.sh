#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# host-run.sh VARIANT [OUTDIR]: run make eval's scenarios (plan-eval and
# plan-eval-gup, next to this script) on a real host booted with the kit's VARIANT kernel (see
# kernels.sh), as root.  Writes OUTDIR/runs/VARIANT-<N>c<M>n-host/ktap.log in
# the guest's format; after one run per kernel into the same OUTDIR,
#   python3 eval.py OUTDIR OUTDIR/runs
# prints the same tables as make eval (timings from a host are real).
set -u
usage="usage: host-run.sh VARIANT [OUTDIR] (VARIANT: the booted kernel: baseline, percpu, cpumask or lazy)"
here=$(cd "$(dirname "$0")" && pwd)
die() { echo "ERROR: $*" >&2; exit 1; }
[ $# -ge 1 ] && [ $# -le 2 ] || die "$usage"
variant=$1
outdir=${2:-lwbench-results}
# The variant names a directory under OUTDIR/runs/, removed and rewritten.
[[ $variant =~ ^[a-z0-9_-]+$ ]] || die "VARIANT '$variant' is not a variant name; $usage"
[ ! -e "$outdir" ] || [ -d "$outdir" ] || die "OUTDIR $outdir is not a directory"

[ "$(id -u)" = 0 ] || die "run as root: the benchmark reads tracefs and debugfs"
[ -x "$here/lwbench" ] || die "no $here/lwbench: copy the kit's bin/ directory whole"
for p in plan-eval plan-eval-gup; do
	[ -f "$here/$p" ] || die "no $here/$p next to this script"
done
# The kit's kernels end their release in -lw-<variant>.
case $(uname -r) in
*-lw-"$variant") ;;
*) [ -n "${FORCE:-}" ] || die "the running kernel is $(uname -r), not the kit's $variant kernel (*-lw-$variant); FORCE=1 to run anyway" ;;
esac
# Only /proc/mounts is assumed (no util-linux, no /dev/fd).
grep -q ' /sys/kernel/debug debugfs ' /proc/mounts ||
	mount -t debugfs debugfs /sys/kernel/debug || die "cannot mount debugfs"
[ -d /sys/kernel/tracing/events ] || mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null
[ -e /sys/kernel/debug/gup_test ] || die "no /sys/kernel/debug/gup_test: the kernel lacks CONFIG_GUP_TEST"
[ -d /sys/kernel/tracing/events/csd ] || [ -d /sys/kernel/debug/tracing/events/csd ] ||
	die "no csd trace events: the kernel lacks CONFIG_TRACEPOINTS/FTRACE"

cpus=$(grep -c ^processor /proc/cpuinfo)
nodes=$(ls -d /sys/devices/system/node/node* 2>/dev/null | wc -l)
run=$outdir/runs/$variant-${cpus}c${nodes}n-host
rm -rf "$run"
mkdir -p "$run"
echo host >"$run/accel"
. "$here/expect.sh"
wb_expect "$variant"
export WB_EXPECT WB_EXPECT_SHARED WB_EXPECT_EXIT WB_EXPECT_EXIT_SHARED WB_EXPECT_WALKERS PATH=$here:$PATH
log=$run/ktap.log
cat "$here/plan-eval" "$here/plan-eval-gup" >"$run/plan"
{
	echo "KTAP version 1"
	echo "# variant=$variant cpus=$cpus nodes=$nodes kernel=$(uname -r)"
	echo "1..$(grep -cv '^\(#\|$\)' "$run/plan")"
} >"$log"
i=0 fail=0
while IFS='|' read -r group name tmo cmd; do
	case $group in '' | \#*) continue ;; esac
	i=$((i + 1))
	echo "# running $name: $cmd" | tee -a "$log"
	t0=$(date +%s)
	(cd /tmp && eval "timeout $tmo $cmd") >"$run/$name.out" 2>&1
	rc=$?
	sed -e 's/^/    /' "$run/$name.out" >>"$log"
	if [ $rc -eq 0 ]; then
		echo "ok $i $name" | tee -a "$log"
	else
		fail=$((fail + 1))
		echo "not ok $i $name # exit code $rc, $(($(date +%s) - t0))s" | tee -a "$log"
	fi
done <"$run/plan"
echo "@@WB-DONE@@" >>"$log"
echo "$i scenario(s), $fail failed; results in $run"
[ "$i" -gt 0 ] || die "no scenario ran (is $run/plan empty?)"
echo "when every kernel has run: python3 $here/eval.py $outdir $outdir/runs"
[ $fail -eq 0 ]
