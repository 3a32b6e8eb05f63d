#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""vmcompare.py (check-full's vmtests stage) on made-up run directories
with known verdicts.  Prints "PASS|FAIL vmcompare.<case> # ..." lines
(check.sh's format); exits 1 when a case failed."""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.path.join(HERE, "..", "vmcompare.py")
BASE = {"run_vmtests.thp.khugepaged": "PASS", "run_vmtests.thp.split": "PASS",
        "run_vmtests.hugetlb.hugetlb-mmap": "PASS", "run_vmtests.hugetlb.cgroup": "FAIL",
        "run_vmtests.cow.cow": "SKIP", "console": "PASS", "build.check": "PASS"}


def run(tmp, name, series, base=BASE, extra=()):
    dirs = []
    for who, res in (("baseline", base), ("cpumask", series)):
        d = os.path.join(tmp, name, who)
        os.makedirs(d)
        with open(os.path.join(d, "results.txt"), "w") as f:
            for n, st in res.items():
                f.write("%s %s.vmtests.%s\n" % (st, who, n))
        with open(os.path.join(d, "ktap.log"), "w") as f:
            f.write("# run_vmtests.thp took 12s\n")
        dirs.append(d)
    p = subprocess.run([sys.executable, TOOL] + dirs + list(extra),
                       capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def main():
    failed = 0
    tmp = tempfile.mkdtemp(prefix="wb-vmcompare.")

    def case(name, ok, why, out):
        nonlocal failed
        if ok:
            print("PASS vmcompare.%s # %s" % (name, why))
        else:
            failed += 1
            print("FAIL vmcompare.%s # not so: %s; got: %s" % (name, why, out.replace("\n", " | ")[:300]))

    rc, out, _ = run(tmp, "same", dict(BASE), extra=["--md", os.path.join(tmp, "same.md")])
    md = open(os.path.join(tmp, "same.md")).read() if os.path.exists(os.path.join(tmp, "same.md")) else ""
    case("same-verdicts-pass", rc == 0 and "FAIL" not in out and out.count("PASS vmtests.") == 4,
         "identical results: every category (cow, guest, hugetlb, thp) passes", out)
    case("fail-on-both-reported", "PASS vmtests.hugetlb # 2 tests: 1 pass on both, 1 fail on both" in out,
         "a test failing on both is counted, not failed", out)
    case("markdown", "| thp | 2 | 2 | 0 | 0 | 0 | 0 | 12s / 12s |" in md,
         "--md writes the side-by-side row with each guest's wall time", md)
    s = dict(BASE, **{"run_vmtests.thp.split": "FAIL"})
    rc, out, _ = run(tmp, "lost", s)
    case("pass-to-fail-fails", rc == 0 and "FAIL vmtests.thp # passes on baseline, not on the series: split (FAIL)" in out
         and "PASS vmtests.hugetlb" in out, "a test that passes on baseline and fails on the series fails its category", out)
    s = dict(BASE)
    del s["run_vmtests.hugetlb.hugetlb-mmap"]
    rc, out, _ = run(tmp, "missing", s)
    case("missing-fails", "FAIL vmtests.hugetlb # passes on baseline, not on the series: hugetlb-mmap (missing)" in out,
         "a test missing on the series (the category stopped early) fails", out)
    s = dict(BASE, console="FAIL")
    rc, out, _ = run(tmp, "console", s)
    case("console-fails", "FAIL vmtests.guest" in out, "a kernel splat only on the series fails", out)
    b = dict(BASE, **{"run_vmtests.thp.split": "FAIL"})
    rc, out, _ = run(tmp, "won", dict(BASE), base=b)
    case("fail-to-pass-passes", "PASS vmtests.thp # 2 tests: 1 pass on both, 0 fail on both, 0 skipped, 1 pass only on the series" in out,
         "a test that only the series passes is reported, not failed", out)
    rc, out, err = run(tmp, "empty", {"console": "PASS"}, base={"console": "PASS"})
    case("no-vmtests-is-an-error", rc != 0 and "no run_vmtests" in err, "runs without run_vmtests results are an error", err)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
