#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# kernels.sh CONFIG: the large-NUMA kit.  Builds a kernel of every variant
# in KERNEL_VARIANTS (default: baseline percpu strict lazy cpumask) from the same
# base and the same config (default numa-eval: NR_CPUS=8192,
# CPUMASK_OFFSTACK, NUMA; with KIT_ARCH=arm64 numa-arm64, cross-built),
# plus the static benchmark, into build/kernels/CONFIG/:
#
#   <variant>/linux-image-<release>_*.deb  the kernel's own bindeb-pkg
#                      (dpkg -i; with modules and headers when the config
#                      has modules)
#   <variant>/linux-<release>-<arch>.tar.gz  the kernel's targz-pkg, for
#                      other distributions (boot/ and lib/modules/)
#   <variant>/vmlinuz-<release>, config-<release>, System.map-<release>,
#   <variant>/modules-<release>.tar.gz   (when the config has modules)
#   bin/lwbench        static benchmark, the guest's
#   bin/host-run.sh    runs make eval's scenarios on a host booted with
#                      one of the kernels, into a results directory
#   bin/eval.py, bin/plan-eval*           the scenarios, and the tables
#
# For real hardware, start from the host's own config so that its drivers
# are there: BASE_CONFIG=/boot/config-$(uname -r) (the fragment is merged
# onto it and every option verified).  See README, "Large-NUMA kit".
. "$(dirname "$0")/lib.sh"

[ $# -le 1 ] || die "usage: kernels.sh [CONFIG]"
# Every knob as knobs.conf declares it, before anything is installed or
# built; LOCK_TIMEOUT and CCACHE_DIR too, which tree.sh and build.sh
# read, so that a bad one stops the kit before the base is fetched.
knob_check KIT_ARCH JOBS BASE_CONFIG KERNEL_VARIANTS LOCK_TIMEOUT CCACHE_DIR
KIT_ARCH=${KIT_ARCH:-x86_64}
case $KIT_ARCH in
x86_64) cfg=${1:-numa-eval} ;;
arm64) cfg=${1:-numa-arm64} ;;
esac
knob_config CONFIG "$cfg"
arch=$(config_arch "$cfg") || exit 1
[ "$arch" = "$KIT_ARCH" ] || die "KIT_ARCH=$KIT_ARCH but config $cfg builds $arch"
# numa-eval carries the guest settings of "check" (serial console, KUnit,
# ...); onto a host's config only the benchmark's needs are merged.
if [ -n "${BASE_CONFIG:-}" ] && [ "$cfg" = numa-eval ]; then
	cfg=numa-host
	echo "BASE_CONFIG given: using the numa-host fragment (numa-eval's NUMA options + bench.config)"
fi
KERNEL_VARIANTS=${KERNEL_VARIANTS:-baseline percpu strict lazy cpumask}
read -ra kv <<<"$KERNEL_VARIANTS"
# A missing or stale patch stops here, before any tree is reset.
"$WB_DIR/fetch-base.sh" || exit 1
python3 "$WB_DIR/series.py" check "$LB_CACHE/base/linux" "${kv[@]}" ||
	die "the series does not apply (above); nothing was built"
