# SPDX-License-Identifier: GPL-2.0
# Shared helpers for the workbench scripts: stage timing, failure messages
# that name their cause and log, and the locations everything lives in.
# Sourced, never executed.

set -o pipefail

WB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TOP=$(cd "$WB_DIR/.." && pwd)
BUILD=${BUILD:-$TOP/build}
# The pristine base (tarball and its git import) is cached outside the repo
# so that a fresh clone, CI included, downloads it once per machine.
if [ -z "${LB_CACHE:-}" ]; then
	if [ "$(id -u)" = 0 ]; then
		LB_CACHE=/var/cache/lockless-bench
	else
		LB_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/lockless-bench
	fi
fi
BASE_PKG=linux-source-7.3
BASE_VERSION=7.3.4-1~bpo13+1
JOBS=${JOBS:-$(nproc)}

wb_now() { date +%s; }

# stage NAME: print a progress line; stage_end prints how long it took.
stage() {
	WB_STAGE=$1
	WB_STAGE_T0=$(wb_now)
	printf '==> [%s] %s\n' "$(date +%H:%M:%S)" "$WB_STAGE"
}

stage_end() {
	printf '<== [%s] %s: %ds\n' "$(date +%H:%M:%S)" "${WB_STAGE:-?}" \
		$(($(wb_now) - ${WB_STAGE_T0:-$(wb_now)}))
}

# die MESSAGE [LOG]: fail naming the cause and, when given, the log to read
# (its last 40 lines are shown).
die() {
	echo "ERROR: $1" >&2
	if [ -n "${2:-}" ]; then
		if [ -f "$2" ]; then
			echo "---- last 40 lines of $2 ----" >&2
			tail -n 40 "$2" >&2
			echo "---- full log: $2 ----" >&2
		else
			echo "(log $2 was not written)" >&2
		fi
	fi
	exit 1
}

warn() { echo "WARNING: $*" >&2; }

# need_tool CMD PACKAGE: make sure CMD exists, installing PACKAGE with apt
# when running as root; otherwise say which package to install.
need_tool() {
	command -v "$1" >/dev/null 2>&1 && return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "    installing $2 (for $1)"
		local log=$LB_CACHE/apt-install.log
		mkdir -p "$LB_CACHE"
		if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" \
			>"$log" 2>&1; then
			apt-get update -q >>"$log" 2>&1
			DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" \
				>>"$log" 2>&1 ||
				die "could not install package $2 (needed for $1)" "$log"
		fi
		command -v "$1" >/dev/null 2>&1 ||
			die "package $2 installed but $1 is still missing" "$log"
		# What the workbench installed, for tests/fresh-machine.sh.
		echo "$(date +%F) $2 (for $1, by $(basename "$0"))" >>"$LB_CACHE/installed.txt"
		return 0
	fi
	die "missing tool '$1': install the Debian package '$2' (apt-get install $2)"
}

# wb_no_auto_gc REPO: no automatic gc in a repository of the workbench's.
# A commit or apply of many files starts "git gc --auto" detached, in the
# background, and its repack removed loose objects while later stages
# copied or cloned the repository ("find: .../objects/05: No such file or
# directory", a fresh-machine make check, 2026-12).  Nothing here needs gc:
# the base is written once, the trees are reset from it.
wb_no_auto_gc() {
	git -C "$1" config gc.auto 0 && git -C "$1" config gc.autoDetach false
}

