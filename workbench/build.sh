#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# build.sh VARIANT CONFIG [TARGET...]: configure (config.sh) and build the
# variant's tree out of tree in build/VARIANT/obj-CONFIG (default target:
# arch.conf's boot image; with ARCH, CONFIG is lib.sh resolve_config's).
# ccache is used when present.  Prints the object directory as the last
# line.
. "$(dirname "$0")/lib.sh"

[ $# -ge 2 ] || die "usage: build.sh VARIANT CONFIG [TARGET...]"
variant=$1
knob_variants VARIANT "$variant"
cfg=$(resolve_config "$2") || exit 1
shift 2
knob_count JOBS 1
src=$(tree_dir "$variant")
[ -d "$src/.git" ] || die "no tree for $variant: run 'make tree VARIANT=$variant' first"
obj=$BUILD/$variant/obj-$cfg
need_tool gcc gcc
need_tool flex flex
need_tool bison bison
need_tool bc bc
need_tool perl perl
for h in libelf.h:libelf-dev openssl/opensslv.h:libssl-dev; do
	[ -f "/usr/include/${h%%:*}" ] || need_tool "/usr/include/${h%%:*}" "${h#*:}"
done
lock_variant "$variant"

stage "build $variant/$cfg"
# The variant's groups: config.sh merges their options (a KUnit suite).
groups=$(python3 "$WB_DIR/series.py" entries "$variant" | awk '{print $2}' | sort -u) ||
	die "cannot read the series entries of $variant"
# shellcheck disable=SC2086 # a list of names
"$WB_DIR/config.sh" "$src" "$obj" "$cfg" $groups || exit 1
kmake_args "$obj"
arch=$(cat "$obj/.wb-arch")
[ $# -gt 0 ] || set -- "$(arch_get "$arch" target)"
log=$obj/build.log
make -C "$src" O="$obj" "${KMAKE[@]}" -j"$JOBS" "$@" >"$log" 2>&1 ||
	die "build of $variant/$cfg ($*) failed" "$log"
grep -E '^[^ ]+:[0-9]+:[0-9]+: warning:' "$log" | sort -u >"$obj/warnings.txt" || true
echo "    $(wc -l <"$obj/warnings.txt") compiler warning(s) (see $obj/warnings.txt)"
stage_end
echo "$obj"
