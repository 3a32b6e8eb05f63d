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

# need_tool CMD PACKAGE: make sure CMD (a command, or an absolute path of a
# file) exists, installing PACKAGE with apt when running as root;
# otherwise say which package to install.
need_tool() {
	# CMD may be a file's path (a header, a static library): it must exist.
	have() { case $1 in /*) [ -e "$1" ] ;; *) command -v "$1" >/dev/null 2>&1 ;; esac; }
	have "$1" && return 0
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
		have "$1" || die "package $2 installed but $1 is still missing" "$log"
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

# ---- Architectures (arch.conf: one block of "ARCH KEY VALUE" per guest
# architecture) ----

# all_arches: the architectures of arch.conf, space-separated.
all_arches() {
	grep -oE '^[a-z0-9_]+ ' "$WB_DIR/arch.conf" | sort -u | tr -d ' ' | tr '\n' ' ' | sed 's/ $//'
}

# arch_get ARCH KEY: the value of KEY for ARCH ("-" prints nothing).
arch_get() {
	local v
	v=$(awk -v a="$1" -v k="$2" '$1 == a && $2 == k { sub(/^[^ ]+ +[^ ]+ +/, ""); print; f = 1 } END { exit !f }' \
		"$WB_DIR/arch.conf") || die "arch.conf has no '$2' for the architecture '$1' (known: $(all_arches))"
	[ "$v" = - ] || echo "$v"
}

# knob_arch NAME VALUE: VALUE is an architecture of arch.conf.
knob_arch() {
	case " $(all_arches) " in
	*" $2 "*) return 0 ;;
	esac
	die "$1='$2': unknown architecture (known: $(all_arches); see $WB_DIR/arch.conf)"
}

# resolve_config CONFIG [KNOB]: the fragment that builds CONFIG (the value
# of KNOB, default CONFIG, named in the messages) for ARCH.  Unset,
# ARCH is the fragment's own (x86_64 unless it says "# arch:"); set, it
# is CONFIG when CONFIG builds ARCH, else CONFIG-ARCH (check-arm64 for
# CONFIG=check ARCH=arm64), which must exist and build ARCH.
resolve_config() {
	local own knob=${2:-CONFIG}
	knob_config "$knob" "$1"
	[ -n "${ARCH:-}" ] || { echo "$1"; return 0; }
	knob_arch ARCH "$ARCH"
	own=$(config_arch "$1") || exit 1
	if [ "$own" = "$ARCH" ]; then
		echo "$1"
	elif [ -f "$WB_DIR/configs/$1-$ARCH.config" ] && [ "$(config_arch "$1-$ARCH")" = "$ARCH" ]; then
		echo "$1-$ARCH"
	else
		die "$knob=$1 builds $own, and there is no $1-$ARCH fragment for ARCH=$ARCH in $WB_DIR/configs/"
	fi
}

# guest_dir VARIANT CONFIG PLAN: where initramfs.sh builds the guest of
# PLAN for the variant's CONFIG kernel, and run.sh finds it.
guest_dir() { echo "$BUILD/$1/guest-$2-$3"; }

# vmtests_categories [PLAN]: the run_vmtests.sh categories a plan's rows run
# (`wb-vmtests -t CATEGORY`), one per line, in the plan's order (default:
# guest/plan-vmtests, the categories the VMTESTS knob names).
vmtests_categories() {
	awk -F'|' '!/^#/ && NF >= 4 { n = split($4, w, " "); if (w[1] == "wb-vmtests" && w[2] == "-t" && n == 3) print w[3] }' \
		"${1:-$WB_DIR/guest/plan-vmtests}"
}

# vmtests_rows PLAN: PLAN's lines without comments, less the wb-vmtests
# rows of categories that VMTESTS (when set) does not name.
vmtests_rows() {
	awk -F'|' -v keep=" ${VMTESTS:-} " '/^#/ { next }
		{ n = split($4, w, " ") }
		keep != "  " && w[1] == "wb-vmtests" && index(keep, " " w[3] " ") == 0 { next }
		{ print }' "$1"
}

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
	local arch cc=gcc cross
	arch=$(cat "$1/.wb-arch" 2>/dev/null || echo x86_64)
	KMAKE=(ARCH="$(arch_get "$arch" kbuild)")
	cross=$(arch_get "$arch" cross)
	if [ -n "$cross" ]; then
		need_tool "${cross}gcc" "$(arch_get "$arch" cross_pkg)"
		KMAKE+=(CROSS_COMPILE="$cross")
		cc=${cross}gcc
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

# foreign_deb DEB_ARCH PKG: unpack the Debian package PKG of architecture
# DEB_ARCH (a guest's static busybox or bash) into $LB_CACHE/foreign/
# without adding the architecture to the host's dpkg: a private apt
# configuration for that architecture alone downloads it, dpkg-deb -x
# unpacks it.  Once per machine; prints the unpacked root.
foreign_deb() {
	local arch=$1 pkg=$2 d=$LB_CACHE/foreign/$1 log
	local root=$d/$pkg
	if [ -f "$root/.unpacked" ]; then
		echo "$root"
		return 0
	fi
	need_tool dpkg-deb dpkg
	log=$d/$pkg.log
	mkdir -p "$d/apt/lists/partial" "$d/apt/cache/archives/partial" "$d/debs"
	local k=/usr/share/keyrings/debian-archive-keyring.gpg
	[ -f "$d/apt/sources.list" ] ||
		echo "deb [signed-by=$k] http://deb.debian.org/debian bookworm main" >"$d/apt/sources.list"
	local opts=(-o "Dir::Etc::SourceList=$d/apt/sources.list"
		-o Dir::Etc::SourceParts=/dev/null
		-o "Dir::State::Lists=$d/apt/lists"
		-o "Dir::Cache=$d/apt/cache"
		-o "APT::Architecture=$arch" -o "APT::Architectures=$arch"
		-o APT::Sandbox::User=root -o Acquire::Check-Valid-Until=false)
	{
		apt-get "${opts[@]}" update &&
		(cd "$d/debs" && rm -f "${pkg}"_*.deb && apt-get "${opts[@]}" download "$pkg:$arch")
	} >"$log" 2>&1 || die "could not download the $arch package $pkg from Debian's archive" "$log"
	rm -rf "$root"
	dpkg-deb -x "$d/debs/${pkg}"_*_"$arch".deb "$root" >>"$log" 2>&1 ||
		die "dpkg-deb -x of the $arch package $pkg failed" "$log"
	touch "$root/.unpacked"
	echo "$root"
}

# guest_static DEB_ARCH PKG BIN: the path of a static program (busybox,
# bash) for a guest of Debian architecture DEB_ARCH: the host's own
# (installing PKG) when DEB_ARCH is the host's, else foreign_deb's.
guest_static() {
	local root
	if [ "$1" = "$(dpkg --print-architecture 2>/dev/null)" ]; then
		case $3 in
		busybox)
			if [ ! -x /bin/busybox ] || ldd /bin/busybox >/dev/null 2>&1; then
				[ "$(id -u)" = 0 ] || die "need a static /bin/busybox: apt-get install busybox-static"
				mkdir -p "$LB_CACHE"
				DEBIAN_FRONTEND=noninteractive apt-get install -y -q busybox-static >"$LB_CACHE/apt-install.log" 2>&1 ||
					die "installing busybox-static failed" "$LB_CACHE/apt-install.log"
			fi
			echo /bin/busybox ;;
		*)
			need_tool "$3" "$2"
			command -v "$3" ;;
		esac
		return 0
	fi
	root=$(foreign_deb "$1" "$2") || exit 1
	for f in "$root/bin/$3" "$root/usr/bin/$3"; do
		[ -x "$f" ] && { echo "$f"; return 0; }
	done
	die "the $1 package $2 has no bin/$3 (unpacked in $root)"
}

# ---- Knobs as knobs.conf declares them ----
# workbench/knobs.conf declares every knob once: its default, its check,
# the targets that read it and what it does (make help's knob section and
# docs/workbench.md#knobs are generated from it by knobs.py, whose check
# fails when they drift).  knob_check applies a knob's declared check with
# the helpers above, so that a script checks its knobs from the table.

# knob_spec NAME: the CHECK field of NAME's line in knobs.conf; fails when
# NAME is not declared there.
knob_spec() {
	awk -F'|' -v n="$1" '
		/^[[:space:]]*(#|$)/ { next }
		{ k = $1; gsub(/^[[:space:]]+|[[:space:]]+$/, "", k) }
		k == n { c = $3; gsub(/^[[:space:]]+|[[:space:]]+$/, "", c); print c; f = 1; exit }
		END { exit !f }' "$WB_DIR/knobs.conf"
}

# knob_dir_new NAME DIR KIND MARK...: DIR, which the script removes and
# rewrites, is new, empty, or its own earlier output: it holds one of the
# MARKs (shell patterns, relative to DIR).  Never the root, the repository,
# build/, the cache or the home directory, nor a directory above one of
# them (OUT=/ and OUT=$HOME were removed whole by initramfs.sh's rm -rf).
knob_dir_new() {
	local name=$1 d=$2 kind=${3//-/ } r p m
	shift 3
	r=$(realpath -m -- "$d") || die "$name=$d: not a path"
	for p in / "$TOP" "$BUILD" "$LB_CACHE" "${HOME:-}"; do
		[ -n "$p" ] || continue
		p=$(realpath -m -- "$p")
		case $p/ in
		"$r"/*) die "$name=$d would remove $p: not removing it" ;;
		esac
	done
	[ -e "$d" ] || [ -L "$d" ] || return 0
	[ -d "$d" ] || die "$name=$d exists and is not a directory: not removing it"
	[ -n "$(ls -A -- "$d")" ] || return 0
	for m; do
		compgen -G "$d/$m" >/dev/null && return 0
	done
	die "$name=$d holds something other than a $kind (none of: $*): not removing it"
}

# knob_check NAME...: check each knob as knobs.conf declares it (its CHECK
# field), when it is set and not empty; unset or empty, the script's own
# default applies, which is the script's to get right (a script that wants
# its default checked too, e.g. a directory it removes, assigns it to NAME
# first).  A NAME knobs.conf does not declare is the calling script's error.
knob_check() {
	local name spec type val w a ok
	local -a args words
	for name; do
		spec=$(knob_spec "$name") ||
			die "knob_check: $name is not declared in $WB_DIR/knobs.conf"
		val=${!name-}
		[ -n "$val" ] || continue
		read -r type spec <<<"$spec"
		read -ra args <<<"$spec"
		case $type in
		count)
			knob_count "$name" "${args[0]}" "$val"
			[ -z "${args[1]:-}" ] || [ "$val" -le "${args[1]}" ] ||
				die "$name=$val is too large: $name takes a whole number <= ${args[1]}"
			;;
		counts) knob_counts "$name" "${args[0]}" ;;
		variant | variants)
			read -ra words <<<"$val"
			[ "$type" = variants ] || [ ${#words[@]} -le 1 ] ||
				die "$name='$val': $name takes one variant"
			knob_variants "$name" "${words[@]}"
			;;
		config) knob_config "$name" "$val" ;;
		configs | pairs)
			read -ra words <<<"$val"
			[ ${#words[@]} -gt 0 ] || die "$name is empty: name one or more"
			for w in "${words[@]}"; do
				if [ "$type" = pairs ]; then
					[[ $w == *:* ]] || die "$name: '$w' is not VARIANT:CONFIG (e.g. cpumask:kcsan)"
					knob_variants "$name" "${w%%:*}"
					w=${w#*:}
				fi
				knob_config "$name" "$w"
			done
			;;
		enum | enums)
			read -ra words <<<"$val"
			[ ${#words[@]} -gt 0 ] || die "$name is empty: name one or more of: ${args[*]}"
			[ "$type" = enums ] || [ ${#words[@]} -eq 1 ] ||
				die "$name='$val': $name takes one word"
			for w in "${words[@]}"; do
				ok=
				for a in "${args[@]}"; do [ "$w" = "$a" ] && ok=1; done
				[ -n "$ok" ] && continue
				[ "$type" = enums ] && die "$name: unknown '$w' (known: ${args[*]})"
				a="${args[*]}"
				die "$name=$w: ${a// / or }, nothing else"
			done
			;;
		arch) knob_arch "$name" "$val" ;;
		group)
			a=$(sed -n 's/^[a-z0-9_-][a-z0-9_-]*[[:space:]]*=//p' "$WB_DIR/variants.conf" |
				tr -s ' \t' '\n\n' | grep . | sort -u | tr '\n' ' ')
			case " $a" in
			*" $val "*) ;;
			*) die "$name=$val: unknown group (known: ${a% }; see $WB_DIR/variants.conf)" ;;
			esac
			;;
		broken)
			for w in $val; do
				[ "$w" = stale-patch ] || { [[ $w =~ ^[A-Za-z0-9_-]+$ ]] && [ -f "$WB_DIR/broken/$w.patch" ]; } ||
					die "$name: unknown negative control '$w' (known: stale-patch$(cd "$WB_DIR/broken" && printf ' %s' *.patch | sed 's/\.patch//g'))"
			done
			;;
		icount) knob_icount "$name" "$val" ;;
		duration)
			[[ $val =~ ^[1-9][0-9]*[smhd]?$ ]] ||
				die "$name='$val': $name takes a duration: N, Ns, Nm, Nh or Nd with N >= 1 (e.g. 10m)"
			;;
		designs)
			IFS=, read -ra words <<<"$val"
			[ ${#words[@]} -gt 0 ] || die "$name='$val' names no design"
			for w in "${words[@]}"; do
				[[ $w =~ ^(baseline|percpu|cpumask|lazy|lazy-sync[1-9][0-9]*)(-ownmm|-aref)*$ ]] ||
					die "$name: '$w' is not a walker_model design (baseline, percpu, cpumask, lazy or lazy-syncN, with -ownmm and -aref as suffixes)"
			done
			;;
		plan)
			[[ $val =~ ^plan[a-z0-9-]*$ ]] && [ -f "$WB_DIR/guest/$val" ] ||
				die "$name=$val: no plan file $WB_DIR/guest/$val (known: $(cd "$WB_DIR/guest" && ls plan* | tr '\n' ' '))"
			;;
		vmtests)
			a=" $(vmtests_categories | tr '\n' ' ')"
			read -ra words <<<"$val"
			for w in "${words[@]}"; do
				case $a in
				*" $w "*) ;;
				*) die "$name: '$w' is not a category of $WB_DIR/guest/plan-vmtests (known:${a% })" ;;
				esac
				[ "$(tr ' ' '\n' <<<"$val" | grep -cx -- "$w")" -eq 1 ] || die "$name: '$w' named twice"
			done
			;;
		file)
			[ -e "$val" ] || die "$name=$val does not exist"
			[ -f "$val" ] && [ -s "$val" ] || die "$name=$val is not a file, or is empty"
			;;
		executable) [ -f "$val" ] && [ -x "$val" ] || die "$name=$val is not an executable" ;;
		command)
			if [[ $val == */* ]]; then
				[ -f "$val" ] && [ -x "$val" ]
			else
				command -v "$val" >/dev/null 2>&1
			fi || die "$name=$val is neither an executable file nor a command on PATH"
			;;
		dir) [ ! -e "$val" ] || [ -d "$val" ] || die "$name=$val exists and is not a directory" ;;
		dir-exists) [ -d "$val" ] || die "$name=$val is not a directory" ;;
		dir-new) knob_dir_new "$name" "$val" "${args[@]}" ;;
		text) ;;
		*) die "knob_check: $name's check '$type' (in $WB_DIR/knobs.conf) is not one knob_check knows" ;;
		esac
	done
}
