#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# kit-check.sh: a test of the large-NUMA kit (make kernels) without a large
# machine.  Each kit kernel (build/kernels/numa-eval/<variant>, built on
# tinyconfig, so it boots under QEMU) is booted as a stand-in host whose
# only tools are busybox, a static bash and the kit's bin/; there
# bin/host-run.sh runs exactly as on a host, its ktap.log comes back, and
# bin/eval.py makes the tables from all of them.  Fails when a kernel does
# not boot, host-run.sh stops early or reports a failed scenario, or
# eval.py finds nothing.  CPUS/NODES: the stand-in's topology (default 8
# in 2; plan-eval's isolation case needs 7 CPUs).  Results:
# build/kit-check/ (summary.md and the rest, as make eval writes them).
. "$(dirname "$0")/lib.sh"

cfg=numa-eval
kit=$BUILD/kernels/$cfg
out=$BUILD/kit-check
[ $# -eq 0 ] || die "usage: kit-check.sh (knobs: CPUS, NODES, MEM, KIT_VARIANTS)"
export CPUS=${CPUS:-8} NODES=${NODES:-2}
# The scenarios need 4 vCPUs or more (3 walkers and the caller).
knob_count CPUS 4
guest_knobs
if [ -n "${KIT_VARIANTS:-}" ]; then
	read -ra kv <<<"$KIT_VARIANTS"
	knob_variants KIT_VARIANTS "${kv[@]}"
fi
[ -x "$kit/bin/lwbench" ] || die "no kit in $kit: run 'make kernels' first"
variants=${KIT_VARIANTS:-$(cd "$kit" && ls -d */ 2>/dev/null | tr -d / | grep -vx bin)}
[ -n "$variants" ] || die "no kernels in $kit: run 'make kernels' first"
for v in $variants; do
	[ -f "$BUILD/$v/obj-$cfg/$(arch_get "$(config_arch "$cfg")" image)" ] ||
		die "no $cfg kernel for $v in $BUILD/$v/obj-$cfg: run 'make kernels' first"
done
need_tool bash-static bash-static
need_tool cpio cpio
bb=$(guest_static "$(arch_get "$(config_arch "$cfg")" deb_arch)" busybox-static busybox) || exit 1
rm -rf "$out"
mkdir -p "$out/runs"
T0=$(wb_now)
for v in $variants; do
	stage "kit-check: host-run.sh on the $v kernel, $CPUS vCPUs in $NODES nodes"
	root=$out/$v/root
	mkdir -p "$root/bin" "$root/kit" "$root"/{proc,sys,dev,tmp}
	cp "$bb" "$root/bin/busybox"
	cp "$(command -v bash-static)" "$root/bin/bash"
	cp -r "$kit/bin" "$root/kit/bin"
	cat >"$root/init" <<EOF
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
mount -t tmpfs tmp /tmp
/bin/bash /kit/bin/host-run.sh $v /tmp/res >/dev/console 2>&1
echo "host-run.sh exit code \$?" >/dev/console
cat /tmp/res/runs/*/ktap.log >/tmp/ktap.log 2>/dev/null
dd if=/tmp/ktap.log of=/dev/vdb bs=64k conv=fsync 2>/dev/null
sync
poweroff -f
EOF
	chmod +x "$root/init"
	(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) >"$out/$v/initramfs.cpio.gz" ||
		die "packing the stand-in host's initramfs failed"
	run=$out/$v/boot
	# run.sh boots the kit's kernel as built (make kernels) with this
	# initramfs and judges the KTAP host-run.sh left.
	if ! INITRD=$out/$v/initramfs.cpio.gz "$WB_DIR/run.sh" boot "$v" "$cfg" - "$run" "kit.$v" \
		>"$out/$v/boot.log" 2>&1; then
		grep -h '^FAIL' "$run/results.txt" 2>/dev/null | head -5
		die "host-run.sh on the $v kit kernel failed or did not run to its end (results above: $run/results.txt)" "$out/$v/boot.log"
	fi
	grep -q "host-run.sh exit code 0" "$run/console.log" ||
		die "host-run.sh on the $v kernel did not exit 0" "$run/console.log"
	# The layout host-run.sh leaves on a host, from the guest's log.
	d=$out/runs/$v-$(sed -n 's/.* cpus=\([0-9]*\) nodes=\([0-9]*\) .*/\1c\2n/p' "$run/ktap.log" | head -1)-host
	mkdir -p "$d"
	cp "$run/ktap.log" "$d/ktap.log"
	cat "$run/accel" >"$d/accel"
	echo "    $(grep -c '^PASS' "$run/results.txt") scenario(s) ok on $(sed -n 's/.*kernel=\(\S*\).*/\1/p' "$run/ktap.log" | head -1)"
	stage_end
done
stage "kit-check: bin/eval.py on the results"
python3 "$kit/bin/eval.py" "$out" "$out/runs" >"$out/eval.log" 2>&1 || die "the kit's eval.py failed" "$out/eval.log"
for v in $variants; do
	grep -q "| $v |" "$out/summary.md" || die "no $v column in $out/summary.md"
done
stage_end
echo "kit-check took $(($(wb_now) - T0))s: $out/summary.md"