# Private apt configuration: its own sources list, lists and cache, so that
# trixie-backports and sid are reachable without touching /etc/apt.
apt_private() {
	local d=$LB_CACHE/apt
	mkdir -p "$d/lists/partial" "$d/cache/archives/partial"
	if [ ! -f "$d/sources.list" ]; then
		local k=/usr/share/keyrings/debian-archive-keyring.gpg
		{
			echo "deb [signed-by=$k] http://deb.debian.org/debian trixie-backports main"
			echo "deb [signed-by=$k] http://deb.debian.org/debian trixie main"
			echo "deb [signed-by=$k] http://deb.debian.org/debian sid main"
		} >"$d/sources.list"
	fi
	APT_OPTS=(-o "Dir::Etc::SourceList=$d/sources.list"
		-o Dir::Etc::SourceParts=/dev/null
		-o "Dir::State::Lists=$d/lists"
		-o "Dir::Cache=$d/cache"
		-o APT::Sandbox::User=root
		# The archive reachable here serves Release files past their
		# Valid-Until (sid's by 27 days, 2026-12-03): a plain Debian 12
		# refuses them, a machine whose /etc/apt allows it does not.
		# Signatures are still checked.
		-o Acquire::Check-Valid-Until=false)
	if [ ! -f "$d/lists.stamp" ] ||
		[ -n "$(find "$d/lists.stamp" -mmin +1440)" ]; then
		apt-get "${APT_OPTS[@]}" update >"$d/update.log" 2>&1 ||
			die "private apt update failed (network or archive)" "$d/update.log"
		touch "$d/lists.stamp"
	fi
}

# The variants: a variant is a named list of series groups (variants.conf).
# all_variants: their names, space-separated, in the file's order.
all_variants() {
	grep -oE '^[a-z0-9_-]+' "$WB_DIR/variants.conf" | tr '\n' ' ' | sed 's/ $//'
}

variant_groups() {
	local line
	line=$(grep -E "^$1[[:space:]]*=" "$WB_DIR/variants.conf" | head -1)
	[ -n "$line" ] || die "unknown variant '$1' (known: $(all_variants))"
	echo "${line#*=}"
}

tree_dir() { echo "$BUILD/$1/linux"; }

