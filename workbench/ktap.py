#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Parse the guest's KTAP (and the kernel console) into per-test results.

ktap.py RUNDIR [--prefix NAME]
ktap.py --log FILE [--prefix NAME]   (a KTAP log alone, no console)

Reads RUNDIR/ktap.log (a KTAP stream: top-level tests, with indented
subtests from KUnit or kselftest) and RUNDIR/console.log and prints one
line per result (run.sh keeps them as RUNDIR/results.txt):

    PASS|FAIL|SKIP <name> [# diagnostic]

Every leaf counts: a subtest, or a top-level test without subtests; a
top-level test that failed although all its subtests passed (a crash, a
timeout) counts as one more failure.  Every plan ("1..N") is checked, the
top level's and each subtest's (indented): a subtest whose results stop
before its plan is complete (the log ends, or a kernel "BUG:", "Oops" or
"Kernel panic" line comes first: a guest crash mid-subtest) is a failure
"<subtest>.plan" or "<subtest>.crash".  The console is checked for kernel
splats: any BUG:, WARNING:, KASAN, lockdep or RCU-stall report is a
failure of the test "<prefix>.console".

Exits 0 when it parsed the log (the results say what failed); any other
exit status (a crash of the parser, a log it cannot read) means there are
no results, and its callers record a failure.
"""

import argparse
import os
import re

RESULT = re.compile(r"^(\s*)(not ok|ok) (\d+)\s*-?\s*([^#]*?)\s*(?:#\s*(.*))?$")
SPLATS = re.compile(
    r"(BUG:|WARNING:|KASAN|UBSAN|possible circular locking|"
    r"possible recursive locking|inconsistent lock state|"
    r"INFO: rcu_\w+ (detected )?stall|rcu: INFO: .*stall|"
    r"Kernel panic|Oops:|general protection fault|"
    r"INFO: task .* blocked for more than|"
    r"suspicious RCU usage|sleeping function called from invalid context)")


PLAN = re.compile(r"^(\s*)1\.\.(\d+)")
SUBTEST = re.compile(r"^(\s*)#\s*Subtest:\s*(\S+)")
# A guest crash in the KTAP stream: the kernel's own line, or one that
# guest/init passed on as a diagnostic ("# ").
CRASH = re.compile(r"^\s*(?:#\s*)?(?:\[[\s\d.]+\]\s*)?"
                   r"(BUG:|Oops\b|Kernel panic)")


def parse(lines, prefix):
    """Return [(status, name, diag)] of the leaf results, with a failure
    for every subtest plan that its results did not complete."""
    out = []
    pending = {}  # depth -> list of results seen at that depth
    plans = {}    # depth -> the plan ("1..N") of the open subtest there
    counts = {}   # depth -> result lines seen at that depth
    names = {}    # depth -> the open subtest's name ("# Subtest: NAME")
    crashed = set()  # depths whose subtest a crash already failed

    def short(d):
        # Results at depth d stopped early: the missing ones as a failure.
        if d in crashed or d not in plans or counts.get(d, 0) >= plans[d]:
            return []
        return [("FAIL", "plan", "planned %d subtests, got %d"
                 % (plans[d], counts.get(d, 0)))]

    for line in lines:
        line = line.rstrip("\n").replace("\t", "    ")
        p = PLAN.match(line)
        if p and len(p.group(1)) >= 4:
            plans[len(p.group(1)) // 4] = int(p.group(2))
            continue
        st = SUBTEST.match(line)
        if st and len(st.group(1)) >= 4:
            names[len(st.group(1)) // 4] = re.sub(r"\s+", "_", st.group(2))
            continue
        c = CRASH.match(line)
        if c:
            # Only a crash inside a subtest whose plan is not complete:
            # the top level's plan and console.log see the rest.
            open_ = [d for d in plans if d not in crashed and
                     counts.get(d, 0) < plans[d]]
            if open_:
                d = max(open_)
                pending.setdefault(d, []).append(
                    ("FAIL", "crash", "after %d of %d subtests: %s"
                     % (counts.get(d, 0), plans[d], line.strip()[:100])))
                crashed.update(open_)
            continue
        m = RESULT.match(line)
        if not m:
            continue
        depth = len(m.group(1)) // 4
        ok = m.group(2) == "ok"
        counts[depth] = counts.get(depth, 0) + 1
        # One word per result name: run_vmtests.sh names a test by its
        # command line ("gup_test -u -n 1").
        name = re.sub(r"\s+", "_", m.group(4).strip()) or "test%s" % m.group(3)
        diag = (m.group(5) or "").strip()
        skip = diag.upper().startswith("SKIP")
        # Results one level deeper belong to this test; a test that was
        # skipped need not have completed its plan.
        children = pending.pop(depth + 1, [])
        if not skip:
            children += short(depth + 1)
        for d in [k for k in pending if k > depth + 1]:
            children += pending.pop(d)
        for d in [k for k in set(plans) | set(counts) | set(names)
                  if k > depth]:
            plans.pop(d, None)
            counts.pop(d, None)
            names.pop(d, None)
            crashed.discard(d)
        full = [(s, name + "." + n, dg) for s, n, dg in children]
        if full:
            if not ok and all(s != "FAIL" for s, _, _ in full):
                full.append(("FAIL", name, diag or "failed"))
            res = full
        else:
            res = [("SKIP" if skip else ("PASS" if ok else "FAIL"),
                    name, diag)]
        pending.setdefault(depth, []).extend(res)
    # The log ended inside subtests (no result closed them): their results
    # so far, named after their "# Subtest:" line, and what is missing.
    for d in range(max(set(pending) | set(plans) | {0}), 0, -1):
        children = pending.pop(d, []) + short(d)
        if d in plans and counts.get(d, 0) >= plans[d] and d not in crashed:
            children.append(("FAIL", "result", "the log ended before "
                             "this subtest's own result"))
        n = names.get(d, "subtest")
        pending.setdefault(d - 1, []).extend(
            (s, n + "." + x, dg) for s, x, dg in children)
    for d in sorted(pending):
        out.extend(pending[d])
    return [(s, prefix + "." + n if prefix else n, d) for s, n, d in out]


def planned(lines):
    for line in lines:
        m = re.match(r"^1\.\.(\d+)", line)
        if m:
            return int(m.group(1))
    return None


def arguments():
    ap = argparse.ArgumentParser(
        prog="ktap.py",
        description="Parse the guest's KTAP (and the kernel console) into "
        "per-test results: PASS|FAIL|SKIP <name> [# diagnostic].")
    ap.add_argument("rundir", nargs="?", metavar="RUNDIR",
                    help="a guest run: RUNDIR/ktap.log, RUNDIR/console.log")
    ap.add_argument("--log", metavar="FILE",
                    help="a KTAP log alone, no console")
    ap.add_argument("--prefix", metavar="NAME", default="",
                    help="prefix of every result name")
    a = ap.parse_args()
    if (a.rundir is None) == (a.log is None):
        ap.error("give either RUNDIR or --log FILE")
    if a.log is not None:
        if not os.path.isfile(a.log):
            ap.error("--log %s: no such file" % a.log)
    elif not os.path.isdir(a.rundir):
        ap.error("RUNDIR %s is not a directory" % a.rundir)
    elif not os.path.isfile(os.path.join(a.rundir, "ktap.log")):
        ap.error("RUNDIR %s has no ktap.log (did the guest run?)" % a.rundir)
    return a


def main():
    a = arguments()
    prefix, log = a.prefix, a.log
    run = os.path.dirname(os.path.abspath(log)) if log else a.rundir
    ktap = open(log or os.path.join(run, "ktap.log"),
                errors="replace").readlines()
    results = parse(ktap, prefix)
    top = [l for l in ktap if RESULT.match(l) and not l.startswith(" ")]
    n = planned(ktap)
    if n is None or n != len(top):
        results.append(("FAIL", (prefix + "." if prefix else "") + "plan",
                        "planned %s top-level tests, got %d" % (n, len(top))))
    if log:
        for s, n, d in results:
            print("%s %s%s" % (s, n, " # " + d if d else ""))
        return
    console = os.path.join(run, "console.log")
    splats = []
    if os.path.exists(console):
        for line in open(console, errors="replace"):
            if SPLATS.search(line):
                splats.append(line.strip())
    results.append(("FAIL" if splats else "PASS",
                    (prefix + "." if prefix else "") + "console",
                    "; ".join(splats[:3]) if splats else
                    "no kernel splat in console.log"))
    for s, n, d in results:
        print("%s %s%s" % (s, n, " # " + d if d else ""))


if __name__ == "__main__":
    main()
