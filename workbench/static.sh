#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# static.sh VARIANT CONFIG: the static checks 0-day runs, on the files the
# variant's commits touch, each compared with baseline like sparse.sh:
#   W=1        extra compiler warnings: "make W=1 FILE.s" for each touched
#              C file the config builds (a .s target compiles the file fully,
#              so it warns as the .o would, and leaves the build's objects
#              and their flags alone)
#   coccicheck every semantic patch in scripts/coccinelle, MODE=report, on
#              each touched C file (scripts/coccicheck as kbuild's C=2
#              CHECK= runs it, one file at a time)
#   kernel-doc scripts/kernel-doc -none -Wall on each touched C file and
#              header
# A finding the variant has and baseline lacks (line numbers ignored) fails
# the check that found it; files the series adds count in full.  Prints one
# "PASS|FAIL static.<check>" line per check; exits non-zero on a FAIL.
. "$(dirname "$0")/lib.sh"

[ $# -eq 2 ] || die "usage: static.sh VARIANT CONFIG"
variant=$1 cfg=$2
knob_variants VARIANT "$variant"
knob_config CONFIG "$cfg"
knob_count JOBS 1
[ "$variant" != baseline ] || die "static.sh compares a variant with baseline: name a variant other than baseline"
src=$(tree_dir "$variant")
[ -d "$src/.git" ] || die "no tree for $variant: run 'make tree VARIANT=$variant' first"
for v in baseline "$variant"; do
	[ -f "$BUILD/$v/obj-$cfg/.config" ] || die "no $cfg build of $v in $BUILD/$v/obj-$cfg: run 'make build VARIANT=$v CONFIG=$cfg' first"
done
need_tool spatch coccinelle
base=$(git -C "$src" rev-list --max-parents=0 HEAD)
cfiles=$(git -C "$src" diff --name-only "$base"..HEAD -- '*.c')
hfiles=$(git -C "$src" diff --name-only "$base"..HEAD -- '*.h')
# W=1 and coccicheck: the C files this config builds (arch/arm64 and the
# other architectures' KVM are only built by their own configs).
built=
for f in $cfiles; do
	[ -f "$BUILD/$variant/obj-$cfg/${f%.c}.o" ] && built="$built $f"
done
[ -n "$built" ] || die "no C file the series touches is built by $cfg (touched: ${cfiles:-none})"
out=$BUILD/$variant/static-$cfg
mkdir -p "$out" "$BUILD/baseline/static-$cfg"

# norm TREE: findings without the tree's path and the line numbers (after
# a file name, "file.c:12:3-9", and in a message, "at line 5929").
norm() {
	sed -E -e "s|$1/||g" -e 's/(\.[chS]):[0-9]+(:[0-9]+)?(-[0-9]+)?/\1/g' \
		-e 's/line [0-9]+/line N/g' | sort -u
}

stage "static checks $variant/$cfg vs baseline:$built"
for v in baseline "$variant"; do
	t=$(tree_dir "$v") obj=$BUILD/$v/obj-$cfg o=$BUILD/$v/static-$cfg
	arch=$(cat "$obj/.wb-arch")
	# Only the files that exist in v: those the series adds count in full.
	mine=
	for f in $built; do
		[ -f "$t/$f" ] && mine="$mine $f"
	done
	# W=1
	targets=
	for f in $mine; do
		targets="$targets ${f%.c}.s"
		# kbuild would not remake a current .s, and print nothing.
		rm -f "$obj/${f%.c}.s"
	done
	t0=$(wb_now)
	# shellcheck disable=SC2086 # a list of targets
	make -C "$t" O="$obj" ARCH="$arch" W=1 $targets >"$o/w1.log" 2>&1 ||
		die "make W=1 of $v failed" "$o/w1.log"
	grep -E ': (warning|error):' "$o/w1.log" | norm "$t" >"$o/w1.txt"
	echo "    $v W=1: $(wc -l <"$o/w1.txt") warning(s), $(($(wb_now) - t0))s"
	# coccicheck, as "make C=2 CHECK=scripts/coccicheck" would call it (7.3's
	# checker-valid.sh refuses coccicheck as a C= checker).
	# A file's report is kept per commit of the tree (baseline's is checked
	# once, not once per variant): $o/cocci-cache/COMMIT/FILE.log.
	# The files run JOBS at a time (spatch is single-threaded).
	t0=$(wb_now)
	head=$(git -C "$t" rev-parse HEAD)
	cdir=$o/cocci-cache/$head
	mkdir -p "$cdir"
	# shellcheck disable=SC2016 # sh -c's script is expanded by that sh
	for f in $mine; do
		[ -f "$cdir/${f//\//_}.log" ] || echo "$f"
	done | xargs -r -P "$JOBS" -I{} sh -c '
		c=$1/$(echo "$3" | tr / _).log
		cd "$2" && env C=2 srctree=. MODE=report V=0 \
			LINUXINCLUDE="-I./arch/$4/include -I./include -I./arch/$4/include/uapi -I./include/uapi" \
			scripts/coccicheck "$3" >"$c.tmp" 2>&1 && mv "$c.tmp" "$c"' sh "$cdir" "$t" {} "$arch"
	: >"$o/cocci.log"
	for f in $mine; do
		c=$cdir/${f//\//_}.log
		[ -f "$c" ] || die "coccicheck of $f in $v failed" "$c.tmp"
		cat "$c" >>"$o/cocci.log"
	done
	grep -E '^[^ ]+\.[ch]:[0-9]+:' "$o/cocci.log" | norm "$t" >"$o/cocci.txt"
	echo "    $v coccicheck: $(wc -l <"$o/cocci.txt") finding(s), $(($(wb_now) - t0))s"
	# kernel-doc
	docs=
	for f in $cfiles $hfiles; do
		[ -f "$t/$f" ] && docs="$docs $f"
	done
	# A canary with one undocumented parameter: kernel-doc must report it,
	# or it did not run (it exits 0 on warnings, and also when it skips
	# every check for an old Python).
	printf '/**\n * wb_kdoc_canary() - must draw a warning\n */\nint wb_kdoc_canary(int wb_undocumented);\n' \
		>"$o/kdoc-canary.c"
	# shellcheck disable=SC2086 # a list of files
	(cd "$t" && scripts/kernel-doc -none -Wall "$o/kdoc-canary.c" $docs) >"$o/kdoc.log" 2>&1 ||
		die "kernel-doc failed on $v's files (exit $?)" "$o/kdoc.log"
	grep -q "wb_undocumented" "$o/kdoc.log" ||
		die "kernel-doc did not report the canary's undocumented parameter: it did not check $v's files" "$o/kdoc.log"
	grep -iE 'warning|error' "$o/kdoc.log" | grep -v "kdoc-canary\.c" | norm "$t" >"$o/kdoc.txt"
	echo "    $v kernel-doc: $(wc -l <"$o/kdoc.txt") warning(s)"
done
stage_end

rc=0
for c in w1:W=1 cocci:coccicheck kdoc:kernel-doc; do
	new=$(comm -13 "$BUILD/baseline/static-$cfg/${c%%:*}.txt" "$out/${c%%:*}.txt")
	if [ -z "$new" ]; then
		echo "PASS static.${c%%:*} # ${c#*:}: nothing baseline lacks"
	else
		echo "$new" | sed 's/^/    | /'
		echo "FAIL static.${c%%:*} # ${c#*:}: $variant adds the findings above; see $out/${c%%:*}.log"
		rc=1
	fi
done
exit $rc
