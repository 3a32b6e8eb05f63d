#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Tables and plots for walker_model's CSV (a userspace MODEL, not the kernel).

    report.py table CSV MD          write the Markdown table to MD
    report.py selftest              check the bootstrap on synthetic data
    report.py plot CSV PAGES SVG [--aref]
                                    print a gnuplot script (data inline) that
                                    draws SVG: ns per walk vs threads, one line
                                    per design (--aref: the -aref designs only;
                                    otherwise all others)

Standard library only.
"""
import csv
import random
import re
import statistics
import sys
from collections import defaultdict


def load(path):
    info = ""
    rows = []
    with open(path) as f:
        lines = []
        for line in f:
            if line.startswith("#"):
                if not info:
                    info = line[1:].strip()
                continue
            lines.append(line)
    for r in csv.DictReader(lines):
        rows.append(r)
    if not rows:
        sys.exit(f"report.py: no data rows in {path}")
    return info, rows


def host_fields(info):
    """key=value pairs of walker_model's header comment."""
    out = {}
    for m in re.finditer(r'(\w+)=("([^"]*)"|[^;]*)', info):
        out[m.group(1)] = m.group(3) if m.group(3) is not None else m.group(2).strip()
    return out


def aggregate(rows):
    """(design, pages, threads) -> stats over the repetitions."""
    g = defaultdict(list)
    order = []
    for r in rows:
        k = (r["design"], int(r["pages"]), int(r["threads"]))
        if k not in g:
            order.append(k)
        g[k].append(r)
    out = {}
    for k, rs in g.items():
        ns = [float(r["ns_per_walk"]) for r in rs]
        cyc = [float(r["cycles_per_walk"]) for r in rs if r["cycles_per_walk"]]
        tmin = [float(r["thread_ns_min"]) for r in rs if r.get("thread_ns_min")]
        tmax = [float(r["thread_ns_max"]) for r in rs if r.get("thread_ns_max")]
        out[k] = {
            "by_rep": {int(r["rep"]): float(r["ns_per_walk"]) for r in rs},
            "median": statistics.median(ns),
            "min": min(ns),
            "max": max(ns),
            "reps": len(ns),
            "cycles": statistics.median(cyc) if cyc else None,
            "tmin": min(tmin) if tmin else None,
            "tmax": max(tmax) if tmax else None,
        }
    designs = []
    for d, _, _ in order:
        if d not in designs:
            designs.append(d)
    return out, designs


def baseline_of(design):
    """The baseline a design is compared with: same refcount model."""
    return "baseline-aref" if design.endswith("-aref") else "baseline"


def fmt(v, nd=2):
    return "-" if v is None else f"{v:.{nd}f}"


def overhead(agg, d, p, t):
    b = agg.get((baseline_of(d), p, t))
    if not b or d == baseline_of(d):
        return None, None
    m = agg[(d, p, t)]["median"]
    return (m / b["median"] - 1) * 100, m - b["median"]


def paired_ci(a, b, n=2000, seed=1):
    """95% interval of median(a) - median(b) (ns), a and b dicts rep ->
    value of the same repetitions (walker_model interleaves the designs
    inside each repetition, so rep r of a and of b ran side by side): per
    resample the repetitions are drawn with replacement and both medians
    taken over the same draw (a paired bootstrap; fixed seed)."""
    reps = sorted(set(a) & set(b))
    if len(reps) < 2:
        return None
    rng = random.Random(seed)
    diffs = []
    for _ in range(n):
        draw = [reps[rng.randrange(len(reps))] for _ in reps]
        diffs.append(statistics.median(a[r] for r in draw) -
                     statistics.median(b[r] for r in draw))
    diffs.sort()
    return diffs[int(0.025 * n)], diffs[int(0.975 * n) - 1]


def added_ci(agg, d, p, t):
    """(delta, lo, hi) of design d against its baseline, or None."""
    b = agg.get((baseline_of(d), p, t))
    a = agg.get((d, p, t))
    if not a or not b or d == baseline_of(d):
        return None
    ci = paired_ci(a["by_rep"], b["by_rep"])
    if ci is None:
        return None
    return a["median"] - b["median"], ci[0], ci[1]


def ci_table(agg, designs, pages, threads):
    """Added ns per walk with its 95% paired bootstrap interval."""
    o = ["", "### Added ns per walk, 95% confidence interval", "",
         "Design median minus baseline median at the same threads and pages, "
         "with a 95% interval from a paired bootstrap over the repetitions "
         "(2000 resamples, fixed seed); \"noise\" marks an interval that "
         "contains 0.", "",
         "| design | pages | " + " | ".join(f"{t} thr" for t in threads) + " |",
         "|---|---:|" + "---:|" * len(threads)]
    for p in pages:
        for d in designs:
            if d == baseline_of(d):
                continue
            cells = []
            for t in threads:
                c = added_ci(agg, d, p, t)
                if c is None:
                    cells.append("")
                    continue
                delta, lo, hi = c
                cells.append(f"{delta:+.2f} [{lo:+.2f}, {hi:+.2f}]" +
                             (" noise" if lo <= 0 <= hi else ""))
            o.append(f"| {d} | {p} | " + " | ".join(cells) + " |")
    return o