# sid_tool NAME BIN "PKG..." [ENV-LINE]: a program from Debian sid that
# needs a newer libc than Debian 12's.  Downloads PKG... and libc6/sid once
# (private apt configuration) into $LB_CACHE/sid/NAME, unpacks them into a
# private root and writes a wrapper that runs usr/bin/BIN through that
# root's own dynamic loader (LD_LIBRARY_PATH alone is not enough).  ENV-LINE
# is a shell line the wrapper runs first (@ROOT@ stands for the root).
# Prints the wrapper's path.
sid_tool() {
	local name=$1 bin=$2 pkgs=$3 env=${4:-}
	local dir=$LB_CACHE/sid/$name log=$LB_CACHE/sid/$name.log p
	if [ -x "$dir/$bin" ]; then
		echo "$dir/$bin"
		return 0
	fi
	[ "$(uname -m)" = x86_64 ] || die "$name from sid: x86_64 hosts only"
	need_tool dpkg-deb dpkg
	apt_private
	rm -rf "$dir" && mkdir -p "$dir/debs" "$dir/root"
	(cd "$dir/debs" && apt-get "${APT_OPTS[@]}" download $pkgs libc6/sid) >"$log" 2>&1 ||
		die "could not download $pkgs libc6/sid from Debian's archive" "$log"
	for p in "$dir"/debs/*.deb; do
		dpkg-deb -x "$p" "$dir/root" >>"$log" 2>&1 || die "dpkg-deb -x $p failed" "$log"
	done
	local root=$dir/root lib=$dir/root/usr/lib/x86_64-linux-gnu
	[ -x "$lib/ld-linux-x86-64.so.2" ] || die "no loader in $lib" "$log"
	[ -x "$root/usr/bin/$bin" ] || die "no usr/bin/$bin in the packages $pkgs" "$log"
	{
		echo "#!/bin/sh"
		echo "# Generated by workbench/lib.sh: $bin from Debian sid, with its own libc."
		[ -n "$env" ] && echo "${env//@ROOT@/$root}"
		echo "exec '$lib/ld-linux-x86-64.so.2' --library-path '$lib:$root/lib/x86_64-linux-gnu' '$root/usr/bin/$bin' \"\$@\""
	} >"$dir/$bin.tmp"
	chmod +x "$dir/$bin.tmp"
	mv "$dir/$bin.tmp" "$dir/$bin"
	echo "$dir/$bin"
}

# kmake_args OBJ: set the array KMAKE to the make arguments for the config
# in OBJ (ARCH, CROSS_COMPILE, ccache when present) and export what ccache
# needs so that the variants' trees share cache entries.
kmake_args() {
	local arch cc=gcc
	arch=$(cat "$1/.wb-arch" 2>/dev/null || echo x86_64)
	KMAKE=(ARCH="$arch")
	if [ "$arch" = arm64 ]; then
		need_tool aarch64-linux-gnu-gcc gcc-aarch64-linux-gnu
		KMAKE+=(CROSS_COMPILE=aarch64-linux-gnu-)
		cc=aarch64-linux-gnu-gcc
	fi
	if command -v ccache >/dev/null; then
		# Paths relative to build/ make entries valid in every tree.
		export CCACHE_BASEDIR=$BUILD CCACHE_NOHASHDIR=1
		export CCACHE_DIR=${CCACHE_DIR:-$LB_CACHE/ccache}
		# The host programs (fixdep, kconfig, objtool: about 50 units
		# per object directory) are the same in every tree: cached too.
		KMAKE+=(CC="ccache $cc" HOSTCC="ccache gcc")
	fi
	export KBUILD_BUILD_TIMESTAMP="2026-01-01" KBUILD_BUILD_USER=wb KBUILD_BUILD_HOST=wb
}

# ---- Knobs and arguments, checked before anything expensive ----
# Every script checks what it was given with these before it builds,
# boots, resets a tree or removes earlier results; each failure names the
# knob (or argument) and what it takes.

# knob_count NAME MIN [VALUE]: NAME (value VALUE, default $NAME) must be a
# whole number in decimal, at least MIN.
knob_count() {
	local name=$1 min=$2 val
	if [ $# -ge 3 ]; then val=$3; else val=${!1-}; fi
	case $val in
	'' | *[!0-9]* | 0[0-9]*)
		die "$name='$val' is not a number: $name takes a whole number >= $min" ;;
	esac
	[ ${#val} -le 6 ] || die "$name=$val is too large for a count"
	[ "$val" -ge "$min" ] || die "$name=$val is too small: $name takes a whole number >= $min"
}

# knob_counts NAME MIN: NAME is a list of such numbers (may be empty).
knob_counts() {
	local n list
	read -ra list <<<"${!1-}"
	for n in "${list[@]}"; do
		knob_count "$1" "$2" "$n"
	done
}

# knob_split WHAT CPUS NODES: CPUS vCPUs (checked counts) split evenly into
# NODES NUMA nodes; WHAT names the knob in the message.
knob_split() {
	[ "$3" -gt 0 ] || die "$1: NODES=$3 nodes"
	[ $(($2 % $3)) -eq 0 ] ||
		die "$1: $2 vCPUs do not split into NODES=$3 NUMA nodes (use a multiple of $3)"
}

# knob_variants NAME VARIANT...: each is a variant of variants.conf (a
# whole name: no pattern), and there is at least one.
knob_variants() {
	local name=$1 v known seen=
	shift
	known=$(all_variants)
	[ $# -gt 0 ] || die "$name is empty: name one or more variants (known: $known)"
	for v in "$@"; do
		case " $known " in
		*" $v "*) ;;
		*) die "$name: unknown variant '$v' (known: $known; see $WB_DIR/variants.conf)" ;;
		esac
		case " $seen " in
		*" $v "*) die "$name names the variant '$v' twice" ;;
		esac
		seen="$seen $v"
	done
}

# knob_config NAME CONFIG: CONFIG is a fragment in workbench/configs/.
knob_config() {
	local known
	known=$(cd "$WB_DIR/configs" && ls *.config | sed 's/\.config$//' | tr '\n' ' ')
	known=${known% }
	case $2 in
	'' | *[!A-Za-z0-9_-]*) ;;
	*) [ -f "$WB_DIR/configs/$2.config" ] && return 0 ;;
	esac
	die "$1: unknown config '$2' (known: $known; see $WB_DIR/configs/)"
}

# config_fragments NAME: the fragment files of config NAME, included ones
# ("# include: OTHER") first, depth first, as config.sh merges them.
config_fragments() {
	local f=$WB_DIR/configs/$1.config inc
	[ -f "$f" ] || die "fragment $1 (included) does not exist: $f"
	for inc in $(sed -n 's/^# include: *//p' "$f"); do
		config_fragments "$inc" || return 1
	done
	echo "$f"
}

