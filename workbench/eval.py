#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""eval.py RESULTDIR RUNSDIR [CPUS]: tables and plots of make eval's runs.

RUNSDIR holds one directory per guest run, <variant>-<N>c<M>n-<tag>, each
with the guest's ktap.log (lwbench's "# result:" lines, one per scenario
named in guest/plan-eval*) and accel.  Scenario names:

  sync.<op>.w<K>   <op> (collapse: MADV_COLLAPSE, unshare: hugetlb PMD
                   unshare) with K GUP-fast threads in the syncing process
  sync.<op>.o<K>   the same with K GUP-fast threads in another process
  gup.p<P>.j<J>    pin-fast calls of P pages from J threads

Writes to RESULTDIR: results.csv and results.json (one row per scenario and
run), summary.md (printed too), numbers.txt (for the cover letter) and the
plots ipi.svg, latency-unshare.svg, latency-collapse.svg, gup.svg.  CPUS
is the vCPU count of the main runs (default: that of the isolation runs).
"""

import argparse
import csv
import json
import os
import re
import statistics
import subprocess
import sys

ORDER = ["baseline", "percpu", "strict", "lazy", "cpumask"]
LABEL = {
    "baseline": "baseline (broadcast)",
    "percpu": "percpu (per-CPU pointer)",
    "strict": "strict (mask, set/clear per walk)",
    "lazy": "lazy (mask, lazy, no EQS filter)",
    "cpumask": "cpumask (the series: lazy + EQS filter)",
}


def parse_run(path):
    name = os.path.basename(path)
    m = re.match(r"(.+)-(\d+)c(\d+)n-(\S+)$", name)
    if not m:
        return []
    variant, cpus, nodes, tag = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    text = open(os.path.join(path, "ktap.log"), errors="replace").read()
    accel = open(os.path.join(path, "accel")).read().strip()
    rows, scen = [], None
    for line in text.splitlines():
        m = re.match(r"\s*# running (\S+):", line)
        if m:
            scen = m.group(1)
        m = re.match(r"\s*# result: (.*)", line)
        if not (m and scen):
            continue
        kv = dict(f.split("=", 1) for f in m.group(1).split() if "=" in f)
        row = {"variant": variant, "vcpus": cpus, "nodes": nodes, "run": tag,
               "accel": accel, "scenario": scen}
        if scen.startswith("gup."):
            vals = [float(x) for x in kv["ns_per_call"].split(",") if x]
            row.update(kind="gup", pages=int(kv["pages"]),
                       threads=int(kv["threads"]), reps=len(vals),
                       ns_per_call=vals,
                       ns_median=statistics.median(vals),
                       ns_min=min(vals), ns_max=max(vals))
        elif scen.startswith("sync."):
            row.update(sync_row(scen, kv))
        else:
            continue
        rows.append(row)
    return rows


def sync_row(scen, kv):
    _, op, case = scen.split(".", 2)
    n = int(kv["collapses"])
    caller = int(kv["caller"])
    w, o = int(kv.get("walkers", 0)), int(kv.get("other_walkers", 0))
    ipis = [int(x) for x in kv["sync_ipis"].split(",")]
    same = set(range(caller + 1, caller + 1 + w))
    other = set(range(caller + 1 + w, caller + 1 + w + o))
    others = [c for c in range(len(ipis)) if c != caller]
    lat = [int(x) for x in kv.get("lat_ns", "").split(",") if x]
    row = {"kind": "sync", "op": op, "case": case, "ops": n,
           "walkers": w, "other_walkers": o,
           "ipis_per_sync": sum(ipis[c] for c in others) / n,
           "cpus_interrupted": sum(1 for c in others if ipis[c]),
           "to_walker_cpus": sum(ipis[c] for c in same),
           "to_other_process_cpus": sum(ipis[c] for c in other),
           "to_idle_cpus": sum(ipis[c] for c in others
                               if c not in same and c not in other),
           "failed_ops": int(kv.get("failed", 0))}
    if len(lat) == 5:
        row.update(lat_median_us=lat[0] / 1000, lat_min_us=lat[1] / 1000,
                   lat_p10_us=lat[2] / 1000, lat_p90_us=lat[3] / 1000,
                   lat_max_us=lat[4] / 1000)
    return row


def variants_of(rows):
    seen = {r["variant"] for r in rows}
    return [v for v in ORDER if v in seen] + sorted(seen - set(ORDER))


def pick(rows, **kw):
    return [r for r in rows if all(r.get(k) == v for k, v in kw.items())]


def spread(vals, fmt):
    """median, with [min-max] over runs when there are several."""
    if not vals:
        return "-"
    med = statistics.median(vals)
    if len(vals) == 1 or min(vals) == max(vals):
        return fmt % med
    return (fmt + " [" + fmt + "-" + fmt + "]") % (med, min(vals), max(vals))


def sync_cases(rows):
    keys = {(r["op"], r["case"]) for r in rows if r["kind"] == "sync"}

    def order(k):
        return (k[0] != "collapse", "wio".index(k[1][0]), int(k[1][1:]))
    return sorted(keys, key=order)


def case_label(case):
    n = int(case[1:])
    s = "s" if n > 1 else ""
    if case[0] == "w":
        return "no walker" if n == 0 else "%d GUP-fast thread%s, same process" % (n, s)
    if case[0] == "i":
        return "%d thread%s that walked once, now idle" % (n, s)
    return "%d GUP-fast thread%s, other process" % (n, s)


def table_ipis(rows, variants, cpus):
    out = ["| operation | walkers | " + " | ".join(variants) + " |",
           "|---|---|" + "---|" * len(variants)]
    for op, case in sync_cases(pick(rows, vcpus=cpus)):
        cells = []  # IPIs per sync / CPUs hit
        for v in variants:
            rs = pick(rows, variant=v, vcpus=cpus, kind="sync", op=op, case=case)
            if not rs:
                cells.append("-")
                continue
            cells.append("%s / %s" % (
                spread([r["ipis_per_sync"] for r in rs], "%.2f"),
                spread([r["cpus_interrupted"] for r in rs], "%d")))
        out.append("| %s | %s | %s |" % (op, case_label(case), " | ".join(cells)))
    return out


def table_isolation(rows, variants, cpus):
    out = ["| operation | other process's GUP-fast CPUs | " + " | ".join(variants) + " |",
           "|---|---|" + "---|" * len(variants)]
    for op, case in sync_cases(pick(rows, vcpus=cpus)):
        if case[0] != "o":
            continue
        cells = []
        for v in variants:
            rs = pick(rows, variant=v, vcpus=cpus, kind="sync", op=op, case=case)
            cells.append(spread([r["to_other_process_cpus"] / r["ops"] / r["other_walkers"]
                                 for r in rs], "%.2f") if rs else "-")
        out.append("| %s | %s | %s |" % (op, case[1:], " | ".join(cells)))
    return out


def us(x):
    """Three significant digits or so."""
    return "%.2f" % x if x < 10 else "%.1f" % x if x < 100 else "%.0f" % x


def table_latency(rows, variants):
    cpus_list = sorted({r["vcpus"] for r in rows if r["kind"] == "sync" and "lat_median_us" in r})
    out = ["| operation | walkers | variant | " + " | ".join("%d vCPUs" % c for c in cpus_list) + " |",
           "|---|---|---|" + "---|" * len(cpus_list)]
    for op, case in sync_cases(rows):
        if case not in ("w0", "w1"):
            continue
        for v in variants:
            cells = []
            for c in cpus_list:
                rs = [r for r in pick(rows, variant=v, vcpus=c, kind="sync", op=op, case=case)
                      if "lat_median_us" in r]
                if not rs:
                    cells.append("-")
                    continue
                med = statistics.median(r["lat_median_us"] for r in rs)
                cells.append("%s (%s-%s)" % (us(med), us(min(r["lat_p10_us"] for r in rs)),
                                              us(max(r["lat_p90_us"] for r in rs))))
            out.append("| %s | %s | %s | %s |" % (op, case_label(case), v, " | ".join(cells)))
    return out, cpus_list


def gup_stats(rows, v, p, j):
    """(median of every repetition, [median of each boot])."""
    rs = pick(rows, variant=v, kind="gup", pages=p, threads=j)
    vals = [x for r in rs for x in r["ns_per_call"]]
    if not vals:
        return None, []
    return statistics.median(vals), [r["ns_median"] for r in rs]


def table_gup(rows, variants):
    """Cells: median of all repetitions [lowest-highest per-boot median],
    change of the median vs baseline.  noise[(p, j)]: how far apart the
    per-boot medians of one kernel (baseline) are, in % of its median."""
    confs = sorted({(r["pages"], r["threads"]) for r in rows if r["kind"] == "gup"})
    out = ["| pages per call | threads | " + " | ".join(variants) + " |",
           "|---|---|" + "---|" * len(variants)]
    deltas, noise = {}, {}
    for p, j in confs:
        bmed, bboots = gup_stats(rows, "baseline", p, j)
        if bmed and len(bboots) > 1:
            noise[(p, j)] = 100.0 * (max(bboots) - min(bboots)) / bmed
        cells = []
        for v in variants:
            med, boots = gup_stats(rows, v, p, j)
            if med is None:
                cells.append("-")
                continue
            cell = "%.0f ns [%.0f-%.0f]" % (med, min(boots), max(boots))
            if bmed and v != "baseline":
                d = 100.0 * (med - bmed) / bmed
                lo = 100.0 * (min(boots) - bmed) / bmed
                hi = 100.0 * (max(boots) - bmed) / bmed
                deltas[(v, p, j)] = (d, lo, hi)
                cell += ", %+.1f%%" % d
            cells.append(cell)
        out.append("| %d | %d | %s |" % (p, j, " | ".join(cells)))
    return out, confs, deltas, noise


def targets(rows, variants, cpus, lat_cpus, deltas, noise):
    out = []
    # 1: no walker: 0 for the targeted variants, nr_cpus - 1 for baseline.
    for op in sorted({r["op"] for r in rows if r["kind"] == "sync"}):
        for v in variants:
            rs = pick(rows, variant=v, kind="sync", op=op, case="w0")
            if not rs:
                continue
            if v == "baseline":
                # Every other CPU, once per sync; an IPI may be counted
                # against the caller's CPU instead (seen once in 700).
                ok = all(abs(r["ipis_per_sync"] - (r["vcpus"] - 1)) <= 0.01 * (r["vcpus"] - 1)
                         for r in rs)
                want = "nr_cpus - 1 (within 1%)"
            else:
                ok = all(r["ipis_per_sync"] == 0 for r in rs)
                want = "0"
            got = ", ".join("%g at %d vCPUs" % (r["ipis_per_sync"], r["vcpus"]) for r in rs)
            out.append("- %s %s, no walker: %s IPIs per sync wanted, got %s: **%s**"
                       % (v, op, want, got, "met" if ok else "NOT met"))
    # 2: k walkers: the targeted variants IPI at most the k walker CPUs.
    for v in ("strict", "percpu", "lazy", "cpumask"):
        for r in pick(rows, variant=v, kind="sync", vcpus=cpus):
            if r["case"][0] != "w" or r["walkers"] == 0:
                continue
            ok = r["to_idle_cpus"] == 0 and r["to_other_process_cpus"] == 0 and \
                r["cpus_interrupted"] <= r["walkers"]
            out.append("- %s %s, %d walker(s), run %s: %d CPUs interrupted, %d IPIs off the walkers' CPUs: **%s**"
                       % (v, r["op"], r["walkers"], r["run"], r["cpus_interrupted"],
                          r["to_idle_cpus"] + r["to_other_process_cpus"],
                          "met" if ok else "NOT met"))
    # 3: sync latency, cpumask against percpu, per vCPU count: the unshare
    # (collapse time is mostly the 2 MiB copy, which TCG makes noisy).
    for op in ("unshare",):
        for case in ("w0", "w1"):
            for c in lat_cpus:
                a = [r["lat_median_us"] for r in pick(rows, variant="cpumask", vcpus=c, kind="sync", op=op, case=case) if "lat_median_us" in r]
                b = [r["lat_median_us"] for r in pick(rows, variant="percpu", vcpus=c, kind="sync", op=op, case=case) if "lat_median_us" in r]
                if not a or not b:
                    continue
                ma, mb = statistics.median(a), statistics.median(b)
                out.append("- %s latency, %s, %d vCPUs: cpumask %s us, percpu %s us (%+.1f%%): %s"
                           % (op, case_label(case), c, us(ma), us(mb), 100.0 * (ma - mb) / mb,
                              "cpumask no worse" if ma <= mb else "cpumask slower"))
    # 4: GUP-fast, relative to baseline.
    for (v, p, j), (d, lo, hi) in sorted(deltas.items()):
        n = noise.get((p, j))
        note = ""
        if abs(d) <= 1.0:
            note = ": within 1%"
        elif n is not None and abs(d) <= n:
            note = ": not resolved, baseline's own boots are %.1f%% apart" % n
        else:
            note = ": outside 1%%%s" % ("" if n is None else
                                        " and beyond baseline's boot-to-boot spread (%.1f%%)" % n)
        if v in ("lazy", "cpumask"):
            note = note.replace(": ", ": **", 1) + "**"
        out.append("- GUP-fast %s, %d page(s), %d thread(s): %+.1f%% vs baseline median (per-boot medians %+.1f%% to %+.1f%%)%s"
                   % (v, p, j, d, lo, hi, note))
    return out


def gnuplot(resdir, name, script):
    gp = os.path.abspath(os.path.join(resdir, name + ".gp"))
    with open(gp, "w") as f:
        f.write(script)
    p = subprocess.run(["gnuplot", gp], cwd=resdir, capture_output=True, text=True)
    if p.returncode:
        sys.exit("gnuplot %s failed:\n%s" % (gp, p.stderr))


def plots(resdir, rows, variants, cpus, gcpus, lat_cpus, confs, deltas, accel):
    cols = " ".join('"%s"' % v for v in variants)
    # IPIs per sync, per scenario (none when only scaling runs were made).
    if not sync_cases(pick(rows, vcpus=cpus)):
        print("(no sync runs at %d vCPUs: no ipi.svg)" % cpus, file=sys.stderr)
    else:
        plot_ipis(resdir, rows, variants, cpus, cols, accel)
    plot_latency(resdir, rows, variants, lat_cpus, cols, accel)
    plot_gup(resdir, variants, gcpus, confs, deltas, accel)


def plot_ipis(resdir, rows, variants, cpus, cols, accel):
    with open(os.path.join(resdir, "ipi.dat"), "w") as f:
        f.write("scenario %s\n" % cols)
        for op, case in sync_cases(pick(rows, vcpus=cpus)):
            vals = []
            for v in variants:
                rs = pick(rows, variant=v, vcpus=cpus, kind="sync", op=op, case=case)
                vals.append("%.3f" % statistics.median(r["ipis_per_sync"] for r in rs) if rs else "NaN")
            f.write('"%s %s" %s\n' % (op, case, " ".join(vals)))
    gnuplot(resdir, "ipi", """set terminal svg size 900,480 dynamic
