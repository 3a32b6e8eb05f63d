#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# refresh.sh VARIANT: write the commits of build/VARIANT/linux back:
# patches regenerated with format-patch (changes to existing files only),
# new files copied to the overlay, patches/series rewritten.  Refuses,
# naming the commit and file, when a commit modifies a file that an earlier
# commit of the series added.  New commits join the variant's first group
# unless GROUP= names another.
. "$(dirname "$0")/lib.sh"

variant=${1:?usage: refresh.sh VARIANT}
# A GROUP that is no group of the series gave the new commits a group no
# variant has: the round trip below dropped them, after patches/ was
# rewritten.
knob_check GROUP
tree=$(tree_dir "$variant")
[ -d "$tree/.git" ] || die "no tree $tree: run 'make tree VARIANT=$variant' first"
stage "refresh $variant from $tree"
old=$(git -C "$tree" rev-parse HEAD)
python3 "$WB_DIR/series.py" refresh "$variant" "$tree" || exit 1
# Round trip: reassemble the tree from patches/ and compare the contents.
FORCE=1 "$WB_DIR/tree.sh" "$variant" >"$BUILD/$variant/refresh.log" 2>&1 ||
	die "reassembling $variant from the refreshed patches failed" "$BUILD/$variant/refresh.log"
git -C "$tree" diff --quiet "$old" HEAD ||
	die "the refreshed patches do not reproduce the tree (git -C $tree diff $old HEAD; the old commits stay reachable as $old)"
echo "    $tree reassembled from patches/: identical contents"
stage_end
