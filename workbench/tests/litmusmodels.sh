#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# tests/litmusmodels.sh: litmusmodels.py, which lkmm.sh runs before herd7:
# each litmus test names the code each of its processes models ("Models:"
# lines) and the files named define those functions.
#   - the real tests pass, against the series as patches/ holds it (the
#     cached base, the overlay and the cpumask variant's patches);
#   - negative controls, each a copy of a real test with one fault, must
#     fail with an error naming the test and the function (or process):
#     no Models: line, a function that does not exist, the right function
#     in the wrong file, a file that does not exist, a process with no
#     Models: line; and the real EQS tests against the lazy variant, which
#     lacks the EQS filter;
#   - on a made-up tree (tree mode): a definition passes, a prototype, a
#     call and a mention in a comment do not;
#   - lkmm.sh stops on a bad Models: line before it runs herd7 (a stub
#     that records being reached);
#   - a harness control: a check that passes, run as a case that must
#     fail, is reported FAIL.
# The cases that need the cached base are skipped when it is absent.
#
# Prints one line per case, "PASS|FAIL|SKIP litmusmodels.<name> #
# <diagnostic>" (check.sh's results format), details of failures on
# stderr; exits 1 when a case failed.  Seconds, no build.
set -u
export LC_ALL=C
TESTS=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$TESTS/../.." && pwd)
LM=$SRC/workbench/litmusmodels.py
LITMUS=$SRC/Documentation/litmus-tests/lockless-walk
# The cache as lib.sh finds it (the base is only read).
LB_CACHE=$(BUILD=/nonexistent bash -c '. "$1/workbench/lib.sh" && echo "$LB_CACHE"' _ "$SRC")
export LB_CACHE
BASE=$LB_CACHE/base/linux
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wb-litmusmodels.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
failed=0

result() {
	echo "$1 litmusmodels.$2 # $3"
	[ "$1" != FAIL ] || failed=1
}

# expect_fail NAME 'TEXT|TEXT...' CMD...: CMD exits 1 (not 0, not a
# usage error, no traceback) and its stderr has every TEXT.
expect_fail() {
	local name=$1 want=$2 rc t
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -eq 0 ]; then
		result FAIL "$name" "passed: $(head -c 200 "$tmp/out")"
		return
	fi
	if grep -q Traceback "$tmp/err"; then
		cat "$tmp/err" >&2
		result FAIL "$name" "a Python traceback (above)"
		return
	fi
	local IFS='|'
	for t in $want; do
		if ! grep -qF -- "$t" "$tmp/err"; then
			cat "$tmp/err" >&2
			result FAIL "$name" "exit $rc, but no '$t' in its errors (above)"
			return
		fi
	done
	result PASS "$name" "$(grep -m 1 '^ERROR' "$tmp/err" | cut -c1-200)"
}

# expect_pass NAME CMD...: CMD exits 0.
expect_pass() {
	local name=$1
	shift
	if "$@" >"$tmp/out" 2>"$tmp/err"; then
		result PASS "$name" "$(head -n 1 "$tmp/out" | cut -c1-200)"
	else
		cat "$tmp/err" >&2
		result FAIL "$name" "exit $?: $(grep -m 1 '^ERROR' "$tmp/err" | cut -c1-200)"
	fi
}

# variant NAME SED-SCRIPT: a copy of the real test T, edited, as
# $tmp/NAME/<T's name>; the copy must differ from it.
T=SB+pofetchoronce+fencembonceonce.litmus
variant() {
	mkdir -p "$tmp/$1"
	sed -e "$2" "$LITMUS/$T" >"$tmp/$1/$T"
	if cmp -s "$LITMUS/$T" "$tmp/$1/$T"; then
		echo "litmusmodels.sh: the edit '$2' left $T as it was" >&2
		return 1
	fi
}

# ---- The real tests, and copies with one fault, against the series ----

n=$(find "$LITMUS" -maxdepth 1 -name "*.litmus" | wc -l)
if [ ! -f "$LB_CACHE/base/ready" ]; then
	for c in real eqs-on-lazy no-models-line no-such-function wrong-path \
		no-such-file process-without-models lkmm-stops-before-herd7; do
		result SKIP "$c" "no cached base in $BASE (make lkmm or workbench/fetch-base.sh fetches it)"
	done
else
	if python3 "$LM" series "$BASE" >"$tmp/out" 2>"$tmp/err" &&
		grep -q "^litmusmodels: $n tests name " "$tmp/out"; then
		result PASS real "$(cut -c1-200 "$tmp/out")"
	else
		cat "$tmp/err" >&2
		result FAIL real "expected a pass for all $n tests: $(grep -m 1 '^ERROR' "$tmp/err" | cut -c1-200)"
	fi
	expect_fail eqs-on-lazy \
		"SB+eqs-poaddreturnonce+fencembonceacquire.litmus: Models: P1 tlb_lockless_walker_may_walk() (mm/mmu_gather.c): not defined there|lazy's" \
		python3 "$LM" series "$BASE" --variant lazy

	# One fault per copy of $T: the case, the copy's sed edit, the error
	# that must name it (tab-separated: the edits contain '|').
	while IFS=$'\t' read -r name edit want; do
		variant "$name" "$edit" &&
			expect_fail "$name" "$T: $want" python3 "$LM" series "$BASE" "$tmp/$name/$T" </dev/null
	done <<'CASES'
