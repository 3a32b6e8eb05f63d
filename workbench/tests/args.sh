#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# tests/args.sh: the workbench's own bad input.  Every case gives one
# script a bad knob, argument or series and passes only when the script
#   - exits non-zero, within LIMIT seconds (default 10),
#   - with an error line that names the cause (the knob, variant, config,
#     file or patch),
#   - without a Python traceback,
#   - leaving a sentinel build/ (earlier results, a run, a kit) untouched,
#   - and without reaching an expensive step.
# The scripts run in a scratch copy of the repository (workbench/,
# patches/, the overlay, Makefile) whose expensive steps are stubs that
# record being reached: tree.sh (tree reset, clone), fetch-base.sh
# (download; the stub lets a cached base through), and on PATH apt-get and
# qemu-system-*.  The series cases use the cached base read-only (and
# check that it stays unchanged); they are skipped when it is absent.
# Two negative controls run cases against copies with the checks made
# permissive and must see them reported FAIL.
#
# Prints one line per case, "PASS|FAIL|SKIP args.<name> # <diagnostic>"
# (check.sh's results format), details of failures on stderr; exits 1
# when a case failed.  Needs no kernel build and no QEMU.
set -u
export LC_ALL=C
TESTS=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$TESTS/../.." && pwd)
LIMIT=${LIMIT:-10}
# The cache as lib.sh finds it (the base is only read).
LB_CACHE=$(BUILD=/nonexistent bash -c '. "$1/workbench/lib.sh" && echo "$LB_CACHE"' _ "$SRC")
export LB_CACHE
BASE=$LB_CACHE/base/linux
# Every knob knobs.conf declares must not leak in either (but the suite's
# own LIMIT, and LB_CACHE, found above).
# shellcheck disable=SC2046 # a list of names
unset $(awk -F'|' '!/^[[:space:]]*(#|$)/ { gsub(/[[:space:]]/, "", $1); if ($1 != "LIMIT" && $1 != "LB_CACHE") print $1 }' \
	"$SRC/workbench/knobs.conf")
# The caller's knobs (make check may run with some) must not leak in.
unset CPUS NODES MEM TIMEOUT ACCEL APPEND INITRD PLAN OUT VARIANT CONFIG \
	EVAL_VARIANTS EVAL_CONFIG EVAL_RUNS GUP_RUNS GUP_CPUS SCALE_CPUS EVAL_OUT \
	KERNEL_VARIANTS KIT_VARIANTS BASE_CONFIG VARIANTS STAGES FORCE GROUP \
	JOBS MAKEFLAGS MFLAGS MAKELEVEL STRESS STRESS_CPUS STRESS_TIMEOUT \
	KUNIT_TIMEOUT KIT_ARCH SERIES_VARIANT MATRIX ICOUNT ICOUNT_RUNS ICOUNT_TOL ICOUNT_MAX_ADDED TCG_RUNS NOCHAIN SERIES_OUT \
	MODEL_DURATION_MS MODEL_REPS LOCK_TIMEOUT WB_LOCKED \
	MODEL_OUT MODEL_BIN MODEL_DESIGNS MODEL_ARGS MODEL_CSV ARCH

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wb-args.XXXXXX") || exit 1
failed=0
trap 'if [ $failed -eq 0 ]; then rm -rf "$tmp"; else echo "args.sh: kept $tmp" >&2; fi' EXIT
reached=$tmp/reached
mkdir -p "$tmp/logs" "$tmp/bin"

# ---- The scratch repository and its stubs ----

# stub PATH NAME: an executable that records that it ran and fails.
stub() {
	printf '#!/bin/sh\necho "%s $*" >>"%s"\necho "%s: stub of the test suite" >&2\nexit 1\n' \
		"$2" "$reached" "$2" >"$1"
	chmod +x "$1"
}

# mkrepo DIR: a scratch copy of the working tree's repository.
mkrepo() {
	local d
	mkdir -p "$1"
	cp -r "$SRC/Makefile" "$SRC/workbench" "$SRC/patches" "$1/" || return 1
	# The overlay: the top directories of the files the series adds.
	for d in $(awk '!/^#/ { for (i = 3; i <= NF; i++) { sub(/\/.*/, "", $i); print $i } }' \
			"$SRC/patches/series" | sort -u); do
		cp -r "$SRC/$d" "$1/" || return 1
	done
	rm -rf "$1/workbench/__pycache__"
	stub "$1/workbench/tree.sh" tree.sh
	cat >"$1/workbench/fetch-base.sh" <<EOF
#!/bin/sh
# stub of the test suite: a cached base only, never a download
[ -f "\$LB_CACHE/base/ready" ] && exit 0
echo "fetch-base.sh \$*" >>"$reached"
echo "fetch-base.sh: stub of the test suite (no cached base)" >&2
exit 1
EOF
	chmod +x "$1/workbench/fetch-base.sh"
	# Every package is absent, whatever this machine has: need_tool
	# records that it was reached and fails as a failed install would
	# (the fresh machine of CI, where installing before checking turned
	# the knob's error into "could not install package debhelper").  A
	# valid run (accepts) is told that the install worked.
	cat >>"$1/workbench/lib.sh" <<EOF
# stub of tests/args.sh: no package is installed, and none may be
# installed for a run that is rejected
need_tool() {
	echo "need_tool \$2 (\$1)" >>"$reached"
	[ -n "\${WB_ARGS_INSTALL_OK:-}" ] && return 0
	die "need_tool: package \$2 (for \$1) absent, and the stub of the test suite installs nothing"
}
EOF
}

R=$tmp/repo
mkrepo "$R" || { echo "FAIL args.setup # copying the repository to $tmp failed"; exit 1; }
for t in apt-get qemu-system-x86_64 qemu-system-aarch64; do
	stub "$tmp/bin/$t" "$t"
done
export PATH=$tmp/bin:$PATH

# The sentinel build/: earlier results of every kind a script could remove.
sentinel() {
	local f
	for f in results/summary.md results/results.csv results/numbers.txt \
		results/ipi.svg results/model.txt results/logs/baseline-build.log \
		results/runs/cpumask-8c2n-r1/ktap.log results/runs/cpumask-8c2n-r1/accel \
		cpumask/run-check-8c2n/ktap.log cpumask/run-check-8c2n/accel \
		cpumask/guest-check/initramfs.cpio.gz \
		kernels/numa-eval/bin/eval.py kit-check/summary.md check-quick/results.txt check-full/results.txt; do
		mkdir -p "$1/$(dirname "$f")"
		echo "earlier result: $f" >"$1/$f"
	done
}
BUILD=$tmp/build
sentinel "$BUILD"
export BUILD

snapshot() { find "$1" -printf '%P %y %s %T@\n' | sort; }

# ---- The harness ----

