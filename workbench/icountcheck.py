#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""icountcheck.py [--tol N] [--max-added N] RUN...: make check-full's
quick form of make eval's exact walker cost.

Each RUN is a guest run of guest/plan-eval-icount, named as make eval names
them (<variant>-1c1n-i<r>), booted with QEMU -icount shift=0: lwbench's
"ns per call" are executed guest instructions per pin-fast call.  Prints
one result line per variant and page count in check.sh's format:

  icount.<v>.p<P>        the boots of <v> agree to --tol instructions per
                         call (and each boot gave a count at all)
  icount.<v>.p<P>.added  <v>'s count minus baseline's is at most
                         --max-added (the series' registration, and with
                         the check config's DEBUG_VM its check, per call)

Exits 1 when a line is FAIL or no run gave a count.  Standard library only.
"""

import argparse
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval import parse_run  # noqa: E402


def judge(rows, runs, tol, max_added):
    """Result lines (status, name, diagnostic) for icount rows of runs."""
    out = []
    counts = {}
    for r in rows:
        if r["kind"] == "icount":
            counts.setdefault((r["variant"], r["pages"]), {})[r["run"]] = r["inst_median"]
    for run in runs:
        v, tag = os.path.basename(run).split("-1c1n-")
        if not any(tag in c for (cv, _), c in counts.items() if cv == v):
            out.append(("FAIL", "icount.%s.%s" % (v, tag),
                        "no instruction count in %s" % os.path.join(run, "ktap.log")))
    for (v, p), c in sorted(counts.items()):
        m = sorted(c.values())
        name = "icount.%s.p%d" % (v, p)
        per = ", ".join("%.1f" % c[t] for t in sorted(c))
        if len(m) < 2:
            out.append(("FAIL", name, "one boot (%s): agreement needs two" % per))
        elif m[-1] - m[0] > tol:
            out.append(("FAIL", name, "boots differ: %s instructions per call (tolerance %g)"
                        % (per, tol)))
        else:
            out.append(("PASS", name, "%s instructions per call, %d boots" % (per, len(m))))
        base = counts.get(("baseline", p))
        if v == "baseline" or not base:
            continue
        d = statistics.median(m) - statistics.median(base.values())
        out.append(("PASS" if d <= max_added else "FAIL", name + ".added",
                    "%+.1f instructions per call vs baseline (at most %g)" % (d, max_added)))
    return out


def main():
    ap = argparse.ArgumentParser(prog="icountcheck.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("--tol", type=float, default=1.0,
                    help="instructions per call two boots may differ by (default 1)")
    ap.add_argument("--max-added", type=float, required=True,
                    help="instructions per call a variant may add to baseline's")
    ap.add_argument("runs", nargs="+", metavar="RUN")
    a = ap.parse_args()
    rows = []
    for run in a.runs:
        if "-1c1n-" not in os.path.basename(run):
            ap.error("%s is not a run named <variant>-1c1n-<tag>" % run)
        if os.path.exists(os.path.join(run, "ktap.log")):
            rows += parse_run(run)
    lines = judge(rows, a.runs, a.tol, a.max_added)
    for s, n, d in lines:
        print("%s %s # %s" % (s, n, d))
    return 1 if not lines or any(s == "FAIL" for s, _, _ in lines) else 0


if __name__ == "__main__":
    sys.exit(main())
