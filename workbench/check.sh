#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# check.sh [full]: the project's test command (make check / make check-full).
#
#   LKMM litmus tests (herd7) of the protocol
#   for each variant (VARIANTS; default cpumask, the series, in full mode
#   every variant in variants.conf, baseline first):
#     assemble the tree, build the "check" config, boot it, run the guest
#     tests (KUnit, kselftests, upstream mm selftests, the IPI probe)
#   checkpatch --strict on every patch of the mailable series
#   sparse (C=2) on the files the series touches: no warning baseline lacks
#         (baseline's tree configured, only those files compiled)
#   full: the walker's instructions per pin-fast call, exact (make eval's
#         icount boots, quick: baseline and cpumask, check config, 2 boots);
#         the KUnit suite through the kernel's kunit.py (its .kunitconfig);
#         arm64 guests (ARCH=arm64: check-arm64, cross-built, booted on
#         QEMU's virt machine): baseline and cpumask with the check plan;
#         vmtests: run_vmtests.sh's categories that exercise what the
#         series touches (guest/plan-vmtests) on baseline and cpumask,
#         side by side (vmcompare.py): no test may pass on baseline and
#         not on cpumask;
#         W=1, coccicheck and kernel-doc on the files the series touches (no
#         finding baseline lacks); every commit built on its own and the
#         build matrix (debug, MAXSMP, !SMP, arm64 cross), for every variant
#         but baseline; the stress boots of the runtime checkers' kernels
#         (STRESS: debug and kcsan)
#
# Each stage prints its elapsed time; every result is a line in
# build/check/results.txt; the last line printed is "N passed, N failed".
. "$(dirname "$0")/lib.sh"

mode=${1:-quick}
# STAGES picks stages (default all): lkmm args variants series sparse, and
# in full mode icount arm64 vmtests kunitpy static bisect matrix stress.
# ARCH=arm64 boots the variants stage's guests on arm64 (check-arm64);
# the stages that build x86 configs of their own are then left out.
[ -z "${ARCH:-}" ] || knob_arch ARCH "$ARCH"
if [ "${ARCH:-x86_64}" != x86_64 ]; then
	STAGES=" ${STAGES:-lkmm args variants series} "
	for s in icount arm64 vmtests sparse kunitpy static bisect matrix stress; do
		case $STAGES in *" $s "*) die "STAGES has $s, which builds x86_64 configs: not with ARCH=$ARCH" ;; esac
	done
elif [ "$mode" = full ]; then
	STAGES=" ${STAGES:-lkmm args variants icount arm64 vmtests series sparse kunitpy static bisect matrix stress} "
else
	STAGES=" ${STAGES:-lkmm args variants series sparse} "
fi
want() { case $STAGES in *" $1 "*) return 0 ;; esac; return 1; }
# An unknown stage would silently run nothing: STAGES, SERIES_VARIANT and
# MATRIX are checked as knobs.conf declares them.
knob_check STAGES SERIES_VARIANT MATRIX
# make check builds and boots the series alone: one check kernel, 404 s to
# 1013 s cold on CI's kind of machine (2 cores; 2026-11-30 and 2026-12-05),
# a second one would leave no margin in its 35 minutes.  What baseline's
# boot showed there, that the probe sees the IPIs it counts, the series'
# own guest shows (lwbench.collapse_walkers, guest/plan).  check-full
# builds and boots every variant, baseline side by side with the series.
if [ "$mode" = full ]; then
	VARIANTS=${VARIANTS:-$(all_variants)}
else
	VARIANTS=${VARIANTS:-cpumask}
fi
# shellcheck disable=SC2086 # a list of names
knob_variants VARIANTS $VARIANTS
# The arm64 stage's variants (check-full): baseline and the series.
ARM64_VARIANTS=${ARM64_VARIANTS:-baseline cpumask}
if case $STAGES in *" arm64 "*) true ;; *) false ;; esac; then
	# shellcheck disable=SC2086 # a list of names
	knob_variants ARM64_VARIANTS $ARM64_VARIANTS