# verdict NAME [-m PATTERN]... [--] CMD...: run CMD in the scratch
# repository; sets V (PASS or FAIL) and D (the diagnostic).  Every PATTERN
# must match a line that says ERROR or error.
verdict() {
	local name=$1 pats=() log=$tmp/logs/$1.log why=() t0 t1 ms rc p
	shift
	while [ $# -gt 0 ]; do
		case $1 in
		-m) pats+=("$2"); shift 2 ;;
		--) shift; break ;;
		*) break ;;
		esac
	done
	snapshot "$BUILD" >"$tmp/before"
	rm -f "$reached"
	t0=$(date +%s%N)
	(cd "$R" && timeout 60 "$@") </dev/null >"$log" 2>&1
	rc=$?
	t1=$(date +%s%N)
	ms=$(((t1 - t0) / 1000000))
	snapshot "$BUILD" >"$tmp/after"
	[ $rc -ne 0 ] || why+=("exit status 0")
	[ $rc -ne 124 ] || why+=("still running after 60s")
	for p in "${pats[@]}"; do
		grep -E 'ERROR|error' "$log" | grep -qE -- "$p" ||
			why+=("no error line names '$p'")
	done
	! grep -q '^Traceback' "$log" || why+=("Python traceback")
	[ $ms -le $((LIMIT * 1000)) ] || why+=("took ${ms}ms, over ${LIMIT}s")
	cmp -s "$tmp/before" "$tmp/after" ||
		why+=("changed the build tree ($(diff "$tmp/before" "$tmp/after" | grep -c '^[<>]') entries)")
	[ ! -s "$reached" ] || why+=("reached $(cut -d' ' -f1 "$reached" | sort -u | paste -sd' ')")
	D="$((ms / 1000)).$(printf '%03d' $((ms % 1000)) | cut -c1-2)s"
	if [ ${#why[@]} -eq 0 ]; then
		V=PASS
		D="$D: $(grep -m1 -E 'ERROR|error' "$log" | cut -c1-120)"
	else
		V=FAIL
		D="$D: ${why[0]}"
		for p in "${why[@]:1}"; do D="$D; $p"; done
	fi
}

# case_ NAME [-m PATTERN]... CMD...: one case, one result line.
case_() {
	verdict "$@"
	echo "$V args.$1 # $D"
	if [ "$V" = FAIL ]; then
		failed=$((failed + 1))
		{
			echo "---- args.$1: $*"
			tail -n 20 "$tmp/logs/$1.log"
		} >&2
	fi
}

skip() { echo "SKIP args.$1 # $2"; }

# accepts NAME STUB CMD...: valid input must pass the checks and get as far
# as the (stubbed) expensive step STUB.
accepts() {
	local name=$1 want=$2 log=$tmp/logs/$1.log
	shift 2
	rm -f "$reached"
	(cd "$R" && WB_ARGS_INSTALL_OK=1 timeout 60 "$@") </dev/null >"$log" 2>&1
	if grep -q "^$want" "$reached" 2>/dev/null; then
		echo "PASS args.$name # the checks let it through to $want"
	else
		failed=$((failed + 1))
		echo "FAIL args.$name # valid input stopped before $want: $(grep -m1 -E 'ERROR|error' "$log" | cut -c1-120)"
		tail -n 20 "$log" >&2
	fi
	rm -f "$reached"
}

wb=$R/workbench
T0=$(date +%s%N)

# ---- make eval (eval.sh): every knob, before results are removed ----
case_ eval.variant-unknown -m EVAL_VARIANTS -m "'bogus'" env EVAL_VARIANTS="cpumask bogus" "$wb/eval.sh"
case_ eval.variant-pattern -m EVAL_VARIANTS -m "'c\.\*'" env EVAL_VARIANTS="c.*" "$wb/eval.sh"
case_ eval.variant-empty -m 'EVAL_VARIANTS is empty' env EVAL_VARIANTS=" " "$wb/eval.sh"
case_ eval.variant-twice -m "EVAL_VARIANTS names the variant 'lazy' twice" env EVAL_VARIANTS="lazy lazy" "$wb/eval.sh"
case_ eval.config-unknown -m EVAL_CONFIG -m "'bogus'" env EVAL_CONFIG=bogus "$wb/eval.sh"
case_ eval.config-path -m EVAL_CONFIG env EVAL_CONFIG=../configs/check "$wb/eval.sh"
case_ eval.arch-unknown -m "ARCH='mips': unknown architecture" env ARCH=mips "$wb/eval.sh"
case_ eval.arch-no-fragment -m "EVAL_CONFIG=nosmp builds x86_64, and there is no nosmp-arm64 fragment" \
	env ARCH=arm64 EVAL_CONFIG=nosmp "$wb/eval.sh"
case_ check.stage-unknown -m "STAGES" -m "'bogus'" env STAGES="variants bogus" "$wb/check.sh"
case_ check.series-variant-unknown -m "SERIES_VARIANT" env SERIES_VARIANT=bogus STAGES=series "$wb/check.sh"
case_ check.matrix-unknown -m "MATRIX" env MATRIX="debug bogus" STAGES=matrix "$wb/check.sh" full
case_ check.arch-x86-stage -m "STAGES has matrix, which builds x86_64 configs: not with ARCH=arm64" \
	env ARCH=arm64 STAGES="variants matrix" "$wb/check.sh" full
case_ eval.cpus-not-a-number -m "CPUS='abc'" env CPUS=abc "$wb/eval.sh"
case_ eval.cpus-zero -m "CPUS=0" env CPUS=0 "$wb/eval.sh"
case_ eval.cpus-too-few -m "CPUS=2 .*>= 4" env CPUS=2 "$wb/eval.sh"
case_ eval.cpus-octal -m "CPUS='08'" env CPUS=08 "$wb/eval.sh"
case_ eval.cpus-huge -m "CPUS=.* too large" env CPUS=99999999999999999999 "$wb/eval.sh"
case_ eval.nodes-not-a-number -m "NODES='two'" env NODES=two "$wb/eval.sh"
case_ eval.nodes-zero -m "NODES=0" env NODES=0 "$wb/eval.sh"
case_ eval.nodes-negative -m "NODES='-2'" env NODES=-2 "$wb/eval.sh"
case_ eval.cpus-nodes-split -m "CPUS=6: 6 vCPUs do not split into NODES=4" env CPUS=6 NODES=4 "$wb/eval.sh"
case_ eval.runs-not-a-number -m "EVAL_RUNS='two'" env EVAL_RUNS=two "$wb/eval.sh"
case_ eval.runs-zero-nothing-to-run -m "EVAL_RUNS=0.*nothing to run" \
	env EVAL_RUNS=0 GUP_RUNS=0 ICOUNT_RUNS=0 TCG_RUNS=0 SCALE_CPUS= "$wb/eval.sh"
case_ eval.tcg-runs-not-a-number -m "TCG_RUNS='1x'" env TCG_RUNS=1x "$wb/eval.sh"
case_ eval.icount-runs-not-a-number -m "ICOUNT_RUNS='two'" env ICOUNT_RUNS=two "$wb/eval.sh"
case_ eval.icount-tol-negative -m "ICOUNT_TOL='-1'" env ICOUNT_TOL=-1 "$wb/eval.sh"
case_ eval.icount-not-icount -m "ICOUNT='shift=0,sleep=of'" env ICOUNT=shift=0,sleep=of "$wb/eval.sh"
case_ eval.icount-empty-shift -m "ICOUNT='sleep=off'" env ICOUNT=sleep=off "$wb/eval.sh"
case_ eval.gup-runs-not-a-number -m "GUP_RUNS='-1'" env GUP_RUNS=-1 "$wb/eval.sh"
case_ eval.gup-cpus-zero -m "GUP_CPUS=0" env GUP_CPUS=0 "$wb/eval.sh"
case_ eval.gup-cpus-not-a-number -m "GUP_CPUS='2x'" env GUP_CPUS=2x "$wb/eval.sh"
case_ eval.scale-cpus-not-a-number -m "SCALE_CPUS='x'" env SCALE_CPUS="16 x" "$wb/eval.sh"
case_ eval.scale-cpus-zero -m "SCALE_CPUS=0" env SCALE_CPUS="0" "$wb/eval.sh"
case_ eval.scale-cpus-split -m "SCALE_CPUS has 18: 18 vCPUs do not split into NODES=4" \
	env SCALE_CPUS="16 18" NODES=4 "$wb/eval.sh"
case_ eval.mem-too-small -m "MEM=100" env MEM=100 "$wb/eval.sh"
case_ eval.mem-per-node -m "MEM=512 .*NODES=8" env MEM=512 NODES=8 CPUS=8 SCALE_CPUS=16 "$wb/eval.sh"
case_ eval.accel-unknown -m "ACCEL='xen'" env ACCEL=xen "$wb/eval.sh"
echo "a file" >"$tmp/a-file"
case_ eval.jobs-zero -m "JOBS=0" env JOBS=0 "$wb/eval.sh"
case_ eval.out-not-a-directory -m "EVAL_OUT=$tmp/a-file" env EVAL_OUT="$tmp/a-file" "$wb/eval.sh"

# ---- make model (model.sh): its knobs, before it builds or removes anything ----
case_ model.duration-not-a-number -m "MODEL_DURATION_MS='x'" env MODEL_DURATION_MS=x "$wb/model.sh"
case_ model.duration-zero -m "MODEL_DURATION_MS=0" env MODEL_DURATION_MS=0 "$wb/model.sh"
case_ model.reps-not-a-number -m "MODEL_REPS='5x'" env MODEL_REPS=5x "$wb/model.sh"
case_ model.reps-zero -m "MODEL_REPS=0" env MODEL_REPS=0 "$wb/model.sh"
case_ model.reps-too-many -m "MODEL_REPS=1001 is too large" env MODEL_REPS=1001 "$wb/model.sh"
case_ model.out-not-a-directory -m "MODEL_OUT=$tmp/a-file" env MODEL_OUT="$tmp/a-file" "$wb/model.sh"
case_ make.model-reps-not-a-number -m "MODEL_REPS='x'" make model MODEL_REPS=x
case_ model.duration-octal -m "MODEL_DURATION_MS='010'" env MODEL_DURATION_MS=010 "$wb/model.sh"
case_ model.reps-negative -m "MODEL_REPS='-5'" env MODEL_REPS=-5 "$wb/model.sh"
case_ model.designs-unknown -m "MODEL_DESIGNS: 'bogus' is not a walker_model design" \
	env MODEL_DESIGNS=baseline,bogus "$wb/model.sh"
case_ model.bin-not-executable -m "MODEL_BIN=$tmp/a-file is not an executable" env MODEL_BIN="$tmp/a-file" "$wb/model.sh"
case_ model.csv-missing -m "MODEL_CSV=$tmp/no-such.csv does not exist" env MODEL_CSV="$tmp/no-such.csv" "$wb/model.sh"

# ---- lkmm.sh: its knobs, before anything is installed or removed ----
case_ lkmm.timeout-not-a-duration -m "LKMM_TIMEOUT='10 minutes'" env LKMM_TIMEOUT="10 minutes" "$wb/lkmm.sh" "$BASE"
case_ lkmm.timeout-zero -m "LKMM_TIMEOUT='0'" env LKMM_TIMEOUT=0 "$wb/lkmm.sh" "$BASE"
case_ lkmm.timeout-unit -m "LKMM_TIMEOUT='10x'" env LKMM_TIMEOUT=10x "$wb/lkmm.sh" "$BASE"
case_ lkmm.herd7-missing -m "HERD7=$tmp/no-such-herd7 is neither an executable file nor a command on PATH" \
	env HERD7="$tmp/no-such-herd7" "$wb/lkmm.sh" "$BASE"

# ---- boot.sh and make build / make boot ----
case_ boot.no-arguments -m 'usage: boot.sh' "$wb/boot.sh"
case_ boot.variant-unknown -m "VARIANT: unknown variant 'bogus'" "$wb/boot.sh" bogus check
case_ boot.config-unknown -m "CONFIG: unknown config 'bogus'" "$wb/boot.sh" cpumask bogus
case_ boot.cpus-not-a-number -m "CPUS='abc'" env CPUS=abc "$wb/boot.sh" cpumask check
case_ boot.cpus-zero -m "CPUS=0" env CPUS=0 "$wb/boot.sh" cpumask check
case_ boot.nodes-zero -m "NODES=0" env NODES=0 "$wb/boot.sh" cpumask check
case_ boot.cpus-nodes-split -m "CPUS=6: 6 vCPUs do not split into NODES=4" env CPUS=6 NODES=4 "$wb/boot.sh" cpumask check
case_ boot.mem-not-a-number -m "MEM='3G'" env MEM=3G "$wb/boot.sh" cpumask check
case_ boot.timeout-not-a-number -m "TIMEOUT='15m'" env TIMEOUT=15m "$wb/boot.sh" cpumask check
case_ boot.icount-many-cpus -m "ICOUNT=shift=0 with CPUS=8: instruction counts need one vCPU" \
	env ICOUNT=shift=0 "$wb/boot.sh" cpumask check
case_ boot.icount-bad -m "ICOUNT='shift=x'" env ICOUNT=shift=x CPUS=1 NODES=1 "$wb/boot.sh" cpumask check
case_ boot.nochain-bad -m "NOCHAIN='yes'" env NOCHAIN=yes "$wb/boot.sh" cpumask check
case_ boot.nochain-kvm -m "NOCHAIN=1 with ACCEL=kvm" env NOCHAIN=1 ACCEL=kvm "$wb/boot.sh" cpumask check
case_ series.out-not-a-series -m "SERIES_OUT=$BUILD/results holds something other than a series" \
	env SERIES_OUT="$BUILD/results" "$wb/mkseries.sh"
case_ boot.rundir-not-a-run -m "RUNDIR $BUILD/results exists and is not a run directory" \
	"$wb/boot.sh" cpumask check "$BUILD/results"
case_ run.rundir-not-a-run -m "RUNDIR $BUILD/results exists and is not a run directory" \
	"$wb/run.sh" all cpumask check plan "$BUILD/results"
case_ run.rundir-build -m "cannot be a run directory" "$wb/run.sh" boot cpumask check plan "$BUILD"
case_ run.mode-unknown -m 'usage: run.sh' "$wb/run.sh" bogus cpumask check plan "$BUILD/x"
case_ run.plan-unknown -m "PLAN='plan-bogus': no plan file" "$wb/run.sh" all cpumask check plan-bogus "$BUILD/x"
case_ run.plan-dash-without-initrd -m "PLAN='-'" "$wb/run.sh" boot cpumask check - "$BUILD/x"
case_ run.prefix-bad -m "PREFIX 'a b'" "$wb/run.sh" boot cpumask check plan "$BUILD/x" "a b"
case_ run.cpus-zero -m "CPUS=0" env CPUS=0 "$wb/run.sh" all cpumask check plan "$BUILD/x"
case_ run.arch-unknown -m "ARCH='mips': unknown architecture" env ARCH=mips "$wb/run.sh" all cpumask check plan "$BUILD/x"
case_ make.boot-arch-unknown -m "ARCH='mips': unknown architecture" make boot ARCH=mips
case_ make.build-arch-unknown -m "ARCH='mips': unknown architecture" make build ARCH=mips
case_ make.build-arch-no-fragment -m "CONFIG=nosmp builds x86_64, and there is no nosmp-arm64 fragment" \
	make build CONFIG=nosmp ARCH=arm64
case_ build.arch-unknown -m "ARCH='mips'" env ARCH=mips "$wb/build.sh" cpumask check
case_ initramfs.arch-unknown -m "ARCH='mips'" env ARCH=mips "$wb/initramfs.sh" cpumask check
case_ make.boot-cpus-not-a-number -m "CPUS='abc'" make boot CPUS=abc
case_ make.boot-nodes-zero -m "NODES=0" make boot NODES=0
case_ make.boot-cpus-nodes-split -m "CPUS=6: 6 vCPUs do not split into NODES=4" make boot CPUS=6 NODES=4
case_ make.boot-timeout -m "TIMEOUT='x'" make boot TIMEOUT=x
case_ make.build-variant-unknown -m "VARIANT: unknown variant 'bogus'" make build VARIANT=bogus
case_ make.build-config-unknown -m "CONFIG: unknown config 'bogus'" make build CONFIG=bogus
case_ make.build-jobs-not-a-number -m "JOBS='x'" make build JOBS=x
case_ build.jobs-not-a-number -m "JOBS='two'" env JOBS=two "$wb/build.sh" cpumask check
case_ build.no-arguments -m 'usage: build.sh' "$wb/build.sh"
case_ build.variant-unknown -m "VARIANT: unknown variant 'bogus'" "$wb/build.sh" bogus check
case_ build.config-unknown -m "CONFIG: unknown config 'bogus'" "$wb/build.sh" cpumask bogus
case_ config.config-unknown -m "CONFIG: unknown config 'bogus'" "$wb/config.sh" "$tmp/src" "$tmp/obj" bogus
case_ config.not-a-tree -m "$tmp/src is not a kernel tree" "$wb/config.sh" "$tmp/src" "$tmp/obj" check
case_ initramfs.variant-unknown -m "VARIANT: unknown variant 'bogus'" "$wb/initramfs.sh" bogus check
case_ initramfs.plan-unknown -m "PLAN=bogus: no plan file" env PLAN=bogus "$wb/initramfs.sh" cpumask check
case_ initramfs.plan-path -m "PLAN=../init" env PLAN=../init "$wb/initramfs.sh" cpumask check
# OUT is removed and rewritten: an existing directory that is not a guest
# build is refused, before anything is installed or removed, and kept.
case_ initramfs.out-not-a-guest -m "OUT=$BUILD/results holds something other than a guest build" \
	env OUT="$BUILD/results" "$wb/initramfs.sh" cpumask check
# Outside build/, with a build to pack and installs that work: nothing
# but the check stands between OUT and its removal.
mkdir -p "$tmp/not-a-guest" "$tmp/build-initramfs/cpumask/obj-check" &&
	echo "keep me" >"$tmp/not-a-guest/precious" && : >"$tmp/build-initramfs/cpumask/obj-check/.config"
case_ initramfs.out-not-a-guest-outside -m "OUT=$tmp/not-a-guest holds something other than a guest build" \
	env WB_ARGS_INSTALL_OK=1 BUILD="$tmp/build-initramfs" OUT="$tmp/not-a-guest" "$wb/initramfs.sh" cpumask check
if [ "$(cat "$tmp/not-a-guest/precious" 2>/dev/null)" = "keep me" ] && [ "$(ls -A "$tmp/not-a-guest")" = precious ]; then
	echo "PASS args.initramfs.out-not-a-guest-kept # OUT=$tmp/not-a-guest holds its file as it was"
else
	failed=$((failed + 1))
	echo "FAIL args.initramfs.out-not-a-guest-kept # OUT=$tmp/not-a-guest was changed: $(ls -A "$tmp/not-a-guest" 2>&1 | paste -sd' ')"
fi
case_ initramfs.out-root -m "OUT=/ would remove /" env OUT=/ "$wb/initramfs.sh" cpumask check
case_ initramfs.out-build -m "OUT=$BUILD would remove $BUILD" env OUT="$BUILD" "$wb/initramfs.sh" cpumask check
case_ initramfs.out-a-file -m "OUT=$tmp/a-file exists and is not a directory" env OUT="$tmp/a-file" "$wb/initramfs.sh" cpumask check
# An earlier guest build (initramfs.sh's mark .wb-guest) is OUT's to replace.
mkdir -p "$tmp/earlier-guest" && echo earlier >"$tmp/earlier-guest/.wb-guest"
accepts initramfs.accepts-earlier-guest need_tool \
	env BUILD="$tmp/build-initramfs" OUT="$tmp/earlier-guest" "$wb/initramfs.sh" cpumask check
# SERIES_OUT: an earlier series (format-patch -v2's v2-0000-cover-letter.patch)
# is replaced, a file is not.
case_ series.out-a-file -m "SERIES_OUT=$tmp/a-file exists and is not a directory" env SERIES_OUT="$tmp/a-file" "$wb/mkseries.sh"
mkdir -p "$tmp/earlier-series" && echo earlier >"$tmp/earlier-series/v2-0000-cover-letter.patch"
accepts series.accepts-earlier-series tree.sh env SERIES_OUT="$tmp/earlier-series" "$wb/mkseries.sh"
case_ refresh.group-unknown -m "GROUP=bogus: unknown group" env GROUP=bogus "$wb/refresh.sh" cpumask
case_ tcg-trace.out-a-file -m "TRACE_OUT=$tmp/a-file exists and is not a directory" env TRACE_OUT="$tmp/a-file" "$wb/tcg-trace.sh"

# ---- make kernels, make kit-check, the kit's host-run.sh ----
case_ kernels.config-unknown -m "CONFIG: unknown config 'bogus'" "$wb/kernels.sh" bogus
case_ kernels.variant-unknown -m "KERNEL_VARIANTS: unknown variant 'bogus'" env KERNEL_VARIANTS="cpumask bogus" "$wb/kernels.sh"
case_ kernels.jobs-not-a-number -m "JOBS=' '" env JOBS=" " "$wb/kernels.sh"
case_ kernels.base-config-missing -m "BASE_CONFIG=$tmp/no-such-config does not exist" \
	env BASE_CONFIG="$tmp/no-such-config" "$wb/kernels.sh"
case_ kernels.kit-arch-unknown -m "KIT_ARCH=riscv: x86_64 or arm64" env KIT_ARCH=riscv "$wb/kernels.sh"
case_ kernels.kit-arch-config -m "KIT_ARCH=arm64 but config numa-eval builds x86_64" \
	env KIT_ARCH=arm64 "$wb/kernels.sh" numa-eval
case_ kernels.variants-empty -m "KERNEL_VARIANTS is empty" env KERNEL_VARIANTS=" " "$wb/kernels.sh"
case_ kernels.lock-timeout-not-a-number -m "LOCK_TIMEOUT='5s'" env LOCK_TIMEOUT=5s "$wb/kernels.sh"
case_ kernels.ccache-dir-a-file -m "CCACHE_DIR=$tmp/a-file exists and is not a directory" \
	env CCACHE_DIR="$tmp/a-file" "$wb/kernels.sh"
case_ check.variant-unknown -m "VARIANTS: unknown variant 'bogus'" env VARIANTS=bogus "$wb/check.sh"
case_ check.stress-not-a-pair -m "STRESS: 'cpumask' is not VARIANT:CONFIG" \
	env STAGES=stress STRESS=cpumask "$wb/check.sh" full
case_ check.stress-config-unknown -m "STRESS: unknown config 'bogus'" \
	env STAGES=stress STRESS=cpumask:bogus "$wb/check.sh" full
case_ check.stress-cpus-one -m "STRESS_CPUS=1" env STAGES=stress STRESS_CPUS=1 "$wb/check.sh" full
case_ check.vmtests-unknown -m "VMTESTS: 'khugepaged' is not a category of .*plan-vmtests" \
	env STAGES=vmtests VMTESTS="thp khugepaged" "$wb/check.sh" full
case_ static.baseline -m "static.sh compares a variant with baseline" "$wb/static.sh" baseline check
case_ static.no-arguments -m 'usage: static.sh' "$wb/static.sh"
case_ kunitpy.no-arguments -m 'usage: kunitpy.sh' "$wb/kunitpy.sh"
case_ kunitpy.variant-unknown -m "VARIANT: unknown variant 'bogus'" "$wb/kunitpy.sh" bogus
case_ kunitpy.accel-unknown -m "ACCEL=xen: kvm or tcg" env ACCEL=xen "$wb/kunitpy.sh" cpumask
case_ kunitpy.timeout-zero -m "KUNIT_TIMEOUT=0" env KUNIT_TIMEOUT=0 "$wb/kunitpy.sh" cpumask
case_ kit-check.cpus-not-a-number -m "CPUS='eight'" env CPUS=eight "$wb/kit-check.sh"
case_ kit-check.nodes-zero -m "NODES=0" env NODES=0 "$wb/kit-check.sh"
case_ kit-check.cpus-nodes-split -m "CPUS=9: 9 vCPUs do not split into NODES=2" env CPUS=9 "$wb/kit-check.sh"
case_ kit-check.variant-unknown -m "KIT_VARIANTS: unknown variant 'bogus'" env KIT_VARIANTS=bogus "$wb/kit-check.sh"
case_ host-run.no-arguments -m 'usage: host-run.sh' "$wb/host-run.sh"
case_ host-run.variant-path -m "VARIANT '../x' is not a variant name" "$wb/host-run.sh" ../x

# ---- The Python tools: usage, a clear error, no traceback ----
mkdir -p "$tmp/empty-run" "$tmp/empty-runs"
case_ eval.py.no-arguments -m 'eval.py: error: the following arguments are required' python3 "$wb/eval.py"
case_ eval.py.runsdir-missing -m "RUNSDIR $tmp/no-such-dir is not a directory" \
	python3 "$wb/eval.py" "$tmp" "$tmp/no-such-dir"
case_ eval.py.resultdir-missing -m "RESULTDIR $tmp/no-such-dir is not a directory" \
	python3 "$wb/eval.py" "$tmp/no-such-dir" "$tmp/empty-runs"
case_ eval.py.cpus-not-a-number -m "argument CPUS: 'x' is not a vCPU count" \
	python3 "$wb/eval.py" "$tmp" "$tmp/empty-runs" x
case_ eval.py.no-runs -m "no lwbench results under $tmp/empty-runs" \
	python3 "$wb/eval.py" "$tmp" "$tmp/empty-runs"
case_ ktap.py.no-arguments -m 'ktap.py: error: give either RUNDIR or --log FILE' python3 "$wb/ktap.py"
case_ ktap.py.rundir-missing -m "RUNDIR $tmp/no-such-dir is not a directory" python3 "$wb/ktap.py" "$tmp/no-such-dir"
case_ ktap.py.rundir-without-ktap -m "RUNDIR $tmp/empty-run has no ktap.log" python3 "$wb/ktap.py" "$tmp/empty-run"
case_ ktap.py.log-missing -m "--log $tmp/no-such.log: no such file" python3 "$wb/ktap.py" --log "$tmp/no-such.log"
case_ ktap.py.prefix-without-value -m 'argument --prefix: expected one argument' python3 "$wb/ktap.py" "$tmp/empty-run" --prefix
case_ series.py.no-arguments -m 'no command given' python3 "$wb/series.py"
case_ series.py.apply-without-tree -m 'usage: series.py apply VARIANT TREE' python3 "$wb/series.py" apply cpumask
case_ series.py.variant-unknown -m "unknown variant 'bogus'" python3 "$wb/series.py" entries bogus

# ---- The series: a missing patch, a stale patch, a missing new file ----
# Each in a copy of the scratch repository with that one defect.
first=$(awk '!/^#/ && NF { print $1; exit }' "$R/patches/series")
second=$(awk '!/^#/ && NF { n++ } !/^#/ && NF && n == 2 { print $1; exit }' "$R/patches/series")
newfile=$(awk '!/^#/ && NF >= 3 { print $3; exit }' "$R/patches/series")
if [ ! -f "$LB_CACHE/base/ready" ] || [ ! -d "$BASE/.git" ]; then
	for n in missing-patch.eval missing-patch.kernels stale-patch.eval stale-patch.kernels \
		stale-patch.series-check missing-new-file.eval eval.accepts-valid-knobs; do
		skip "$n" "no cached base in $BASE (make lkmm or workbench/fetch-base.sh fetches it)"
	done
else
	# What the base holds: its files (names and sizes: a clone of it
	# shares its pack, and git freshens the mtime of a shared pack) and HEAD.
	basestate() { find "$BASE/.git" -printf '%P %y %s\n' | sort; git -C "$BASE" rev-parse HEAD; }
	basestate >"$tmp/base-before"
	cp -r "$R" "$tmp/missing" && rm "$tmp/missing/patches/$second"
	cp -r "$R" "$tmp/stale" &&
		awk '!done && /^@@ /{h = 1} h && !done && /^ ./{sub(/^ /, " STALE "); done = 1} {print}' \
			"$R/patches/$first" >"$tmp/stale/patches/$first"
	cp -r "$R" "$tmp/nofile" && rm "$tmp/nofile/$newfile"
	R=$tmp/missing
	case_ missing-patch.eval -m "names the patch $second, which does not exist" "$R/workbench/eval.sh"
	case_ missing-patch.kernels -m "names the patch $second, which does not exist" "$R/workbench/kernels.sh"
	R=$tmp/stale
	case_ stale-patch.eval -m "patch $first \(series entry 1\) no longer applies" -m "patch failed: [^ ]+:[0-9]+" \
		"$R/workbench/eval.sh"
	case_ stale-patch.kernels -m "patch $first \(series entry 1\) no longer applies" -m "patch failed: [^ ]+:[0-9]+" \
		"$R/workbench/kernels.sh"
	case_ stale-patch.series-check -m "patch $first \(series entry 1\) no longer applies" \
		python3 "$R/workbench/series.py" check "$BASE" cpumask
	R=$tmp/nofile
	case_ missing-new-file.eval -m "names new file $newfile, missing from the overlay" "$R/workbench/eval.sh"
	R=$tmp/repo
	# Not too strict: README's own knob combinations get through.
	accepts eval.accepts-valid-knobs tree.sh env EVAL_RUNS=0 GUP_RUNS=0 ICOUNT_RUNS=0 SCALE_CPUS=64 \
		EVAL_OUT="$tmp/valid-out" "$wb/eval.sh"
	if [ "$(git -C "$BASE" config --get gc.auto)" = 0 ] &&
	   [ "$(git -C "$BASE" config --get gc.autoDetach)" = false ]; then
		echo "PASS args.base-no-auto-gc # $BASE: gc.auto=0, gc.autoDetach=false"
	else
		failed=$((failed + 1))
		echo "FAIL args.base-no-auto-gc # $BASE: gc.auto='$(git -C "$BASE" config --get gc.auto)': git gc may repack it in the background"
	fi
	basestate >"$tmp/base-after"
	if cmp -s "$tmp/base-before" "$tmp/base-after"; then
		echo "PASS args.base-untouched # $BASE/.git: same files, sizes and HEAD after the series cases"
	else
		failed=$((failed + 1))
		echo "FAIL args.base-untouched # $BASE/.git changed: $(diff "$tmp/base-before" "$tmp/base-after" | grep '^[<>]' | head -3 | paste -sd' ')"
	fi
fi
accepts make.boot-accepts-valid-knobs tree.sh make boot VARIANT=lazy CPUS=16 NODES=4 MEM=4096 TIMEOUT=60

# ---- Runs that get past the checks, with the expensive steps stubbed ----
# A copy of the scratch repository whose tree.sh, build.sh, initramfs.sh
# and kunitpy.sh succeed at once, whose boot.sh writes a guest run that
# passes (WB_STUB_BOOT=fail: it fails before it writes a file, as boot.sh
# can) and whose ktap.py crashes when WB_STUB_KTAP=crash.
S=$tmp/stubbed
cp -r "$tmp/repo" "$S"
for t in tree.sh build.sh initramfs.sh kunitpy.sh; do
	printf '#!/bin/sh\necho "%s $*: stub of the test suite, done"\n' "$t" >"$S/workbench/$t"
done
cat >"$S/workbench/boot.sh" <<'EOF'
#!/bin/sh
# stub of the test suite: a guest run that passes, or a boot.sh that stops
# before it writes anything
[ "${WB_STUB_BOOT:-}" = fail ] && { echo "ERROR: boot.sh stub: stopped early" >&2; exit 1; }
run=$3
mkdir -p "$run" && echo tcg >"$run/accel" && : >"$run/console.log"
printf 'KTAP version 1\n1..1\nok 1 stub\n@@WB-DONE@@\n' >"$run/ktap.log"
echo "$run"
EOF
mv "$S/workbench/ktap.py" "$S/workbench/ktap-real.py"
cat >"$S/workbench/ktap.py" <<'EOF'
# stub of the test suite: ktap.py, or a crash of it
import os, runpy
if os.environ.get("WB_STUB_KTAP") == "crash":
    raise RuntimeError("stub of the test suite: ktap.py crashes")
runpy.run_path(os.path.join(os.path.dirname(__file__), "ktap-real.py"), run_name="__main__")
EOF
chmod +x "$S"/workbench/*.sh

# holds NAME WHAT CHECK LOG: the case passes when the shell condition
# CHECK holds (it may read $log and $BUILD).
holds() {
	local name=$1 what=$2 check=$3 log=$4
	if eval "$check"; then
		echo "PASS args.$name # $what"
	else
		failed=$((failed + 1))
		echo "FAIL args.$name # not so: $what (log: $log)"
		tail -n 20 "$log" >&2
	fi
}

# runs NAME WHAT CHECK CMD...: CMD in the stubbed copy with a sentinel
# build tree of its own ($tmp/build-NAME); passes when the shell condition
# CHECK holds afterwards (it may read $log, CMD's output, and $BUILD).
runs() {
	local name=$1 what=$2 check=$3 log=$tmp/logs/$1.log
	local -x BUILD=$tmp/build-$1
	shift 3
	sentinel "$BUILD"
	(cd "$S" && WB_ARGS_INSTALL_OK=1 timeout 60 "$@") </dev/null >"$log" 2>&1
	holds "$name" "$what" "$check" "$log"
}
# VMTESTS keeps the wb-vmtests rows it names (initramfs.sh packs the
# guest's plan from vmtests_rows); unset, every row.
log=$tmp/logs/vmtests.rows.log
(. "$wb/lib.sh" && VMTESTS="thp cow" vmtests_rows "$wb/guest/plan-vmtests" && echo "--" &&
	vmtests_rows "$wb/guest/plan-vmtests") >"$log" 2>&1
holds vmtests.rows "VMTESTS='thp cow' keeps those two wb-vmtests rows of plan-vmtests; unset, all $(grep -c '^wb|' "$wb/guest/plan-vmtests")" \
	'[ "$(sed "/^--/q" "$log" | grep -c "wb-vmtests -t")" = 2 ] && sed "/^--/q" "$log" | grep -q "^wb|run_vmtests.thp|" &&
	 sed "/^--/q" "$log" | grep -q "^wb|run_vmtests.cow|" &&
	 [ "$(sed "1,/^--/d" "$log" | grep -c "wb-vmtests -t")" = "$(grep -c "^wb|" "$wb/guest/plan-vmtests")" ]' "$log"
cr=check-quick/results.txt
runs check.ktap-crash-is-a-fail "a crash of ktap.py is a FAIL naming the log" \
	'grep -q "^FAIL baseline.ktap # ktap.py failed .*run-check/ktap.log" "$BUILD/$cr"' \
	env WB_STUB_KTAP=crash STAGES=variants VARIANTS=baseline "$S/workbench/check.sh"

# A boot that failed before it wrote anything, over an earlier run: the
# earlier run's ktap.log is not this run's result (run.sh removes the
# earlier run first), the failed boot is a FAIL naming its log.
d=$tmp/build-check.stale-ktap-not-judged/baseline/run-check
mkdir -p "$d" && echo tcg >"$d/accel" &&
	printf 'KTAP version 1\n1..1\nok 1 earlier\n@@WB-DONE@@\n' >"$d/ktap.log" &&
	touch -d '-1 hour' "$d/ktap.log"
runs check.stale-ktap-not-judged "a failed boot over an earlier run is a FAIL naming its log, not the earlier run's results" \
	'grep -q "^FAIL baseline.boot # .*run-check/boot.log" "$BUILD/$cr" && ! grep -q "^PASS baseline.earlier" "$BUILD/$cr" &&
	 ! grep -qs earlier "$BUILD/baseline/run-check/ktap.log"' \
	env WB_STUB_BOOT=fail STAGES=variants VARIANTS=baseline "$S/workbench/check.sh"

# A fresh clone: no build/lazy/ for the kunitpy stage's tree.log.
runs check.kunitpy-fresh-build "STAGES=kunitpy without build/<variant>/ gets its tree step through" \
	'grep -q "^PASS lazy.tree.kunitpy " "$BUILD/check-full/results.txt"' \
	env STAGES=kunitpy SERIES_VARIANT=lazy "$S/workbench/check.sh" full

# kit-check judges each stand-in host's KTAP through run.sh: a crash of
# ktap.py there stops it with a FAIL that names ktap.py, not a pass.
kitstub() {
	mkdir -p "$BUILD/kernels/numa-eval/bin" "$BUILD/kernels/numa-eval/baseline" \
		"$BUILD/baseline/obj-numa-eval/arch/x86/boot" &&
		: >"$BUILD/kernels/numa-eval/bin/lwbench" && chmod +x "$BUILD/kernels/numa-eval/bin/lwbench" &&
		: >"$BUILD/baseline/obj-numa-eval/arch/x86/boot/bzImage"
}
runs kit-check.ktap-crash-is-a-fail "a crash of ktap.py on a stand-in host's KTAP stops kit-check, naming it" \
	'grep -q "^exit=[1-9]" "$log" && grep -q "FAIL kit.baseline.ktap # ktap.py failed" "$log"' \
	sh -c "$(declare -f kitstub); kitstub && WB_STUB_KTAP=crash KIT_VARIANTS=baseline \"\$1/workbench/kit-check.sh\"; echo \"exit=\$?\"" sh "$S"

# The matrix and the stress stages build cpumask/debug: one result each,
# under names of their own.
runs check.result-names-unique "matrix and stress builds of cpumask/debug are two results, no name twice" \
	'r=$BUILD/check-full/results.txt; [ "$(grep -c "^[A-Z]* cpumask.build.debug " "$r")" = 1 ] &&
	 grep -q "^PASS cpumask.stress-debug.build.debug " "$r" && [ -z "$(cut -d" " -f2 "$r" | sort | uniq -d)" ]' \
	env STAGES="matrix stress" VARIANTS=cpumask MATRIX=debug STRESS=cpumask:debug "$S/workbench/check.sh" full

# make boot's exit status is the guest's verdict: a failed boot is a
# failure (it was a pipe's, tail's, and a failed boot's last line became
# ktap.py's arguments and tee's file names in the repository's root).
runs make-boot.failed-boot-fails "make boot exits non-zero when the boot fails, and writes nothing into the repository's root" \
	'grep -q "^exit=[1-9]" "$log" && [ -z "$(cd "$S" && git status --porcelain --untracked-files=all . 2>/dev/null | grep -v "^?? build/")" ] &&
	 [ "$(ls "$S" | sort | tr "\n" " ")" = "$(ls "$tmp/repo" | sort | tr "\n" " ")" ]' \
	sh -c 'WB_STUB_BOOT=fail make -s boot VARIANT=baseline CONFIG=check; echo "exit=$?"'
runs make-boot.passing-guest-passes "make boot exits 0 when the guest's tests pass, and says so" \
	'grep -q "^exit=0" "$log" && grep -q "baseline: [1-9][0-9]* passed, 0 failed" "$log" &&
	 grep -q "^PASS baseline.stub" "$BUILD/baseline/run-check-8c2n/results.txt"' \
	sh -c 'make -s boot VARIANT=baseline CONFIG=check; echo "exit=$?"'

# ---- tree.sh on a tiny base of its own: local work is never removed ----
# The real tree.sh, an empty series (series.py stub) and a base of two
# files whose .gitignore ignores *.o (build outputs).
T=$tmp/tree-repo
cp -r "$tmp/repo" "$T" && cp "$SRC/workbench/tree.sh" "$T/workbench/tree.sh"
printf 'import sys\n# stub of the test suite: an empty series that applies\nsys.exit(0)\n' >"$T/workbench/series.py"
tc=$tmp/tree-cache
mkdir -p "$tc/base/linux" && touch "$tc/base/ready" &&
	(cd "$tc/base/linux" && git init -q && echo '*.o' >.gitignore && echo 'int x;' >mm.c &&
	 git add .gitignore mm.c && git -c user.name=t -c user.email=t@t commit -qm base) >/dev/null 2>&1
# tree_case NAME WHAT FILE CHECK: a tree assembled, its inputs changed
# (tree.stamp), FILE created in it, tree.sh run again; CHECK as for runs.
tree_case() {
	local name=$1 what=$2 file=$3 check=$4 log=$tmp/logs/$1.log
	local -x BUILD=$tmp/build-$1 LB_CACHE=$tc
	local t=$BUILD/cpumask/linux
	"$T/workbench/tree.sh" cpumask >"$log" 2>&1 && sed -i '1s/.*/inputs-changed/' "$BUILD/cpumask/tree.stamp" &&
		echo "local work" >"$t/$file" || { echo "FAIL args.$name # setup failed ($log)"; failed=$((failed + 1)); return; }
	(cd "$T" && timeout 60 "$T/workbench/tree.sh" cpumask) </dev/null >>"$log" 2>&1
	holds "$name" "$what" "$check" "$log"
}
tree_case tree.untracked-file-kept "a new untracked file is local work: refused, file kept" new-file.c \
	'[ -f "$t/new-file.c" ] && grep -q "ERROR: .*has work that is not in patches/" "$log"'
