#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Side by side: the mm selftests of run_vmtests.sh on baseline and on the
series (make check-full's vmtests stage).

vmcompare.py BASE_RUN SERIES_RUN [--md FILE]

Each RUN is a run directory of run.sh (results.txt, ktap.log) whose guest
ran guest/plan-vmtests.  Results are matched by name without the run's
prefix (the variant).  Prints one result line per category (check.sh's
format):

    PASS vmtests.<category> # N tests: N pass on both, ...
    FAIL vmtests.<category> # passes on baseline, not on the series: ...

A category fails when a test that passed on baseline did not pass on the
series (failed, or is missing: the category stopped early); a test that
fails on both is reported, not failed: the series did not cause it.  With
--md, writes the side-by-side table (every test whose verdicts differ,
counts per category, each category's wall time in each guest).  Exits 0
when it could compare (the lines say what failed), 2 on bad input.
"""

import argparse
import os
import re
import sys

LINE = re.compile(r"^(PASS|FAIL|SKIP) (\S+)(?: # (.*))?$")
TOOK = re.compile(r"^# (\S+) took (\d+)s$")


def results(run):
    """{name without the run's prefix: status} of RUN's results.txt.  The
    prefix (run.sh's, e.g. "cpumask.vmtests.") is what comes before
    "run_vmtests." in the names."""
    path = os.path.join(run, "results.txt")
    if not os.path.exists(path):
        sys.exit("vmcompare.py: error: no %s (a run.sh run directory?)" % path)
    lines = [m.groups() for m in (LINE.match(l.strip()) for l in
                                  open(path, errors="replace")) if m]
    pre = {n[:n.index("run_vmtests.")] for _, n, _ in lines if "run_vmtests." in n}
    if len(pre) != 1:
        sys.exit("vmcompare.py: error: %s: %s" % (path, "no run_vmtests.* result"
                 if not pre else "several prefixes: %s" % ", ".join(sorted(pre))))
    pre = pre.pop()
    return {n[len(pre):] if n.startswith(pre) else n: st for st, n, _ in lines}


def durations(run):
    """{category: seconds} from guest/init's '# NAME took Ns' lines."""
    out = {}
    path = os.path.join(run, "ktap.log")
    if os.path.exists(path):
        for line in open(path, errors="replace"):
            m = TOOK.match(line.strip())
            if m and m.group(1).startswith("run_vmtests."):
                out[m.group(1)[len("run_vmtests."):]] = int(m.group(2))
    return out


def category(name):
    """run_vmtests.<category>[.<test>...] -> category; the guest's other
    results (its console, its plan, the build) -> "guest"."""
    parts = name.split(".")
    return parts[1] if parts[0] == "run_vmtests" and len(parts) > 1 else "guest"


def short(name):
    """A test's name within its category."""
    return name.split(".", 2)[2] if name.startswith("run_vmtests.") and name.count(".") >= 2 else name


def main():
    ap = argparse.ArgumentParser(prog="vmcompare.py")
    ap.add_argument("base", metavar="BASE_RUN")
    ap.add_argument("series", metavar="SERIES_RUN")
    ap.add_argument("--md", metavar="FILE")
    a = ap.parse_args()
    b, s = results(a.base), results(a.series)
    tb, ts = durations(a.base), durations(a.series)
    cats = sorted({category(n) for n in list(b) + list(s)})
    md = ["| category | tests | pass on both | fail on both | skip | "
          "pass only on baseline | pass only on the series | wall time "
          "baseline / series |", "|---|---|---|---|---|---|---|---|"]
    diffs = []
    for c in cats:
        names = sorted(n for n in set(b) | set(s) if category(n) == c)
        both = [n for n in names if b.get(n) == "PASS" and s.get(n) == "PASS"]
        fboth = [n for n in names if b.get(n) == "FAIL" and s.get(n) == "FAIL"]
        skip = [n for n in names if "SKIP" in (b.get(n), s.get(n))
                and "FAIL" not in (b.get(n), s.get(n))]
        lost = [n for n in names if b.get(n) == "PASS" and s.get(n) != "PASS"]
        won = [n for n in names if s.get(n) == "PASS" and b.get(n) != "PASS"]
        for n in names:
            if b.get(n) != s.get(n):
                diffs.append("| %s | %s | %s |" % (n, b.get(n, "(none)"), s.get(n, "(none)")))
        md.append("| %s | %d | %d | %d | %d | %d | %d | %s / %s |" % (
            c, len(names), len(both), len(fboth), len(skip), len(lost), len(won),
            "%ds" % tb[c] if c in tb else "-", "%ds" % ts[c] if c in ts else "-"))
        what = "%d tests: %d pass on both, %d fail on both, %d skipped, %d pass only on the series" % (
            len(names), len(both), len(fboth), len(skip), len(won))
        if lost:
            print("FAIL vmtests.%s # passes on baseline, not on the series: %s" % (
                c, ", ".join("%s (%s)" % (short(n), s.get(n, "missing")) for n in lost[:5])))
        else:
            print("PASS vmtests.%s # %s" % (c, what))
    if a.md:
        with open(a.md, "w") as f:
            f.write("# run_vmtests.sh: baseline (%s) and the series (%s)\n\n"
                    % (a.base, a.series))
            f.write("\n".join(md) + "\n\n")
            if diffs:
                f.write("Tests whose verdicts differ:\n\n| test | baseline | series |\n"
                        "|---|---|---|\n" + "\n".join(diffs) + "\n")
            else:
                f.write("Every test has the same verdict on both.\n")


if __name__ == "__main__":
    main()
