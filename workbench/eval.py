#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""eval.py RESULTDIR RUNSDIR [CPUS]: tables and plots of make eval's runs.

RUNSDIR holds one directory per guest run, <variant>-<N>c<M>n-<tag>, each
with the guest's ktap.log (lwbench's "# result:" lines, one per scenario
named in guest/plan-eval*) and accel.  Scenario names:

  sync.<op>.[s<S>]w<K>  <op> (collapse: MADV_COLLAPSE, unshare: hugetlb
                   PMD unshare, exit: the exit of a process that shares a
                   hugetlb PMD table, whose teardown unshares it) with K
                   GUP-fast threads in the syncing process; s<S>: S
                   sharers of the PMD table (default 2)
  sync.<op>.[s<S>]o<K>  the same with K GUP-fast threads in another process
  sync.<op>.i<K>   K threads of the syncing process walked once, now idle
  sync.<op>.u<K>   K threads of the syncing process walked once, now spin
                   in user space (nohz_full CPUs in make eval's guest)
  sync.<op>.r<K>   K threads of the syncing process walk once before every
                   sync and spin in user space in between (lwbench -U)
  sync.exit.[s<S>]b<K>  K threads of the exiting process walk until just
                   before its exit (lwbench exit -B); in exit, i<K> are K
                   threads that walked once and exited before it
  gup.p<P>.j<J>    pin-fast calls of P pages from J threads
  icount.p<P>      pin-fast calls of P pages from one thread in a guest of
                   one vCPU under QEMU -icount shift=0: "ns" per call are
                   executed guest instructions per call (run tag i<r>)
  tcg1.p<P>        the same calls in a guest of one vCPU under plain TCG:
                   wall ns per call, with TCG's block chaining (run tag
                   t<r>) and without it (-d nochain: the run has a file
                   "nochain"; tag n<r>)

Writes to RESULTDIR: results.csv and results.json (one row per scenario and
run), the raw samples (samples-latency.csv: every operation's latency;
samples-ipis.csv: every CPU's IPI counts; samples-gup.csv: every GUP-fast
repetition), summary.md (printed too), numbers.txt (the tables for README
and the cover letter) and the plots ipi.svg, interrupts.svg,
latency-unshare.svg, latency-collapse.svg, gup.svg.  With icount runs, the
instruction table, and RESULTDIR/disasm/<variant>.diff: each variant's
gup_fast_fallback() (disasm/<variant>-gup_fast_fallback.s, from eval.sh)
against baseline's, addresses and jump targets left out.  Exits 1, after
writing everything, when two icount boots of a variant differ by more than
--icount-tol instructions per call.  CPUS is the vCPU count
of the main runs (default: that of the isolation runs).