def selftest():
    """paired_ci must find a real difference and must not invent one."""
    rng = random.Random(7)
    base = {r: 100 + rng.gauss(0, 1) for r in range(11)}
    same = {r: base[r] + rng.gauss(0, 0.5) for r in range(11)}
    more = {r: base[r] + 5 + rng.gauss(0, 0.5) for r in range(11)}
    lo, hi = paired_ci(same, base)
    assert lo <= 0 <= hi, f"equal designs: interval [{lo}, {hi}] excludes 0"
    lo, hi = paired_ci(more, base)
    assert 3 < lo <= 5 <= hi < 7, f"+5 ns: interval [{lo}, {hi}]"
    # Negative control: the pairing matters.  Shuffled, the +5 ns design's
    # repetitions no longer line up with baseline's drift, so a drift of 20
    # ns across the repetitions must widen the interval past 0.
    drift = {r: 100 + 20 * r / 10 for r in range(11)}
    shifted = {r: drift[r] + 1 for r in range(11)}
    lo, hi = paired_ci(shifted, drift)
    assert 0.99 < lo <= hi < 1.01, f"paired +1 ns on a drift: [{lo}, {hi}]"
    perm = {r: shifted[(r + 5) % 11] for r in range(11)}
    lo, hi = paired_ci(perm, drift)
    assert lo < 0 < hi, f"unpaired drift: [{lo}, {hi}] excludes 0"
    print("report.py selftest: ok")


# The walker-side budget reviewers set for the per-CPU-pointer posting:
# about 1% of a ~3 us pin_user_pages_fast() call of 8 pages on a 64-core
# x86 (the upstream measurement), i.e. 30 ns per call.
BUDGET_NS = 30.0


def budget(agg, designs, pages, threads):
    """Each design's added ns per walk as a share of BUDGET_NS."""
    o = ["", f"### Added cost per walk as a share of a {BUDGET_NS:.0f} ns budget", "",
         f"The budget: 1% of a ~3 us 8-page pin-fast call on a 64-core x86, the "
         f"upstream measurement. Added ns (design median minus baseline median at the "
         f"same threads and pages) / {BUDGET_NS:.0f} ns; over 100% breaks it. The same "
         "threads-of-one-mm columns are the KVM view: the vCPU threads of one VM "
         "fault through kvm->mm, and each fault's host mapping-level lookup begins "
         "and ends a walk on the same per-mm state (a KVM fault costs microseconds, so "
         "the share of one fault is smaller still).", "",
         "| design | pages | " + " | ".join(f"{t} thr" for t in threads) + " |",
         "|---|---:|" + "---:|" * len(threads)]
    for p in pages:
        for d in designs:
            if d == baseline_of(d):
                continue
            cells = []
            for t in threads:
                _, delta = overhead(agg, d, p, t) if agg.get((d, p, t)) else (None, None)
                cells.append("" if delta is None else
                             f"{100 * delta / BUDGET_NS:.0f}% ({delta:+.1f} ns)")
            o.append(f"| {d} | {p} | " + " | ".join(cells) + " |")
    return o