set output 'ipi.svg'
set title "Sync IPIs per operation (%s, %d vCPUs; exact counts)"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set ylabel "IPIs per sync"
set xlabel "w<K>: K GUP-fast threads in the syncing process; o<K>: in another process"
set key outside right top
set yrange [0:*]
plot for [i=2:%d] 'ipi.dat' using i:xtic(1) title columnheader(i)
""" % (accel.upper(), cpus, len(variants) + 1))


def plot_latency(resdir, rows, variants, lat_cpus, cols, accel):
    for op in ("unshare", "collapse"):
        with open(os.path.join(resdir, "latency-%s.dat" % op), "w") as f:
            f.write("vcpus %s\n" % cols)
            for c in lat_cpus:
                vals = []
                for v in variants:
                    rs = [r for r in pick(rows, variant=v, vcpus=c, kind="sync", op=op, case="w0") if "lat_median_us" in r]
                    vals.append("%.1f" % statistics.median(r["lat_median_us"] for r in rs) if rs else "NaN")
                f.write("%d %s\n" % (c, " ".join(vals)))
        what = "hugetlb PMD unshare (munmap)" if op == "unshare" else "MADV_COLLAPSE"
        gnuplot(resdir, "latency-" + op, """set terminal svg size 800,480 dynamic
set output 'latency-%s.svg'
set title "%s latency, no walker: median (%s, RELATIVE ONLY)"
set xlabel "vCPUs"
set ylabel "microseconds per operation (log scale)"
set logscale x 2
set logscale y 10
set xtics (%s)
set key outside right top
plot for [i=2:%d] 'latency-%s.dat' using 1:i with linespoints pointtype 7 title columnheader(i)
""" % (op, what, accel.upper(), ", ".join(str(c) for c in lat_cpus),
            len(variants) + 1, op))


def plot_gup(resdir, variants, gcpus, confs, deltas, accel):
    others = [v for v in variants if v != "baseline"]
    if deltas and others:
        with open(os.path.join(resdir, "gup.dat"), "w") as f:
            f.write("conf %s\n" % " ".join('"%s" lo hi' % v for v in others))
            for p, j in confs:
                vals = []
                for v in others:
                    d = deltas.get((v, p, j))
                    vals.append("%.2f %.2f %.2f" % d if d else "NaN NaN NaN")
                f.write('"%dp x%d" %s\n' % (p, j, " ".join(vals)))
        gnuplot(resdir, "gup", """set terminal svg size 800,480 dynamic