Statistics: latency cells are percentiles of every operation of every boot
pooled; a difference against baseline is the change of the median with a
95% confidence interval from a hierarchical bootstrap (boots resampled,
then the samples within each; 2000 resamples, fixed seed), and is called
within noise when the interval contains 0.
"""

import argparse
import csv
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import textwrap

from evalstats import change, pctl, pick
from evalwalker import cover_icount, disasm_diffs, table_icount, table_tcg

ORDER = ["baseline", "percpu", "strict", "lazy", "cpumask", "rcu", "rcu-exp"]
# The sync scenarios' operations, in table order; unshare and exit have
# S sharers of the PMD table (default 2).
OPS = ["collapse", "unshare", "exit"]
SHARED_OPS = ("unshare", "exit")
# Variants whose sync is not an IPI of their own (guest/expect.sh).
RCU = ("rcu", "rcu-exp")
LABEL = {
    "baseline": "baseline (broadcast)",
    "percpu": "percpu (per-CPU pointer)",
    "strict": "strict (mask, set/clear per walk)",
    "lazy": "lazy (mask, lazy, no EQS filter)",
    "cpumask": "cpumask (the series: lazy + EQS filter)",
    "rcu": "rcu (synchronize_rcu(), no IPI)",
    "rcu-exp": "rcu-exp (synchronize_rcu_expedited())",
}
CASE_RE = re.compile(r"(?:s(\d+))?([wiurob])(\d+)$")
# Case letters in table order.
MODES = "wiurob"


class ParseError(ValueError):
    """A result eval.py cannot read: main() stops with its message."""


def parse_run(path):
    name = os.path.basename(path)
    m = re.match(r"(.+)-(\d+)c(\d+)n-(\S+)$", name)
    if not m:
        return []
    variant, cpus, nodes, tag = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    text = open(os.path.join(path, "ktap.log"), errors="replace").read()
    accel = open(os.path.join(path, "accel")).read().strip()
    # The guest's architecture (boot.sh's arch file; older runs and the
    # kit's host runs have none: x86_64 then).
    archf = os.path.join(path, "arch")
    arch = open(archf).read().strip() if os.path.exists(archf) else "x86_64"
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
               "accel": accel, "arch": arch, "scenario": scen}
        if scen.startswith("icount."):
            vals = [float(x) for x in kv["ns_per_call"].split(",") if x]
            row.update(kind="icount", pages=int(kv["pages"]),
                       threads=int(kv["threads"]), reps=len(vals),
                       inst_per_call=vals,
                       inst_median=statistics.median(vals))
        elif scen.startswith("tcg1."):
            vals = [float(x) for x in kv["ns_per_call"].split(",") if x]
            nochain = os.path.exists(os.path.join(path, "nochain"))
            row.update(kind="tcg1", mode="nochain" if nochain else "chained",
                       pages=int(kv["pages"]), threads=int(kv["threads"]),
                       reps=len(vals), ns_per_call=vals,
                       ns_median=statistics.median(vals))
        elif scen.startswith("gup."):
            vals = [float(x) for x in kv["ns_per_call"].split(",") if x]
            row.update(kind="gup", pages=int(kv["pages"]),
                       threads=int(kv["threads"]), reps=len(vals),
                       ns_per_call=vals,
                       ns_median=statistics.median(vals),
                       ns_min=min(vals), ns_max=max(vals))
        elif scen.startswith("sync."):
            try:
                row.update(sync_row(scen, kv))
            except (KeyError, ValueError) as e:
                msg = "no field %s" % e if isinstance(e, KeyError) else str(e)
                raise ParseError("%s: scenario %s: %s" % (path, scen, msg)) from None
        else:
            continue
        rows.append(row)
    return rows


def ints(kv, key, n=0):
    vals = [int(x) for x in kv.get(key, "").split(",") if x]
    return vals if vals else [0] * n


def sync_row(scen, kv):
    """A sync scenario's row.  ValueError (KeyError: a missing field) when
    the name or the result line is not one of lwbench's, or when they
    disagree (a plan row whose command is not the scenario it names)."""
    if scen.count(".") != 2:
        raise ValueError("name is not sync.<op>.<case>")
    _, op, case = scen.split(".", 2)
    m = CASE_RE.match(case)
    if not m:
        raise ValueError("case '%s' is not [s<S>]{%s}<K>" % (case, ",".join(MODES)))
    if m.group(2) == "b" and op != "exit":
        raise ValueError("case b<K> (lwbench exit -B) is exit's only")
    if "mode" in kv and kv["mode"] != op:
        raise ValueError("the result is lwbench %s's, not %s's" % (kv["mode"], op))
    sharers = int(m.group(1)) if m.group(1) else 2 if op in SHARED_OPS else 0
    if op in SHARED_OPS and "sharers" in kv and int(kv["sharers"]) != sharers:
        raise ValueError("the result has %s sharers, the name %d" % (kv["sharers"], sharers))
    n = int(kv["collapses"])
    if n < 1:
        raise ValueError("%d operations" % n)
    caller = int(kv["caller"])
    w, o = int(kv.get("walkers", 0)), int(kv.get("other_walkers", 0))
    ipis = ints(kv, "sync_ipis")
    exp = ints(kv, "exp_ipis", len(ipis))
    same = set(range(caller + 1, caller + 1 + w))
    other = set(range(caller + 1 + w, caller + 1 + w + o))
    others = [c for c in range(len(ipis)) if c != caller]
    lat = ints(kv, "lat_ns")
    lat_all = ints(kv, "lat_all")
    row = {"kind": "sync", "op": op, "case": case, "ops": n,
           "mode": m.group(2), "k": int(m.group(3)),
           "sharers": sharers,
           "walkers": w, "other_walkers": o,
           "ipis_per_sync": sum(ipis[c] for c in others) / n,
           "cpus_interrupted": sum(1 for c in others if ipis[c]),
           "exp_ipis_per_sync": sum(exp[c] for c in others) / n,
           "exp_cpus_interrupted": sum(1 for c in others if exp[c]),
           "to_walker_cpus": sum(ipis[c] for c in same),
           "to_other_process_cpus": sum(ipis[c] for c in other),
           "to_idle_cpus": sum(ipis[c] for c in others
                               if c not in same and c not in other),
           "walker_cpu_ipis": [ipis[c] for c in sorted(same)],
           "walker_cpu_exp_ipis": [exp[c] for c in sorted(same)],
           "sync_ipis": ipis, "exp_ipis": exp,
           # IPIs of either kind per sync to each CPU of the scenario's
           # role: the other process's walkers (o), this process's (w, i,
           # u), every other CPU (no walker).
           "role_ipis_per_cpu": role_ipis(ipis, exp, others, other if o else same, n),
           "failed_ops": int(kv.get("failed", 0))}
    if lat_all:
        row["lat_all_ns"] = lat_all
        row["lat_mean_us"] = statistics.mean(lat_all) / 1000
        row["ops_per_s"] = 1e9 / statistics.mean(lat_all)
    if len(lat) == 5:
        row.update(lat_median_us=lat[0] / 1000, lat_min_us=lat[1] / 1000,
                   lat_p10_us=lat[2] / 1000, lat_p90_us=lat[3] / 1000,
                   lat_max_us=lat[4] / 1000)
    return row


def role_ipis(ipis, exp, others, role, n):
    cpus = sorted(role) if role else others
    return sum(ipis[c] + exp[c] for c in cpus) / (len(cpus) * n) if cpus else 0.0


def variants_of(rows):
    seen = {r["variant"] for r in rows}
    return [v for v in ORDER if v in seen] + sorted(seen - set(ORDER))


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
        m = CASE_RE.match(k[1])
        return (OPS.index(k[0]) if k[0] in OPS else len(OPS), k[0], int(m.group(1) or 2),
                MODES.index(m.group(2)), int(m.group(3)))
    return sorted(keys, key=order)


def case_label(case, op=None):
    m = CASE_RE.match(case)
    sh, mode, n = m.group(1), m.group(2), int(m.group(3))
    s = "s" if n > 1 else ""
    if mode == "w":
        lab = "no walker" if n == 0 else "%d GUP-fast thread%s, same process" % (n, s)
    elif mode == "i" and op == "exit":
        lab = "%d thread%s that walked once and exited, CPUs idle at the exit" % (n, s)
    elif mode == "i":
        lab = "%d thread%s that walked once, now idle" % (n, s)
    elif mode == "b":
        lab = "%d thread%s that walked until just before the exit" % (n, s)
    elif mode == "u":
        lab = "%d thread%s that walked once, now in user space on nohz_full CPUs" % (n, s)
    elif mode == "r":
        lab = "%d thread%s that walk once before each sync, in user space on nohz_full CPUs " \
            "in between" % (n, s)
    else:
        lab = "%d GUP-fast thread%s, other process" % (n, s)
    if sh:
        lab += " (%s sharers%s)" % (sh, ", one of them" if mode == "o" else "")
    return lab


def quiet_cases(rows, cpus):
    """The idle (i<K>) and nohz_full (u<K>, r<K>) scenarios at cpus vCPUs."""
    return [(op, case) for op, case in sync_cases(pick(rows, vcpus=cpus)) if case[0] in "iur"]


def lat_groups(rows, **kw):
    """Every operation's latency in us, one list per boot."""
    return [[x / 1000 for x in r["lat_all_ns"]] for r in pick(rows, kind="sync", **kw)
            if r.get("lat_all_ns")]


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
            cell = "%s / %s" % (
                spread([r["ipis_per_sync"] for r in rs], "%.2f"),
                spread([r["cpus_interrupted"] for r in rs], "%d"))
            if any(r["exp_ipis_per_sync"] for r in rs):
                cell += " + exp %s / %s" % (
                    spread([r["exp_ipis_per_sync"] for r in rs], "%.2f"),
                    spread([r["exp_cpus_interrupted"] for r in rs], "%d"))
            cells.append(cell)
        out.append("| %s | %s | %s |" % (op, case_label(case, op), " | ".join(cells)))
    return out


