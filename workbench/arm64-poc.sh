#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# arm64-poc.sh VARIANT [CONFIG [RUNDIR]]: proof of concept of the guest
# tests on arm64, for folding into initramfs.sh and boot.sh.  CONFIG is an
# arm64 config (default check-arm64), built first with
# "build.sh VARIANT CONFIG".  Two steps, like initramfs.sh and boot.sh:
#
# 1. The initramfs, with initramfs.sh's layout (bin/busybox, init,
#    tests/plan.run filtered by the variant's groups, tests/env, the
#    plan's programs), but for arm64: busybox and bash from Debian's arm64
#    busybox-static and bash-static (lib.sh foreign_deb: no foreign dpkg
#    architecture on the host), guest/*.c and the mm selftests cross-built
#    statically with aarch64-linux-gnu-gcc (libc6-dev-arm64-cross).
#    PLAN and OUT as initramfs.sh reads them (OUT defaults to
#    build/VARIANT/guest-CONFIG, or guest-CONFIG-PLAN for another plan).
# 2. The boot: qemu-system-aarch64 -M virt,gic-version=3 under TCG, the
#    topology, disks and knobs of boot.sh (CPUS, NODES, MEM, TIMEOUT,
#    APPEND, ICOUNT).  The console is the PL011 (ttyAMA0); the KTAP stream,
#    a second UART on x86, is a virtio console (hvc0), which guest/init
#    takes from the kernel parameter wbktap=.
#
# Then ktap.py judges RUNDIR (default build/VARIANT/run-CONFIG-<C>c<N>n);
# exits non-zero when a test failed.  STEPS="initramfs boot judge" (the
# default) names the steps to run.
. "$(dirname "$0")/lib.sh"

