#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""tests/knobs.py: the knobs, declared once in workbench/knobs.conf.

  - the repository is in sync: knobs.py check passes (make help's knob
    section and docs/workbench.md's table are knobs.conf's, every knob a
    script reads is declared, every declared knob is read);
  - negative controls, each on a scratch copy of the repository with one
    drift, must make knobs.py check fail naming it: a docs table edited by
    hand, a script (shell, and Python) that reads a knob knobs.conf lacks,
    a declared knob no script reads, a Makefile whose help prints a stale
    knob list instead of knobs.py's, make help naming an undeclared knob,
    a CHECK type knob_check lacks; and --write-docs repairs the docs;
  - lib.sh's knob_check applies each CHECK type: a good value passes, a bad
    one stops it with an error naming the knob (every type knobs.py knows
    has a case here);
  - a harness control: a drift expected to pass must be reported FAIL.

Prints "PASS|FAIL knobs.<name> # why" per case (check.sh's results
format); exits 1 when a case failed.  Seconds; no build, no QEMU.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WB = os.path.dirname(HERE)
TOP = os.path.dirname(WB)
sys.path.insert(0, WB)
import knobs  # noqa: E402

RESULTS = []


def result(name, ok, why):
    RESULTS.append(ok)
    print("%s knobs.%s # %s" % ("PASS" if ok else "FAIL", name, why))
    sys.stdout.flush()


