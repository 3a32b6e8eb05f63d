#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""eval.py RESULTDIR VARIANT=RUNDIR...: tables of the ipi_probe results.

Reads the "# result:" lines of each run's ktap.log and writes
RESULTDIR/ipi.csv, RESULTDIR/summary.md (also printed) and
RESULTDIR/numbers.txt (the cover letter's numbers).
"""

import csv
import os
import re
import sys


def results(run):
    out = {}
    name = None
    text = open(os.path.join(run, "ktap.log"), errors="replace").read()
    accel = open(os.path.join(run, "accel")).read().strip()
    for line in text.splitlines():
        m = re.match(r"# running (\S+):", line)
        if m:
            name = m.group(1)
        m = re.match(r"\s*# result: (.*)", line)
        if m and name:
            kv = dict(f.split("=", 1) for f in m.group(1).split())
            out[name] = kv
    hdr = re.search(r"# variant=\S+ cpus=(\d+) nodes=(\d+) kernel=(\S+)", text)
    return out, accel, hdr.groups() if hdr else ("?", "?", "?")


def main():
    resdir = sys.argv[1]
    rows = []
    for arg in sys.argv[2:]:
        variant, run = arg.split("=", 1)
        res, accel, (cpus, nodes, kernel) = results(run)
        for scen, kv in sorted(res.items()):
            n = int(kv["collapses"])
            caller = int(kv["caller"])
            walkers = int(kv.get("walkers", 0))
            ipis = [int(x) for x in kv["sync_ipis"].split(",")]
            others = [c for c in range(len(ipis)) if c != caller]
            wcpus = set(range(caller + 1, caller + 1 + walkers))
            rows.append({
                "variant": variant, "scenario": scen, "accel": accel,
                "vcpus": cpus, "nodes": nodes, "collapses": n,
                "walkers": walkers,
                "ipis_per_sync": "%.2f" % (sum(ipis[c] for c in others) / n),
                "cpus_interrupted": sum(1 for c in others if ipis[c]),
                "to_non_walker_cpus": sum(ipis[c] for c in others
                                          if c not in wcpus),
                "to_walker_cpus": sum(ipis[c] for c in wcpus),
                "failed_collapses": kv["failed"],
            })
    if not rows:
        sys.exit("no ipi_probe results found")
    keys = list(rows[0].keys())
    with open(os.path.join(resdir, "ipi.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, keys)
        w.writeheader()
        w.writerows(rows)
    md = ["Sync cross-calls per MADV_COLLAPSE (csd:csd_queue_cpu events of "
          "tlb_remove_table_smp_sync; exact counts, %s, %s vCPUs in %s "
          "nodes, %d collapses per row, one run: counts, not timings)" %
          (rows[0]["accel"].upper(), rows[0]["vcpus"], rows[0]["nodes"],
           rows[0]["collapses"]), "",
          "| variant | GUP-fast threads | IPIs per sync | CPUs interrupted "
          "| to non-walker CPUs (total) | to walker CPUs (total) |",
          "|---|---|---|---|---|---|"]
    for r in rows:
        md.append("| %s | %d | %s | %d | %d | %d |" % (
            r["variant"], r["walkers"], r["ipis_per_sync"],
            r["cpus_interrupted"], r["to_non_walker_cpus"],
            r["to_walker_cpus"]))
    text = "\n".join(md) + "\n"
    open(os.path.join(resdir, "summary.md"), "w").write(text)
    open(os.path.join(resdir, "numbers.txt"), "w").write(text)
    print(text)


if __name__ == "__main__":
    main()