def table(csv_path, md_path):
    info, rows = load(csv_path)
    h = host_fields(info)
    agg, designs = aggregate(rows)
    pages = sorted({k[1] for k in agg})
    threads = sorted({k[2] for k in agg})
    reps = max(v["reps"] for v in agg.values())
    o = []
    o.append(f"**MODEL, userspace, not the kernel**: host `{h.get('cpu', '?')}`, "
             f"CPUs used {h.get('cpus_used', '?')} of nproc {h.get('nproc', '?')}, "
             f"kernel {h.get('kernel', '?')}, {reps} repetitions of "
             f"{h.get('duration_ms', '?')} ms per point, load average at "
             f"start {h.get('loadavg_at_start', '?')}.")
    o.append("")
    o.append(f"The walk: {h.get('walk', '?')}. ns per walk = threads' time / "
             "walks (one thread per CPU, pinned); median, min and max over the "
             "repetitions; \"vs baseline\" compares medians at the same thread "
             "count and pages (the `-aref` designs against `baseline-aref`). "
             "All threads share one mm unless the design ends in `-ownmm`. "
             "TSC ticks are not core cycles.")
    o.append("")
    o.append("The modelled walk is far cheaper than a real GUP-fast call (no IRQ "
             "disabling, no VMA or flag checks, no folio refcount unless "
             "`-aref`), so the percentages are relative to a tiny baseline: "
             "carry the absolute ns difference over, not the percentage.")
    if "lazy_code" in h or "cpumask_code" in h:
        o.append("")
        o.append("Walker code: `lazy` runs the series' own mm_lockless_walk_begin()/"
                 f"mm_lockless_walk_end() from {h.get('lazy_code', '?')}; `cpumask` "
                 f"(strict) from {h.get('cpumask_code', '?')}; `baseline` and `percpu` "
                 "are hand-written.")
    for p in pages:
        o.append("")
        o.append(f"### {p} page{'s' if p > 1 else ''} per call: median ns per walk "
                 "(overhead vs baseline)")
        o.append("")
        o.append("| design | " + " | ".join(f"{t} thr" for t in threads) + " |")
        o.append("|---|" + "---:|" * len(threads))
        for d in designs:
            cells = []
            for t in threads:
                a = agg.get((d, p, t))
                if not a:
                    cells.append("")
                    continue
                pct, _ = overhead(agg, d, p, t)
                c = fmt(a["median"])
                if pct is not None:
                    c += f" ({pct:+.0f}%)"
                cells.append(c)
            o.append(f"| {d} | " + " | ".join(cells) + " |")
    o += ci_table(agg, designs, pages, threads)
    o += budget(agg, designs, pages, threads)
    o.append("")
    o.append("### All points")
    o.append("")
    o.append("| design | pages | threads | median ns/walk | min-max ns | "
             "per-thread ns min-max | median TSC ticks/walk | vs baseline | "
             "delta ns |")
    o.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for p in pages:
        for d in designs:
            for t in threads:
                a = agg.get((d, p, t))
                if not a:
                    continue
                pct, delta = overhead(agg, d, p, t)
                o.append(f"| {d} | {p} | {t} | {fmt(a['median'])} | "
                         f"{fmt(a['min'])}-{fmt(a['max'])} | "
                         f"{fmt(a['tmin'])}-{fmt(a['tmax'])} | "
                         f"{fmt(a['cycles'], 1)} | "
                         f"{'-' if pct is None else f'{pct:+.1f}%'} | "
                         f"{'-' if delta is None else f'{delta:+.2f}'} |")
    with open(md_path, "w") as f:
        f.write("\n".join(o) + "\n")


def plot(csv_path, pages, svg, aref):
    info, rows = load(csv_path)
    h = host_fields(info)
    agg, designs = aggregate(rows)
    designs = [d for d in designs if d.endswith("-aref") == aref]
    if not designs:
        sys.exit("report.py: no design to plot")
    o = []
    o.append("set terminal svg size 960,600 dynamic noenhanced "
             "font 'sans,12' background rgb 'white'")
    o.append(f"set output '{svg}'")
    title = (f"MODEL, userspace, not the kernel: {pages} page"
             f"{'s' if pages > 1 else ''} per GUP-fast call"
             f"{', atomic refcount per page' if aref else ''}\\n"
             f"{h.get('cpu', '?')}, {h.get('cpus_used', '?')} CPUs, median "
             f"of {h.get('reps', '?')} x {h.get('duration_ms', '?')} ms "
             "(bars: min-max)")
    o.append(f'set title "{title}"')
    o.append("set xlabel 'threads (pinned one per CPU; one shared mm unless -ownmm)'")
    o.append("set ylabel 'ns per walk per thread (log scale)'")
    o.append("set logscale x 2")
    o.append("set logscale y")
    o.append("set grid")
    o.append("set offsets graph 0.03, graph 0.03, 0, 0")
    o.append("set key outside right top")
    plots = []
    for i, d in enumerate(designs):
        pts = sorted((k[2], v) for k, v in agg.items()
                     if k[0] == d and k[1] == pages)
        if not pts:
            continue
        o.append(f"$d{i} << EOD")
        for t, v in pts:
            o.append(f"{t} {v['median']} {v['min']} {v['max']}")
        o.append("EOD")
        plots.append(f"$d{i} using 1:2:3:4 with yerrorlines lw 2 title '{d}'")
    if not plots:
        sys.exit(f"report.py: no data for {pages} pages")
    o.append("plot " + ", \\\n     ".join(plots))
    print("\n".join(o))


def main(argv):
    if len(argv) >= 3 and argv[1] == "table" and len(argv) == 4:
        table(argv[2], argv[3])
    elif argv[1:] == ["selftest"]:
        selftest()
    elif len(argv) >= 5 and argv[1] == "plot":
        plot(argv[2], int(argv[3]), argv[4], "--aref" in argv[5:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