fi
# The stress boots: VARIANT:CONFIG pairs, each built, booted at STRESS_CPUS
# vCPUs with guest/plan-stress and judged on its console (without the PS/2
# probes, as the first debug-kernel runs by hand were).  Under TCG the
# debug kernel (KASAN, lockdep) boots at 4 vCPUs; at 8 it did not finish
# booting in 25 minutes (2026-11-26).
STRESS=${STRESS:-baseline:debug cpumask:debug cpumask:kcsan}
STRESS_CPUS=${STRESS_CPUS:-4}
STRESS_TIMEOUT=${STRESS_TIMEOUT:-3600}
# The icount stage: two boots each of baseline and cpumask under
# ICOUNT (see eval.sh); cpumask may add at most ICOUNT_MAX_ADDED
# instructions per pin-fast call.  The check config has DEBUG_VM, whose
# check (the series' last patch) is calls on the walk, on top of lazy
# registration's handful of instructions.  The guests boot with
# norandmaps: with user address randomization two boots of baseline's
# check kernel differed by 2.9 instructions per 8-page call (2446.3,
# 2449.2), without it by up to 1.0 in three boots; but two norandmaps
# boots of cpumask's still gave 2472.7 and 2475.6 (2026-12-04): hence a
# tolerance of 5 here, against the 25 instructions cpumask's check
# kernel adds (683.1 against 657.3 per 1-page call).
ICOUNT_MAX_ADDED=${ICOUNT_MAX_ADDED:-40}
ICOUNT_TOL=${ICOUNT_TOL:-5}
CHECK_ICOUNT=${ICOUNT:-shift=0,sleep=off,align=off}
if want icount; then
	knob_count ICOUNT_MAX_ADDED 0
	knob_count ICOUNT_TOL 0
	knob_icount ICOUNT "$CHECK_ICOUNT"
fi
if want stress; then
	for p in $STRESS; do
		[[ $p == *:* ]] || die "STRESS: '$p' is not VARIANT:CONFIG (e.g. cpumask:kcsan)"
		knob_variants STRESS "${p%%:*}"
		knob_config STRESS "${p#*:}"
	done
	knob_count STRESS_CPUS 2
	knob_count STRESS_TIMEOUT 1
fi
# The variants' trees are this run's until it ends (lib.sh lock_variant).
# One call, so that every run takes the locks in the same order.
locks=
if want variants || want sparse || want static || want bisect || want matrix; then
	locks="$VARIANTS baseline"
fi
want kunitpy && locks="$locks ${SERIES_VARIANT:-cpumask}"
want icount && locks="$locks baseline cpumask"
want arm64 && locks="$locks $ARM64_VARIANTS"
want vmtests && locks="$locks baseline cpumask"
# VMTESTS picks categories of guest/plan-vmtests (initramfs.sh leaves the
# others out); the guests' wall-clock limit is their rows' timeouts, summed.
want vmtests && knob_check VMTESTS
VMTESTS_TIMEOUT=${VMTESTS_TIMEOUT:-$(vmtests_rows "$WB_DIR/guest/plan-vmtests" |
	awk -F'|' 'NF >= 4 { t += $3 } END { print t + 600 }')}
want vmtests && knob_count VMTESTS_TIMEOUT 1
if want stress; then
	for p in $STRESS; do locks="$locks ${p%%:*}"; done
fi
# shellcheck disable=SC2086 # a list of names
[ -z "$locks" ] || lock_variant $locks
# Knobs checked: only now is the previous run's results file replaced.
out=$BUILD/check-$mode
mkdir -p "$out"
res=$out/results.txt
: >"$res"
T0=$(wb_now)

# record STATUS NAME [DIAG]
record() { echo "$1 $2${3:+ # $3}" >>"$res"; echo "    $1 $2${3:+ # $3}"; }

