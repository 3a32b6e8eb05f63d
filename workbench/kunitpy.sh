#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# kunitpy.sh VARIANT: run the series' KUnit suite the way a reviewer does,
# with the kernel's own tools/testing/kunit/kunit.py and the suite's
# mm/tests/.kunitconfig, in the variant's tree (build directory
# build/VARIANT/kunit; QEMU, TCG here):
#   ./tools/testing/kunit/kunit.py run --arch=x86_64 --kunitconfig=mm/tests \
#       --kernel_args=lockless_walk_kunit.hotplug=1 \
#	--qemu_args='-smp 4'
# and judge kunit.py's own verdict: its exit code and its "Testing complete.
# Ran N tests: passed: N" line (no test run, or a failure, is a failure).
# KUNIT_TIMEOUT (default 900) bounds the run, not the build.
. "$(dirname "$0")/lib.sh"

[ $# -eq 1 ] || die "usage: kunitpy.sh VARIANT"
variant=$1
knob_variants VARIANT "$variant"
# As knobs.conf declares them; ACCEL decides below whether /dev/kvm is
# hidden (ACCEL=xen hid it, silently).
knob_check JOBS KUNIT_TIMEOUT ACCEL
KUNIT_TIMEOUT=${KUNIT_TIMEOUT:-900}
src=$(tree_dir "$variant")
[ -d "$src/.git" ] || die "no tree for $variant: run 'make tree VARIANT=$variant' first"
[ -f "$src/mm/tests/.kunitconfig" ] ||
	die "$variant has no mm/tests/.kunitconfig: its series lacks the KUnit suite (group api-tests)"
need_tool qemu-system-x86_64 qemu-system-x86
[ -f /usr/share/qemu/qboot.rom ] || need_tool /usr/share/qemu/qboot.rom qemu-system-data
bdir=$BUILD/$variant/kunit
# ccache and the reproducible build stamps, as build.sh has them.
kmake_args "$bdir"
mkopts=()
for a in "${KMAKE[@]}"; do
	[[ $a == ARCH=* ]] || mkopts+=(--make_options "$a")
done
log=$BUILD/$variant/kunitpy.log
# kunit.py asks QEMU for "-accel kvm -accel hvf -accel tcg": the first that
# initializes wins.  Where /dev/kvm exists but its guests hang (here), hide
# it from this run in a private mount namespace, so that QEMU falls back to
# TCG; the kunit.py line stays the documented one.  KVM is used only when
# boot.sh's probe (build/kvm-probe) or ACCEL=kvm says it works.
hide=()
probe=$BUILD/kvm-probe
kvm=${ACCEL:-$(cat "$probe" 2>/dev/null)}
if [ -e /dev/kvm ] && [ "$kvm" != kvm ]; then
	[ "$(id -u)" = 0 ] && command -v unshare >/dev/null ||
		die "/dev/kvm does not run guests here ($probe) and hiding it from kunit.py's QEMU needs root and unshare(1)"
	hide=(unshare -m sh -c 'mount --bind /dev/null /dev/kvm && exec "$0" "$@"')
	echo "    /dev/kvm does not run guests here ($probe): hidden from kunit.py's QEMU, which uses TCG"
fi
# The suite's CPU-hotplug case runs only when asked to.
stage "kunit.py run $variant: --arch=x86_64 --kunitconfig=mm/tests --qemu_args='-smp 4' --kernel_args=lockless_walk_kunit.hotplug=1"
(cd "$src" && "${hide[@]}" python3 ./tools/testing/kunit/kunit.py run --arch=x86_64 \
	--kunitconfig=mm/tests --qemu_args='-smp 4' --kernel_args=lockless_walk_kunit.hotplug=1 --build_dir="$bdir" \
	--jobs="$JOBS" --timeout="$KUNIT_TIMEOUT" "${mkopts[@]}") >"$log" 2>&1
rc=$?
stage_end
verdict=$(grep -E 'Testing complete\. Ran [0-9]+ tests' "$log" | tail -n 1 | sed 's/\x1b\[[0-9;]*m//g')
echo "    kunit.py: ${verdict:-no verdict} (exit $rc; log $log)"
[ $rc -eq 0 ] || die "kunit.py run failed (exit $rc)" "$log"
[[ $verdict =~ Ran\ ([0-9]+)\ tests:\ passed:\ ([0-9]+) ]] ||
	die "kunit.py printed no verdict" "$log"
[ "${BASH_REMATCH[1]}" -gt 0 ] || die "kunit.py ran no test: the suite vanished from the config" "$log"
case $verdict in
*failed:* | *crashed:* | *errors:*) die "kunit.py: $verdict" "$log" ;;
esac