def scratch(tmp, name):
    """A copy of what knobs.py check reads: the Makefile, CI's script,
    workbench/ and docs/workbench.md."""
    d = os.path.join(tmp, name)
    os.makedirs(os.path.join(d, "docs"))
    shutil.copy(os.path.join(TOP, "Makefile"), d)
    shutil.copytree(os.path.join(TOP, ".ci"), os.path.join(d, ".ci"))
    shutil.copytree(WB, os.path.join(d, "workbench"),
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(os.path.join(TOP, "docs", "workbench.md"), os.path.join(d, "docs"))
    return d


def edit(path, old, new, count=1):
    text = open(path).read()
    if old not in text:
        raise RuntimeError("%s has no '%s' to edit" % (path, old))
    with open(path, "w") as f:
        f.write(text.replace(old, new, count))


def append(path, text):
    with open(path, "a") as f:
        f.write(text)


def run_check(repo, *args):
    p = subprocess.run([sys.executable, os.path.join(repo, "workbench", "knobs.py")] + list(args or ["check"]),
                       capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def oneline(out, n=2):
    lines = [l for l in out.splitlines() if l.strip()]
    return " | ".join(lines[:n])[:300]


def drift_case(tmp, name, what, change, want):
    """A scratch copy with CHANGE made must fail knobs.py check with a line
    matching WANT (a regular expression)."""
    repo = scratch(tmp, name)
    change(repo)
    rc, out = run_check(repo)
    if rc == 0:
        return False, "%s: knobs.py check passed" % what
    hits = [l for l in out.splitlines() if re.search(want, l)]
    return bool(hits), "%s: knobs.py check exit %d: %s" % (
        what, rc, oneline("\n".join(hits) if hits else "no line matches '%s' in: %s" % (want, out)))


# The drifts: name, what, change(repo), a line the check must print.
def docs_cell(repo):
    edit(os.path.join(repo, "docs", "workbench.md"), "| `CPUS` | 8 |", "| `CPUS` | 16 |")


def docs_markers(repo):
    edit(os.path.join(repo, "docs", "workbench.md"), knobs.END + "\n", "")


def sh_reads_undeclared(repo):
    append(os.path.join(repo, "workbench", "model.sh"),
           '\n[ -z "${WB_TEST_UNDECLARED_KNOB:-}" ] || echo "read"\n')


def sh_reads_bare(repo):
    append(os.path.join(repo, "workbench", "lkmm.sh"), '\necho "$WB_TEST_BARE_KNOB"\n')


def py_reads_undeclared(repo):
    edit(os.path.join(repo, "workbench", "ktap.py"), "\nimport ",
         "\nimport os\nWB_TEST = os.environ.get(\"WB_TEST_PY_KNOB\")\nimport ")


def mk_reads_undeclared(repo):
    edit(os.path.join(repo, "Makefile"), "\nmodel:\n\t@$(WB)/model.sh",
         "\nmodel:\n\t@$(WB)/model.sh $(WB_TEST_MAKE_KNOB)")


def conf_unread(repo):
    conf = os.path.join(repo, "workbench", "knobs.conf")
    append(conf, "WB_TEST_UNREAD | 1 | count 1 | model | read by no script\n")
    # The docs and make help follow knobs.conf: only the scan may object.
    subprocess.run([sys.executable, os.path.join(repo, "workbench", "knobs.py"), "--write-docs"],
                   capture_output=True)


def help_static(repo):
    edit(os.path.join(repo, "Makefile"), "\t@python3 $(WB)/knobs.py help",
         '\t@echo "Knobs: VARIANT CONFIG CPUS NODES (see docs/workbench.md)"')


def help_names_undeclared(repo):
    edit(os.path.join(repo, "Makefile"), "[KIT_VARIANTS=]", "[KIT_VARIANTS= KIT_TEST_KNOB=]")


def conf_type_unknown_to_lib(repo):
    # knobs.py learns a type that lib.sh's knob_check does not implement.
    edit(os.path.join(repo, "workbench", "knobs.py"), '    "text": (0, 0, "text"),',
         '    "text": (0, 0, "text"),\n    "hostname": (0, 0, "a host name"),')
    edit(os.path.join(repo, "workbench", "knobs.conf"), "| text | boot | extra kernel parameters",
         "| hostname | boot | extra kernel parameters")
    subprocess.run([sys.executable, os.path.join(repo, "workbench", "knobs.py"), "--write-docs"],
                   capture_output=True)


def conf_malformed(repo):
    append(os.path.join(repo, "workbench", "knobs.conf"), "WB_TEST_SHORT | 1 | count 1\n")


DRIFTS = [
    ("docs-drift", "a cell of the docs table edited by hand", docs_cell,
     r"docs/workbench\.md: the knob table differs from knobs\.conf .*CPUS"),
    ("docs-no-markers", "the docs table's end marker removed", docs_markers,
     r"docs/workbench\.md: no knob table between"),
    ("undeclared-sh", "a shell script reads ${WB_TEST_UNDECLARED_KNOB:-}", sh_reads_undeclared,
     r"workbench/model\.sh reads WB_TEST_UNDECLARED_KNOB from the environment"),
    ("undeclared-sh-bare", "a shell script reads $WB_TEST_BARE_KNOB, assigned nowhere", sh_reads_bare,
     r"workbench/lkmm\.sh reads WB_TEST_BARE_KNOB from the environment"),
    ("undeclared-py", "a Python script reads os.environ.get(\"WB_TEST_PY_KNOB\")", py_reads_undeclared,
     r"workbench/ktap\.py reads WB_TEST_PY_KNOB from the environment"),
    ("undeclared-make", "the Makefile reads $(WB_TEST_MAKE_KNOB)", mk_reads_undeclared,
     r"Makefile reads WB_TEST_MAKE_KNOB from the environment"),
    ("declared-unread", "knobs.conf declares a knob no script reads", conf_unread,
     r"knobs\.conf declares WB_TEST_UNREAD, and no script reads it"),
    ("help-drift", "make help prints a static knob list, not knobs.py help's", help_static,
     r"make help: its output does not end with knobs\.py help's knob section"),
    ("help-names-undeclared", "make help's text names KIT_TEST_KNOB=", help_names_undeclared,
     r"make help names the knob KIT_TEST_KNOB=, which knobs\.conf does not declare"),
    ("check-type-missing", "a CHECK type lib.sh's knob_check has no case for", conf_type_unknown_to_lib,
     r"knob_check has no case for the CHECK type 'hostname' \(APPEND\)"),
    ("conf-malformed", "a knobs.conf line of 3 fields", conf_malformed,
     r"knobs\.conf:\d+: 3 fields, not 5"),
]

# knob_check per CHECK type: the case, a knob of that type, a good value,
# a bad one and what the error must say.
TYPE_CASES = [
    ("count-min", "count 2 9", "5", "1", r"T_KNOB=1 is too small"),
    ("count-max", "count 2 9", "5", "10", r"T_KNOB=10 is too large"),
    ("count-not-decimal", "count 0", "0", "0x1", r"T_KNOB='0x1' is not a number"),
    ("counts", "counts 4", "4 16", "16 x", r"T_KNOB='x' is not a number"),
    ("variant", "variant", "lazy", "lazy cpumask", r"T_KNOB='lazy cpumask': T_KNOB takes one variant"),
    ("variants", "variants", "lazy cpumask", "lazy bogus", r"T_KNOB: unknown variant 'bogus'"),
    ("config", "config", "debug", "../configs/check", r"T_KNOB: unknown config '\.\./configs/check'"),
    ("configs", "configs", "debug nosmp", "debug bogus", r"T_KNOB: unknown config 'bogus'"),
    ("pairs", "pairs", "cpumask:debug", "cpumask", r"T_KNOB: 'cpumask' is not VARIANT:CONFIG"),
    ("enum", "enum kvm tcg", "tcg", "xen", r"T_KNOB=xen: kvm or tcg, nothing else"),
    ("enums", "enums lkmm args", "args lkmm", "args bogus", r"T_KNOB: unknown 'bogus'"),
    ("arch", "arch", "arm64", "mips", r"T_KNOB='mips': unknown architecture"),
    ("group", "group", "eqs", "bogus", r"T_KNOB=bogus: unknown group"),
    ("broken", "broken", "stale-patch", "../x", r"T_KNOB: unknown negative control '\.\./x'"),
    ("icount", "icount", "shift=0,sleep=off", "shift=x", r"T_KNOB='shift=x'"),
    ("duration", "duration", "10m", "10 m", r"T_KNOB='10 m': T_KNOB takes a duration"),
    ("designs", "designs", "lazy-sync10-aref,baseline", "lazy-syncx", r"T_KNOB: 'lazy-syncx' is not a walker_model design"),
    ("plan", "plan", "plan-eval", "../init", r"T_KNOB=\.\./init: no plan file"),
    ("vmtests", "vmtests", "thp gup_test", "thp khugepaged", r"T_KNOB: 'khugepaged' is not a category"),
    ("vmtests-twice", "vmtests", "cow", "cow cow", r"T_KNOB: 'cow' named twice"),
    ("file", "file", "@FILE@", "@TMP@/none", r"T_KNOB=.*/none does not exist"),
    ("executable", "executable", "/bin/sh", "@FILE@", r"T_KNOB=.* is not an executable"),
    ("command", "command", "sh", "no-such-command-wb", r"T_KNOB=no-such-command-wb is neither an executable"),
    ("dir", "dir", "@TMP@/new", "@FILE@", r"T_KNOB=.* exists and is not a directory"),
    ("dir-exists", "dir-exists", "@TMP@", "@TMP@/none", r"T_KNOB=.*/none is not a directory"),
    ("dir-new", "dir-new guest-build .wb-guest", "@TMP@/guest", "@TMP@/other",
     r"T_KNOB=.*/other holds something other than a guest build"),
    ("dir-new-root", "dir-new guest-build .wb-guest", "@TMP@/new", "/", r"T_KNOB=/ would remove /"),
    ("text", "text", "anything at all", None, None),
]


def type_cases(tmp):
    repo = scratch(tmp, "types")
    conf = os.path.join(repo, "workbench", "knobs.conf")
    fixtures = os.path.join(tmp, "fixtures")
    os.makedirs(os.path.join(fixtures, "guest"))
    os.makedirs(os.path.join(fixtures, "other"))
    for f in ("guest/.wb-guest", "guest/initramfs.cpio.gz", "other/precious", "file"):
        with open(os.path.join(fixtures, f), "w") as fh:
            fh.write("x\n")
    covered = set()
    for case, check, good, bad, want in TYPE_CASES:
        covered.add(check.split()[0])
        with open(conf, "w") as f:
            f.write("T_KNOB | none | %s | model | a test knob\n" % check)
        sub = lambda v: v.replace("@TMP@", fixtures).replace("@FILE@", os.path.join(fixtures, "file"))
        why = []
        for value, ok in ((good, True), (bad, False)):
            if value is None:
                continue
            p = subprocess.run(["bash", "-c", '. "$1/workbench/lib.sh" && knob_check T_KNOB && echo checked',
                                "knob_check", repo], env=dict(os.environ, T_KNOB=sub(value)),
                               capture_output=True, text=True)
            out = p.stdout + p.stderr
            if ok and (p.returncode != 0 or "checked" not in out):
                why.append("'%s' refused: %s" % (value, oneline(out, 1)))
            if not ok and (p.returncode == 0 or not re.search("ERROR: " + want, out)):
                why.append("'%s' %s" % (value, "accepted" if p.returncode == 0 else
                                        "refused without an error matching '%s': %s" % (want, oneline(out, 1))))
        result("knob-check." + case, not why, "; ".join(why) if why else "'%s': '%s' passes%s" % (
            check, good, ", '%s' stops it: %s" % (bad, want.replace("\\", "")) if bad is not None else ""))
    # Unset or empty: the script's own default applies, nothing is checked;
    # an undeclared knob is the calling script's error.
    p = subprocess.run(["bash", "-c", '. "$1/workbench/lib.sh" && T_KNOB= knob_check T_KNOB && '
                        'knob_check T_UNDECLARED', "knob_check", repo],
                       capture_output=True, text=True)
    result("knob-check.undeclared", p.returncode != 0 and "T_UNDECLARED is not declared" in p.stderr,
           "an empty knob is not checked, an undeclared one stops the caller: %s" % oneline(p.stderr, 1))
    missing = sorted(set(knobs.TYPES) - covered)
    result("knob-check.every-type", not missing,
           "every CHECK type has a case here" if not missing else "no case for: %s" % " ".join(missing))
    # The real table: every knob's check runs (a knob set to a value its
    # own check takes would need a value per knob; here only that
    # knob_check finds each declared knob and knows its type).
    names = [k.name for k in knobs.read_conf()[0]]
    p = subprocess.run(["bash", "-c", '. "$1/workbench/lib.sh"; shift; for n; do s=$(knob_spec "$n") || '
                        'echo "undeclared $n"; done', "knob_spec", TOP] + names,
                       capture_output=True, text=True)
    result("knob-spec.every-knob", p.returncode == 0 and not p.stdout.strip(),
           "lib.sh's knob_spec finds all %d knobs of knobs.conf%s" % (len(names), (": " + oneline(p.stdout + p.stderr))
                                                                   if p.stdout.strip() else ""))


def main():
    with tempfile.TemporaryDirectory(prefix="wb-knobs.") as tmp:
        rc, out = run_check(TOP)
        result("in-sync", rc == 0, oneline(out, 3))
        # The scratch copy itself passes: the drifts below are what fails.
        repo = scratch(tmp, "pristine")
        rc, out = run_check(repo)
        result("scratch-in-sync", rc == 0, "an unchanged scratch copy: " + oneline(out, 3))

        for name, what, change, want in DRIFTS:
            try:
                ok, why = drift_case(tmp, name, what, change, want)
            except (RuntimeError, OSError) as e:
                ok, why = False, "could not make the drift: %s" % e
            result("drift." + name, ok, why)

        # --write-docs repairs a drifted table.
        repo = scratch(tmp, "write-docs")
        docs_cell(repo)
        subprocess.run([sys.executable, os.path.join(repo, "workbench", "knobs.py"), "--write-docs"],
                       capture_output=True)
        rc, out = run_check(repo)
        result("write-docs", rc == 0, "a drifted table rewritten by --write-docs: " + oneline(out, 2))

        # make help and the table list every knob.
        ks = knobs.read_conf()[0]
        _, help_out = run_check(TOP, "help")
        _, table = run_check(TOP, "table")
        lost = [k.name for k in ks if not re.search(r"^  %s( \[|$)" % k.name, help_out, re.M)
                or "| `%s` |" % k.name not in table]
        result("help-and-table-list-every-knob", not lost,
               "%d knobs in both" % len(ks) if not lost else "missing: %s" % " ".join(lost))

        type_cases(tmp)

        # Harness control: a drift whose error line is expected to be one
        # that never comes must be reported FAIL by drift_case.
        ok, why = drift_case(tmp, "control", "docs drift, expected to pass", docs_cell, r"(?!x)x")
        result("negative-control", not ok,
               "a drift the harness was told to expect no error for: reported FAIL" if not ok
               else "the harness passed a drift: " + why)
    return 0 if all(RESULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
