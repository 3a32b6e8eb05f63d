#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# tcg-trace.sh [VARIANT...]: what TCG wall time charges a walker for,
# besides its instructions.  For each variant (default: baseline lazy),
# with make eval's kernel (EVAL_CONFIG, default eval) already built:
# boot one vCPU under TCG with guest/plan-tcg-trace (3 x 1024 pin-fast
# calls of one page) and QEMU's -d exec,in_asm restricted (-dfilter) to
# gup_fast_fallback(): QEMU then logs every translated block of the walker
# it enters the slow way, from its main loop or through its block lookup
# (a block it jumps to directly, chained, is not logged), and every block
# it translates, with its guest code; then again with -d nochain, where
# every block entered is logged.  Prints, per variant, the walker's
# address, the slow entries per call and where they are, and whether the
# blocks entered that way span two guest pages (QEMU never chains a jump
# into such a block).
# Then, per variant, QEMU itself profiled on the host (perf record, 1999 Hz)
# during a boot of guest/plan-tcg-prof (16M pin-fast calls of one page):
# tcgprof.py splits 10 s of the benchmark into host ns per call in QEMU's
# translated code (the guest's instructions), in QEMU's own runtime (block
# lookup, soft TLB, helpers) and elsewhere, against the first variant.
# Results: build/results/tcg-trace/ (TRACE_OUT).
. "$(dirname "$0")/lib.sh"

variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=(baseline lazy)
knob_variants VARIANT "${variants[@]}"
cfg=${EVAL_CONFIG:-eval}
knob_config EVAL_CONFIG "$cfg"
knob_check TRACE_OUT
out=${TRACE_OUT:-$BUILD/results/tcg-trace}
for v in "${variants[@]}"; do
	[ -f "$BUILD/$v/obj-$cfg/vmlinux" ] ||
		die "no $BUILD/$v/obj-$cfg/vmlinux: build it first (make build VARIANT=$v CONFIG=$cfg, or make eval)"
done
need_tool qemu-system-x86_64 qemu-system-x86
need_tool nm binutils
need_tool perf linux-perf
mkdir -p "$out/shim"
# boot.sh (through run.sh) calls qemu-system-x86_64 from PATH: this one adds the logging.
cat >"$out/shim/qemu-system-x86_64" <<EOF
#!/bin/bash
exec $(command -v qemu-system-x86_64) "\$@" \$TRACE_QEMU_ARGS
EOF
chmod +x "$out/shim/qemu-system-x86_64"
mkdir -p "$out/pshim" "$out/prof"
printf '#!/bin/bash\nexec perf record -F 1999 -o "$PERF_OUT" -- %s "$@"\n' \
	"$(command -v qemu-system-x86_64)" >"$out/pshim/qemu-system-x86_64"
chmod +x "$out/pshim/qemu-system-x86_64"

for v in "${variants[@]}"; do
	stage "tcg-trace: $v"
	read -r addr size < <(nm -S "$BUILD/$v/obj-$cfg/vmlinux" |
		awk '$4 == "gup_fast_fallback" { print $1, $2 }')
	[ -n "${addr:-}" ] || die "no gup_fast_fallback in $v's vmlinux (nm -S)"
	"$WB_DIR/run.sh" prepare "$v" "$cfg" "$out/$v-prepare" "$v" plan-tcg-trace plan-tcg-prof \
		>"$out/$v-prepare.log" 2>&1 ||
		die "building $v and its trace and profile guests failed" "$out/$v-prepare.log"
	for mode in chained nochain; do
		# chained: the blocks entered the slow way; nochain: every
		# block entered (each returns to QEMU's main loop).
		d=exec,in_asm
		[ $mode = chained ] || d=$d,nochain
		run=$out/$v-$mode
		PATH=$out/shim:$PATH CPUS=1 NODES=1 ACCEL=tcg \
			TRACE_QEMU_ARGS="-d $d -dfilter 0x$addr+0x$size -D $run.exec.log" \
			"$WB_DIR/run.sh" boot "$v" "$cfg" plan-tcg-trace "$run" "$v.$mode" >"$run.boot.log" 2>&1 ||
			die "the $v trace guest ($mode) failed" "$run.boot.log"
		python3 "$WB_DIR/tcgtrace.py" "$v $mode" "0x$addr" "0x$size" "$run.exec.log" "$run/ktap.log" |
			tee "$run.txt"
		gzip -f "$run.exec.log"
	done
	stage_end
done

for v in "${variants[@]}"; do
	stage "tcg-trace: $v, QEMU profiled on the host"
	PERF_OUT=$out/prof/$v.data PATH=$out/pshim:$PATH CPUS=1 NODES=1 ACCEL=tcg \
		"$WB_DIR/run.sh" boot "$v" "$cfg" plan-tcg-prof "$out/prof/$v" "$v.prof" >"$out/prof/$v-boot.log" 2>&1 ||
		die "the $v profile guest failed" "$out/prof/$v-boot.log"
	stage_end
done
stage "tcg-trace: where the host time of a pin-fast call goes"
python3 "$WB_DIR/tcgprof.py" "$out/prof" "${variants[@]}" >"$out/profile.md" ||
	die "tcgprof.py failed" "$out/profile.md"
cat "$out/profile.md"
stage_end