def table_quiet(rows, variants, cpus):
    """The idle and nohz_full rows: every walker CPU's IPIs over the run,
    exact, per boot (sync handler's, and the expedited grace periods')."""
    out = ["| operation | walkers' CPUs | " + " | ".join(variants) + " |",
           "|---|---|" + "---|" * len(variants)]
    for op, case in quiet_cases(rows, cpus):
        cells = []
        for v in variants:
            rs = pick(rows, variant=v, vcpus=cpus, kind="sync", op=op, case=case)
            if not rs:
                cells.append("-")
                continue
            boots = []
            for r in rs:
                b = ",".join(str(x) for x in r["walker_cpu_ipis"])
                if any(r["walker_cpu_exp_ipis"]):
                    b += " + exp " + ",".join(str(x) for x in r["walker_cpu_exp_ipis"])
                boots.append(b)
            cells.append("; ".join(boots))
        out.append("| %s | %s | %s |" % (op, case_label(case, op), " | ".join(cells)))
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


def lat_cell(groups):
    vals = [x for g in groups for x in g]
    return "%s (%s-%s)" % (us(statistics.median(vals)), us(pctl(vals, 10)), us(pctl(vals, 90)))


def table_latency(rows, variants):
    """Sync latency by vCPU count: pooled median (p10-p90) of every op."""
    cpus_list = sorted({r["vcpus"] for r in rows if r["kind"] == "sync" and r.get("lat_all_ns")})
    out = ["| operation | walkers | variant | " + " | ".join("%d vCPUs" % c for c in cpus_list) + " |",
           "|---|---|---|" + "---|" * len(cpus_list)]
    for op, case in sync_cases(rows):
        if case not in ("w0", "w1"):
            continue
        for v in variants:
            cells = []
            for c in cpus_list:
                g = lat_groups(rows, variant=v, vcpus=c, op=op, case=case)
                cells.append(lat_cell(g) if g else "-")
            out.append("| %s | %s | %s | %s |" % (op, case_label(case, op), v, " | ".join(cells)))
    return out, cpus_list


def table_cost(rows, variants, cpus):
    """What each sync costs its caller at CPUS vCPUs: pooled median
    latency, the change against baseline with its 95% interval, and the
    operations per second one thread reaches (1 / mean latency)."""
    out = ["| operation | walkers | variant | latency, us: median (p10-p90) | vs baseline, "
           "median [95% CI] | ops/s, one thread | IPIs per op (sync + expedited GP) |",
           "|---|---|---|---|---|---|---|"]
    for op, case in sync_cases(pick(rows, vcpus=cpus)):
        if CASE_RE.match(case).group(2) != "w":
            continue
        base = lat_groups(rows, variant="baseline", vcpus=cpus, op=op, case=case)
        for v in variants:
            g = lat_groups(rows, variant=v, vcpus=cpus, op=op, case=case)
            rs = pick(rows, variant=v, vcpus=cpus, kind="sync", op=op, case=case)
            if not g:
                continue
            d = "-"
            if base and v != "baseline":
                dd, lo, hi, sig = change(g, base)
                d = "%+.1f%% [%+.1f, %+.1f]%s" % (dd, lo, hi, "" if sig else ", within noise")
            ops = 1e6 / statistics.mean(x for gg in g for x in gg)
            ipis = statistics.median(r["ipis_per_sync"] + r["exp_ipis_per_sync"] for r in rs)
            out.append("| %s | %s | %s | %s | %s | %.0f | %.2f |"
                       % (op, case_label(case, op), v, lat_cell(g), d, ops, ipis))
    return out


def gup_groups(rows, v, p, j):
    """Every repetition's ns per call, one list per boot."""
    return [r["ns_per_call"] for r in pick(rows, variant=v, kind="gup", pages=p, threads=j)]