# step NAME LOG CMD...: run a stage; its failure is a recorded result that
# names the log, and the run goes on with what does not depend on it.
step() {
	local name=$1 log=$2
	shift 2
	local t0
	t0=$(wb_now)
	# A fresh clone has no build/<variant>/ yet for the log.
	mkdir -p "$(dirname "$log")"
	if "$@" >"$log" 2>&1; then
		record PASS "$name" "$(($(wb_now) - t0))s"
		return 0
	fi
	grep -E '^ERROR|^error' "$log" | head -5 | sed 's/^/    | /'
	record FAIL "$name" "$(($(wb_now) - t0))s, see $log"
	return 1
}

# run_guest LABEL RUN.SH-ARGUMENTS...: one guest run through run.sh (the
# workbench's one way to build, boot and judge a variant); its results
# (RUNDIR/results.txt, or LOGDIR's for prepare) join this run's, those
# that did not pass are shown with a count.  run.sh that stops before it
# has results (bad arguments) is a FAIL NAME.run, NAME being its PREFIX or
# the variant.  Returns run.sh's verdict.
run_guest() {
	local label=$1 rundir=$6 name=${7:-$3} rc t0 r
	[ "$2" = prepare ] && rundir=$5 name=$6
	shift
	r=$rundir/results.txt
	mkdir -p "$(dirname "$rundir")"
	t0=$(wb_now)
	"$WB_DIR/run.sh" "$@" >"$rundir.log" 2>&1
	rc=$?
	# Only this run's results (an earlier run's file may be there when
	# run.sh refused its arguments).
	if [ -f "$r" ] && [ "$(stat -c %Y "$r")" -ge "$t0" ]; then
		cat "$r" >>"$res"
		grep -v '^PASS' "$r" | sed 's/^/    /'
		echo "    $label: $(grep -c '^PASS' "$r") passed, $(grep -c '^FAIL' "$r") failed (in $rundir)"
		grep -q '^FAIL' "$r" && return 1
	fi
	[ $rc -eq 0 ] && return 0
	record FAIL "$name.run" "run.sh stopped (exit $rc) without a failed result, see $rundir.log"
	return 1
}

stage "check ($mode): variants $VARIANTS"
stage_end

if want lkmm; then
stage "LKMM litmus tests"
"$WB_DIR/fetch-base.sh" || die "the base tree is needed for the LKMM model files"
step lkmm.run "$out/lkmm.log" "$WB_DIR/lkmm.sh" "$LB_CACHE/base/linux" || true
python3 "$WB_DIR/ktap.py" --log "$out/lkmm.log" --prefix lkmm | tee -a "$res" | sed 's/^/    /'
[ "${PIPESTATUS[0]}" -eq 0 ] || record FAIL lkmm.ktap "ktap.py failed on $out/lkmm.log (above)"
stage_end
fi

# suite NAME WHAT CMD...: one of the workbench's own test suites, which
# print check.sh's result lines; they go into the results, those that did
# not pass are shown, and a suite that fails without a FAIL line (a crash)
# is a FAIL of NAME.suite naming its log.
suite() {
	local name=$1 what=$2 rc
	shift 2
	"$@" >"$out/$name.txt" 2>"$out/$name.log"
	rc=$?
	cat "$out/$name.txt" >>"$res"
	grep -v '^PASS' "$out/$name.txt" | sed 's/^/    /'
	[ $rc -eq 0 ] || grep -q '^FAIL' "$out/$name.txt" ||
		record FAIL "$name.suite" "exit code $rc, see $out/$name.log"
	echo "    $what: $(grep -c '^PASS' "$out/$name.txt") passed, $(grep -c '^FAIL' "$out/$name.txt") failed (details: $out/$name.log)"
}

