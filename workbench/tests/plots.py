#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""tests/plots.py [RUNSDIR]: render every plot of a saved make eval run
with eval.py and check the text gnuplot wrote into each SVG.

RUNSDIR (default tests/data/eval-runs, a trimmed real run) holds
<variant>-<N>c<M>n-<tag>/ directories as make eval leaves them.  Per SVG:

  - no text is typeset as a sub- or superscript (gnuplot's enhanced text
    reads "_" and "^" as such: "MADV_COLLAPSE" became MADV + subscript C
    + OLLAPSE): every label must appear whole in one text element;
  - the titles and labels that hold underscores appear verbatim;
  - the category labels of the histograms are rotated (they overlapped
    when written horizontally);
  - the latency-vs-vCPUs plots have a tick label and a point per measured
    vCPU count and variant.

Negative control: the same checks against the plots of a copy of eval.py
whose terminals are enhanced must fail.  Prints "PASS|FAIL plots.<name> #
<diagnostic>" lines (check.sh's results format); exits 1 on a failure.
Needs python3 and gnuplot.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
WB = os.path.dirname(HERE)
SVG = "{http://www.w3.org/2000/svg}"


def texts(path):
    """(whole text, has shifted tspan, transform) of every <text>."""
    root = ET.parse(path).getroot()
    parent = {c: p for p in root.iter() for c in p}
    out = []
    for t in root.iter(SVG + "text"):
        shifted = any(s.get("dy") or s.get("baseline-shift")
                      for s in t.iter(SVG + "tspan"))
        # gnuplot puts a rotation on the <g> around the text.
        tr = (t.get("transform") or "") + (parent[t].get("transform") or "")
        out.append(("".join(t.itertext()).strip(), shifted, tr))
    return out


def points(path):
    """Point markers drawn: <use> elements outside <defs>."""
    root = ET.parse(path).getroot()
    defs = {u for d in root.iter(SVG + "defs") for u in d.iter(SVG + "use")}
    return sum(1 for u in root.iter(SVG + "use") if u not in defs)


def check(resdir, lat_cpus, nvariants):
    """A list of (name, problem or None)."""
    res = []

    def need(name, ok, why):
        res.append((name, None if ok else why))

    want = {"ipi.svg": ["Sync IPIs per operation", "w<K>: K GUP-fast threads"],
            "interrupts.svg": ["MADV_COLLAPSE: IPIs per sync", "nohz_full user, walked once"],
            "latency-unshare.svg": ["hugetlb PMD unshare"],
            "latency-collapse.svg": ["MADV_COLLAPSE latency"]}
    for svg, strings in want.items():
        path = os.path.join(resdir, svg)
        if not os.path.exists(path):
            need(svg, False, "eval.py wrote no %s" % svg)
            continue
        tx = texts(path)
        bad = [t for t, shifted, _ in tx if shifted]
        need(svg + ".no-subscripts", not bad,
             "text typeset with sub/superscripts: %s" % ", ".join(repr(b) for b in bad[:3]))
        whole = [t for t, _, _ in tx]
        for s in strings:
            need("%s.text %s" % (svg, s.split(":")[0]), any(s in t for t in whole),
                 "no text element holds %r" % s)
        if svg in ("ipi.svg", "interrupts.svg"):
            rot = [t for t, _, tr in tx if "rotate" in tr]
            need(svg + ".rotated-labels", len(rot) >= 3,
                 "%d rotated category labels (overlapping when horizontal)" % len(rot))
        if svg.startswith("latency-"):
            for c in lat_cpus:
                need("%s.tick %d" % (svg, c), str(c) in whole, "no tick label %d" % c)
            n = points(path)
            need(svg + ".points", n >= nvariants * len(lat_cpus),
                 "%d point markers for %d variants x %d vCPU counts" % (n, nvariants, len(lat_cpus)))
    return res


def render(evaldir, runs, out):
    os.makedirs(out)
    p = subprocess.run([sys.executable, os.path.join(evaldir, "eval.py"), out, runs],
                       capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit("plots.py: eval.py failed:\n%s" % p.stderr[-2000:])


def run_info(runs):
    lat = sorted({int(m.group(2)) for d in os.listdir(runs)
                  for m in [re.match(r"(.+)-(\d+)c(\d+)n-(r\d+|scale)$", d)] if m})
    var = {re.match(r"(.+)-\d+c\d+n-", d).group(1) for d in os.listdir(runs)
           if re.match(r"(.+)-\d+c\d+n-", d)}
    return lat, len(var)


def main(argv):
    runs = argv[1] if len(argv) > 1 else os.path.join(HERE, "data", "eval-runs")
    if not os.path.isdir(runs):
        sys.exit("plots.py: no saved run %s" % runs)
    if not shutil.which("gnuplot"):
        sys.exit("plots.py: no gnuplot (Debian: gnuplot-nox)")
    lat, nvar = run_info(runs)
    tmp = tempfile.mkdtemp(prefix="wb-plots.")
    failed = 0
    try:
        render(WB, runs, os.path.join(tmp, "res"))
        for name, why in check(os.path.join(tmp, "res"), lat, nvar):
            print("%s plots.%s%s" % ("PASS" if why is None else "FAIL", name,
                                     "" if why is None else " # " + why))
            failed += why is not None
        # Negative control: enhanced text must be caught.
        neg = os.path.join(tmp, "neg")
        os.makedirs(neg)
        for f in ("eval.py", "evalstats.py", "evalwalker.py"):
            shutil.copy(os.path.join(WB, f), neg)
        src = open(os.path.join(neg, "eval.py")).read()
        open(os.path.join(neg, "eval.py"), "w").write(
            src.replace("dynamic noenhanced", "dynamic enhanced"))
        render(neg, runs, os.path.join(tmp, "neg-res"))
        caught = [n for n, why in check(os.path.join(tmp, "neg-res"), lat, nvar)
                  if why and "no-subscripts" in n]
        ok = "interrupts.svg.no-subscripts" in caught
        print("%s plots.negative-control-enhanced # %s" % (
            "PASS" if ok else "FAIL",
            "enhanced text caught in %s" % ", ".join(caught) if ok else
            "an enhanced interrupts.svg passed the subscript check"))
        failed += not ok
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