def table_gup(rows, variants):
    """Cells: pooled median of all repetitions of all boots, and its change
    against baseline's with a 95% bootstrap interval.  deltas[(v, p, j)] =
    (change, lo, hi, interval excludes 0)."""
    confs = sorted({(r["pages"], r["threads"]) for r in rows if r["kind"] == "gup"})
    out = ["| pages per call | threads | " + " | ".join(variants) + " |",
           "|---|---|" + "---|" * len(variants)]
    deltas = {}
    for p, j in confs:
        base = gup_groups(rows, "baseline", p, j)
        cells = []
        for v in variants:
            g = gup_groups(rows, v, p, j)
            if not g:
                cells.append("-")
                continue
            cell = "%.0f ns" % statistics.median(x for gg in g for x in gg)
            if base and v != "baseline":
                deltas[(v, p, j)] = change(g, base)
                d, lo, hi, sig = deltas[(v, p, j)]
                cell += ", %+.1f%% [%+.1f, %+.1f]%s" % (d, lo, hi, "" if sig else " (noise)")
            cells.append(cell)
        out.append("| %d | %d | %s |" % (p, j, " | ".join(cells)))
    return out, confs, deltas


def targets(rows, variants, cpus, lat_cpus, deltas):
    out = []
    # 1: no walker: 0 for the targeted and RCU variants, nr_cpus - 1 for
    # baseline.  (exit: its own, below.)
    for op in sorted({r["op"] for r in rows if r["kind"] == "sync"} - {"exit"}):
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
    # 2: walkers: the targeted variants IPI at most this process's walker
    # CPUs; the RCU variants send the sync handler's IPI to no CPU.
    for v in variants:
        if v == "baseline":
            continue
        for r in pick(rows, variant=v, kind="sync", vcpus=cpus):
            if r["case"] == "w0" or r["op"] == "exit":
                continue
            if v in RCU:
                ok = r["ipis_per_sync"] == 0
                what = "%d sync-handler IPIs" % round(r["ipis_per_sync"] * r["ops"])
            else:
                ok = r["to_idle_cpus"] == 0 and r["to_other_process_cpus"] == 0 and \
                    r["cpus_interrupted"] <= r["walkers"]
                what = "%d CPUs interrupted, %d IPIs off the walkers' CPUs" % (
                    r["cpus_interrupted"], r["to_idle_cpus"] + r["to_other_process_cpus"])
            out.append("- %s %s, %s, run %s: %s: **%s**"
                       % (v, r["op"], case_label(r["case"], r["op"]), r["run"], what,
                          "met" if ok else "NOT met"))
    # 2b: exit (lwbench exit, issue 17 item 1): the teardown of a process
    # that shares a hugetlb PMD table unshares it.  Where that leaves the
    # table to one sharer (2 sharers) baseline broadcasts: nr_cpus - 1 per
    # exit; where it stays shared (3 or more) baseline does not sync.  Every
    # other variant sends the sync handler's IPI to no CPU at all, the
    # caller's included, stale walker bits or not: the series skips the
    # sync at a full-mm teardown, the RCU variants wait without it.
    for v in variants:
        for r in pick(rows, variant=v, kind="sync", op="exit"):
            got = sum(r["sync_ipis"]) / r["ops"]
            if v == "baseline" and r["sharers"] == 2:
                want = r["vcpus"] - 1
                ok = abs(got - want) <= 0.01 * want
                wanted = "nr_cpus - 1 = %d (within 1%%)" % want
            else:
                ok = got == 0
                wanted = "0"
            stale = " (%d to the %d walker CPUs over the %d exits)" % (
                r["to_walker_cpus"], r["walkers"], r["ops"]) if r["walkers"] else ""
            out.append("- %s exit, %s, %d vCPUs, run %s: %s sync IPIs per exit wanted, got %g%s: "
                       "**%s**" % (v, case_label(r["case"], "exit"), r["vcpus"], r["run"], wanted,
                                   got, stale, "met" if ok else "NOT met"))
    # 3: sync latency, cpumask against percpu, per vCPU count: the unshare
    # (collapse time is mostly the 2 MiB copy, which TCG makes noisy).
    for case in ("w0", "w1"):
        for c in lat_cpus:
            a = lat_groups(rows, variant="cpumask", vcpus=c, op="unshare", case=case)
            b = lat_groups(rows, variant="percpu", vcpus=c, op="unshare", case=case)
            if not a or not b:
                continue
            d, lo, hi, sig = change(a, b)
            out.append("- unshare latency, %s, %d vCPUs: cpumask vs percpu %+.1f%% [%+.1f, %+.1f]: %s"
                       % (case_label(case), c, d, lo, hi,
                          "within noise" if not sig else
                          "cpumask faster" if d < 0 else "cpumask slower"))
    # 4: GUP-fast, relative to baseline, with the bootstrap interval.
    for (v, p, j), (d, lo, hi, sig) in sorted(deltas.items()):
        if not sig:
            note = "within noise (the interval contains 0)"
        else:
            note = "%s than baseline" % ("slower" if d > 0 else "faster")
        if -1.0 <= lo and hi <= 1.0:
            note += "; the whole interval is within 1%"
        elif sig and abs(d) > 1.0:
            note += "; beyond 1%"
        if v in ("lazy", "cpumask"):
            note = "**" + note + "**"
        out.append("- GUP-fast %s, %d page(s), %d thread(s): %+.1f%% [%+.1f, %+.1f] vs baseline: %s"
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
        # Collapse's roles; gnuplot fails on a histogram without a value
        # (runs of other plans, e.g. plan-exit, plan-eqs' unshare rows).
        if pick(rows, vcpus=cpus, kind="sync", op="collapse"):
            plot_interrupts(resdir, rows, variants, cpus, cols, accel)
        else:
            print("(no collapse runs at %d vCPUs: no interrupts.svg)" % cpus, file=sys.stderr)
    plot_latency(resdir, rows, variants, lat_cpus, cols, accel)
    plot_gup(resdir, variants, gcpus, confs, deltas, accel)


def histogram(resdir, name, size, title, ylabel, ncols, extra):
    """A clustered histogram of NAME.dat (a label column, then one column
    per variant) into NAME.svg."""
    gnuplot(resdir, name, """set terminal svg size %s dynamic noenhanced
set output '%s.svg'
set title "%s"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set ylabel "%s"
set key outside right top
%splot for [i=2:%d] '%s.dat' using i:xtic(1) title columnheader(i)
""" % (size, name, title, ylabel, extra, ncols + 1, name))


def plot_ipis(resdir, rows, variants, cpus, cols, accel):
    with open(os.path.join(resdir, "ipi.dat"), "w") as f:
        f.write("scenario %s\n" % cols)
        for op, case in sync_cases(pick(rows, vcpus=cpus)):
            vals = []
            for v in variants:
                rs = pick(rows, variant=v, vcpus=cpus, kind="sync", op=op, case=case)
                vals.append("%.3f" % statistics.median(r["ipis_per_sync"] for r in rs) if rs else "NaN")
            f.write('"%s %s" %s\n' % (op, case, " ".join(vals)))
    histogram(resdir, "ipi", "900,480",
              "Sync IPIs per operation (%s, %d vCPUs; exact counts)" % (accel.upper(), cpus),
              "IPIs per sync", len(variants),
              'set xlabel "w<K>: K GUP-fast threads in the syncing process; o<K>: in another '
              'process; i/u<K>: walked once, idle / nohz_full user; r<K>: walk before each '
              'sync, nohz_full user; b<K>: walk until the exit; s<S>: S sharers"\n'
              "set xtics rotate by -45\nset bmargin 6\nset yrange [0:*]\n")


def plot_interrupts(resdir, rows, variants, cpus, cols, accel):
    """Who gets interrupted: IPIs of either kind (the sync's, the expedited
    grace period's) per sync, to each CPU of a role."""
    roles = [("w0", "any other CPU, no walker"), ("w3", "busy walkers, same process"),
             ("i3", "idle, walked once"), ("u3", "nohz_full user, walked once"),
             ("o3", "walkers of another process")]
    # r3 (lwbench -U, added later): only where the runs have it.
    if pick(rows, vcpus=cpus, kind="sync", op="collapse", case="r3"):
        roles.insert(4, ("r3", "nohz_full user, walks before each sync"))
    with open(os.path.join(resdir, "interrupts.dat"), "w") as f:
        f.write("role %s\n" % cols)
        for case, label in roles:
            vals = []
            for v in variants:
                rs = pick(rows, variant=v, vcpus=cpus, kind="sync", op="collapse", case=case)
                vals.append("%.3f" % statistics.median(r["role_ipis_per_cpu"] for r in rs) if rs else "NaN")
            f.write('"%s" %s\n' % (label, " ".join(vals)))
    histogram(resdir, "interrupts", "1000,480",
              "MADV_COLLAPSE: IPIs per sync to each CPU of a kind (sync + expedited GP; "
              "%s, %d vCPUs; exact counts)" % (accel.upper(), cpus),
              "IPIs per sync per CPU", len(variants),
              "set yrange [0:1.1]\nset xtics rotate by -20\nset bmargin 6\n")


def plot_latency(resdir, rows, variants, lat_cpus, cols, accel):
    if not lat_cpus:
        print("(no per-operation latencies: no latency-*.svg)", file=sys.stderr)
        return
    for op in ("unshare", "collapse"):
        if not any(lat_groups(rows, variant=v, vcpus=c, op=op, case="w0")
                   for v in variants for c in lat_cpus):
            print("(no %s w0 latencies: no latency-%s.svg)" % (op, op), file=sys.stderr)
            continue
        with open(os.path.join(resdir, "latency-%s.dat" % op), "w") as f:
            f.write("vcpus %s\n" % cols)
            for c in lat_cpus:
                vals = []
                for v in variants:
                    g = lat_groups(rows, variant=v, vcpus=c, op=op, case="w0")
                    vals.append("%.1f" % statistics.median(x for gg in g for x in gg) if g else "NaN")
                f.write("%d %s\n" % (c, " ".join(vals)))
        what = "hugetlb PMD unshare (munmap)" if op == "unshare" else "MADV_COLLAPSE"
        # A tick and a point at every measured vCPU count, none on the
        # border (the range reaches past the first and the last).
        gnuplot(resdir, "latency-" + op, """set terminal svg size 800,480 dynamic noenhanced
set output 'latency-%s.svg'
set title "%s latency, no walker: median of every op (%s, RELATIVE ONLY)"
set xlabel "vCPUs"
set ylabel "microseconds per operation (log scale)"
set logscale x 2
set logscale y 10
set xrange [%g:%g]
set xtics (%s)
set key outside right top
plot for [i=2:%d] 'latency-%s.dat' using 1:i with linespoints pointtype 7 pointsize 1 title columnheader(i)
""" % (op, what, accel.upper(), min(lat_cpus) / 1.5, max(lat_cpus) * 1.5,
            ", ".join('"%d" %d' % (c, c) for c in lat_cpus), len(variants) + 1, op))


def plot_gup(resdir, variants, gcpus, confs, deltas, accel):
    others = [v for v in variants if v != "baseline"]
    if deltas and others:
        with open(os.path.join(resdir, "gup.dat"), "w") as f:
            f.write("conf %s\n" % " ".join('"%s" lo hi' % v for v in others))
            for p, j in confs:
                vals = []
                for v in others:
                    d = deltas.get((v, p, j))
                    vals.append("%.2f %.2f %.2f" % d[:3] if d else "NaN NaN NaN")
                f.write('"%dp x%d" %s\n' % (p, j, " ".join(vals)))
        gnuplot(resdir, "gup", """set terminal svg size 800,480 dynamic noenhanced
set output 'gup.svg'
set title "GUP-fast (pin-fast) time per call vs baseline (%s, %d vCPUs, RELATIVE ONLY)"
set style data histograms
set style histogram errorbars gap 1 lw 1
set style fill solid 0.8 border -1
set ylabel "%% vs baseline median (bars: 95%% bootstrap CI)"
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
    ap.add_argument("--icount-tol", type=float, default=1.0, metavar="N",
                    help="instructions per call two icount boots of a variant "
                    "may differ by (default 1)")
    a = ap.parse_args()
    for d, what in ((a.resdir, "RESULTDIR"), (a.runsdir, "RUNSDIR")):
        if not os.path.isdir(d):
            ap.error("%s %s is not a directory" % (what, d))
    return a


def count(s):
    if not s.isdigit() or int(s) < 1:
        raise argparse.ArgumentTypeError("'%s' is not a vCPU count" % s)
    return int(s)


SHORT = {"baseline": "base", "percpu": "percpu", "strict": "strict", "lazy": "lazy",
         "cpumask": "cpumask", "rcu": "rcu", "rcu-exp": "rcu-exp"}


def cover_tables(rows, variants, cpus):
    """The same numbers as plain text of at most 72 columns, for the cover
    letter (cover.txt)."""
    head = "%-12s" % "" + "".join("%8s" % SHORT.get(v, v)[:7] for v in variants)
    out = ["Sync IPIs per operation (IPIs per sync to other CPUs; \"+e\": plus",
           "the expedited grace period's), %d vCPUs:" % cpus, "", head]
    for op, case in sync_cases(pick(rows, vcpus=cpus)):
        cells = []
        for v in variants:
            rs = pick(rows, variant=v, vcpus=cpus, kind="sync", op=op, case=case)
            if not rs:
                cells.append("%8s" % "-")
                continue
            a = statistics.median(r["ipis_per_sync"] for r in rs)
            e = statistics.median(r["exp_ipis_per_sync"] for r in rs)
            cells.append("%8s" % ("%.2f" % a if not e else "+e%.2f" % e if not a else "%.1f+e" % a))
        out.append("%-12s" % ("%s %s" % (op[:8], case)) + "".join(cells))
    out += ["", "IPIs to the three idle (i3) or nohz_full (u3: walked once; r3:",
            "walk before each sync) walker CPUs over 100 syncs, all three CPUs",
            "added, one figure per boot:", "", head]
    for op, case in quiet_cases(rows, cpus):
        cells = []
        for v in variants:
            rs = pick(rows, variant=v, vcpus=cpus, kind="sync", op=op, case=case)
            cells.append("%8s" % ";".join(str(sum(r["walker_cpu_ipis"]) +
                                              sum(r["walker_cpu_exp_ipis"])) for r in rs))
        out.append("%-12s" % ("%s %s" % (op[:8], case)) + "".join(cells))
    if pick(rows, kind="sync", op="exit"):
        out += ["", "Median latency of the syscall that syncs (exit: exit-to-reap), us",
                "(every operation of every boot; TCG, relative only):", "", head]
    else:
        out += ["", "Median latency of the syscall that syncs, us (every operation of",
                "every boot; TCG, relative only):", "", head]
    for op, case in sync_cases(pick(rows, vcpus=cpus)):
        if case not in ("w0", "w3", "s3w0", "s3w3"):
            continue
        cells = []
        for v in variants:
            g = lat_groups(rows, variant=v, vcpus=cpus, op=op, case=case)
            cells.append("%8s" % (us(statistics.median(x for gg in g for x in gg)) if g else "-"))
        out.append("%-12s" % ("%s %s" % (op[:8], case)) + "".join(cells))
    # The walker's cost: exact instructions, not TCG wall time (which
    # code and data layout move by tens of percent; docs/eval.md).
    out += cover_icount(rows, variants, SHORT)
    return out


# Per-sample fields: in the samples-*.csv files and results.json, not in
# results.csv.
RAW = ("lat_all_ns", "sync_ipis", "exp_ipis")


def write_samples(resdir, rows):
    """The raw samples, one line each."""
    with open(os.path.join(resdir, "samples-latency.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["variant", "vcpus", "nodes", "run", "accel", "scenario", "op_index", "ns"])
        for r in rows:
            for i, x in enumerate(r.get("lat_all_ns", [])):
                w.writerow([r["variant"], r["vcpus"], r["nodes"], r["run"], r["accel"],
                            r["scenario"], i, x])
    with open(os.path.join(resdir, "samples-ipis.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["variant", "vcpus", "nodes", "run", "accel", "scenario", "ops", "cpu",
                    "sync_ipis", "exp_ipis"])
        for r in rows:
            for c, x in enumerate(r.get("sync_ipis", [])):
                w.writerow([r["variant"], r["vcpus"], r["nodes"], r["run"], r["accel"],
                            r["scenario"], r["ops"], c, x, r["exp_ipis"][c]])
    with open(os.path.join(resdir, "samples-gup.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["variant", "vcpus", "run", "accel", "pages", "threads", "rep",
                    "ns_per_call"])
        for r in rows:
            for i, x in enumerate(r.get("ns_per_call", [])):
                w.writerow([r["variant"], r["vcpus"], r["run"], r["accel"], r["pages"],
                            r["threads"], i, x])


def main():
    a = arguments()
    resdir, runsdir = a.resdir, a.runsdir
    rows = []
    for d in sorted(os.listdir(runsdir)):
        path = os.path.join(runsdir, d)
        if os.path.isdir(path) and os.path.exists(os.path.join(path, "ktap.log")):
            try:
                rows.extend(parse_run(path))
            except ParseError as e:
                sys.exit("eval.py: error: %s" % e)
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

    write_samples(resdir, rows)
    flat = []
    for r in rows:
        f = {k: x for k, x in r.items() if k not in RAW}
        for k in ("ns_per_call", "inst_per_call"):
            if k in f:
                f[k] = " ".join("%.1f" % x for x in f[k])
        for k in ("walker_cpu_ipis", "walker_cpu_exp_ipis"):
            if k in f:
                f[k] = " ".join(str(x) for x in f[k])
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
    has_exit = bool(pick(rows, vcpus=cpus, kind="sync", op="exit"))
    timing = "" if accel == "kvm" else \
        " **Emulated (TCG) timings are relative only**: compare variants with each other, not with hardware."
    arch = "/".join(sorted({r.get("arch", "x86_64") for r in rows}))
    md = ["# make eval: %s" % ", ".join(LABEL.get(v, v) for v in variants), "",
          "Guest: " + arch + " under %s, %d vCPUs in %d NUMA nodes (latency also at the other vCPU counts shown), "
          "same kernel base, same config, same benchmark (lwbench). Host: %s, %d cores. "
          "%d boot(s) per variant at %d vCPUs; where there are several, cells show the median "
          "and [min-max] over boots.%s" % (accel.upper(), cpus, nodes, host, os.cpu_count() or 0,
                                          runs, cpus, timing), "",
          "## Sync IPIs per operation (exact counts)", "",
          "IPIs per sync = csd:csd_queue_cpu events of the sync handler to other CPUs, "
          "divided by the number of operations (100 per row at %d vCPUs), "
          "then how many CPUs got any." % cpus, ""]
    md += table_ipis(rows, variants, cpus)
    md += ["", "\"+ exp\": the IPIs of RCU's expedited grace periods (rcu_exp_handler), "
           "counted apart from the sync handler's."]
    if has_exit:
        md += ["", "exit: each operation is the exit of a process that shares a hugetlb PMD "
               "table with S - 1 holders (lwbench exit); exit_mmap() unshares it, on the "
               "exiting process's CPU. Its walker threads (i3: walked once and exited 100 ms "
               "before; b3: walked until just before the exit) leave their CPUs set in the "
               "dying mm's walker mask. Baseline broadcasts where the exit leaves the table "
               "to one sharer (S = 2), not where it stays shared (s3); the series skips the "
               "sync at a full-mm teardown."]
    md += ["", "## Isolation: IPIs per sync to each CPU running another process's GUP-fast loop", ""]
    md += table_isolation(rows, variants, cpus)
    quiet = table_quiet(rows, variants, cpus)
    md += ["", "## Idle and nohz_full CPUs: every IPI each walker CPU got over the run (exact)", "",
           "Three threads of the syncing process walked once (GUP-fast), then slept (idle) or "
           "spun in user space on nohz_full CPUs (the guest boots with nohz_full=1-3); then "
           "the 100 syncs. In r3 they walk once before every sync instead (lwbench -U) and "
           "spin in user space in between, so that every sync finds their CPUs registered. "
           + ("In exit i3 each of the 100 exiting processes had three such threads, which "
              "walked once and exited 100 ms before its exit. " if has_exit else "") +
           "One cell per boot, \";\"-separated: the IPIs to each of the three "
           "CPUs.", ""]
    md += quiet
    cost = table_cost(rows, variants, cpus)
    md += ["", "## What a sync costs its caller, at %d vCPUs" % cpus, "",
           "Every operation of every boot pooled. Collapse time is mostly the 2 MiB copy. "
           + ("Exit time is exit-to-reap (from the exiting process's _exit() to the return of "
              "its parent's waitpid(), which comes after exit_mmap()). " if has_exit else "") +
           "The change against baseline is of the median, with a 95%% bootstrap interval.%s"
           % timing, ""]
    md += cost
    lat, lat_cpus = table_latency(rows, variants)
    md += ["", "## Sync latency by vCPU count: microseconds per operation, median (p10-p90)", "",
           "Wall time of the syscall that syncs: munmap() of a hugetlb mapping that unshares "
           "a PMD table, or MADV_COLLAPSE of 2 MiB (mostly the copy)%s; percentiles of every "
           "operation of every boot.%s"
           % (", or of an exit that unshares one, exit-to-reap" if has_exit else "", timing), ""]
    md += lat
    gup, confs, deltas = table_gup(rows, variants)
    md += ["", "## GUP-fast cost: ns per pin-fast call", "",
           "gup_test's PIN_FAST_BENCHMARK ioctl over a private, populated buffer per thread, "
           "threads pinned one per vCPU, in a guest of %d vCPUs, %d boot(s) per variant. "
           "Cells: median of all repetitions of all boots, and its change against baseline "
           "with a 95%% bootstrap interval; \"(noise)\" when the interval contains 0.%s"
           % (gcpus, gruns, timing), ""]
    md += gup
    if accel != "kvm" and accel != "host":
        md += ["", "Under TCG the kernels' code layout alone moves these numbers by several "
               "percent (each variant is a different binary; baseline's boot-to-boot spread "
               "does not include that), so only large, consistent differences mean anything "
               "here. The walker-side cost on real cores is what `make model` and the "
               "large-NUMA kit (`make kernels`) measure."]
    icount, icount_bad = table_icount(rows, variants, a.icount_tol)
    dis = disasm_diffs(resdir, variants)
    if icount[2:]:
        md += ["", "## Walker cost, exact: instructions per pin-fast call", "",
               "One thread, in a guest of one vCPU under QEMU's -icount shift=0 (the guest "
               "clock advances 1 ns per executed guest instruction, so gup_test's timing "
               "of each repetition reads instructions): median over the repetitions of a "
               "boot, %d boot(s) per variant, one figure when the boots agree to 0.1 "
               "(resolution about 0.1 instruction per call), the change against baseline "
               "in brackets. Deterministic: not a timing, no confidence interval needed; "
               "eval fails when two boots differ by more than %g." %
               (len({r["run"] for r in rows if r["kind"] == "icount"}), a.icount_tol), ""]
        md += icount
    if dis:
        md += ["", "gup_fast_fallback() as each variant's kernel has it (objdump; "
               "disasm/<variant>.diff against baseline's, addresses left out): static "
               "instructions, and lines added/removed against baseline.", "",
               "| variant | instructions | added | removed |", "|---|---|---|---|"]
        md += ["| %s | %d | %d | %d |" % x for x in dis]
    tcg = table_tcg(rows, variants)
    if tcg[2:]:
        md += ["", "## What TCG wall time charges for", "",
               "The instruction-count plan's calls (1 thread, 1 vCPU, more repetitions) "
               "timed by plain TCG (no -icount), %d boot(s) per variant and mode: with "
               "TCG's default block chaining, and with -d nochain, under which every "
               "translated block returns to QEMU's main loop, so that what a block costs "
               "no longer depends on whether its jumps stay within a guest page; next to "
               "them the exact instructions. Cells: pooled median, change against "
               "baseline with a 95%% bootstrap interval.%s" %
               (len({r["run"] for r in rows if r["kind"] == "tcg1"}) // 2 or 1, timing), ""]
        md += tcg
    md += ["", "## The issue's targets", ""]
    md += targets(rows, variants, cpus, lat_cpus, deltas)
    text = "\n".join(md) + "\n"
    with open(os.path.join(resdir, "summary.md"), "w") as f:
        f.write(text)
    when = max(os.path.getmtime(os.path.join(runsdir, d)) for d in os.listdir(runsdir))
    numbers = ["Taken %s on %s (%d cores), guest %s, %d vCPUs in %d nodes, %d boot(s) per "
               "variant; GUP-fast in %d vCPUs, %d boot(s) per variant.%s"
               % (datetime.date.fromtimestamp(when).isoformat(), host, os.cpu_count() or 0,
                  accel.upper(), cpus, nodes, runs, gcpus, gruns,
                  "" if accel in ("kvm", "host") else " Timings relative only (TCG)."), "",
               "Sync IPIs per operation (IPIs per sync / CPUs that got any; exact counts):", ""]
    numbers += table_ipis(rows, variants, cpus)
    if quiet[2:]:
        numbers += ["", "IPIs to each idle or nohz_full walker CPU over 100 syncs, per boot:", ""]
        numbers += quiet
    numbers += ["", "What a sync costs its caller (%d vCPUs):" % cpus, ""]
    numbers += cost
    numbers += ["", "Sync latency in microseconds by vCPU count, median (p10-p90):", ""]
    numbers += lat
    if any(r["kind"] == "gup" for r in rows):
        numbers += ["", "GUP-fast ns per pin-fast call, median, change vs baseline [95% CI]:", ""]
        numbers += gup
    if tcg[2:]:
        numbers += ["", "What TCG wall time charges for (1 thread, 1 vCPU; ns per call with and "
                    "without block chaining, change vs baseline [95% CI]; instructions exact):", ""]
        numbers += tcg
    if icount[2:]:
        numbers += ["", "Instructions per pin-fast call (1 thread, 1 vCPU, QEMU -icount shift=0; "
                    "exact; change vs baseline in brackets):", ""]
        numbers += icount
    with open(os.path.join(resdir, "numbers.txt"), "w") as f:
        f.write("\n".join(numbers) + "\n")
    with open(os.path.join(resdir, "cover.txt"), "w") as f:
        f.write("\n".join(textwrap.wrap(numbers[0], 72) + [""] +
                          cover_tables(rows, variants, cpus)) + "\n")
    plots(resdir, rows, variants, cpus, gcpus, lat_cpus, confs, deltas, accel)
    print(text)
    if icount_bad:
        sys.exit("eval.py: error: icount boots disagree by more than %g instructions per "
                 "call: %s (see %s)" % (a.icount_tol, "; ".join(
                     "%s %d page(s): %s" % (v, p, ", ".join("%.1f" % x for x in m))
                     for v, p, m in icount_bad), os.path.join(runsdir, "*-1c1n-i*")))


if __name__ == "__main__":
    main()
