#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# tree.sh VARIANT: assemble build/VARIANT/linux, a git repository holding the
# base commit and one commit per series entry of the variant, and print its
# path as the last line.  An existing tree is reset in place (unchanged
# files keep their mtimes, so incremental builds stay incremental) and left
# alone when its inputs have not changed; a tree with local work (commits,
# edits or new files not made by this script) is never overwritten: run `make refresh`
# first, or FORCE=1 to discard it.
. "$(dirname "$0")/lib.sh"

variant=${1:?usage: tree.sh VARIANT}
variant_groups "$variant" >/dev/null
"$WB_DIR/fetch-base.sh" || exit 1
base_repo=$LB_CACHE/base/linux
tree=$(tree_dir "$variant")
# A missing or stale patch stops here, naming it, before the tree is reset.
python3 "$WB_DIR/series.py" check "$base_repo" "$variant" || exit 1
lock_variant "$variant"

# The inputs: base commit, the variant's entries, their patches and files.
inputs() {
	git -C "$base_repo" rev-parse HEAD
	python3 "$WB_DIR/series.py" entries "$variant" | while read -r p g new; do
		echo "$p $g"
		sha1sum "$TOP/patches/$p" | cut -d' ' -f1
		for f in $new; do sha1sum "$TOP/$f" | cut -d' ' -f1; done
	done
	sha1sum "$WB_DIR/series.py" | cut -d' ' -f1
}
want=$(inputs | sha1sum | cut -d' ' -f1) || die "cannot read the series for $variant"
stamp=$BUILD/$variant/tree.stamp

if [ -d "$tree/.git" ]; then
	if [ -f "$stamp" ] && [ "$(sed -n 2p "$stamp")" = "$(git -C "$tree" rev-parse HEAD)" ] &&
	   [ -z "$(git -C "$tree" status --porcelain --untracked-files=normal)" ]; then
		if [ "$(sed -n 1p "$stamp")" = "$want" ]; then
			echo "    $variant tree is up to date"
			echo "$tree"
			exit 0
		fi
	elif [ -z "${FORCE:-}" ]; then
		die "$tree has work that is not in patches/ (commits, edits or new files made there): run 'make refresh VARIANT=$variant' to keep it, or FORCE=1 to discard it"
	fi
fi

stage "tree $variant"
mkdir -p "$BUILD/$variant"
base=$(git -C "$base_repo" rev-parse HEAD)
if [ ! -d "$tree/.git" ] || ! git -C "$tree" cat-file -e "$base" 2>/dev/null; then
	rm -rf "$tree"
	git clone -q "$base_repo" "$tree" || die "cloning the base into $tree failed"
fi
wb_no_auto_gc "$tree"
# Files the old series touched keep their mtime when their contents come
# back unchanged, so that make does not rebuild what did not change.
keep=$BUILD/$variant/mtimes
: >"$keep"
if old=$(git -C "$tree" rev-parse -q --verify HEAD 2>/dev/null) && [ "$old" != "$base" ]; then
	git -C "$tree" diff --name-only "$base" "$old" | while IFS= read -r f; do
		[ -f "$tree/$f" ] && echo "$(stat -c %Y "$tree/$f") $(git -C "$tree" rev-parse "$old:$f") $f"
	done >"$keep"
fi
git -C "$tree" checkout -q -f -B series "$base" &&
	git -C "$tree" clean -fdxq || die "resetting $tree to the base failed"
# Commits made in the tree (and make series' cover letter) carry the
# developer's identity; the workbench's only where git has none.
git config user.name >/dev/null 2>&1 || git -C "$tree" config user.name workbench
git config user.email >/dev/null 2>&1 || git -C "$tree" config user.email workbench@localhost
python3 "$WB_DIR/series.py" apply "$variant" "$tree" || exit 1
while read -r t blob f; do
	[ "$(git -C "$tree" rev-parse -q --verify "HEAD:$f" 2>/dev/null)" = "$blob" ] &&
		touch -d "@$t" "$tree/$f"
done <"$keep"
printf '%s\n%s\n' "$want" "$(git -C "$tree" rev-parse HEAD)" >"$stamp"
echo "    $(git -C "$tree" rev-list --count "$base"..HEAD) commit(s) on $(git -C "$tree" log -1 --format=%s "$base")"
stage_end
echo "$tree"
