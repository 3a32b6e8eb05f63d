#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# initramfs.sh VARIANT CONFIG: build the guest's initramfs for the variant:
# busybox-static, guest/init, the workbench's probes and the statically
# linked test programs (upstream mm selftests and the series' own, from the
# variant's tree), and the test plan filtered by the variant's groups
# (and its wb-vmtests rows by VMTESTS, when set).
# PLAN names another plan file in guest/ (default: plan; make eval uses
# plan-eval) and OUT another output directory (default: lib.sh's
# guest_dir, build/VARIANT/guest-CONFIG-PLAN).  The programs are built for
# the config's architecture with arch.conf's compiler and static libc;
# busybox and bash are Debian's static ones of that architecture.
# Prints the path of the cpio archive as the last line.
. "$(dirname "$0")/lib.sh"

[ $# -eq 2 ] || die "usage: initramfs.sh VARIANT CONFIG"
variant=$1
knob_variants VARIANT "$variant"
cfg=$(resolve_config "$2") || exit 1
arch=$(config_arch "$cfg") || exit 1
# PLAN and OUT as knobs.conf declares them, before anything is installed
# or removed.  OUT is removed and rewritten: it must be new, empty or a
# guest build of initramfs.sh's own (OUT=/ or OUT=$HOME were removed whole).
OUT=${OUT:-$(guest_dir "$variant" "$cfg" "${PLAN:-plan}")}
knob_check PLAN OUT VMTESTS
plan=$WB_DIR/guest/${PLAN:-plan}
src=$(tree_dir "$variant")
obj=$BUILD/$variant/obj-$cfg
[ -f "$obj/.config" ] || die "no build in $obj: run build.sh $variant $cfg first"
need_tool cpio cpio
need_tool gzip gzip
# A statically linked busybox (Debian's busybox-static) runs in the guest.
deb_arch=$(arch_get "$arch" deb_arch)
bb=$(guest_static "$deb_arch" busybox-static busybox) || exit 1
cc=$(arch_get "$arch" cc)
cross=$(arch_get "$arch" cross)
[ -z "$cross" ] || need_tool "$cc" "$(arch_get "$arch" cross_pkg)"
libc_a=$(arch_get "$arch" libc_a)
[ -f "$libc_a" ] || need_tool "$libc_a" "$(arch_get "$arch" libc_pkg)"
kmake_args "$obj"

stage "initramfs $variant/$cfg"
groups=" wb $(variant_groups "$variant") "
gdir=$OUT
rm -rf "$gdir"
mkdir -p "$gdir/root/bin" "$gdir/root/tests" "$gdir/st"
# The mark of a guest build (knobs.conf's check of OUT): a later run may
# remove this directory.
echo "initramfs.sh $variant $cfg ${PLAN:-plan}" >"$gdir/.wb-guest"
for d in proc sys dev tmp; do mkdir -p "$gdir/root/$d"; done
log=$gdir/build.log

# Upstream selftests and the series' own: the plan's commands name them.
make -C "$src" O="$obj" "${KMAKE[@]}" headers >"$log" 2>&1 || die "make headers failed" "$log"
bad=$(grep -v '^#' "$plan" | while IFS='|' read -r g name tmo cmd; do
	set -- $cmd
	[ "${1:-}" != wb-vmtests ] || { [ "${2:-}" = -t ] && [ -n "${3:-}" ] && [ $# -eq 3 ]; } || echo "$name"
done)
[ -z "$bad" ] || die "plan $plan: wb-vmtests takes -t CATEGORY (one category) in: $bad"
# A command's first word is a program; so is any later word that names one
# of the workbench's (guest/NAME.c, or the script guest/wb-NAME), e.g. the
# command that wb-hotplug runs.
bins=$(vmtests_rows "$plan" | while IFS='|' read -r g name tmo cmd; do
	case $groups in *" $g "*) ;; *) continue ;; esac
	set -- $cmd
	echo "$1"
	# run_vmtests.sh -t CATEGORY runs the programs of its CATEGORY lines.
	if [ "$1" = wb-vmtests ]; then
		grep -oE "CATEGORY=\"$3\" run_test \./[A-Za-z0-9_.-]+" \
			"$src/tools/testing/selftests/mm/run_vmtests.sh" | sed 's|.*\./||'
	fi
	for w; do
		[[ $w =~ ^[a-z][a-z0-9_-]*$ ]] || continue
		{ [ -f "$WB_DIR/guest/$w.c" ] || [[ $w == wb-* && -f $WB_DIR/guest/$w ]]; } && echo "$w"
	done
done | sort -u)
# The migration selftest links libnuma (static, from libnuma-dev).
if grep -qx migration <<<"$bins" && [ ! -f /usr/include/numa.h ]; then
	[ -z "$cross" ] || die "plan $plan: the migration selftest needs libnuma, which is not cross-built here"
	need_tool /usr/include/numa.h libnuma-dev
fi
st=()
for b in $bins; do
	if [ -f "$WB_DIR/guest/$b.c" ]; then
		"$cc" -O2 -Wall -static -I"$src" -o "$gdir/root/tests/$b" "$WB_DIR/guest/$b.c" -lpthread >>"$log" 2>&1 ||
			die "building the guest probe $b failed" "$log"
	elif [[ $b == *.sh ]] && [ -f "$src/tools/testing/selftests/mm/$b" ]; then
		# A selftest that is a script (hugetlb's cgroup tests): as it is.
		install -m 0755 "$src/tools/testing/selftests/mm/$b" "$gdir/root/tests/$b"
	elif [[ $b == wb-* ]] && [ -f "$WB_DIR/guest/$b" ]; then
		install -m 0755 "$WB_DIR/guest/$b" "$gdir/root/tests/$b"
	else
		st+=("$gdir/st/$b")
	fi
done
if [ ${#st[@]} -gt 0 ]; then
	make -C "$src/tools/testing/selftests/mm" OUTPUT="$gdir/st" \
		ARCH="$(arch_get "$arch" kbuild)" ${cross:+CROSS_COMPILE="$cross"} \
		KHDR_INCLUDES="-isystem $obj/usr/include" LDFLAGS=-static \
		"${st[@]}" >>"$log" 2>&1 || die "building the selftests (${st[*]##*/}) failed" "$log"
	cp "${st[@]}" "$gdir/root/tests/"
fi
cp "$bb" "$gdir/root/bin/busybox"
# run_vmtests.sh is a bash script: a static bash and the script itself.
if grep -qx wb-vmtests <<<"$bins"; then
	bash=$(guest_static "$deb_arch" bash-static bash-static) || exit 1
	cp "$bash" "$gdir/root/bin/bash"
	cp "$src/tools/testing/selftests/mm/run_vmtests.sh" "$gdir/root/tests/"
fi
cp "$WB_DIR/guest/init" "$gdir/root/init"
chmod +x "$gdir/root/init"
vmtests_rows "$plan" | while IFS='|' read -r g name tmo cmd; do
	case $groups in *" $g "*) echo "$name|$tmo|$cmd" ;; esac
done >"$gdir/root/tests/plan.run"
. "$WB_DIR/guest/expect.sh"
wb_expect "$variant"
vars="WB_VARIANT WB_EXPECT WB_EXPECT_SHARED WB_EXPECT_EXIT WB_EXPECT_EXIT_SHARED WB_EXPECT_WALKERS"
printf 'WB_VARIANT=%s\nWB_EXPECT=%s\nWB_EXPECT_SHARED=%s\nWB_EXPECT_EXIT=%s\nWB_EXPECT_EXIT_SHARED=%s\nWB_EXPECT_WALKERS=%s\nexport %s\n' \
	"$variant" "$WB_EXPECT" "$WB_EXPECT_SHARED" "$WB_EXPECT_EXIT" "$WB_EXPECT_EXIT_SHARED" \
	"$WB_EXPECT_WALKERS" "$vars" >"$gdir/root/tests/env"
(cd "$gdir/root" && find . | cpio -o -H newc --quiet | gzip -1) >"$gdir/initramfs.cpio.gz" ||
	die "packing the initramfs failed"
echo "    $(grep -c . "$gdir/root/tests/plan.run") planned test(s), $(du -h "$gdir/initramfs.cpio.gz" | cut -f1)"
stage_end
echo "$gdir/initramfs.cpio.gz"
