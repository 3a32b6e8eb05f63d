#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# eval.sh: the comparison (first version: sync IPIs per MADV_COLLAPSE with
# 0, 1 and 3 concurrent GUP-fast threads), for each variant in
# EVAL_VARIANTS (default: baseline cpumask), on the same config ("check")
# and topology (CPUS, default 8; NODES, default 2).  Results, a Markdown
# table and CSV, go to build/results/.
. "$(dirname "$0")/lib.sh"

EVAL_VARIANTS=${EVAL_VARIANTS:-baseline cpumask}
export CPUS=${CPUS:-8} NODES=${NODES:-2}
res=$BUILD/results
mkdir -p "$res"
T0=$(wb_now)
runs=()
for v in $EVAL_VARIANTS; do
	stage "eval $v: $CPUS vCPUs, $NODES nodes"
	"$WB_DIR/tree.sh" "$v" >"$res/$v-tree.log" 2>&1 || die "tree $v failed" "$res/$v-tree.log"
	"$WB_DIR/build.sh" "$v" check >"$res/$v-build.log" 2>&1 || die "build $v failed" "$res/$v-build.log"
	g=$BUILD/$v/guest-eval
	PLAN=plan-eval OUT=$g "$WB_DIR/initramfs.sh" "$v" check >"$res/$v-initramfs.log" 2>&1 ||
		die "initramfs $v failed" "$res/$v-initramfs.log"
	run=$res/$v-${CPUS}c${NODES}n
	INITRD=$g/initramfs.cpio.gz "$WB_DIR/boot.sh" "$v" check "$run" >"$res/$v-boot.log" 2>&1 ||
		die "boot $v failed" "$res/$v-boot.log"
	python3 "$WB_DIR/ktap.py" "$run" --prefix "$v" >"$run/results.txt"
	grep '^FAIL' "$run/results.txt" && die "$v: guest tests failed" "$run/ktap.log"
	runs+=("$v=$run")
	stage_end
done
stage "tables"
python3 "$WB_DIR/eval.py" "$res" "${runs[@]}" || die "eval.py failed"
stage_end
echo "eval took $(($(wb_now) - T0))s; results in $res"