if want args; then
stage "workbench argument and parser tests"
# Bad knobs, arguments and series must stop at once, naming the cause,
# with nothing built or removed (workbench/tests/args.sh: seconds, no
# build, no QEMU).
suite args "argument tests" "$WB_DIR/tests/args.sh"
# ktap.py, which judges every guest run, on saved logs with known verdicts.
suite parsers "parser tests" "$WB_DIR/tests/parsers.sh"
# The icount stage's judge on made-up runs (a second).
suite icount-judge "icount judge tests" python3 "$WB_DIR/tests/icount.py"
# Every patch's trailers in its one trailer block (seconds).
suite trailers "trailer tests" "$WB_DIR/tests/trailers.sh"
# Each litmus test names the code it models, which exists (litmusmodels.py,
# which lkmm.sh runs before herd7), with negative controls (seconds).
suite litmusmodels "litmus Models: line tests" "$WB_DIR/tests/litmusmodels.sh"
# check-full's vmtests comparison on made-up runs (a second).
suite vmcompare "vmtests comparison tests" python3 "$WB_DIR/tests/vmcompare.py"
suite knobs "knob tests (knobs.conf, make help, the docs table, knob_check)" python3 "$WB_DIR/tests/knobs.py"
# make eval's plots rendered from a saved run, their text checked
# (gnuplot, a few seconds).
need_tool gnuplot gnuplot-nox
suite plots "plot tests" python3 "$WB_DIR/tests/plots.py"
# eval.py on made-up runs with plan-eval's exit scenarios: parsed,
# reported, judged; violations and malformed rows caught (gnuplot, seconds).
suite evalexit "exit-scenario eval tests" python3 "$WB_DIR/tests/evalexit.py"
stage_end
fi

# The KUnit suite's CPU-hotplug case runs only when asked to (a
# KUNIT_ALL_TESTS run elsewhere does not expect CPUs to go offline): the
# check guests ask.
KUNIT_APPEND="lockless_walk_kunit.hotplug=1"
# check_guest VARIANT RUNDIR NAME: the check guest of VARIANT (ARCH as the
# caller sets it) through run_guest, results named NAME.*; its lwbench
# result lines shown.
check_guest() {
	APPEND=$KUNIT_APPEND run_guest "$3 guest results" all "$1" check plan "$2" "$3"
	grep -h '^ *# result:' "$2/ktap.log" 2>/dev/null |
		sed -e "s/^ *# result:/    $3 lwbench:/" -e 's/ lat_all=[0-9,]*//'
}
want variants &&
for v in $VARIANTS; do
	stage "variant $v"
	check_guest "$v" "$BUILD/$v/run-check" "$v"
	stage_end
done

