# SPDX-License-Identifier: GPL-2.0
"""The walker-cost tables of make eval (eval.py): exact instructions per
pin-fast call (icount boots), the walker's disassembly against baseline's,
and what TCG wall time charges for (tcg1 boots, with and without block
chaining).  Standard library only."""

import difflib
import os
import re
import statistics

from evalstats import change, pick


def inst_medians(rows, v, p):
    """Instructions per call of variant v at p pages: one figure per boot
    (the median over that boot's repetitions)."""
    return [r["inst_median"] for r in pick(rows, variant=v, kind="icount", pages=p)]


def table_icount(rows, variants, tol):
    """Instructions per pin-fast call: per variant, the median over the
    repetitions of each boot; one figure when the boots agree to 0.1,
    else each boot's.  Returns the table and the (variant, pages) whose
    boots differ by more than tol."""
    pages = sorted({r["pages"] for r in rows if r["kind"] == "icount"})
    out = ["| pages per call | " + " | ".join(variants) + " |",
           "|---|" + "---|" * len(variants)]
    bad = []
    for p in pages:
        base = inst_medians(rows, "baseline", p)
        cells = []
        for v in variants:
            m = inst_medians(rows, v, p)
            if not m:
                cells.append("-")
                continue
            if max(m) - min(m) > tol:
                bad.append((v, p, m))
            cell = "%.1f" % m[0] if max(m) - min(m) < 0.05 else \
                " / ".join("%.1f" % x for x in m)
            if base and v != "baseline":
                cell += " (%+.1f)" % (statistics.median(m) - statistics.median(base))
            cells.append(cell)
        out.append("| %d | %s |" % (p, " | ".join(cells)))
    return out, bad


def cover_icount(rows, variants, short):
    """The instruction table as plain text of at most 72 columns (cover.txt);
    short maps a variant to its column name."""
    pages = sorted({r["pages"] for r in rows if r["kind"] == "icount"})
    if not pages:
        return []
    out = ["", "Instructions per pin-fast call (1 thread, 1 vCPU, QEMU -icount",
           "shift=0: exact, the same in every boot; change vs baseline):", "",
           "%-8s" % "" + "".join("%16s" % ("%d page%s" % (p, "s" if p > 1 else ""))
                                 for p in pages)]
    for v in variants:
        cells = []
        for p in pages:
            m, b = inst_medians(rows, v, p), inst_medians(rows, "baseline", p)
            if not m:
                cells.append("%16s" % "-")
            elif v == "baseline" or not b:
                cells.append("%16s" % ("%.1f" % statistics.median(m)))
            else:
                cells.append("%16s" % ("%.1f (%+.1f)" % (statistics.median(m),
                                       statistics.median(m) - statistics.median(b))))
        out.append("%-8s" % short.get(v, v)[:7] + "".join(cells))
    return out


def tcg_groups(rows, v, p, mode):
    """Every repetition's ns per call of the tcg1 boots in mode, one list
    per boot."""
    return [r["ns_per_call"] for r in pick(rows, variant=v, kind="tcg1", pages=p, mode=mode)]


TCG_MODES = (("chained", "TCG, wall ns"), ("nochain", "TCG -d nochain, wall ns"))


def table_tcg(rows, variants):
    """What TCG wall time charges for: the same 1-vCPU plan timed by TCG
    with its default block chaining and with -d nochain, next to the exact
    instruction counts.  Cells: pooled median, change against baseline with
    its 95% bootstrap interval (timings) or exact (instructions)."""
    pages = sorted({r["pages"] for r in rows if r["kind"] == "tcg1"})
    out = ["| pages per call | measure | " + " | ".join(variants) + " |",
           "|---|---|" + "---|" * len(variants)]
    for p in pages:
        base_i = inst_medians(rows, "baseline", p)
        if base_i:
            cells = []
            for v in variants:
                m = inst_medians(rows, v, p)
                if not m:
                    cells.append("-")
                    continue
                d = statistics.median(m) - statistics.median(base_i)
                cells.append("%.1f" % statistics.median(m) + (
                    "" if v == "baseline" else
                    ", %+.1f%% (%+.1f)" % (100 * d / statistics.median(base_i), d)))
            out.append("| %d | instructions (icount) | %s |" % (p, " | ".join(cells)))
        for mode, what in TCG_MODES:
            base = tcg_groups(rows, "baseline", p, mode)
            if not base:
                continue
            cells = []
            for v in variants:
                g = tcg_groups(rows, v, p, mode)
                if not g:
                    cells.append("-")
                    continue
                cell = "%.0f" % statistics.median(x for gg in g for x in gg)
                if v != "baseline":
                    d, lo, hi, sig = change(g, base)
                    cell += ", %+.1f%% [%+.1f, %+.1f]%s" % (d, lo, hi, "" if sig else " (noise)")
                cells.append(cell)
            out.append("| %d | %s | %s |" % (p, what, " | ".join(cells)))
    return out


# Absolute addresses, symbol references and RIP-relative displacements
# (a global's or a per-CPU variable's offset from the instruction moves
# with every change of the code before it).
ADDR_RE = re.compile(r"\b(?:0x)?[0-9a-f]{8,16}\b|<[^>]*>|-?0x[0-9a-f]+(?=\(%rip\))")


def disasm_lines(path):
    """The instructions of an objdump -d listing, without their addresses,
    jump targets and symbol offsets: what stays comparable between two
    builds."""
    out = []
    for line in open(path, errors="replace"):
        m = re.match(r"\s*[0-9a-f]+:\s+(.*)", line)
        if m:
            out.append(ADDR_RE.sub("ADDR", re.sub(r"\s+", " ", m.group(1).strip())))
    return out


def disasm_diffs(resdir, variants):
    """disasm/<v>.diff against baseline's gup_fast_fallback(); returns
    (variant, instructions, added, removed) for each variant that has a
    listing."""
    d = os.path.join(resdir, "disasm")
    path = lambda v: os.path.join(d, "%s-gup_fast_fallback.s" % v)
    if not os.path.exists(path("baseline")):
        return []
    base = disasm_lines(path("baseline"))
    out = []
    for v in variants:
        if not os.path.exists(path(v)):
            continue
        mine = disasm_lines(path(v))
        diff = list(difflib.unified_diff(base, mine, "baseline", v, lineterm="", n=2))
        with open(os.path.join(d, "%s.diff" % v), "w") as f:
            f.write("\n".join(diff) + "\n")
        add = sum(1 for x in diff if x.startswith("+") and not x.startswith("+++"))
        rem = sum(1 for x in diff if x.startswith("-") and not x.startswith("---"))
        out.append((v, len(mine), add, rem))
    return out
