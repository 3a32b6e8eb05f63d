#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# eval.sh: the comparison.  Every variant in EVAL_VARIANTS (default:
# baseline percpu strict lazy cpumask rcu rcu-exp) is built from the same
# base with the same config (EVAL_CONFIG, default "eval": check without
# DEBUG_VM), booted with the
# same topology and runs the same guest benchmark, lwbench
# (guest/plan-eval):
#
#   at CPUS vCPUs (default 8) in NODES nodes (default 2), CPUs 1-3
#   nohz_full, EVAL_RUNS boots per variant (default 2), variants
#   interleaved:
#     sync IPIs per MADV_COLLAPSE and per hugetlb PMD unshare, with 0, 1
#     and 3 GUP-fast threads in the syncing process, with 3 GUP-fast
#     threads in another process (isolation), with 3 threads that walked
#     once and are idle or spin in user space on nohz_full CPUs, and the
#     unshare with 3 and 8 sharers of the PMD table; sync IPIs per exit of
#     a process that shares a hugetlb PMD table (lwbench exit: the
#     teardown unshares it) with no walker, 3 walker threads that walked
#     once and exited (stale bits, idle CPUs), 3 that walked until the
#     exit, and the latter with 3 sharers; the latency of every operation;
#   at GUP_CPUS vCPUs (default 2, one per host core: TCG then does not
#   timeslice the benchmark's vCPUs) in one node, GUP_RUNS boots per
#   variant (default 3), interleaved (guest/plan-eval-gup):
#     GUP-fast cost: pin-fast calls of 1 and 8 pages from 1 thread and
#     from one thread per vCPU;
#   at each of SCALE_CPUS vCPUs (default "16"; add 32 or 64 if you have
#   the time), one boot per variant (guest/plan-eval-scale): sync IPIs and
#   latency of unshare and collapse, with and without a walker;
#   at one vCPU under QEMU's -icount (ICOUNT, default
#   shift=0,sleep=off,align=off), ICOUNT_RUNS boots per variant (default
#   2), interleaved (guest/plan-eval-icount): exact instructions per
#   pin-fast call of 1 and 8 pages; eval.py fails when two boots of a
#   variant differ by more than ICOUNT_TOL instructions per call (default
#   3: two boots of one kernel differed by up to 1.0 in the eval config
#   and 2.9 in the check config, 2026-12-04); next to them, the
#   disassembly of each variant's gup_fast_fallback() (results/disasm/)
#   and its difference from baseline's;
#   at one vCPU under plain TCG, TCG_RUNS boots per variant (default 1)
#   with TCG's block chaining and as many with -d nochain, interleaved
#   (guest/plan-eval-tcg1): the same calls timed, to show what TCG wall
#   time charges for besides instructions.
#
# Each run writes into a directory of its own, build/eval-runs/<date-time>/:
# summary.md (also printed), results.csv, results.json, numbers.txt (the
# cover letter's tables) and SVG plots, with runs/ and logs/.  Only when
# eval.py has made them is build/results (EVAL_OUT) replaced, atomically,
# by a symlink to that directory: a failed run leaves the published
# results as they were and says where its own files are.  An EVAL_OUT that
# is a directory (the older layout) is moved into build/eval-runs/, never
# removed; make model's results (model*) move along into the new one.
# KVM is used when it runs a guest, else TCG; every timing from
# TCG is relative only, and the tables say so.
# ARCH=arm64 runs the same with arm64 guests: EVAL_CONFIG's -arm64
# fragment (eval-arm64), cross-built, on QEMU's virt machine (arch.conf),
# published in build/results-arm64 unless EVAL_OUT says otherwise.
. "$(dirname "$0")/lib.sh"

EVAL_VARIANTS=${EVAL_VARIANTS:-baseline percpu strict lazy cpumask rcu rcu-exp}
EVAL_CONFIG=${EVAL_CONFIG:-eval}
EVAL_RUNS=${EVAL_RUNS:-2}
GUP_RUNS=${GUP_RUNS:-3}
GUP_CPUS=${GUP_CPUS:-2}
SCALE_CPUS=${SCALE_CPUS-16}
ICOUNT_RUNS=${ICOUNT_RUNS:-2}
ICOUNT_TOL=${ICOUNT_TOL:-3}
TCG_RUNS=${TCG_RUNS:-1}
EVAL_ICOUNT=${ICOUNT:-shift=0,sleep=off,align=off}
CPUS=${CPUS:-8} NODES=${NODES:-2}
# ARCH=arm64: the same comparison with arm64 guests (eval-arm64,
# cross-built, QEMU's virt machine), published apart from x86_64's.
if [ -n "${ARCH:-}" ] && [ "$ARCH" != x86_64 ]; then
	pub=${EVAL_OUT:-$BUILD/results-$ARCH}
else
	pub=${EVAL_OUT:-$BUILD/results}