# Everything is checked: only now install what the kit needs.
# bindeb-pkg's dpkg-buildpackage checks the build dependencies that the
# kernel's debian/control names (it refused without them).
need_tool dpkg-buildpackage dpkg-dev
need_tool dh debhelper
need_tool depmod kmod
need_tool rsync rsync
[ -f /usr/include/elfutils/libdw.h ] || need_tool /usr/include/elfutils/libdw.h libdw-dev
# The variants' trees and object directories are this run's until it
# ends (lib.sh lock_variant), not only while each is built: a make check
# started meanwhile would reset a tree between build and packaging.
lock_variant "${kv[@]}"
kit=$BUILD/kernels/$cfg
mkdir -p "$kit/bin"
T0=$(wb_now)
for v in $KERNEL_VARIANTS; do
	stage "kernel $v/$cfg${BASE_CONFIG:+ on $BASE_CONFIG}"
	"$WB_DIR/tree.sh" "$v" >"$kit/$v-tree.log" 2>&1 ||
		die "assembling the $v tree failed" "$kit/$v-tree.log"
	src=$(tree_dir "$v")
	obj=$BUILD/$v/obj-$cfg
	case $KIT_ARCH in
	x86_64) targets=(bzImage) image=arch/x86/boot/bzImage ;;
	arm64) targets=(Image.gz) image=arch/arm64/boot/Image.gz ;;
	esac
	# tinyconfig has no modules; a host's config usually has.
	[ -n "${BASE_CONFIG:-}" ] && grep -q '^CONFIG_MODULES=y' "$BASE_CONFIG" &&
		targets+=(modules)
	# uname -r names the variant, so that host-run.sh can check the boot.
	LOCALVERSION=-lw-$v "$WB_DIR/build.sh" "$v" "$cfg" "${targets[@]}" >"$kit/$v-build.log" 2>&1 ||
		die "building $v/$cfg (${targets[*]}) failed" "$kit/$v-build.log"
	rel=$(cat "$obj/include/config/kernel.release")
	out=$kit/$v
	rm -rf "$out"
	mkdir -p "$out"
	cp "$obj/$image" "$out/vmlinuz-$rel"
	cp "$obj/.config" "$out/config-$rel"
	cp "$obj/System.map" "$out/System.map-$rel"
	if [[ " ${targets[*]} " = *" modules "* ]]; then
		kmake_args "$obj"
		rm -rf "$obj/modstage"
		LOCALVERSION=-lw-$v make -C "$src" O="$obj" "${KMAKE[@]}" INSTALL_MOD_PATH="$obj/modstage" \
			modules_install >>"$kit/$v-build.log" 2>&1 ||
			die "modules_install of $v/$cfg failed" "$kit/$v-build.log"
		tar -C "$obj/modstage" -czf "$out/modules-$rel.tar.gz" lib
	fi
	# Installable packages, made by the kernel's own targets from this
	# build (nothing is rebuilt): dpkg-buildpackage leaves the .debs next
	# to the object directory.
	kmake_args "$obj"
	rm -f "$BUILD/$v"/linux-*.deb "$BUILD/$v"/linux-upstream_*.buildinfo "$BUILD/$v"/linux-upstream_*.changes
	# Cross-built, the linux-headers package would need the target's
	# libssl-dev; the kernel's build profile leaves it out (the kit's
	# configs have no modules to build against anyway).
	dpkg_flags=
	[ "$KIT_ARCH" = arm64 ] && dpkg_flags=-Ppkg.linux-upstream.nokernelheaders
	LOCALVERSION=-lw-$v make -C "$src" O="$obj" "${KMAKE[@]}" -j"$JOBS" \
		${dpkg_flags:+DPKG_FLAGS="$dpkg_flags"} bindeb-pkg targz-pkg \
		>"$kit/$v-pkg.log" 2>&1 || die "packaging $v/$cfg (bindeb-pkg targz-pkg) failed" "$kit/$v-pkg.log"
	mv "$BUILD/$v"/linux-*"$rel"*.deb "$out/" 2>/dev/null ||
		die "bindeb-pkg left no linux-*-$rel .deb in $BUILD/$v" "$kit/$v-pkg.log"
	rm -f "$BUILD/$v"/linux-*.deb "$BUILD/$v"/linux-upstream_*.buildinfo "$BUILD/$v"/linux-upstream_*.changes
	mv "$obj"/linux-"$rel"-*.tar.gz "$out/" ||
		die "targz-pkg left no linux-$rel-*.tar.gz in $obj" "$kit/$v-pkg.log"
	echo "    $v: $rel, $(git -C "$src" log -1 --format=%s)"
	stage_end
done

stage "static benchmark"
v1=${KERNEL_VARIANTS%% *}
cc=gcc
[ "$KIT_ARCH" = arm64 ] && cc=aarch64-linux-gnu-gcc
"$cc" -O2 -Wall -static -I"$(tree_dir "$v1")" -o "$kit/bin/lwbench" "$WB_DIR/guest/lwbench.c" -lpthread \
	>"$kit/lwbench-build.log" 2>&1 || die "building the static lwbench failed" "$kit/lwbench-build.log"
cp "$WB_DIR/host-run.sh" "$WB_DIR/guest/expect.sh" "$WB_DIR/eval.py" "$WB_DIR/guest/plan-eval" "$WB_DIR/guest/plan-eval-gup" "$kit/bin/"
stage_end
echo "kit in $kit ($(($(wb_now) - T0))s): boot each vmlinuz on the host, then run bin/host-run.sh VARIANT (README: Large-NUMA kit)"