tree_case tree.ignored-output-cleaned "an ignored build output is not local work: reset, output removed" built.o \
	'[ ! -e "$t/built.o" ] && [ -f "$t/mm.c" ] && ! grep -q ERROR "$log"'

# The per-variant lock (lib.sh lock_variant): held here, tree.sh says who
# holds it and, with LOCK_TIMEOUT, stops without touching the tree.
lb=$tmp/build-tree.locked
mkdir -p "$lb/cpumask"
( exec 9>>"$lb/cpumask/.lock" && flock 9 && echo "pid $BASHPID (args.sh holder)" >"$lb/cpumask/.lock" &&
  touch "$lb/held" && exec sleep 30 ) &
holder=$!
for _ in $(seq 50); do [ -e "$lb/held" ] && break; sleep 0.1; done
log=$tmp/logs/tree.locked.log
(cd "$T" && BUILD=$lb LB_CACHE=$tc LOCK_TIMEOUT=1 timeout 60 "$T/workbench/tree.sh" cpumask) </dev/null >"$log" 2>&1
rc=$?
kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
if [ $rc -ne 0 ] && grep -q "cpumask is locked by pid [0-9]* (args.sh holder): waiting up to LOCK_TIMEOUT=1s" "$log" &&
   grep -q "ERROR: cpumask is locked by pid .*LOCK_TIMEOUT=1s" "$log" && [ ! -e "$lb/cpumask/linux" ]; then
	echo "PASS args.tree.locked # a held build/cpumask/.lock: tree.sh names the holder, waits LOCK_TIMEOUT, stops, tree untouched"