[ $# -ge 1 ] && [ $# -le 3 ] || die "usage: arm64-poc.sh VARIANT [CONFIG [RUNDIR]]"
variant=$1 cfg=${2:-check-arm64}
knob_variants VARIANT "$variant"
knob_config CONFIG "$cfg"
[ "$(config_arch "$cfg")" = arm64 ] || die "CONFIG=$cfg is not an arm64 config (no '# arch: arm64')"
grep -q '^# guest-tests: yes' "$WB_DIR/configs/$cfg.config" ||
	die "CONFIG=$cfg does not boot the guest tests (no '# guest-tests: yes')"
boot_knobs
CPUS=${CPUS:-8} NODES=${NODES:-2} MEM=${MEM:-3072}
TIMEOUT=${TIMEOUT:-1800}
STEPS=" ${STEPS:-initramfs boot judge} "
pname=${PLAN:-plan}
plan=$WB_DIR/guest/$pname
[[ $pname =~ ^plan[a-z0-9-]*$ ]] && [ -f "$plan" ] ||
	die "PLAN=${PLAN:-}: no plan file $plan (known: $(cd "$WB_DIR/guest" && ls plan* | tr '\n' ' '))"
src=$(tree_dir "$variant")
obj=$BUILD/$variant/obj-$cfg
kernel=$obj/arch/arm64/boot/Image
if [ "$pname" = plan ]; then gdir=${OUT:-$BUILD/$variant/guest-$cfg}; else gdir=${OUT:-$BUILD/$variant/guest-$cfg-$pname}; fi
initrd=$gdir/initramfs.cpio.gz
run=${3:-$BUILD/$variant/run-$cfg-${CPUS}c${NODES}n}
[ -f "$kernel" ] || die "no kernel $kernel: run 'build.sh $variant $cfg' first"
[ ! -e "$run" ] || [ -f "$run/accel" ] || [ -z "$(ls -A "$run" 2>/dev/null)" ] ||
	die "RUNDIR $run exists and is not a run directory (no accel file): not removing it"
cross=aarch64-linux-gnu-
kmake=(ARCH=arm64 CROSS_COMPILE=$cross)

# ---- 1. The initramfs ----
if [[ $STEPS == *" initramfs "* ]]; then
	need_tool cpio cpio
	need_tool gzip gzip
	need_tool ${cross}gcc gcc-aarch64-linux-gnu
	# The static C library; gcc-aarch64-linux-gnu only recommends it.
	if [ ! -f /usr/aarch64-linux-gnu/lib/libc.a ]; then
		need_tool /usr/aarch64-linux-gnu/lib/libc.a libc6-dev-arm64-cross 2>/dev/null ||
			[ -f /usr/aarch64-linux-gnu/lib/libc.a ] ||
			die "no /usr/aarch64-linux-gnu/lib/libc.a: apt-get install libc6-dev-arm64-cross"
	fi
	bbroot=$(foreign_deb arm64 busybox-static) || exit 1
	stage "initramfs $variant/$cfg (arm64, $pname)"
	groups=" wb $(variant_groups "$variant") "
	rm -rf "$gdir"
	mkdir -p "$gdir/root/bin" "$gdir/root/tests" "$gdir/st"
	for d in proc sys dev tmp; do mkdir -p "$gdir/root/$d"; done
	log=$gdir/build.log
	make -C "$src" O="$obj" "${kmake[@]}" headers >"$log" 2>&1 || die "make headers failed" "$log"
	# The plan's programs, found as initramfs.sh finds them.
	bins=$(grep -v '^#' "$plan" | while IFS='|' read -r g name tmo cmd; do
		case $groups in *" $g "*) ;; *) continue ;; esac
		set -- $cmd
		echo "$1"
		if [ "$1" = wb-vmtests ]; then
			grep -oE "CATEGORY=\"$3\" run_test \./[A-Za-z0-9_-]+" \
				"$src/tools/testing/selftests/mm/run_vmtests.sh" | sed 's|.*\./||'
		fi
		for w; do
			[[ $w =~ ^[a-z][a-z0-9_-]*$ ]] || continue
			{ [ -f "$WB_DIR/guest/$w.c" ] || [[ $w == wb-* && -f $WB_DIR/guest/$w ]]; } && echo "$w"
		done
	done | sort -u)
	st=()
	for b in $bins; do
		if [ -f "$WB_DIR/guest/$b.c" ]; then
			${cross}gcc -O2 -Wall -static -I"$src" -o "$gdir/root/tests/$b" "$WB_DIR/guest/$b.c" -lpthread >>"$log" 2>&1 ||
				die "building the guest probe $b for arm64 failed" "$log"
		elif [[ $b == wb-* ]] && [ -f "$WB_DIR/guest/$b" ]; then
			install -m 0755 "$WB_DIR/guest/$b" "$gdir/root/tests/$b"
		else
			st+=("$gdir/st/$b")
		fi
	done
	if [ ${#st[@]} -gt 0 ]; then
		make -C "$src/tools/testing/selftests/mm" OUTPUT="$gdir/st" "${kmake[@]}" \
			KHDR_INCLUDES="-isystem $obj/usr/include" LDFLAGS=-static \
			"${st[@]}" >>"$log" 2>&1 || die "building the selftests (${st[*]##*/}) for arm64 failed" "$log"
		cp "${st[@]}" "$gdir/root/tests/"
	fi
	cp "$bbroot/bin/busybox" "$gdir/root/bin/busybox"
	if grep -qx wb-vmtests <<<"$bins"; then
		bashroot=$(foreign_deb arm64 bash-static) || exit 1
		cp "$bashroot/bin/bash-static" "$gdir/root/bin/bash"
		cp "$src/tools/testing/selftests/mm/run_vmtests.sh" "$gdir/root/tests/"
	fi
	# Everything in the guest must be an arm64 executable.
	bad=$(find "$gdir/root/bin" "$gdir/root/tests" -type f -perm -u+x -exec file {} + |
		grep ELF | grep -v 'ARM aarch64.*statically linked' || true)
	[ -z "$bad" ] || die "not static arm64 programs: $bad"
	cp "$WB_DIR/guest/init" "$gdir/root/init"
	chmod +x "$gdir/root/init"
	grep -v '^#' "$plan" | while IFS='|' read -r g name tmo cmd; do
		case $groups in *" $g "*) echo "$name|$tmo|$cmd" ;; esac
	done >"$gdir/root/tests/plan.run"
	. "$WB_DIR/guest/expect.sh"
	wb_expect "$variant"
	printf 'WB_VARIANT=%s\nWB_EXPECT=%s\nWB_EXPECT_SHARED=%s\nexport WB_VARIANT WB_EXPECT WB_EXPECT_SHARED\n' \
		"$variant" "$WB_EXPECT" "$WB_EXPECT_SHARED" >"$gdir/root/tests/env"
	(cd "$gdir/root" && find . | cpio -o -H newc --quiet | gzip -1) >"$initrd" ||
		die "packing the initramfs failed"
	echo "    $(grep -c . "$gdir/root/tests/plan.run") planned test(s), $(du -h "$initrd" | cut -f1)"
	stage_end
fi

# ---- 2. The boot ----
if [[ $STEPS == *" boot "* ]]; then
	[ -f "$initrd" ] || die "no initramfs $initrd: run with STEPS=initramfs first"
	need_tool qemu-system-aarch64 qemu-system-arm
	if [ -n "${ICOUNT:-}" ]; then
		# As boot.sh: one vCPU, single-threaded TCG, the guest clock
		# counting instructions.
		qaccel=(-accel tcg,thread=single -icount "$ICOUNT")
	else
		qaccel=(-accel tcg,thread=multi)
	fi
	numa=()
	per=$((MEM / NODES))
	for ((n = 0; n < NODES; n++)); do
		first=$((n * CPUS / NODES)) last=$(((n + 1) * CPUS / NODES - 1))
		numa+=(-object "memory-backend-ram,id=m$n,size=${per}M"
		       -numa "node,nodeid=$n,cpus=$first-$last,memdev=m$n")
	done
	rm -rf "$run"
	mkdir -p "$run"
	echo tcg >"$run/accel"
	[ -z "${ICOUNT:-}" ] || echo "$ICOUNT" >"$run/icount"
	stage "boot $variant/$cfg (arm64 virt): $CPUS vCPUs, $NODES nodes, ${MEM} MiB, tcg${ICOUNT:+ -icount $ICOUNT}"
	truncate -s 512M "$run/swap.img"
	truncate -s 16M "$run/result.img"
	smp="$CPUS,sockets=$NODES,cores=$((CPUS / NODES)),threads=1"
	cmd=(qemu-system-aarch64 -M virt,gic-version=3 -cpu max "${qaccel[@]}"
		-m "$MEM" -smp "$smp" "${numa[@]}"
		-kernel "$kernel" -initrd "$initrd"
		# vda: swap, vdb: the result disk (the order of the PCI slots).
		-drive "file=$run/swap.img,if=none,id=swap,format=raw"
		-device virtio-blk-pci,drive=swap
		-drive "file=$run/result.img,if=none,id=result,format=raw"
		-device virtio-blk-pci,drive=result
		# The KTAP stream: a virtio console, /dev/hvc0 in the guest.
		-device virtio-serial-pci
		-chardev "file,id=ktap,path=$run/ktap-serial.log"
		-device virtconsole,chardev=ktap
		-append "console=ttyAMA0 panic=-1 hugepages=64 wbktap=/dev/hvc0 ${APPEND:-}"
		-no-reboot -display none -monitor none
		-serial "file:$run/console.log")
	printf '%q ' "${cmd[@]}" >"$run/qemu-cmdline"
	echo >>"$run/qemu-cmdline"
	t0=$(wb_now)
	timeout "$TIMEOUT" "${cmd[@]}" </dev/null >"$run/qemu.log" 2>&1
	rc=$?
	echo $(($(wb_now) - t0)) >"$run/wall-seconds"
	stage_end
	rm -f "$run/swap.img"
	tr -d '\0' <"$run/result.img" >"$run/ktap.log"
	rm -f "$run/result.img"
	grep -q '@@WB-DONE@@' "$run/ktap.log" || cp "$run/ktap-serial.log" "$run/ktap.log"
	if [ $rc -eq 124 ]; then
		echo "---- last console lines ($run/console.log) ----" >&2
		tail -n 25 "$run/console.log" >&2
		die "guest $variant/$cfg did not finish within ${TIMEOUT}s" "$run/ktap.log"
	fi
	[ $rc -eq 0 ] || die "qemu failed (exit $rc)" "$run/qemu.log"
	if ! grep -q '@@WB-DONE@@' "$run/ktap.log"; then
		echo "---- last console lines ($run/console.log) ----" >&2
		tail -n 25 "$run/console.log" >&2
		die "guest $variant/$cfg stopped before finishing its tests (crash or early power-off)" "$run/ktap.log"
	fi
	seen=$(sed -n 's/^# variant=.* cpus=\([0-9]*\) .*/\1/p' "$run/ktap.log" | head -n 1)
	[ -z "$seen" ] || [ "$seen" = "$CPUS" ] ||
		die "guest $variant/$cfg ran with $seen CPUs of the $CPUS vCPUs it was given" "$run/ktap.log"
	grep -m1 '^# variant=' "$run/ktap.log"
fi

# ---- 3. The verdict ----
if [[ $STEPS == *" judge "* ]]; then
	[ -f "$run/ktap.log" ] || die "no $run/ktap.log to judge"
	python3 "$WB_DIR/ktap.py" "$run" --prefix "$variant" | tee "$run/results.txt" || die "ktap.py failed on $run"
	echo "    $(grep -c '^PASS' "$run/results.txt") passed, $(grep -c '^FAIL' "$run/results.txt") failed, $(grep -c '^SKIP' "$run/results.txt") skipped"
	! grep -q '^FAIL' "$run/results.txt" || exit 1
fi
echo "$run"
