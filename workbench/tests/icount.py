#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""tests/icount.py: check-full's icount stage judge (icountcheck.py) on
made-up guest runs: boots that agree pass, boots that differ, a boot
without a count, and a variant that adds too much fail.  A negative
control runs one case with its expectation inverted and must see it
reported FAIL.  Prints "PASS|FAIL icount-judge.<case> # why" per case
(check.sh's results format); exits 1 when a case failed.  No kernel, no
QEMU."""

import os
import subprocess
import sys
import tempfile

WB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
JUDGE = os.path.join(WB, "icountcheck.py")


def run_dir(top, name, counts):
    """A guest run as boot.sh leaves it: accel and the guest's ktap.log,
    with lwbench's result line for each page count in counts (None: the
    guest stopped before it)."""
    d = os.path.join(top, name)
    os.makedirs(d)
    with open(os.path.join(d, "accel"), "w") as f:
        f.write("tcg\n")
    lines = ["KTAP version 1", "1..%d" % len(counts)]
    for i, (p, c) in enumerate(sorted(counts.items()), 1):
        lines.append("# running icount.p%d: lwbench gup -c 0 -p %d -j 1 -m 32 -r 5 -q" % (p, p))
        if c is None:
            break
        lines.append("# result: mode=gup pages=%d threads=1 reps=5 calls_per_rep=8192 "
                     "ns_per_call=%s" % (p, ",".join(["%.1f" % c] * 5)))
        lines.append("ok %d icount.p%d" % (i, p))
    with open(os.path.join(d, "ktap.log"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return d


def judge(runs, max_added=10):
    with tempfile.TemporaryDirectory() as top:
        dirs = [run_dir(top, n, c) for n, c in runs]
        p = subprocess.run([sys.executable, JUDGE, "--max-added", str(max_added)] + dirs,
                           capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


AGREE = [("baseline-1c1n-i1", {1: 566.0, 8: 1957.0}), ("baseline-1c1n-i2", {1: 566.0, 8: 1957.0}),
         ("cpumask-1c1n-i1", {1: 571.0, 8: 1961.0}), ("cpumask-1c1n-i2", {1: 571.0, 8: 1961.0})]

# name, runs, max_added, expected exit status, a line the output must have
CASES = [
    ("agree", AGREE, 10, 0, "PASS icount.cpumask.p1.added # +5.0"),
    ("boots-differ", AGREE[:3] + [("cpumask-1c1n-i2", {1: 590.0, 8: 1961.0})], 10, 1,
     "FAIL icount.cpumask.p1 # boots differ"),
    ("no-count", AGREE[:3] + [("cpumask-1c1n-i2", {1: None})], 10, 1,
     "FAIL icount.cpumask.i2 # no instruction count"),
    ("one-boot", AGREE[:3], 10, 1, "FAIL icount.cpumask.p1 # one boot"),
    ("too-many-added", AGREE, 4, 1, "FAIL icount.cpumask.p1.added # +5.0"),
]


def check(name, runs, max_added, rc, want):
    got_rc, out = judge(runs, max_added)
    ok = got_rc == rc and any(line.startswith(want) for line in out.splitlines())
    return ok, "exit %d (want %d)%s" % (got_rc, rc, "" if ok else "; no line '%s' in: %s"
                                        % (want, out.strip().replace("\n", " | ")))


def main():
    fails = 0
    for name, runs, max_added, rc, want in CASES:
        ok, why = check(name, runs, max_added, rc, want)
        print("%s icount-judge.%s # %s" % ("PASS" if ok else "FAIL", name, why))
        fails += not ok
    # Negative control: boots that differ, expected to pass; the harness
    # must call that case failed.
    ok, why = check("control", CASES[1][1], 10, 0, "PASS icount.cpumask.p1 ")
    print("%s icount-judge.negative-control # %s" % (
        "FAIL" if ok else "PASS", "the inverted case was reported failed" if not ok
        else "the harness passed a case it must fail: " + why))
    fails += ok
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
