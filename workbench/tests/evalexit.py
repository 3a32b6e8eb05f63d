#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""tests/evalexit.py: eval.py on made-up runs with the exit scenarios
(plan-eval's sync.exit.*, lwbench exit): the rows are parsed (op, case,
sharers, IPIs), reported in the sync-IPI table, the idle-CPU table, the
cover letter's table and the targets, in order after collapse and unshare,
and the targets say met where each variant sends what guest/expect.sh
expects: baseline nr_cpus - 1 sync IPIs per exit with 2 sharers, none with
3; every other variant none.

Negative controls: a run whose results violate that (a series variant
that IPIs its stale walker CPUs at exit, as v2 did; a baseline exit that
does not broadcast; a baseline exit with 3 sharers that does) must be
reported NOT met, and malformed exit rows (an unknown case, a b<K> case of
another operation, a result of another mode, sharers that disagree with
the name, a missing field) must stop eval.py with an error naming the run
and the scenario, not a traceback.  The exit rows alone (plan-exit's runs)
must make eval.py's tables too.

Prints "PASS|FAIL evalexit.<case> # why" per case (check.sh's results
format); exits 1 when a case failed.  Needs python3 and gnuplot (eval.py
draws its plots); no kernel, no QEMU."""

import json
import os
import subprocess
import sys
import tempfile

WB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
EVAL = os.path.join(WB, "eval.py")
CPUS = 8
N = 100

# What each variant sends per operation: per CPU (the caller's is CPU 0).
BCAST = [0] + [N] * (CPUS - 1)
NONE = [0] * CPUS
# v2's exit: one IPI per stale bit (walker CPUs 1-3) per exit.
STALE = [0, N, N, N] + [0] * (CPUS - 4)


def result(mode, walkers=0, sharers=2, busy=0, ipis=NONE, n=N, drop=()):
    """lwbench's "# result:" line (run_sync()'s format)."""
    lat = [1000000 + 997 * ((i * 37) % 101) for i in range(n)]
    srt = sorted(lat)
    f = [("mode", mode), ("ops", n), ("collapses", n), ("failed", 0), ("caller", 0),
         ("walkers", walkers), ("idle", 0), ("spin", 0), ("rewalk", 0), ("busy", busy),
         ("sharers", sharers), ("other_walkers", 0), ("walker_calls", walkers * n),
         ("other_walker_calls", 0), ("cpus", CPUS), ("sync_events", sum(ipis)),
         ("sync_ipis", ",".join(map(str, ipis))), ("exp_ipis", ",".join(["0"] * CPUS)),
         ("cal_delta", ",".join(str(x + 1) for x in ipis)),
         ("lat_ns", ",".join(str(srt[(n - 1) * p // 100]) for p in (50, 0, 10, 90, 100))),
         ("lat_all", ",".join(map(str, lat)))]
    return "# result: " + " ".join("%s=%s" % kv for kv in f if kv[0] not in drop)


def scenarios(variant, override=None):
    """(name, command, result line) of plan-eval's collapse/unshare w0 and
    its exit rows, with what the variant sends; override: {name: line}."""
    base = variant == "baseline"
    sync = BCAST if base else NONE
    rows = [("sync.collapse.w0", "lwbench collapse -q -n 100 -c 0 -e $WB_EXPECT",
             result("collapse", ipis=sync)),
            ("sync.unshare.w0", "lwbench unshare -q -n 100 -c 0 -e $WB_EXPECT",
             result("unshare", ipis=sync)),
            ("sync.exit.w0", "lwbench exit -q -n 100 -c 0 -e $WB_EXPECT_EXIT",
             result("exit", ipis=sync)),
            ("sync.exit.i3", "lwbench exit -q -n 100 -c 0 -w 3 -e $WB_EXPECT_EXIT",
             result("exit", walkers=3, ipis=sync)),
            ("sync.exit.b3", "lwbench exit -q -n 100 -c 0 -w 3 -B -e $WB_EXPECT_EXIT",
             result("exit", walkers=3, busy=1, ipis=sync)),
            ("sync.exit.s3b3",
             "lwbench exit -q -n 100 -c 0 -s 3 -w 3 -B -e $WB_EXPECT_EXIT_SHARED",
             result("exit", walkers=3, sharers=3, busy=1, ipis=NONE))]
    override = override or {}
    return [(name, cmd, override.get(name, line)) for name, cmd, line in rows]


def run_dir(top, variant, rows, tag="r1"):
    """A guest run as boot.sh leaves it: accel and the guest's ktap.log."""
    d = os.path.join(top, "%s-%dc2n-%s" % (variant, CPUS, tag))
    os.makedirs(d)
    with open(os.path.join(d, "accel"), "w") as f:
        f.write("tcg\n")
    lines = ["KTAP version 1", "# variant=%s cpus=%d nodes=2" % (variant, CPUS),
             "1..%d" % len(rows)]
    for i, (name, cmd, line) in enumerate(rows, 1):
        lines += ["# running %s: %s" % (name, cmd), "    " + line, "ok %d %s" % (i, name)]
    with open(os.path.join(d, "ktap.log"), "w") as f:
        f.write("\n".join(lines + ["@@WB-DONE@@"]) + "\n")


