#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# sparse.sh VARIANT CONFIG: run sparse (C=2) on the C files the variant's
# commits touch, in the variant's build and in baseline's (configured and
# prepared when it was not built), and fail on any warning the variant has
# that baseline lacks (line numbers ignored).
. "$(dirname "$0")/lib.sh"

variant=${1:?usage: sparse.sh VARIANT CONFIG}
cfg=${2:?usage: sparse.sh VARIANT CONFIG}
src=$(tree_dir "$variant")
base=$(git -C "$src" rev-list --max-parents=0 HEAD)
files=$(git -C "$src" diff --name-only "$base"..HEAD -- '*.c')
objs=
for f in $files; do
	# Only what this config builds (arch/arm64 is checked by its cross build).
	[ -f "$BUILD/$variant/obj-$cfg/${f%.c}.o" ] && objs="$objs ${f%.c}.o"
done
if [ -z "$objs" ]; then
	echo "no C file of the series is built by $cfg (touched: ${files:-none})"
	exit 0
fi
# Debian 12's sparse 0.6.4 predates __typeof_unqual__, which the kernel's
# checker-valid.sh requires (without it C=2 silently checks nothing); sid's
# 0.6.5~rc1 has it.  Run that one, with sid's libc.
sp=$(sid_tool sparse sparse "sparse/sid") || exit 1
check=(CHECK="$sp")
stage "sparse $variant/$cfg:$objs"
for v in baseline "$variant"; do
	obj=$BUILD/$v/obj-$cfg
	# Files the series adds only exist in the variant: all their warnings count.
	vobjs=
	for o in $objs; do
		[ -f "$(tree_dir "$v")/${o%.o}.c" ] && vobjs="$vobjs $o"
	done
	# make check builds no baseline kernel: its tree, configured and
	# prepared, is enough to compile (and check) these files alone.
	if [ ! -f "$obj/.config" ]; then
		"$WB_DIR/tree.sh" "$v" >/dev/null &&
			"$WB_DIR/build.sh" "$v" "$cfg" prepare >/dev/null || exit 1
	fi
	# build.sh's make arguments (CC, HOSTCC with ccache): with others
	# kbuild sees a changed command line and recompiles what C=2 checks,
	# and the next build recompiles and relinks it again.
	kmake_args "$obj"
	make -C "$(tree_dir "$v")" O="$obj" "${KMAKE[@]}" C=2 "${check[@]}" $vobjs >"$obj/sparse.log" 2>&1 ||
		die "sparse build of $v failed" "$obj/sparse.log"
	grep -q "is not available or not up to date" "$obj/sparse.log" &&
		die "the kernel refused this sparse: nothing was checked" "$obj/sparse.log"
	for o in $vobjs; do
		grep -q "CHECK .*${o%.o}.c" "$obj/sparse.log" ||
			die "sparse did not check ${o%.o}.c" "$obj/sparse.log"
	done
	# Compare without the tree's path and line numbers.
	grep -E ': (warning|error):' "$obj/sparse.log" |
		sed -E -e "s|$(tree_dir "$v")/||" -e 's/:[0-9]+:[0-9]+:/:/' | sort -u >"$obj/sparse.txt"
done
new=$(comm -13 "$BUILD/baseline/obj-$cfg/sparse.txt" "$BUILD/$variant/obj-$cfg/sparse.txt")
echo "    baseline: $(wc -l <"$BUILD/baseline/obj-$cfg/sparse.txt") warning(s), $variant: $(wc -l <"$BUILD/$variant/obj-$cfg/sparse.txt")"
stage_end
if [ -n "$new" ]; then
	echo "$new"
	die "sparse: $variant adds the warnings above" "$BUILD/$variant/obj-$cfg/sparse.log"
fi
