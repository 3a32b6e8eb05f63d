#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# build.sh VARIANT CONFIG [TARGET...]: configure (config.sh) and build the
# variant's tree out of tree in build/VARIANT/obj-CONFIG (default target:
# the arch's boot image).  ccache is used when present.  Prints the object
# directory as the last line.
. "$(dirname "$0")/lib.sh"

[ $# -ge 2 ] || die "usage: build.sh VARIANT CONFIG [TARGET...]"
variant=$1 cfg=$2
shift 2
knob_variants VARIANT "$variant"
knob_config CONFIG "$cfg"
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
"$WB_DIR/config.sh" "$src" "$obj" "$cfg" || exit 1
# Groups of the variant may need options of their own (a KUnit suite):
# merged for every group that has entries in the series, into the configs
# that boot the guest tests ("# guest-tests: yes" in their own fragment;
# the build-only matrix configs, e.g. !SMP or arm64, cannot take them).
groups=
grep -q '^# guest-tests: yes' "$WB_DIR/configs/$cfg.config" &&
	groups=$(python3 "$WB_DIR/series.py" entries "$variant" | awk '{print $2}' | sort -u)
for g in $groups; do
	frag=$WB_DIR/configs/group-$g.config
	[ -f "$frag" ] || continue
	"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" "$frag" >>"$obj/config.log" 2>&1 &&
	make -C "$src" O="$obj" ARCH="$(cat "$obj/.wb-arch")" olddefconfig >>"$obj/config.log" 2>&1 ||
		die "merging $frag failed" "$obj/config.log"
	while IFS= read -r want; do
		grep -qxF "$want" "$obj/.config" || die "config: $want (from $frag) did not survive merging" "$obj/config.log"
	done < <(grep -E '^CONFIG_[A-Za-z0-9_]+=' "$frag")
done
kmake_args "$obj"
arch=$(cat "$obj/.wb-arch")
if [ $# -eq 0 ]; then
	case $arch in
	x86_64) set -- bzImage ;;
	arm64) set -- Image ;;
	esac
fi
log=$obj/build.log
make -C "$src" O="$obj" "${KMAKE[@]}" -j"$JOBS" "$@" >"$log" 2>&1 ||
	die "build of $variant/$cfg ($*) failed" "$log"
grep -E '^[^ ]+:[0-9]+:[0-9]+: warning:' "$log" | sort -u >"$obj/warnings.txt" || true
echo "    $(wc -l <"$obj/warnings.txt") compiler warning(s) (see $obj/warnings.txt)"
stage_end
echo "$obj"
