#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# broken.sh [NAME...]: negative controls.  Each runs the workbench on a
# scratch copy of this repository with one deliberate defect and passes
# only if the workbench catches it with a clear message:
#
#   stale-patch   a patch whose context no longer matches the base:
#                 tree.sh must fail naming the patch and the hunk
#   <name>        workbench/broken/<name>.patch, a kernel change on top of
#                 the cpumask series (e.g. GUP-fast not registered), or of
#                 the variant V when named V--<name> (e.g. lazy--...):
#                 `make check` of that variant on that copy must report
#                 failing tests; a "Caught-by: REGEX" line in the patch's
#                 message names the result line (egrep) that must be
#                 among them
. "$(dirname "$0")/lib.sh"

demo=$BUILD/broken
mkdir -p "$demo"
names=${*:-stale-patch $(cd "$WB_DIR/broken" 2>/dev/null && ls *.patch 2>/dev/null | sed 's/\.patch$//')}
caught=0 missed=0

# A scratch copy of the committed repository plus the working tree's edits.
scratch() {
	rm -rf "$demo/$1"
	mkdir -p "$demo/$1/repo"
	(cd "$TOP" && git ls-files -co --exclude-standard | cpio -pdm --quiet "$demo/$1/repo") ||
		die "copying the repository to $demo/$1 failed"
	echo "$demo/$1/repo"
}

for n in $names; do
	stage "negative control: $n"
	r=$(scratch "$n")
	log=$demo/$n/run.log
	if [ "$n" = stale-patch ]; then
		p=$(awk '!/^#/ && NF {print $1; exit}' "$r/patches/series")
		if [ -z "$p" ]; then
			echo "    (no series entry yet: nothing to corrupt)"
			stage_end
			continue
		fi
		# Change one context line of the first hunk so that it no longer applies.
		python3 - "$r/patches/$p" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
i = s.index("\n@@ ")
j = s.index("\n ", i + 1)
s = s[:j + 2] + "STALE " + s[j + 2:]
open(p, "w").write(s)
PY
		v=$(grep -E "^[a-z]" "$r/workbench/variants.conf" | grep -v '^baseline' | head -1 | cut -d' ' -f1)
		if BUILD=$demo/$n/build "$r/workbench/tree.sh" "$v" >"$log" 2>&1; then
			echo "    NOT CAUGHT: tree.sh applied a stale patch ($log)"
			missed=$((missed + 1))
		elif grep -q "$p.*no longer applies" "$log" && grep -q "patch failed" "$log"; then
			grep -E "ERROR|error:" "$log" | sed 's/^/    | /'
			caught=$((caught + 1))
		else
			echo "    NOT CAUGHT clearly: tree.sh failed without naming $p and the hunk ($log)"
			missed=$((missed + 1))
		fi
	else
		# The defect becomes the last commit of the variant (cpumask, or
		# V for V--<name>), in the variant's last group.
		v=cpumask
		case $n in *--*) v=${n%%--*} ;; esac
		g=$(variant_groups "$v" | awk '{print $NF}')
		cp "$WB_DIR/broken/$n.patch" "$r/patches/9999-broken-$n.patch"
		echo "9999-broken-$n.patch $g" >>"$r/patches/series"
		# A fresh tree and build (ccache makes it cheap); the guest tests only.
		BUILD=$demo/$n/build VARIANTS=$v STAGES=variants "$r/workbench/check.sh" quick >"$log" 2>&1
		# Caught means a guest test failed: a control that no longer
		# applies or builds proves nothing about the tests.
		res=$demo/$n/build/check-quick/results.txt
		if grep -qE "^FAIL $v\.(tree|build\.check|initramfs) " "$res" 2>/dev/null; then
			grep -E "^FAIL $v\." "$res" | sed 's/^/    | /'
			echo "    NOT A CONTROL: $n.patch did not apply or build on $v; regenerate it ($log)"
			missed=$((missed + 1))
		elif grep -q "^FAIL $v\." "$res" 2>/dev/null; then
			grep "^FAIL $v\." "$res" | cut -c1-200 | sed 's/^/    caught by: /'
			want=$(sed -n 's/^Caught-by: //p' "$WB_DIR/broken/$n.patch" | head -1)
			if [ -n "$want" ] && ! grep "^FAIL $v\." "$res" | grep -qE "$want"; then
				echo "    NOT CAUGHT by what $n.patch expects (Caught-by: $want) ($res)"
				missed=$((missed + 1))
			else
				caught=$((caught + 1))
			fi
		else
			echo "    NOT CAUGHT: make check of $v passed with $n.patch applied ($log)"
			missed=$((missed + 1))
		fi
	fi
	stage_end
done
echo "negative controls: $caught caught, $missed missed"
[ "$missed" -eq 0 ]
