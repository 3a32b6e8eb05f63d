#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# config.sh SRC OBJ CONFIG [GROUP...]: write OBJ/.config for the named
# config (workbench/configs/CONFIG.config merged onto tinyconfig, or onto
# the file BASE_CONFIG names, e.g. a real host's /boot/config-*), then
# verify that every option the fragments ask for really is in .config:
# merge_config.sh silently drops options whose dependencies are unmet.
# The GROUPs of the series in SRC may need options of their own (a KUnit
# suite: configs/group-GROUP.config): merged and verified too, into the
# configs that take them ("# guest-tests: yes" or "# group-options: yes"
# in their own fragment; the other build-only configs, e.g. !SMP, cannot).
. "$(dirname "$0")/lib.sh"

[ $# -ge 3 ] || die "usage: config.sh SRC OBJ CONFIG [GROUP...]"
src=$1 obj=$2 name=$3
shift 3
knob_config CONFIG "$name"
[ -z "${BASE_CONFIG:-}" ] || [ -f "$BASE_CONFIG" ] || die "BASE_CONFIG=$BASE_CONFIG does not exist"
[ -d "$src/scripts/kconfig" ] || die "config.sh: $src is not a kernel tree"

frags=$(config_fragments "$name") || exit 1
arch=$(config_arch "$name") || exit 1
knob_arch "config $name: # arch:" "$arch"
mkargs=(ARCH="$(arch_get "$arch" kbuild)")
cross=$(arch_get "$arch" cross)
if [ -n "$cross" ]; then
	need_tool "${cross}gcc" "$(arch_get "$arch" cross_pkg)"
	mkargs+=(CROSS_COMPILE="$cross")
fi

mkdir -p "$obj"
log=$obj/config.log
if [ -n "${BASE_CONFIG:-}" ]; then
	start=(cp "$BASE_CONFIG" "$obj/.config")
else
	start=(make -C "$src" O="$obj" "${mkargs[@]}" tinyconfig)
fi
{
	"${start[@]}" &&
	"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" $frags &&
	make -C "$src" O="$obj" "${mkargs[@]}" olddefconfig
} >"$log" 2>&1 || die "kernel configuration '$name' failed" "$log"

# Later fragments override earlier ones, as in merge_config.sh.
missing=$(cat $frags | grep -E '^CONFIG_[A-Za-z0-9_]+=' |
	awk -F= '{v[$1]=$0} END {for (k in v) print v[k]}' | sort |
	while IFS= read -r want; do
		opt=${want%%=*} val=${want#*=}
		if [ "$val" = n ]; then
			grep -q "^$opt=" "$obj/.config" && echo "$opt=n (got $(grep "^$opt=" "$obj/.config"))"
		else
			grep -qxF "$want" "$obj/.config" ||
				echo "$want (got: $(grep -E "^$opt=|^# $opt is not set" "$obj/.config" || echo absent))"
		fi
	done)
if [ -n "$missing" ]; then
	echo "$missing" | sed 's/^/    /' >&2
	die "config '$name': the options above did not survive merging (unmet dependencies?); see $obj/.config" "$log"
fi
grep -qE '^# (guest-tests|group-options): yes' "$WB_DIR/configs/$name.config" || set --
for g; do
	frag=$WB_DIR/configs/group-$g.config
	[ -f "$frag" ] || continue
	{
		"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" "$frag" &&
		make -C "$src" O="$obj" "${mkargs[@]}" olddefconfig
	} >>"$log" 2>&1 || die "merging $frag failed" "$log"
	while IFS= read -r want; do
		grep -qxF "$want" "$obj/.config" || die "config: $want (from $frag) did not survive merging" "$log"
	done < <(grep -E '^CONFIG_[A-Za-z0-9_]+=' "$frag")
done
echo "$arch" >"$obj/.wb-arch"
