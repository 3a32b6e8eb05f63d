#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""tcgtrace.py LABEL ADDR SIZE EXECLOG KTAPLOG: tcg-trace.sh's report.

EXECLOG is QEMU's -d exec,in_asm log restricted (-dfilter) to the walker
function at ADDR (SIZE bytes): an "IN:" block per translated block (its
guest instructions) and a "Trace" line per block entered from QEMU's main
loop or its block lookup.  KTAPLOG holds lwbench's result line, which
gives the calls made.  Prints the entries per call, by block: the block's
offset in the function, its instructions, whether it spans two guest
pages (QEMU never chains a jump into such a block), and its entries per
call.  Standard library only."""

import collections
import re
import sys


def main():
    label, addr, size, execlog, ktaplog = sys.argv[1:6]
    lo, hi = int(addr, 16), int(addr, 16) + int(size, 16)
    calls = 0
    for line in open(ktaplog, errors="replace"):
        m = re.search(r"# result: mode=gup .*reps=(\d+) calls_per_rep=(\d+)", line)
        if m:
            calls += int(m.group(1)) * int(m.group(2))
    if not calls:
        sys.exit("tcgtrace.py: no lwbench result line in %s" % ktaplog)
    blocks = {}     # start pc -> (last instruction pc, instructions)
    entries = collections.Counter()
    cur = None
    for line in open(execlog, errors="replace"):
        if line.startswith("IN:"):
            cur = []
            continue
        m = re.match(r"0x([0-9a-f]+):", line)
        if m and cur is not None:
            cur.append(int(m.group(1), 16))
            continue
        if cur:
            blocks.setdefault(cur[0], (cur[-1], len(cur)))
            cur = None
        m = re.match(r"Trace \d+: 0x[0-9a-f]+ \[[0-9a-f]+/([0-9a-f]+)/", line)
        if m:
            pc = int(m.group(1), 16)
            if lo <= pc < hi:
                entries[pc] += 1
    if cur:
        blocks.setdefault(cur[0], (cur[-1], len(cur)))
    total = sum(entries.values())
    print("%s: gup_fast_fallback at %#x, %d bytes (page offset %#x); %d calls; "
          "blocks entered unchained: %.2f per call" % (label, lo, hi - lo, lo & 0xfff,
                                                       calls, total / calls))
    print("  %-8s %-6s %-12s %s" % ("offset", "insns", "spans pages", "entries per call"))
    for pc, n in sorted(entries.items()):
        last, ninsn = blocks.get(pc, (None, 0))
        span = "?" if last is None else ("yes" if pc >> 12 != last >> 12 else "no")
        if n / calls >= 0.01:
            print("  +%-7s %-6s %-12s %.2f" % ("%#x" % (pc - lo), ninsn or "?", span, n / calls))


if __name__ == "__main__":
    main()
