#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# boot.sh VARIANT CONFIG [RUNDIR]: boot the variant's kernel and initramfs
# in QEMU and collect the guest's KTAP.  CPUS (default 8) and NODES
# (default 2) set the topology, MEM the memory in MiB (default 3072),
# TIMEOUT the wall-clock limit in seconds, APPEND extra kernel parameters,
# ICOUNT QEMU -icount suboptions (one vCPU; the guest clock then counts
# instructions), NOCHAIN=1 TCG without block chaining (-d nochain: every
# translated block returns to QEMU's main loop, which looks the next one
# up, so what a block costs no longer depends on where its jumps lead).
# KVM is used only when a probe shows it runs a guest; else TCG.  What
# differs between architectures (QEMU, machine, image, console, the KTAP
# stream's device) comes from arch.conf, for the config's architecture
# (ARCH: see lib.sh resolve_config).
# Writes RUNDIR/{console.log,ktap.log,accel} (an earlier boot's files there
# are removed first, nothing else); prints RUNDIR last.
. "$(dirname "$0")/lib.sh"

[ $# -ge 2 ] && [ $# -le 3 ] || die "usage: boot.sh VARIANT CONFIG [RUNDIR]"
variant=$1
knob_variants VARIANT "$variant"
cfg=$(resolve_config "$2") || exit 1
arch=$(config_arch "$cfg") || exit 1
boot_knobs
CPUS=${CPUS:-8} NODES=${NODES:-2} MEM=${MEM:-3072}
TIMEOUT=${TIMEOUT:-900}
run=${3:-$BUILD/$variant/run-$cfg-${CPUS}c${NODES}n}
obj=$BUILD/$variant/obj-$cfg
kernel=$obj/$(arch_get "$arch" image)
initrd=${INITRD:-$(guest_dir "$variant" "$cfg" plan)/initramfs.cpio.gz}
# Only a run directory is written into: an earlier boot's (accel), one
# run.sh made (.wb-run), or an empty one.
[ ! -e "$run" ] || [ -f "$run/accel" ] || [ -f "$run/.wb-run" ] || [ -z "$(ls -A "$run" 2>/dev/null)" ] ||
	die "RUNDIR $run exists and is not a run directory (no accel or .wb-run file): not writing into it"
[ -f "$kernel" ] || die "no kernel $kernel: build $variant/$cfg first"
[ -f "$initrd" ] || die "no initramfs $initrd: run initramfs.sh $variant $cfg first"
qemu=$(arch_get "$arch" qemu)
need_tool "$qemu" "$(arch_get "$arch" qemu_pkg)"

# Does KVM really run a guest?  Here /dev/kvm exists but a guest hangs, so
# the probe boots this kernel with a short limit and caches the answer.
accel() {
	local cache=$BUILD/kvm-probe
	if [ -n "${ACCEL:-}" ]; then echo "$ACCEL"; return; fi
	# Only a guest of the host's own architecture can use KVM.
	[ "$(arch_get "$arch" kvm)" = probe ] && [ "$(uname -m)" = "$arch" ] || { echo tcg; return; }
	if [ -f "$cache" ] && [ -z "$(find "$cache" -mmin +720)" ]; then
		cat "$cache"; return
	fi
	local a=tcg
	if [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
		timeout 30 "$qemu" -accel kvm -cpu host -m 256 -smp 1 \
			-kernel "$kernel" -append "console=$(arch_get "$arch" console) panic=-1 rdinit=/bin/wb-none" \
			-no-reboot -display none -monitor none -serial stdio </dev/null \
			>"$BUILD/kvm-probe.log" 2>&1
		grep -q "Linux version" "$BUILD/kvm-probe.log" && a=kvm
	fi
	echo $a >"$cache"
	echo $a
}
mkdir -p "$BUILD"
a=$(accel)
if [ -n "${ICOUNT:-}" ]; then
	# Instruction counting (make eval): one vCPU under TCG, single
	# threaded (QEMU's icount excludes MTTCG); with shift=0 the guest
	# clock advances 1 ns per executed guest instruction, so a guest
	# timing reads instructions (with more vCPUs it would count theirs).
	a=tcg
	qaccel=(-accel tcg,thread=single -cpu "$(arch_get "$arch" cpu)" -icount "$ICOUNT")
elif [ "$a" = kvm ]; then
	qaccel=(-accel kvm -cpu host)
else
	[ -e /dev/kvm ] && [ "$(arch_get "$arch" kvm)" = probe ] &&
		echo "    KVM does not run a guest here (see $BUILD/kvm-probe.log): using TCG"
	qaccel=(-accel tcg,thread=multi -cpu "$(arch_get "$arch" cpu)")
fi
# Kernel parameters this architecture needs under TCG (arch.conf).
tcg_append=
[ "$a" != tcg ] || tcg_append=$(arch_get "$arch" tcg_append)
if [ "${NOCHAIN:-0}" = 1 ]; then
	[ "$a" = tcg ] || die "NOCHAIN=1, but this guest would run under $a: block chaining is TCG's"
	qaccel+=(-d nochain)
fi

numa=()
per=$((MEM / NODES))
for ((n = 0; n < NODES; n++)); do
	first=$((n * CPUS / NODES)) last=$(((n + 1) * CPUS / NODES - 1))
	numa+=(-object "memory-backend-ram,id=m$n,size=${per}M"
	       -numa "node,nodeid=$n,cpus=$first-$last,memdev=m$n")
done

mkdir -p "$run"
rm -f "$run"/{accel,arch,icount,nochain,console.log,ktap.log,ktap-serial.log,qemu.log,swap.img,result.img}
echo "$a" >"$run/accel"
echo "$arch" >"$run/arch"
[ -z "${ICOUNT:-}" ] || echo "$ICOUNT" >"$run/icount"
[ "${NOCHAIN:-0}" = 0 ] || echo "-d nochain" >"$run/nochain"
stage "boot $variant/$cfg ($arch): $CPUS vCPUs, $NODES nodes, ${MEM} MiB, $a"
# A swap disk (the guest runs mkswap/swapon on /dev/vda) and a result disk
# to which the guest writes its complete KTAP at the end (/dev/vdb).
truncate -s 512M "$run/swap.img"
truncate -s 16M "$run/result.img"
# One socket per node, so that no LLC spans two nodes.
smp="$CPUS,sockets=$NODES,cores=$((CPUS / NODES)),threads=1"
machine=$(arch_get "$arch" machine)
# The console and the KTAP stream (arch.conf's serial, console, ktap_dev);
# the kernel passes wbktap= to guest/init in its environment.
serial=$(arch_get "$arch" serial)
serial=${serial//@CONSOLE@/$run/console.log}
read -ra serial <<<"${serial//@KTAP@/$run/ktap-serial.log}"
timeout "$TIMEOUT" "$qemu" ${machine:+-machine "$machine"} "${qaccel[@]}" -m "$MEM" -smp "$smp" \
	"${numa[@]}" -kernel "$kernel" -initrd "$initrd" \
	-drive "file=$run/swap.img,if=virtio,format=raw" \
	-drive "file=$run/result.img,if=virtio,format=raw" \
	-append "console=$(arch_get "$arch" console) wbktap=$(arch_get "$arch" ktap_dev) panic=-1 hugepages=64 ${tcg_append:+$tcg_append }${APPEND:-}" \
	-no-reboot -display none -monitor none "${serial[@]}" \
	</dev/null >"$run/qemu.log" 2>&1
rc=$?
stage_end
rm -f "$run/swap.img"
# The result disk holds the complete KTAP when the guest got to the end;
# otherwise the serial stream shows how far it got.
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
# The workbench's guest/init names the CPUs it found: a guest that runs
# with fewer than it was given passes tests that it does not really run
# (a kernel without ACPI, given 8 vCPUs in 2 sockets, found 2 in
# SeaBIOS's MP table, 2026-12-03).
seen=$(sed -n 's/^# variant=.* cpus=\([0-9]*\) .*/\1/p' "$run/ktap.log" | head -n 1)
[ -z "$seen" ] || [ "$seen" = "$CPUS" ] ||
	die "guest $variant/$cfg ran with $seen CPUs of the $CPUS vCPUs it was given (see the CPU lines in $run/console.log)" "$run/ktap.log"
echo "$run"