set output 'gup.svg'
set title "GUP-fast (pin-fast) time per call vs baseline (%s, %d vCPUs, RELATIVE ONLY)"
set style data histograms
set style histogram errorbars gap 1 lw 1
set style fill solid 0.8 border -1
set ylabel "%% vs baseline median (bars: per-boot medians)"
set xlabel "pages per call x threads"
set key outside right top
plot for [i=0:%d] 'gup.dat' using (column(2+3*i)):(column(3+3*i)):(column(4+3*i)):xtic(1) title columnheader(2+3*i)
""" % (accel.upper(), gcpus, len(others) - 1))


def arguments():
    ap = argparse.ArgumentParser(
        prog="eval.py",
        description="Tables and plots of make eval's runs (or the kit's, "
        "from host-run.sh).")
    ap.add_argument("resdir", metavar="RESULTDIR",
                    help="where results.csv, summary.md, the plots go")
    ap.add_argument("runsdir", metavar="RUNSDIR",
                    help="one directory per run, <variant>-<N>c<M>n-<tag>")
    ap.add_argument("cpus", metavar="CPUS", nargs="?", type=count,
                    help="vCPUs of the main runs (default: the isolation runs')")
    a = ap.parse_args()
    for d, what in ((a.resdir, "RESULTDIR"), (a.runsdir, "RUNSDIR")):
        if not os.path.isdir(d):
            ap.error("%s %s is not a directory" % (what, d))
    return a


def count(s):
    if not s.isdigit() or int(s) < 1:
        raise argparse.ArgumentTypeError("'%s' is not a vCPU count" % s)
    return int(s)


def main():
    a = arguments()
    resdir, runsdir = a.resdir, a.runsdir
    rows = []
    for d in sorted(os.listdir(runsdir)):
        path = os.path.join(runsdir, d)
        if os.path.isdir(path) and os.path.exists(os.path.join(path, "ktap.log")):
            rows.extend(parse_run(path))
    if not rows:
        sys.exit("eval.py: error: no lwbench results under %s (no "
                 "<variant>-<N>c<M>n-<tag>/ktap.log with '# result:' lines)"
                 % runsdir)
    variants = variants_of(rows)
    # The main topology: CPUS, else the one with the isolation runs.
    iso = sorted({r["vcpus"] for r in rows if r.get("case", "")[:1] == "o"})
    cpus = a.cpus if a.cpus else \
        iso[0] if iso else min(r["vcpus"] for r in rows)
    gcpus = sorted({r["vcpus"] for r in rows if r["kind"] == "gup"})
    gcpus = gcpus[0] if gcpus else 0
    accel = sorted({r["accel"] for r in rows})
    accel = "/".join(accel)
    nodes = sorted({r["nodes"] for r in rows if r["vcpus"] == cpus} or {0})[0]
    runs = len({r["run"] for r in rows if r["vcpus"] == cpus and r["kind"] == "sync"})
    gruns = len({r["run"] for r in rows if r["kind"] == "gup"})

    flat = []
    for r in rows:
        f = dict(r)
        if "ns_per_call" in f:
            f["ns_per_call"] = " ".join("%.1f" % x for x in f["ns_per_call"])
        flat.append(f)
    keys = []
    for r in flat:
        keys += [k for k in r if k not in keys]
    with open(os.path.join(resdir, "results.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, keys)
        w.writeheader()
        w.writerows(flat)
    with open(os.path.join(resdir, "results.json"), "w") as f:
        json.dump(rows, f, indent=1)

    host = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                host = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    timing = "" if accel == "kvm" else \
        " **Emulated (TCG) timings are relative only**: compare variants with each other, not with hardware."
    md = ["# make eval: %s" % ", ".join(LABEL.get(v, v) for v in variants), "",
          "Guest: %s, %d vCPUs in %d NUMA nodes (latency also at the other vCPU counts shown), "
          "same kernel base, same config, same benchmark (lwbench). Host: %s, %d cores. "
          "%d boot(s) per variant at %d vCPUs; where there are several, cells show the median "
          "and [min-max] over boots.%s" % (accel.upper(), cpus, nodes, host, os.cpu_count() or 0,
                                          runs, cpus, timing), "",
          "## Sync IPIs per operation (exact counts)", "",
          "IPIs per sync = csd:csd_queue_cpu events of the sync handler to other CPUs, "
          "divided by the number of operations (100 per row at %d vCPUs), "
          "then how many CPUs got any." % cpus, ""]
    md += table_ipis(rows, variants, cpus)
    md += ["", "## Isolation: IPIs per sync to each CPU running another process's GUP-fast loop", ""]
    md += table_isolation(rows, variants, cpus)
    lat, lat_cpus = table_latency(rows, variants)
    md += ["", "## Sync latency: microseconds per operation, median (p10-p90)", "",
           "Wall time of the syscall that syncs: munmap() of a hugetlb mapping that unshares "
           "a PMD table, or MADV_COLLAPSE of 2 MiB (mostly the copy).%s" % timing, ""]
    md += lat
    gup, confs, deltas, noise = table_gup(rows, variants)
    md += ["", "## GUP-fast cost: ns per pin-fast call", "",
           "gup_test's PIN_FAST_BENCHMARK ioctl over a private, populated buffer per thread, "
           "threads pinned one per vCPU, in a guest of %d vCPUs, %d boot(s) per variant. "
           "Cells: median of all repetitions [lowest-highest median of one boot], and the "
           "change of the median vs baseline.%s" % (gcpus, gruns, timing), ""]
    md += gup
    if accel != "kvm" and accel != "host":
        md += ["", "Under TCG the kernels' code layout alone moves these numbers by several "
               "percent (each variant is a different binary; baseline's boot-to-boot spread "
               "does not include that), so only large, consistent differences mean anything "
               "here. The walker-side cost on real cores is what `make model` and the "
               "large-NUMA kit (`make kernels`) measure."]
    md += ["", "## The issue's targets", ""]
    md += targets(rows, variants, cpus, lat_cpus, deltas, noise)
    text = "\n".join(md) + "\n"
    with open(os.path.join(resdir, "summary.md"), "w") as f:
        f.write(text)
    numbers = ["Sync IPIs per operation, %s, %d vCPUs in %d nodes:" % (accel.upper(), cpus, nodes), ""]
    numbers += table_ipis(rows, variants, cpus)
    numbers += ["", "Sync latency in microseconds, median (p10-p90); %s, relative only:" % accel.upper(), ""]
    numbers += lat
    if any(r["kind"] == "gup" for r in rows):
        numbers += ["", "GUP-fast ns per pin-fast call, median [per-boot medians]; %s, %d vCPUs, "
                    "relative only:" % (accel.upper(), gcpus), ""]
        numbers += gup
    with open(os.path.join(resdir, "numbers.txt"), "w") as f:
        f.write("\n".join(numbers) + "\n")
    plots(resdir, rows, variants, cpus, gcpus, lat_cpus, confs, deltas, accel)
    print(text)


if __name__ == "__main__":
    main()