else
	failed=$((failed + 1))
	echo "FAIL args.tree.locked # with build/cpumask/.lock held, tree.sh (exit $rc) did not name the holder and stop (log: $log)"
	tail -n 20 "$log" >&2
fi

# ---- make eval: a failed run leaves the published results alone ----
# eval.sh past its checks (the cached base: series.py check), with the
# stubbed builds; the sentinel build/results is the older layout (a
# directory).  In a copy whose eval.py writes a summary, a run that
# succeeds publishes its own directory and moves the older one aside.
if [ -f "$LB_CACHE/base/ready" ] && [ -d "$BASE/.git" ]; then
	ek=(EVAL_VARIANTS=baseline EVAL_RUNS=1 GUP_RUNS=0 ICOUNT_RUNS=0 TCG_RUNS=0 SCALE_CPUS=)
	runs eval.failed-run-keeps-results "a run whose guest fails keeps every earlier result and names its own directory" \
		'grep -q "earlier result: results/summary.md" "$BUILD/results/summary.md" &&
		 grep -q "earlier result: results/results.csv" "$BUILD/results/results.csv" &&
		 grep -q "earlier result: results/runs/cpumask-8c2n-r1/ktap.log" "$BUILD/results/runs/cpumask-8c2n-r1/ktap.log" &&
		 grep -q "this run.s files are in $BUILD/eval-runs/" "$log"' \
		env WB_STUB_BOOT=fail "${ek[@]}" "$S/workbench/eval.sh"
	cp "$S/workbench/eval.py" "$S/workbench/eval-real.py"
	printf 'import sys\n# stub of the test suite: tables from nothing\nopen(sys.argv[-3] + "/summary.md", "w").write("new summary\\n")\n' >"$S/workbench/eval.py"
	runs eval.success-publishes "a run that succeeds replaces build/results by a link to its directory, the older one moved aside" \
		'[ -L "$BUILD/results" ] && grep -qx "new summary" "$BUILD/results/summary.md" &&
		 grep -q "earlier result: results/model.txt" "$BUILD/results/model.txt" &&
		 grep -q "earlier result: results/summary.md" "$BUILD"/eval-runs/*-before/summary.md' \
		env "${ek[@]}" "$S/workbench/eval.sh"
	mv "$S/workbench/eval-real.py" "$S/workbench/eval.py"
else
	skip eval.failed-run-keeps-results "no cached base in $BASE"
	skip eval.success-publishes "no cached base in $BASE"
fi

# ---- Negative controls: the harness must report a FAIL ----
# ncontrol NAME COPY CASE [-m PATTERN]... CMD...: run CASE against COPY (a
# scratch repository whose checks were made permissive) in a build tree of
# its own; the harness must say FAIL.
ncontrol() {
	local name=$1 copy=$2 case=$3 R=$2
	local -x BUILD=$tmp/build-$1
	shift 3
	sentinel "$BUILD"
	verdict "negative-control.$name" "$@"
	if [ "$V" = FAIL ]; then
		echo "PASS args.negative-control.$name # case $case against permissive $(basename "$copy"): reported FAIL (${D#*: })"
	else
		failed=$((failed + 1))
		echo "FAIL args.negative-control.$name # case $case against permissive $(basename "$copy"): the harness said $V"
	fi
}
cp -r "$tmp/repo" "$tmp/no-knob-checks"
cat >>"$tmp/no-knob-checks/workbench/lib.sh" <<'EOF'
# negative control of tests/args.sh: no knob is checked
knob_count() { :; }
knob_counts() { :; }
knob_split() { :; }
guest_knobs() { :; }
EOF
ncontrol knobs "$tmp/no-knob-checks" eval.nodes-zero -m "NODES=0" env NODES=0 "$tmp/no-knob-checks/workbench/eval.sh"
# A script that installs before it checks: on a machine without the
# package the knob's error never comes (kernels.sh before 2026-12).
cp -r "$tmp/repo" "$tmp/install-first"
sed -i '0,/^\. .*lib\.sh"$/s//&\nneed_tool dh debhelper/' "$tmp/install-first/workbench/kernels.sh"
grep -q '^need_tool dh debhelper$' "$tmp/install-first/workbench/kernels.sh" ||
	echo "args.sh: could not make kernels.sh install first in the negative control" >&2
ncontrol install-first "$tmp/install-first" kernels.variant-unknown -m "KERNEL_VARIANTS: unknown variant 'bogus'" \
	env KERNEL_VARIANTS="cpumask bogus" "$tmp/install-first/workbench/kernels.sh"
if [ -d "$tmp/stale" ]; then
	cp -r "$tmp/stale" "$tmp/no-series-check"
	sed -i 's/^    if cmd == "check":$/    if cmd == "check":\n        return/' "$tmp/no-series-check/workbench/series.py"
	grep -q '^        return$' "$tmp/no-series-check/workbench/series.py" ||
		echo "args.sh: could not neuter series.py check in the negative control" >&2
	ncontrol series "$tmp/no-series-check" stale-patch.eval -m "patch $first \(series entry 1\) no longer applies" \
		"$tmp/no-series-check/workbench/eval.sh"
else
	skip negative-control.series "no cached base"
fi

echo "args.sh: $(( ($(date +%s%N) - T0) / 1000000 ))ms, $failed failed" >&2
[ $failed -eq 0 ]
