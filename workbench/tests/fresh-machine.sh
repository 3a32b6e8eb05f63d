#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# tests/fresh-machine.sh DIR: run CI's command on a machine that has never
# run the workbench, as CI does (`CI=true bash .ci/run` in a clean clone of
# the committed HEAD, as root, no git identity, empty caches, no ccache),
# in a new Debian 12 chroot made with debootstrap --variant=minbase in DIR:
# nothing of the workbench's is installed there, not even gcc, make, git
# or python3, so every package .ci/run and the scripts need must be
# installed by them.  Prints the wall time and .ci/run's last line, and
# keeps the whole output in DIR/ci.log and the package lists before and
# after in DIR/packages-{before,after}.txt.
#
# Needs root and debootstrap (apt-get install debootstrap); takes as long
# as a cold make check (about 30 minutes on this 2-core machine).  The
# chroot is left in DIR for a look afterwards; remove it with
# `umount DIR/root/{proc,sys,dev/pts,dev}; rm -rf DIR`.
. "$(dirname "$0")/../lib.sh"

[ $# -eq 1 ] || die "usage: tests/fresh-machine.sh DIR (a new directory for the chroot)"
dir=$1
[ ! -e "$dir" ] || die "$dir exists: name a new directory (nothing there is reused)"
[ "$(id -u)" = 0 ] || die "a chroot needs root"
command -v debootstrap >/dev/null || die "debootstrap is missing: apt-get install debootstrap"
[ -z "$(git -C "$TOP" status --porcelain --untracked-files=no)" ] ||
	warn "uncommitted changes in $TOP are not in the run: it clones HEAD"

mkdir -p "$dir"
root=$dir/root
stage "debootstrap Debian 12 (minbase) into $root"
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian \
	>"$dir/debootstrap.log" 2>&1 || die "debootstrap failed" "$dir/debootstrap.log"
stage_end
cp /etc/resolv.conf "$root/etc/resolv.conf"
for m in proc sys dev dev/pts; do
	mkdir -p "$root/$m"
	mount --bind "/$m" "$root/$m" || die "cannot bind-mount /$m into $root"
done
trap 'for m in dev/pts dev sys proc; do umount "$root/$m" 2>/dev/null; done' EXIT
chroot "$root" dpkg-query -W -f '${Package}\n' | sort >"$dir/packages-before.txt"
# The clone: what main holds, with git's own objects (no local edits).
git clone -q --no-local "$TOP" "$root/ci/repo" || die "cloning $TOP into $root/ci/repo failed"

stage "CI=true bash .ci/run in the chroot (HEAD $(git -C "$TOP" rev-parse --short HEAD))"
t0=$(wb_now)
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
	LANG=C.UTF-8 CI=true TERM=dumb bash -c 'cd /ci/repo && bash .ci/run' >"$dir/ci.log" 2>&1
rc=$?
secs=$(($(wb_now) - t0))
stage_end
chroot "$root" dpkg-query -W -f '${Package}\n' | sort >"$dir/packages-after.txt"
echo "    packages at the start: $(wc -l <"$dir/packages-before.txt") (Debian 12 minbase), at the end: $(wc -l <"$dir/packages-after.txt")"
inst=$root/var/cache/lockless-bench/installed.txt
echo "    installed by the workbench's need_tool, not by .ci/run: $( [ -s "$inst" ] && cut -d' ' -f2- "$inst" | paste -sd';' || echo none)"
echo "    wall time: ${secs}s; exit status $rc; last line: $(tail -n 1 "$dir/ci.log")"
echo "    full output: $dir/ci.log"
[ $rc -eq 0 ]