if want icount; then
	stage "instructions per pin-fast call, exact: 1 vCPU, -icount $CHECK_ICOUNT, 2 boots"
	runs=()
	for v in baseline cpumask; do
		vl=$BUILD/$v/icount
		run_guest "$v build for icount" prepare "$v" check "$vl/prepare" "$v.icount" plan-eval-icount ||
			continue
		for r in 1 2; do
			# Named as make eval names its icount runs (eval.py reads them).
			run=$vl/$v-1c1n-i$r
			CPUS=1 NODES=1 ICOUNT="$CHECK_ICOUNT" APPEND=norandmaps \
				run_guest "$v icount boot $r" boot "$v" check plan-eval-icount "$run" "$v.icount$r" &&
				runs+=("$run")
		done
	done
	if [ ${#runs[@]} -gt 0 ]; then
		python3 "$WB_DIR/icountcheck.py" --tol "$ICOUNT_TOL" --max-added "$ICOUNT_MAX_ADDED" \
			"${runs[@]}" >"$out/icount.txt" 2>"$out/icount.log"
		rc=$?
		cat "$out/icount.txt" >>"$res"
		sed 's/^/    /' "$out/icount.txt"
		[ $rc -eq 0 ] || grep -q '^FAIL' "$out/icount.txt" ||
			record FAIL icount.parse "icountcheck.py exited $rc, see $out/icount.log"
	fi
	stage_end
fi

if want arm64; then
	# The same guest tests on arm64, where a TLB flush sends no IPI and
	# the sync's is the only one (the config: configs/check-arm64.config;
	# the architecture: arch.conf).
	for v in $ARM64_VARIANTS; do
		stage "arm64: variant $v (cross-built, qemu-system-aarch64 virt, TCG)"
		ARCH=arm64 check_guest "$v" "$BUILD/$v/run-check-arm64" "$v.arm64"
		stage_end
	done
fi

if want vmtests; then
	cats=$(vmtests_categories | tr '\n' ' ')
	stage "run_vmtests.sh categories on baseline and cpumask, side by side: ${VMTESTS:-${cats% }} (limit ${VMTESTS_TIMEOUT}s per guest)"
	# Each guest's own results stay in its run directory (a test may fail
	# on both: not the series' doing); vmcompare.py's lines are the
	# stage's results.  A guest without KTAP (no kernel, no boot) fails.
	ok=1
	for v in baseline cpumask; do
		r=$BUILD/$v/run-vmtests
		mkdir -p "$BUILD/$v"
		t0=$(wb_now)
		TIMEOUT=$VMTESTS_TIMEOUT "$WB_DIR/run.sh" all "$v" check plan-vmtests "$r" "$v.vmtests" >"$r.log" 2>&1
		tail -n 1 "$r.log" | sed 's/^ */    /'
		if [ ! -s "$r/ktap.log" ] || [ "$(stat -c %Y "$r/ktap.log")" -lt "$t0" ]; then
			record FAIL "$v.vmtests.run" "no KTAP from the $v vmtests guest, see $r.log"
			ok=0
		fi
	done
	if [ $ok = 1 ]; then
		python3 "$WB_DIR/vmcompare.py" "$BUILD/baseline/run-vmtests" "$BUILD/cpumask/run-vmtests" \
			--md "$out/vmtests.md" >"$out/vmtests.txt" 2>"$out/vmtests.log"
		rc=$?
		cat "$out/vmtests.txt" >>"$res"
		sed 's/^/    /' "$out/vmtests.txt"
		[ $rc -eq 0 ] || record FAIL vmtests.compare "vmcompare.py exited $rc, see $out/vmtests.log"
		echo "    side by side: $out/vmtests.md"
	else
		record FAIL vmtests.compare "a guest left no KTAP to compare (above)"
	fi
	stage_end
fi

if want series; then
stage "mailable series and checkpatch --strict"
sv=${SERIES_VARIANT:-cpumask}
# make series stamps the patches with the sender's git identity and refuses
# without one; checkpatch only needs From: and Signed-off-by: to agree.
if ! git config user.email >/dev/null 2>&1; then
	export GIT_CONFIG_COUNT=2 GIT_CONFIG_KEY_0=user.name \
		GIT_CONFIG_VALUE_0="make check" GIT_CONFIG_KEY_1=user.email \
		GIT_CONFIG_VALUE_1=check@localhost
fi
# Into check's own results: build/series is make series' (an edited or
# signed series there is never replaced by make check's).
series_dir=$out/series
if step series.format "$out/series.log" env SERIES_OUT="$series_dir" "$WB_DIR/mkseries.sh" "$sv"; then
	# checkpatch_one PATCH: one result per patch, named after its file.
	# checkpatch reads a file that git tracks as source, not as a patch
	# (git_is_single_file): check an untracked copy.
	checkpatch_one() {
		local n
		n=$(basename "$1" .patch)
		cp "$1" "$out/$n.patch"
		# In the tree (no --no-tree): checkpatch then also checks SPDX
		# lines, includes and the MAINTAINERS entries against it.
		if (cd "$(tree_dir "$sv")" && ./scripts/checkpatch.pl --strict --quiet --show-types "$out/$n.patch") >"$out/checkpatch-$n.log" 2>&1 &&
		   ! grep -qE '^(ERROR|WARNING|CHECK)' "$out/checkpatch-$n.log"; then
			record PASS "checkpatch.$n"
		else
			grep -E '^(ERROR|WARNING|CHECK)' "$out/checkpatch-$n.log" | head -3 | sed 's/^/    | /'
			record FAIL "checkpatch.$n" "see $out/checkpatch-$n.log"
		fi
	}
	for p in "$series_dir"/*.patch; do
		[ -e "$p" ] || continue
		case $p in *0000-cover-letter.patch) continue ;; esac
		checkpatch_one "$p"
	done
	# The comparison patches on top of the series (variants.conf's
	# @compare groups) are not in the mailable series: check them as kept.
	compare=" $(sed -n 's/^@compare *= *//p' "$WB_DIR/variants.conf") "
	while read -r p g _; do
		case $compare in *" $g "*) checkpatch_one "$TOP/patches/$p" ;; esac
	done < <(grep -v '^#' "$TOP/patches/series")
fi
stage_end
fi

if want sparse; then
stage "sparse on the files the series touches"
for v in $VARIANTS; do
	[ "$v" = baseline ] && continue
	step "$v.sparse" "$out/sparse-$v.log" "$WB_DIR/sparse.sh" "$v" check || true
done
stage_end
fi

if want kunitpy; then
stage "the KUnit suite through tools/testing/kunit/kunit.py"
kv=${SERIES_VARIANT:-cpumask}
step "$kv.tree.kunitpy" "$BUILD/$kv/tree.log" "$WB_DIR/tree.sh" "$kv" &&
	step "$kv.kunit.py" "$out/kunitpy-$kv.log" "$WB_DIR/kunitpy.sh" "$kv"
grep -h 'kunit.py: ' "$out/kunitpy-$kv.log" | sed 's/^ */    /'
stage_end
fi

if want static; then
stage "W=1, coccicheck and kernel-doc on the files the series touches"
# The trees and check builds the variants stage made (made here when it
# did not run: incremental when they are current).
for v in baseline $VARIANTS; do
	case " ${seen:-} " in *" $v "*) continue ;; esac
	seen="${seen:-} $v"
	step "$v.build.static" "$out/static-build-$v.log" \
		sh -c '"$1/tree.sh" "$2" && "$1/build.sh" "$2" check' sh "$WB_DIR" "$v" || true
