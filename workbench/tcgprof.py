#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""tcgprof.py DIR VARIANT...: tcg-trace.sh's host profile report.

DIR/<variant>.data is perf record's profile of QEMU during a boot of
guest/plan-tcg-prof (pin-fast calls of one page, one thread, one vCPU,
plain TCG), DIR/<variant>/ktap.log the guest's result.  The window is the
10 s that end 0.5 s before the last sample, inside the benchmark; its
samples are turned into host ns per pin-fast call (samples / frequency x
calls in the window, from the guest's median ns per call) and split into
QEMU's translated code ([JIT]: the guest's instructions as TCG runs them),
QEMU's own runtime (qemu-system-x86_64: block lookup, soft TLB, helpers)
and the rest.  The first VARIANT is the reference: the QEMU functions whose
time per call grows the most against it are listed.  Needs perf."""

import collections
import re
import statistics
import subprocess
import sys

FREQ = 1999
WINDOW = 10.0


def ns_per_call(d, v):
    t = open("%s/%s/ktap.log" % (d, v), errors="replace").read()
    m = re.search(r"ns_per_call=([0-9.,]+)", t)
    if not m:
        sys.exit("tcgprof.py: no pin-fast result in %s/%s/ktap.log" % (d, v))
    return statistics.median(float(x) for x in m.group(1).split(",") if x)


def perf(args):
    return subprocess.run(["perf"] + args, capture_output=True, text=True).stdout


def profile(d, v):
    data = "%s/%s.data" % (d, v)
    last = float(re.search(r"time of last sample : ([0-9.]+)",
                           perf(["report", "-i", data, "--stdio", "--header-only"])).group(1))
    win = "%.6f,%.6f" % (last - WINDOW - 0.5, last - 0.5)
    npc = ns_per_call(d, v)
    per = npc / FREQ / WINDOW           # ns per call of one sample
    dso, sym = collections.Counter(), collections.Counter()
    for line in perf(["report", "-i", data, "--time", win, "--no-children", "-g", "none",
                      "--sort", "dso,sym", "--stdio", "-n"]).splitlines():
        f = line.split()
        if line.startswith("#") or len(f) < 5 or not f[0].endswith("%"):
            continue
        n, where, name = int(f[1]), f[2], f[-1]
        kind = "translated" if where == "[JIT]" else \
            "runtime" if where == "qemu-system-x86_64" else "other"
        dso[kind] += n * per
        if kind == "runtime":
            if name.startswith("0x"):
                name = "(static code at %#x)" % (int(name, 16) >> 8 << 8)
            sym[name] += n * per
    return npc, dso, sym


def main():
    d, variants = sys.argv[1], sys.argv[2:]
    prof = {v: profile(d, v) for v in variants}
    print("| variant | guest ns per call | host ns per call in the window | "
          "translated code | QEMU runtime | other |")
    print("|---|---|---|---|---|---|")
    ref = variants[0]
    for v in variants:
        npc, dso, _ = prof[v]
        cells = []
        for k in ("translated", "runtime", "other"):
            c = "%.0f" % dso[k]
            if v != ref:
                c += " (%+.0f)" % (dso[k] - prof[ref][1][k])
            cells.append(c)
        print("| %s | %.0f | %.0f | %s |" % (v, npc, sum(dso.values()), " | ".join(cells)))
    for v in variants[1:]:
        s, r = prof[v][2], prof[ref][2]
        top = sorted(set(s) | set(r), key=lambda k: r[k] - s[k])[:8]
        print("\nQEMU runtime, %s against %s, ns per call: %s" % (
            v, ref, "; ".join("%s %+.1f" % (k, s[k] - r[k]) for k in top)))


if __name__ == "__main__":
    main()
