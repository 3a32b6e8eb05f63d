#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# bisect.sh VARIANT CONFIG: build every commit of the variant on its own
# (incrementally, in a worktree of its own) so that the series bisects.
. "$(dirname "$0")/lib.sh"

variant=${1:?usage: bisect.sh VARIANT CONFIG}
cfg=${2:?usage: bisect.sh VARIANT CONFIG}
src=$(tree_dir "$variant")
base=$(git -C "$src" rev-list --max-parents=0 HEAD)
# Laid out like build/<variant>/{linux,obj-*} so that ccache entries
# (paths relative to build/) are shared with the variant's own build.
wt=$BUILD/bisect-$variant/linux
obj=$BUILD/bisect-$variant/obj-$cfg
[ -d "$wt" ] || git -C "$src" worktree add -q --detach "$wt" "$base" ||
	die "cannot create the worktree $wt"
n=0
for c in $(git -C "$src" rev-list --reverse "$base"..HEAD); do
	n=$((n + 1))
	subj=$(git -C "$src" log -1 --format=%s "$c")
	stage "bisect $variant $n: $subj"
	git -C "$wt" checkout -q --detach "$c" || die "checkout of $c failed"
	[ -f "$obj/.config" ] || "$WB_DIR/config.sh" "$wt" "$obj" "$cfg" || exit 1
	kmake_args "$obj"
	make -C "$wt" O="$obj" "${KMAKE[@]}" -j"$JOBS" bzImage >"$obj.log" 2>&1 ||
		die "commit $n ($c: $subj) does not build on its own" "$obj.log"
	stage_end
done
echo "all $n commit(s) of $variant build on their own"