# config_arch NAME: the architecture config NAME builds (its last "# arch:"
# line, default x86_64).
config_arch() {
	local frags arch
	frags=$(config_fragments "$1") || return 1
	# shellcheck disable=SC2086 # a list of files
	arch=$(sed -n 's/^# arch: *//p' $frags | tail -1)
	echo "${arch:-x86_64}"
}

# guest_knobs: the guest's topology as boot.sh reads it, CPUS (default 8)
# vCPUs in NODES (default 2) nodes with MEM MiB (default 3072, at least
# 128 per node), and ACCEL (kvm or tcg) when set.
guest_knobs() {
	knob_count CPUS 1 "${CPUS:-8}"
	knob_count NODES 1 "${NODES:-2}"
	knob_count MEM 256 "${MEM:-3072}"
	knob_split "CPUS=${CPUS:-8}" "${CPUS:-8}" "${NODES:-2}"
	[ $((${MEM:-3072} / ${NODES:-2})) -ge 128 ] ||
		die "MEM=${MEM:-3072} MiB gives NODES=${NODES:-2} nodes less than 128 MiB each"
	case ${ACCEL:-tcg} in
	kvm | tcg) ;;
	*) die "ACCEL='$ACCEL': ACCEL takes kvm or tcg (unset: probe KVM)" ;;
	esac
}

# knob_icount NAME VALUE: VALUE is QEMU -icount suboptions that make the
# guest clock count instructions: shift=N (0-10) or auto, then sleep= and
# align= on or off (QEMU itself is asked too, by eval.sh, before any
# result is removed).
knob_icount() {
	[[ $2 =~ ^shift=([0-9]|10|auto)(,(sleep|align)=(on|off))*$ ]] ||
		die "$1='$2': $1 takes QEMU -icount suboptions, e.g. shift=0,sleep=off,align=off"
}

# boot_knobs: what boot.sh reads: guest_knobs, TIMEOUT (seconds, default
# 900), ICOUNT (unset: no instruction counting; set: one vCPU) and NOCHAIN
# (1: TCG does not chain translated blocks, QEMU's -d nochain).
boot_knobs() {
	guest_knobs
	knob_count TIMEOUT 1 "${TIMEOUT:-900}"
	case ${NOCHAIN:-0} in
	0) ;;
	1) [ "${ACCEL:-tcg}" = tcg ] ||
		die "NOCHAIN=1 with ACCEL=$ACCEL: block chaining is TCG's; KVM has none to turn off" ;;
	*) die "NOCHAIN='$NOCHAIN': NOCHAIN takes 0 or 1 (1: boot with QEMU's -d nochain)" ;;
	esac
	if [ -n "${ICOUNT:-}" ]; then
		knob_icount ICOUNT "$ICOUNT"
		[ "${CPUS:-8}" = 1 ] ||
			die "ICOUNT=$ICOUNT with CPUS=${CPUS:-8}: instruction counts need one vCPU (the guest clock counts every vCPU's instructions)"
	fi
}

# lock_variant VARIANT...: hold build/VARIANT/.lock (flock(1)) for each, for
# the rest of the script: the fd stays open (children inherit it) and
# WB_LOCKED, exported, tells the workbench scripts it starts that the lock
# is already theirs.  Taken by the scripts that reset or build a variant's
# tree (tree.sh, build.sh) and, for all their variants, by check.sh and
# eval.sh, so that a make check and a make eval started together do not
# reset and compile the same build/VARIANT/linux: the second says who holds
# the lock and waits, without limit, or LOCK_TIMEOUT seconds and then stops.
lock_variant() {
	local v f fd
	[ -z "${LOCK_TIMEOUT:-}" ] || knob_count LOCK_TIMEOUT 0
	for v in $(printf '%s\n' "$@" | sort -u); do
		case " ${WB_LOCKED:-} " in *" $v "*) continue ;; esac
		mkdir -p "$BUILD/$v"
		f=$BUILD/$v/.lock
		exec {fd}>>"$f" || die "cannot open the lock $f"
		if ! flock -n "$fd"; then
			echo "    $v is locked by $(cat "$f" 2>/dev/null): waiting${LOCK_TIMEOUT:+ up to LOCK_TIMEOUT=${LOCK_TIMEOUT}s} ($f)" >&2
			flock ${LOCK_TIMEOUT:+-w "$LOCK_TIMEOUT"} "$fd" ||
				die "$v is locked by $(cat "$f" 2>/dev/null), still after LOCK_TIMEOUT=${LOCK_TIMEOUT}s: build/$v not touched ($f)"
		fi
		echo "pid $$ ($(basename "$0")), since $(date '+%F %T')" >"$f"
		export WB_LOCKED="${WB_LOCKED:-} $v"
	done
}

