#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# fetch-base.sh: make sure $LB_CACHE/base/linux is a git repository whose
# single commit is the pristine Linux 7.3.4 from Debian's linux-source-7.3.
# Downloads the .deb once (private apt configuration, never /etc/apt).
. "$(dirname "$0")/lib.sh"

repo=$LB_CACHE/base/linux
if [ -f "$LB_CACHE/base/ready" ] && git -C "$repo" rev-parse -q --verify HEAD >/dev/null 2>&1; then
	# A base imported before gc was turned off gets it off now.
	[ "$(git -C "$repo" config --get gc.auto)" = 0 ] || wb_no_auto_gc "$repo"
	exit 0
fi
stage "fetch base: $BASE_PKG $BASE_VERSION"
need_tool apt-get apt
need_tool xz xz-utils
need_tool git git
mkdir -p "$LB_CACHE/dl"
deb=$(ls "$LB_CACHE"/dl/${BASE_PKG}_*.deb 2>/dev/null | head -1)
if [ -z "$deb" ]; then
	apt_private
	log=$LB_CACHE/dl/download.log
	if ! (cd "$LB_CACHE/dl" && apt-get "${APT_OPTS[@]}" download "$BASE_PKG=$BASE_VERSION") >"$log" 2>&1; then
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
		echo "!! $BASE_PKG $BASE_VERSION is no longer in the archive: using the" >&2
		echo "!! newest $BASE_PKG instead. Results record the version used." >&2
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
		(cd "$LB_CACHE/dl" && apt-get "${APT_OPTS[@]}" download "$BASE_PKG") >>"$log" 2>&1 ||
			die "cannot download $BASE_PKG from Debian's archive" "$log"
	fi
	deb=$(ls "$LB_CACHE"/dl/${BASE_PKG}_*.deb | head -1)
fi
version=$(dpkg-deb -f "$deb" Version) || die "$deb is not a valid .deb"
rm -rf "$LB_CACHE/base"
mkdir -p "$LB_CACHE/base/x"
log=$LB_CACHE/dl/unpack.log
{
	dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$LB_CACHE/base/x" &&
	tar -xf "$LB_CACHE"/base/x/usr/src/${BASE_PKG}.tar.* -C "$LB_CACHE/base" &&
	mv "$LB_CACHE/base/$BASE_PKG" "$repo" &&
	rm -rf "$LB_CACHE/base/x"
} >"$log" 2>&1 || die "unpacking $deb failed" "$log"
# Debian's tarball .gitignore ignores everything at the top level: force-add.
{
	cd "$repo" && git init -q && wb_no_auto_gc . && git add -A -f &&
	GIT_AUTHOR_DATE="2026-01-01T00:00:00Z" GIT_COMMITTER_DATE="2026-01-01T00:00:00Z" \
	git -c user.name="Linux base" -c user.email=base@localhost \
		commit -q -m "Linux $(make -s kernelversion) (Debian $BASE_PKG $version)"
} >>"$log" 2>&1 || die "importing the base into git failed" "$log"
echo "$version" >"$LB_CACHE/base/version"
touch "$LB_CACHE/base/ready"
echo "    base: $(git -C "$repo" log -1 --format=%s)"
stage_end
