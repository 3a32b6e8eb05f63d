#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# bisect.sh VARIANT CONFIG: build every commit of the variant on its own
# (incrementally, in a worktree of its own) so that the series bisects.
# Each commit is built with the config as build.sh makes it for that
# commit: CONFIG and the options of the groups whose entries it has so far
# (the KUnit suite's from the commit that adds it on), configured afresh at
# the start and whenever that set of groups grows, so that a changed
# fragment always reaches the bisect's object directory.
. "$(dirname "$0")/lib.sh"

[ $# -eq 2 ] || die "usage: bisect.sh VARIANT CONFIG"
variant=$1 cfg=$2
knob_variants VARIANT "$variant"
knob_config CONFIG "$cfg"
knob_count JOBS 1
src=$(tree_dir "$variant")
[ -d "$src/.git" ] || die "no tree for $variant: run 'make tree VARIANT=$variant' first"
base=$(git -C "$src" rev-list --max-parents=0 HEAD)
commits=$(git -C "$src" rev-list --reverse "$base"..HEAD)
# One commit per series entry, in order (tree.sh): entry n's group is
# commit n's.
mapfile -t egroups < <(python3 "$WB_DIR/series.py" entries "$variant" | awk '{print $2}')
[ "${#egroups[@]}" -eq "$(echo "$commits" | grep -c .)" ] ||
	die "$src has $(echo "$commits" | grep -c .) commits over the base, the series ${#egroups[@]} entries for $variant: run 'make tree VARIANT=$variant'"
lock_variant "$variant"
# Laid out like build/<variant>/{linux,obj-*} so that ccache entries
# (paths relative to build/) are shared with the variant's own build.
wt=$BUILD/bisect-$variant/linux
obj=$BUILD/bisect-$variant/obj-$cfg
[ -d "$wt" ] || git -C "$src" worktree add -q --detach "$wt" "$base" ||
	die "cannot create the worktree $wt"
n=0 have= configured=none
for c in $commits; do
	n=$((n + 1))
	have=$(printf '%s\n' $have "${egroups[$((n - 1))]}" | sort -u | tr '\n' ' ')
	subj=$(git -C "$src" log -1 --format=%s "$c")
	stage "bisect $variant $n: $subj"
	git -C "$wt" checkout -q --detach "$c" || die "checkout of $c failed"
	if [ "$have" != "$configured" ]; then
		# shellcheck disable=SC2086 # a list of names
		"$WB_DIR/config.sh" "$wt" "$obj" "$cfg" $have || exit 1
		configured=$have
	fi
	kmake_args "$obj"
	make -C "$wt" O="$obj" "${KMAKE[@]}" -j"$JOBS" "$(arch_get "$(cat "$obj/.wb-arch")" target)" >"$obj.log" 2>&1 ||
		die "commit $n ($c: $subj) does not build on its own" "$obj.log"
	stage_end
done
echo "all $n commit(s) of $variant build on their own"