def evaluate(runs, only_exit=False):
    """eval.py on runs {variant: override}: (exit status, output, files).
    only_exit: the exit rows alone, as plan-exit's runs have them."""
    with tempfile.TemporaryDirectory() as top:
        rd, out = os.path.join(top, "runs"), os.path.join(top, "res")
        os.makedirs(rd)
        os.makedirs(out)
        for v, override in runs.items():
            run_dir(rd, v, [r for r in scenarios(v, override)
                            if not only_exit or r[0].startswith("sync.exit.")])
        p = subprocess.run([sys.executable, EVAL, out, rd], capture_output=True, text=True)
        files = {}
        for f in ("summary.md", "numbers.txt", "cover.txt", "results.json"):
            path = os.path.join(out, f)
            if os.path.exists(path):
                files[f] = open(path).read()
    return p.returncode, p.stdout + p.stderr, files


GOOD = {"baseline": None, "lazy": None, "cpumask": None, "rcu": None}
TARGET = "- %s exit, %s, 8 vCPUs, run r1: %s sync IPIs per exit wanted, got %s"
LABEL = {"w0": "no walker",
         "i3": "3 threads that walked once and exited, CPUs idle at the exit",
         "b3": "3 threads that walked until just before the exit",
         "s3b3": "3 threads that walked until just before the exit (3 sharers)"}


def check_good(res):
    rc, out, files = evaluate(GOOD)

    def case(name, ok, why):
        res.append(("good." + name, None if ok else why))

    case("exit-status", rc == 0, "eval.py exited %d: %s" % (rc, out[-600:]))
    if rc:
        return
    rows = json.loads(files["results.json"])
    ex = {(r["variant"], r["case"]): r for r in rows if r.get("op") == "exit"}
    case("parsed", len(ex) == 4 * len(GOOD),
         "%d exit rows in results.json, %d wanted" % (len(ex), 4 * len(GOOD)))
    r = ex.get(("baseline", "s3b3"), {})
    case("parsed.s3b3", (r.get("mode"), r.get("k"), r.get("sharers"), r.get("walkers"))
         == ("b", 3, 3, 3), "baseline s3b3 parsed as %s" % {k: r.get(k) for k in
                                                          ("mode", "k", "sharers", "walkers")})
    r = ex.get(("baseline", "w0"), {})
    case("parsed.baseline-w0", r.get("ipis_per_sync") == CPUS - 1 and r.get("sharers") == 2,
         "baseline w0: %s IPIs per exit, %s sharers" % (r.get("ipis_per_sync"), r.get("sharers")))
    md = files["summary.md"]
    for c, lab in LABEL.items():
        case("ipi-table." + c, "| exit | %s |" % lab in md,
             "no row '| exit | %s |' in summary.md's sync-IPI table" % lab)
    table = md.split("## Sync IPIs per operation", 1)[-1].split("\n## ", 1)[0]
    order = [line.split("|")[1].strip() for line in table.splitlines()
             if line.startswith("| ") and not line.startswith("| operation")]
    case("ipi-table.order", order == ["collapse", "unshare"] + ["exit"] * 4,
         "sync-IPI table rows in the order %s" % order)
    case("ipi-table.baseline-w0", "| exit | no walker | 7.00 / 7 | 0.00 / 0 |" in md,
         "no '| exit | no walker | 7.00 / 7 | 0.00 / 0 |' (baseline, lazy) in summary.md")
    case("quiet-table", "| exit | %s | 100,100,100 | 0,0,0 |" % LABEL["i3"] in md,
         "exit i3 not in the idle/nohz_full table with baseline 100,100,100, lazy 0,0,0")
    case("note", "exit: each operation is the exit of a process" in md,
         "summary.md does not say what an exit operation is")
    for v in GOOD:
        for c, lab in LABEL.items():
            want = "nr_cpus - 1 = 7 (within 1%)" if v == "baseline" and c != "s3b3" else "0"
            got = "7" if want != "0" else "0"
            line = TARGET % (v, lab, want, got)
            hit = [x for x in md.splitlines() if x.startswith(line)]
            case("target.%s.%s" % (v, c), len(hit) == 1 and hit[0].endswith("**met**"),
                 "no line '%s ... **met**' in the targets" % line)
    # Only the exit targets judge the exit rows: four lines per variant.
    for v in GOOD:
        lines = [x for x in md.splitlines() if x.startswith("- %s exit, " % v)]
        case("target.%s.only-exit-targets" % v, len(lines) == 4,
             "%d target lines for %s's exit rows, 4 wanted: %s" % (len(lines), v, lines))
    case("cover", "exit w0" in files["cover.txt"] and "exit s3b3" in files["cover.txt"],
         "cover.txt has no exit w0 / exit s3b3 row")
    case("numbers", "| exit | %s |" % LABEL["b3"] in files["numbers.txt"],
         "numbers.txt has no exit b3 row")


