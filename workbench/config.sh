#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# config.sh SRC OBJ CONFIG: write OBJ/.config for the named config
# (workbench/configs/CONFIG.config merged onto tinyconfig, or onto the file
# BASE_CONFIG names, e.g. a real host's /boot/config-*), then verify that
# every option the fragments ask for really is in .config: merge_config.sh
# silently drops options whose dependencies are unmet.
. "$(dirname "$0")/lib.sh"

[ $# -eq 3 ] || die "usage: config.sh SRC OBJ CONFIG"
src=$1 obj=$2 name=$3
knob_config CONFIG "$name"
[ -z "${BASE_CONFIG:-}" ] || [ -f "$BASE_CONFIG" ] || die "BASE_CONFIG=$BASE_CONFIG does not exist"
[ -d "$src/scripts/kconfig" ] || die "config.sh: $src is not a kernel tree"

frags=$(config_fragments "$name") || exit 1
arch=$(config_arch "$name") || exit 1
mkargs=(ARCH="$arch")
if [ "$arch" = arm64 ]; then
	need_tool aarch64-linux-gnu-gcc gcc-aarch64-linux-gnu
	mkargs+=(CROSS_COMPILE=aarch64-linux-gnu-)
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
echo "$arch" >"$obj/.wb-arch"