no-models-line	/^ \* Models: /,/^ \*$/d	no 'Models:' line
no-such-function	s/tlb_lockless_walker_drop()/tlb_lockless_walker_dropp()/	Models: P0 tlb_lockless_walker_dropp() (mm/mmu_gather.c): not defined there
wrong-path	s|tlb_remove_table_sync_mm() (mm/mmu_gather.c)|tlb_remove_table_sync_mm() (kernel/smp.c)|	Models: P1 tlb_remove_table_sync_mm() (kernel/smp.c): not defined there
no-such-file	s|tlb_lockless_walker_drop() (mm/mmu_gather.c)|tlb_lockless_walker_drop() (mm/mmu_gatherer.c)|	Models: P0 tlb_lockless_walker_drop() (mm/mmu_gatherer.c): no such file
process-without-models	/^ \* Models: P1 /,/^ \*$/{/^ \*$/!d}	P1 has no Models: line
CASES

	# lkmm.sh runs the check before herd7, and stops there.
	printf '#!/bin/sh\necho "herd7 $*" >>"%s"\nexit 1\n' "$tmp/reached" >"$tmp/herd7"
	chmod +x "$tmp/herd7"
	expect_fail lkmm-stops-before-herd7 "$T: Models: P0 tlb_lockless_walker_dropp()|Models: lines do not match" \
		env BUILD="$tmp/build" HERD7="$tmp/herd7" "$SRC/workbench/lkmm.sh" "$BASE" "$tmp/no-such-function/$T"
	if [ -e "$tmp/reached" ]; then
		result FAIL lkmm-herd7-not-reached "lkmm.sh ran herd7 ($(head -n 1 "$tmp/reached")) after a bad Models: line"
	else
		result PASS lkmm-herd7-not-reached "herd7 not run"
	fi
fi

# ---- Tree mode, on a made-up tree ----

mkdir -p "$tmp/tree/include/linux" "$tmp/tree/mm" "$tmp/t"
cat >"$tmp/tree/include/linux/walk.h" <<'EOF'
/* walk_proto() is only declared here; walk_begin(mm) is defined. */
void walk_proto(struct mm_struct *mm);
static inline bool walk_begin(struct mm_struct *mm)
{
	return walk_proto(mm), true;
}
#define walk_macro(mm)	walk_begin(mm)
EOF
cat >"$tmp/tree/mm/sync.c" <<'EOF'
// walk_comment(mm) { is only mentioned in comments
void __sched
sync_mm(struct mm_struct *mm,
	int flags) __must_hold(&mm->lock)
{
	walk_called(mm);
}
EOF
# mk NAME P0-MODELS: a two-process test whose P1 models sync_mm().
mk() {
	cat >"$tmp/t/$1.litmus" <<EOF
C $1

(*
 * Result: Never
 *
 * Models: P0 $2
 * Models: P1 sync_mm() (mm/sync.c)
 *)

{}

P0(int *x) { WRITE_ONCE(*x, 1); }

P1(int *x) { int r0; r0 = READ_ONCE(*x); }

exists (1:r0=2)
EOF
}
mk good 'walk_begin() (include/linux/walk.h), walk_macro() (include/linux/walk.h)'
expect_pass tree-definitions python3 "$LM" tree "$tmp/tree" "$tmp/t/good.litmus"
mk proto 'walk_proto() (include/linux/walk.h)'
expect_fail tree-prototype-is-no-definition "proto.litmus: Models: P0 walk_proto() (include/linux/walk.h): not defined there" \
	python3 "$LM" tree "$tmp/tree" "$tmp/t/proto.litmus"
mk call 'walk_called() (mm/sync.c)'
expect_fail tree-call-is-no-definition "call.litmus: Models: P0 walk_called() (mm/sync.c): not defined there" \
	python3 "$LM" tree "$tmp/tree" "$tmp/t/call.litmus"
mk comment 'walk_comment() (mm/sync.c)'
expect_fail tree-comment-is-no-definition "comment.litmus: Models: P0 walk_comment() (mm/sync.c): not defined there" \
	python3 "$LM" tree "$tmp/tree" "$tmp/t/comment.litmus"
mk malformed 'walk_begin (include/linux/walk.h)'
expect_fail tree-malformed-entry "malformed.litmus: Models: P0: 'walk_begin (include/linux/walk.h)' is not 'function() (path)'" \
	python3 "$LM" tree "$tmp/tree" "$tmp/t/malformed.litmus"

# Harness control: a case that passes, run as one that must fail, is
# reported FAIL.
if out=$(expect_fail harness "never printed" python3 "$LM" tree "$tmp/tree" "$tmp/t/good.litmus") &&
	[ "${out%% *}" = FAIL ]; then
	result PASS harness-control "a passing check run as a failing case is reported FAIL"
else
	result FAIL harness-control "a passing check run as a failing case was reported: $out"
fi

exit $failed