done
for v in $VARIANTS; do
	[ "$v" = baseline ] && continue
	"$WB_DIR/static.sh" "$v" check >"$out/static-$v.log" 2>&1
	grep -E '^(PASS|FAIL) ' "$out/static-$v.log" | sed "s/^\(PASS\|FAIL\) /\1 $v./" | tee -a "$res" | sed 's/^/    /'
	grep -E '^    [a-z-]+ (W=1|coccicheck|kernel-doc):' "$out/static-$v.log"
	grep -qE '^(PASS|FAIL) ' "$out/static-$v.log" ||
		record FAIL "$v.static" "static.sh stopped; see $out/static-$v.log"
done
stage_end
fi

if want bisect; then
	stage "bisect: every commit of every variant builds on its own"
	for v in $VARIANTS; do
		[ "$v" = baseline ] && continue
		step "$v.bisect" "$out/bisect-$v.log" "$WB_DIR/bisect.sh" "$v" check || true
	done
	stage_end
fi
if want matrix; then
	stage "build matrix"
	for v in $VARIANTS; do
		[ "$v" = baseline ] && continue
		for c in ${MATRIX:-debug maxsmp nosmp arm64}; do
			step "$v.build.$c" "$out/build-$v-$c.log" "$WB_DIR/build.sh" "$v" "$c" || true
		done
	done
	stage_end
fi

if want stress; then
	stage "stress boots of the runtime checkers' kernels: $STRESS ($STRESS_CPUS vCPUs)"
	for p in $STRESS; do
		v=${p%%:*} c=${p#*:}
		run=$BUILD/$v/run-stress-$c
		t0=$(wb_now)
		CPUS=$STRESS_CPUS NODES=2 TIMEOUT=$STRESS_TIMEOUT \
			APPEND="i8042.noaux i8042.nokbd i8042.nopnp $KUNIT_APPEND" \
			run_guest "$v/$c" all "$v" "$c" plan-stress "$run" "$v.stress-$c" &&
			echo "    $v/$c, $(($(wb_now) - t0))s with the build; syncs driven: $(grep -h '# syncs: ' "$run/ktap.log" | sed 's/^ *# syncs: //' | tr '\n' ' ')"
	done
	stage_end
fi

pass=$(grep -c '^PASS' "$res")
fail=$(grep -c '^FAIL' "$res")
skip=$(grep -c '^SKIP' "$res")
echo "check ($mode) took $(($(wb_now) - T0))s; results in $res"
if [ "$fail" -gt 0 ]; then
	echo "FAILED:"
	grep '^FAIL' "$res" | sed 's/^/    /'
fi
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
