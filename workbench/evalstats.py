# SPDX-License-Identifier: GPL-2.0
"""Statistics of make eval's rows (eval.py): selection, percentiles and the
hierarchical bootstrap of a change against baseline.  Standard library
only."""

import random
import statistics


def pctl(vals, pct):
    """The pct-th percentile (nearest rank below) of vals."""
    v = sorted(vals)
    return v[(len(v) - 1) * pct // 100]


def boot_ci(a_groups, b_groups, n=2000, seed=1):
    """95% interval of the change (in %) of the median of a against b, by a
    hierarchical bootstrap: per resample, the boots of each side are drawn
    with replacement, then the samples within each drawn boot."""
    rng = random.Random(seed)

    def resample(groups):
        out = []
        for _ in groups:
            g = groups[rng.randrange(len(groups))]
            out.extend(g[rng.randrange(len(g))] for _ in g)
        return out
    diffs = []
    for _ in range(n):
        mb = statistics.median(resample(b_groups))
        diffs.append(100.0 * (statistics.median(resample(a_groups)) - mb) / mb if mb else 0.0)
    diffs.sort()
    return diffs[int(0.025 * n)], diffs[int(0.975 * n) - 1]


def change(a_groups, b_groups):
    """'+x.x% [lo, hi]' of a's pooled median against b's, and whether the
    interval excludes 0."""
    a = [x for g in a_groups for x in g]
    b = [x for g in b_groups for x in g]
    mb = statistics.median(b)
    d = 100.0 * (statistics.median(a) - mb) / mb
    lo, hi = boot_ci(a_groups, b_groups)
    return d, lo, hi, not lo <= 0 <= hi


def pick(rows, **kw):
    return [r for r in rows if all(r.get(k) == v for k, v in kw.items())]