fi
# Every knob is checked before anything is built or removed.
read -ra ev <<<"$EVAL_VARIANTS"
knob_variants EVAL_VARIANTS "${ev[@]}"
cfg=$(resolve_config "$EVAL_CONFIG" EVAL_CONFIG) || exit 1
arch=$(config_arch "$cfg") || exit 1
knob_count JOBS 1
knob_count EVAL_RUNS 0
knob_count GUP_RUNS 0
knob_count GUP_CPUS 1
knob_count ICOUNT_RUNS 0
knob_count ICOUNT_TOL 0
knob_count TCG_RUNS 0
knob_icount ICOUNT "$EVAL_ICOUNT"
# The scenarios need 4 vCPUs or more (3 walkers and the caller).
knob_count CPUS 4
knob_counts SCALE_CPUS 4
guest_knobs
for c in $SCALE_CPUS; do
	knob_split "SCALE_CPUS has $c" "$c" "$NODES"
done
[ $((EVAL_RUNS + GUP_RUNS + ICOUNT_RUNS + TCG_RUNS)) -gt 0 ] || [ -n "${SCALE_CPUS// /}" ] ||
	die "EVAL_RUNS=0, GUP_RUNS=0, ICOUNT_RUNS=0, TCG_RUNS=0 and an empty SCALE_CPUS: nothing to run"
[ ! -e "$pub" ] || [ -d "$pub" ] || die "EVAL_OUT=$pub is not a directory"
# The series of every variant must apply onto the base before a tree is
# reset: a missing or stale patch stops here, naming it.
"$WB_DIR/fetch-base.sh" || exit 1
python3 "$WB_DIR/series.py" check "$LB_CACHE/base/linux" $EVAL_VARIANTS ||
	die "the series does not apply (above); nothing was built or removed"
# Everything is checked: only now install what the plots need.
need_tool gnuplot gnuplot-nox
if [ "$ICOUNT_RUNS" -gt 0 ]; then
	# QEMU itself must take ICOUNT, before any earlier result is
	# removed: accepted, it waits (-S) until the timeout stops it.
	qemu=$(arch_get "$arch" qemu)
	need_tool "$qemu" "$(arch_get "$arch" qemu_pkg)"
	objdump=$(arch_get "$arch" cross)objdump
	need_tool "$objdump" "$(arch_get "$arch" cross_pkg | sed 's/^-$//; s/^$/binutils/')"
	mkdir -p "$BUILD"
	probe=$BUILD/icount-probe.log
	timeout 5 "$qemu" -machine none -accel tcg,thread=single \
		-icount "$EVAL_ICOUNT" -display none -nodefaults -S </dev/null >"$probe" 2>&1
	[ $? -eq 124 ] ||
		die "QEMU rejects ICOUNT=$EVAL_ICOUNT (-icount): nothing was built or removed" "$probe"
fi
# The variants' trees are this run's until it ends (lib.sh lock_variant).
lock_variant $EVAL_VARIANTS
# This run's own directory: nothing published is touched until it is done.
mkdir -p "$BUILD/eval-runs" || die "cannot create $BUILD/eval-runs"
res=$BUILD/eval-runs/$(date +%Y%m%d-%H%M%S)
mkdir "$res" && mkdir "$res/runs" "$res/logs" || die "cannot create this run's directory $res"
echo "    eval: this run's files go to $res; $pub is replaced only when it succeeds"
trap 'echo "eval: failed; this run'"'"'s files are in $res, the published results in $pub are unchanged" >&2' EXIT
T0=$(wb_now)

for v in $EVAL_VARIANTS; do
	stage "eval: build $v/$cfg"
	# run.sh: the tree, the kernel and a guest per plan; the boots below
	# use them as they are.
	"$WB_DIR/run.sh" prepare "$v" "$cfg" "$res/logs/$v" "$v" \
		plan-eval plan-eval-gup plan-eval-scale plan-eval-icount plan-eval-tcg1 \
		>"$res/logs/$v-prepare.log" 2>&1 ||
		die "preparing $v/$cfg failed: $(grep -h '^FAIL' "$res/logs/$v/results.txt" 2>/dev/null | head -1)" \
			"$res/logs/$v-prepare.log"
	if [ "$ICOUNT_RUNS" -gt 0 ]; then
		# The walker's code as each variant's kernel has it.
		mkdir -p "$res/disasm"
		"$objdump" -d --no-show-raw-insn --disassemble=gup_fast_fallback \
			"$BUILD/$v/obj-$cfg/vmlinux" >"$res/disasm/$v-gup_fast_fallback.s" 2>"$res/logs/$v-objdump.log" &&
			grep -q '<gup_fast_fallback>:' "$res/disasm/$v-gup_fast_fallback.s" ||
			die "no gup_fast_fallback() in $v's vmlinux to disassemble" "$res/logs/$v-objdump.log"
	fi
	stage_end
done