def check_plan_exit(res):
    """plan-exit's runs (the exit rows alone): eval.py makes its tables
    (and leaves out the plots of collapse and unshare, which it has no
    values for: gnuplot refuses an empty histogram)."""
    rc, out, files = evaluate(GOOD, only_exit=True)
    md = files.get("summary.md", "")
    met = [x for x in md.splitlines() if x.startswith("- ") and x.endswith("**met**")]
    ok = rc == 0 and len(met) == 4 * len(GOOD) and len(met) == len(
        [x for x in md.splitlines() if x.startswith("- ")])
    res.append(("plan-exit-only", None if ok else
                "eval.py exited %d with %d targets met of %d wanted: %s"
                % (rc, len(met), 4 * len(GOOD), out[-400:])))


# Negative controls: results that violate the expectation.
VIOLATIONS = [
    ("v2-stale-bits", "lazy", {"sync.exit.i3": result("exit", walkers=3, ipis=STALE)},
     TARGET % ("lazy", LABEL["i3"], "0", "3")),
    ("baseline-no-broadcast", "baseline", {"sync.exit.w0": result("exit", ipis=NONE)},
     TARGET % ("baseline", LABEL["w0"], "nr_cpus - 1 = 7 (within 1%)", "0")),
    ("baseline-shared-broadcast", "baseline",
     {"sync.exit.s3b3": result("exit", walkers=3, sharers=3, busy=1, ipis=BCAST)},
     TARGET % ("baseline", LABEL["s3b3"], "0", "7")),
    # An IPI to the exiting process's own CPU counts too.
    ("ipi-to-caller", "cpumask",
     {"sync.exit.b3": result("exit", walkers=3, busy=1, ipis=[1] + [0] * (CPUS - 1))},
     TARGET % ("cpumask", LABEL["b3"], "0", "0.01")),
]

# Malformed rows: (case, variant, {name: line} or a renamed scenario, what the error says).
MALFORMED = [
    ("unknown-case", {"sync.exit.x3": result("exit", walkers=3)},
     "scenario sync.exit.x3: case 'x3' is not [s<S>]{w,i,u,r,o,b}<K>"),
    ("b-not-exit", {"sync.collapse.b3": result("collapse", walkers=3, busy=1)},
     "scenario sync.collapse.b3: case b<K> (lwbench exit -B) is exit's only"),
    ("other-mode", {"sync.exit.w0": result("unshare")},
     "scenario sync.exit.w0: the result is lwbench unshare's, not exit's"),
    ("sharers-disagree", {"sync.exit.s3b3": result("exit", walkers=3, sharers=2, busy=1)},
     "scenario sync.exit.s3b3: the result has 2 sharers, the name 3"),
    ("missing-field", {"sync.exit.i3": result("exit", walkers=3, drop=("collapses",))},
     "scenario sync.exit.i3: no field 'collapses'"),
]


def check_negative(res):
    for name, v, override, line in VIOLATIONS:
        rc, out, files = evaluate(dict(GOOD, **{v: override}))
        hit = [x for x in files.get("summary.md", "").splitlines() if x.startswith(line)]
        ok = rc == 0 and len(hit) == 1 and hit[0].endswith("**NOT met**")
        res.append(("negative." + name, None if ok else
                    "eval.py exited %d; wanted one line '%s ... **NOT met**', got %s"
                    % (rc, line, hit or "none")))
    for name, extra, msg in MALFORMED:
        with tempfile.TemporaryDirectory() as top:
            rd, out = os.path.join(top, "runs"), os.path.join(top, "res")
            os.makedirs(rd)
            os.makedirs(out)
            rows = scenarios("cpumask")
            names = {n for n, _, _ in rows}
            rows = [(n, c, extra.get(n, line)) for n, c, line in rows]
            rows += [(n, "lwbench (made up)", line) for n, line in extra.items() if n not in names]
            run_dir(rd, "cpumask", rows)
            p = subprocess.run([sys.executable, EVAL, out, rd], capture_output=True, text=True)
        err = p.stderr.strip().splitlines()
        ok = p.returncode != 0 and "Traceback" not in p.stderr and err and \
            err[-1].startswith("eval.py: error: ") and "cpumask-8c2n-r1" in err[-1] and \
            err[-1].endswith(msg)
        res.append(("malformed." + name, None if ok else
                    "wanted exit status != 0 and 'eval.py: error: ...cpumask-8c2n-r1: %s', "
                    "got %d: %s" % (msg, p.returncode, (p.stderr.strip() or "(nothing)")[-400:])))


def main():
    res = []
    check_good(res)
    check_plan_exit(res)
    check_negative(res)
    failed = 0
    for name, why in res:
        print("%s evalexit.%s%s" % ("PASS" if why is None else "FAIL", name,
                                    "" if why is None else " # " + why))
        failed += why is not None
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