# ---- Foreign-architecture packages (arm64 guests) ----

# foreign_deb ARCH PKG: Debian bookworm's package PKG for architecture ARCH
# (e.g. arm64 busybox-static), unpacked with dpkg-deb -x into its own root
# $LB_CACHE/foreign/ARCH/PKG/root, without touching the host's dpkg
# architectures or /etc/apt: a private apt configuration per ARCH (its own
# sources list, lists and cache under $LB_CACHE/apt-ARCH, APT::Architecture
# ARCH) downloads the .deb with apt-get download.  Idempotent: an unpacked
# root is reused.  Prints the root.
foreign_deb() {
	local arch=$1 pkg=$2
	[[ $arch =~ ^[a-z0-9]+$ ]] && [[ $pkg =~ ^[a-z0-9][a-z0-9.+-]*$ ]] ||
		die "foreign_deb: bad architecture '$arch' or package '$pkg'"
	local d=$LB_CACHE/apt-$arch dir=$LB_CACHE/foreign/$arch/$pkg
	local log=$LB_CACHE/foreign/$arch/$pkg.log deb
	if [ -f "$dir/unpacked" ] && [ -d "$dir/root" ]; then
		echo "$dir/root"
		return 0
	fi
	need_tool dpkg-deb dpkg
	need_tool apt-get apt
	mkdir -p "$d/lists/partial" "$d/cache/archives/partial" "$LB_CACHE/foreign/$arch"
	if [ ! -f "$d/sources.list" ]; then
		echo "deb [arch=$arch signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" \
			>"$d/sources.list"
	fi
	: >"$d/status"
	local opts=(-o "Dir::Etc::SourceList=$d/sources.list"
		-o Dir::Etc::SourceParts=/dev/null
		-o Dir::Etc::Preferences=/dev/null
		-o Dir::Etc::PreferencesParts=/dev/null
		-o "Dir::State::Lists=$d/lists"
		-o "Dir::State::status=$d/status"
		-o "Dir::Cache=$d/cache"
		-o "APT::Architecture=$arch"
		-o "APT::Architectures=$arch"
		-o APT::Sandbox::User=root
		-o Acquire::Languages=none
		-o Acquire::Check-Valid-Until=false)
	echo "    $pkg ($arch): downloading into $dir (log $log)" >&2
	{
		echo "== $(date '+%F %T') foreign_deb $arch $pkg"
		if [ ! -f "$d/lists.stamp" ] || [ -n "$(find "$d/lists.stamp" -mmin +1440)" ]; then
			apt-get "${opts[@]}" update && touch "$d/lists.stamp"
		fi
	} >"$log" 2>&1 || die "foreign_deb: apt update for $arch failed (network or archive)" "$log"
	rm -rf "$dir" && mkdir -p "$dir/debs" "$dir/root"
	(cd "$dir/debs" && apt-get "${opts[@]}" download "$pkg:$arch") >>"$log" 2>&1 ||
		die "foreign_deb: could not download $pkg:$arch" "$log"
	deb=$(ls "$dir"/debs/*.deb 2>/dev/null | head -n 1)
	[ -n "$deb" ] || die "foreign_deb: apt-get download left no .deb for $pkg:$arch" "$log"
	[ "$(dpkg-deb -f "$deb" Architecture)" = "$arch" ] ||
		die "foreign_deb: $deb is not for $arch" "$log"
	dpkg-deb -x "$deb" "$dir/root" >>"$log" 2>&1 || die "foreign_deb: dpkg-deb -x $deb failed" "$log"
	dpkg-deb -f "$deb" Package Version Architecture >"$dir/unpacked"
	echo "$dir/root"
}