# boot_one VARIANT PLAN CPUS NODES TAG [KERNEL-PARAMETERS [ICOUNT
# [NOCHAIN]]]: one guest run into $res/runs/, parsed.
boot_one() {
	local v=$1 plan=$2 cpus=$3 nodes=$4 tag=$5 append=${6:-} icount=${7:-} nochain=${8:-0}
	local run=$res/runs/$v-${cpus}c${nodes}n-$tag log=$res/logs/$v-${cpus}c-$tag-boot.log
	# TCG runs every vCPU on this machine's cores: more vCPUs, more time.
	# run.sh boots and judges; any failed result (the guest's, or a boot
	# that did not finish) stops the run before anything is published.
	if ! TIMEOUT=$((900 + cpus * 20)) CPUS=$cpus NODES=$nodes APPEND=$append ICOUNT=$icount \
		NOCHAIN=$nochain "$WB_DIR/run.sh" boot "$v" "$cfg" "$plan" "$run" "$v" >"$log" 2>&1; then
		grep -h '^FAIL' "$run/results.txt" 2>/dev/null | head -5
		die "the $v guest ($cpus vCPUs, $plan) failed (results above: $run/results.txt)" "$log"
	fi
	echo "$v ${cpus}c $tag: $(grep -c '^PASS' "$run/results.txt") scenario(s) ok, $(cat "$run/accel")"
}

for ((r = 1; r <= EVAL_RUNS; r++)); do
	for v in $EVAL_VARIANTS; do
		stage "eval: $v, $CPUS vCPUs in $NODES nodes, run $r of $EVAL_RUNS"
		# The u3 scenarios' spinners (and every -w walker) on CPUs 1-3.
		# The KUnit suite is make check's: its walkers hold IRQs off for
		# seconds, and with nohz_full one on the timekeeping CPU holds
		# jiffies still, which its timing does not expect.
		boot_one "$v" plan-eval "$CPUS" "$NODES" "r$r" "nohz_full=1-3 kunit.enable=0"
		stage_end
	done
done
for ((r = 1; r <= GUP_RUNS; r++)); do
	for v in $EVAL_VARIANTS; do
		stage "eval: $v, GUP-fast cost, $GUP_CPUS vCPUs, run $r of $GUP_RUNS"
		boot_one "$v" plan-eval-gup "$GUP_CPUS" 1 "g$r"
		stage_end
	done
done
for ((r = 1; r <= ICOUNT_RUNS; r++)); do
	for v in $EVAL_VARIANTS; do
		stage "eval: $v, instructions per pin-fast call, 1 vCPU, -icount $EVAL_ICOUNT, run $r of $ICOUNT_RUNS"
		boot_one "$v" plan-eval-icount 1 1 "i$r" norandmaps "$EVAL_ICOUNT"
		stage_end
	done
done
for ((r = 1; r <= TCG_RUNS; r++)); do
	for v in $EVAL_VARIANTS; do
		stage "eval: $v, TCG wall time per pin-fast call, 1 vCPU, chained and -d nochain, run $r of $TCG_RUNS"
		# TCG even where KVM runs a guest: TCG is what is explained.
		ACCEL=tcg boot_one "$v" plan-eval-tcg1 1 1 "t$r"
		ACCEL=tcg boot_one "$v" plan-eval-tcg1 1 1 "n$r" "" "" 1
		stage_end
	done
done
for c in $SCALE_CPUS; do
	for v in $EVAL_VARIANTS; do
		stage "eval: $v, $c vCPUs in $NODES nodes (scaling)"
		boot_one "$v" plan-eval-scale "$c" "$NODES" scale
		stage_end
	done
done

stage "eval: tables and plots"
python3 "$WB_DIR/eval.py" --icount-tol "$ICOUNT_TOL" "$res" "$res/runs" "$CPUS" ||
	die "eval.py failed (above)"
stage_end
stage "eval: publish $res as $pub"
if [ -d "$pub" ]; then
	# make model's results stay where MODEL_OUT expects them.
	for m in "$pub"/model*; do
		[ -e "$m" ] && { mv "$m" "$res/" || die "moving $m into $res failed"; }
	done
fi
if [ -d "$pub" ] && [ ! -L "$pub" ]; then
	# The older layout: a real directory, kept in build/eval-runs/.
	old=$BUILD/eval-runs/$(date -r "$pub" +%Y%m%d-%H%M%S)-before
	mv -T "$pub" "$old" || die "moving the earlier results $pub aside to $old failed"
	echo "    the earlier results ($pub, a directory) are now in $old"
fi
mkdir -p "$(dirname "$pub")"
ln -sfn "$res" "$pub.new.$$" && mv -T "$pub.new.$$" "$pub" ||
	die "publishing $res as $pub failed (the run's results are in $res)"
trap - EXIT
stage_end
echo "eval took $(($(wb_now) - T0))s; results in $pub -> $res (summary.md, results.csv, *.svg)"
