#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""litmusmodels.py: each litmus test names the code it models, and that
code exists.

  litmusmodels.py tree TREE [TEST...]
      the code of TREE, an assembled tree (build/<variant>/linux)
  litmusmodels.py series BASE [--variant V] [TEST...]
      the code of the series as patches/ holds it: BASE (a git tree: its
      HEAD, as series.py check reads it; else its files), the overlay's
      new files and the patches of variant V (default cpumask, the series),
      applied in order as series.py applies them, in a scratch directory

TEST defaults to Documentation/litmus-tests/lockless-walk/*.litmus of this
repository.  The header comment of every test has one "Models:" line per
process of the test, naming the process and the functions it models, each
with the file that defines it, separated by commas; a line that ends with
a comma goes on on the next comment line:

 * Models: P0 tlb_lockless_walker_drop() (mm/mmu_gather.c),
 *	mm_lockless_walk_begin() (include/linux/mm_lockless_walk.h)
 * Models: P1 tlb_remove_table_sync_mm() (mm/mmu_gather.c),
 *	smp_call_function_many_cond() (kernel/smp.c)

Checked: every test has Models: lines, one for each of its processes (P0,
P1, ...) and none for a process it lacks; each entry is "name() (path)";
the file exists in the code checked and defines the function (a function
definition at file scope, or a function-like #define; a prototype, a call
or a mention in a comment is not one).  Every failure is an "ERROR: <test>:
..." line on stderr naming the test and the function or file; exit status
1 then, 2 for bad arguments.  On success one line on stdout.  Stdlib only
(and git, to read BASE and to apply the patches).
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

WB = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(WB)
TESTDIR = os.path.join(TOP, "Documentation", "litmus-tests", "lockless-walk")
DEFAULT_VARIANT = "cpumask"

ENTRY = re.compile(r"^([A-Za-z_]\w*)\(\)\s+\(([\w.+/-]+)\)$")
PROCESS = re.compile(r"^P(\d+)\s*\(", re.M)
# Words that may start a line at file scope in front of a call, never in
# front of a definition.
NOT_A_TYPE = {"return", "if", "else", "while", "for", "do", "switch",
              "case", "goto", "sizeof", "typeof", "__typeof__"}


def usage(msg):
    sys.stderr.write("ERROR: %s\nusage: litmusmodels.py tree TREE [TEST...]\n"
                     "       litmusmodels.py series BASE [--variant V] "
                     "[TEST...]\n" % msg)
    sys.exit(2)


def die(msg):
    sys.stderr.write("ERROR: %s\n" % msg)
    sys.exit(1)


# ---- The tests' Models: lines ----

def header_comment(text):
    """The first (* ... *) comment of a litmus test, or None."""
    m = re.search(r"\(\*(.*?)\*\)", text, re.S)
    return m.group(1) if m else None


def models_lines(comment):
    """The Models: lines of a header comment, continuations joined, each
    as (line number within the comment, text after "Models:")."""
    out = []
    lines = comment.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^\s*\*?\s*Models:\s*(.*?)\s*$", lines[i])
        if not m:
            i += 1
            continue
        start, text = i, m.group(1)
        while text.endswith(",") and i + 1 < len(lines):
            i += 1
            text += " " + re.sub(r"^\s*\*?\s*", "", lines[i]).strip()
        out.append((start, text))
        i += 1
    return out


def parse_test(path):
    """(models, errors): models is a list of (process, function, file)."""
    name = os.path.basename(path)
    try:
        text = open(path).read()
    except OSError as e:
        return [], ["%s: cannot read it: %s" % (name, e.strerror)]
    comment = header_comment(text)
    if comment is None:
        return [], ["%s: no (* ... *) header comment" % name]
    lines = models_lines(comment)
    if not lines:
        return [], ["%s: no 'Models:' line in its header comment (one per "
                    "process: ' * Models: P0 fn() (path), ...')" % name]
    procs = sorted(set("P" + n for n in PROCESS.findall(text)),
                   key=lambda p: int(p[1:]))
    models, errors, named = [], [], []
    for _, line in lines:
        m = re.match(r"^(P\d+)\s+(.*)$", line)
        if not m:
            errors.append("%s: 'Models: %s' does not start with the process "
                          "it is for (P0, P1, ...)" % (name, line))
            continue
        proc, rest = m.groups()
        if proc in named:
            errors.append("%s: two Models: lines for %s" % (name, proc))
        named.append(proc)
        if proc not in procs:
            errors.append("%s: Models: %s, but the test has no process %s "
                          "(it has %s)" % (name, proc, proc, " ".join(procs)))
        for item in [s.strip() for s in rest.split(",")]:
            e = ENTRY.match(item)
            if not e:
                errors.append("%s: Models: %s: '%s' is not 'function() "
                              "(path)'" % (name, proc, item))
                continue
            models.append((proc, e.group(1), e.group(2)))
    for p in procs:
        if p not in named:
            errors.append("%s: %s has no Models: line" % (name, p))
    return models, errors


# ---- Function definitions in C ----

CODE_NOISE = re.compile(r"//[^\n]*|/\*.*?\*/|\"(?:\\.|[^\"\\\n])*\"|"
                        r"'(?:\\.|[^'\\\n])*'", re.S)


def strip_comments(src):
    """src with comments blanked (newlines kept) and string and character
    literals emptied."""
    def repl(m):
        s = m.group(0)
        if s[0] in "\"'":
            return s[0] * 2
        return "\n" * s.count("\n") or " "
    return CODE_NOISE.sub(repl, src)


def defines(src, fn):
    """Whether C source src defines the function (or function-like macro)
    fn: at file scope, a line that starts with its type words and the name
    (or the name itself, the type on the line above), the parameters, and
    then a body ("{") before any ";"."""
    code = strip_comments(src)
    if re.search(r"^[ \t]*#[ \t]*define[ \t]+%s\(" % re.escape(fn), code, re.M):
        return True
    for m in re.finditer(r"^((?:[A-Za-z_]\w*[ \t*]+)*)\**[ \t]*%s[ \t]*\("
                         % re.escape(fn), code, re.M):
        if set(re.findall(r"\w+", m.group(1))) & NOT_A_TYPE:
            continue
        depth, i = 1, m.end()
        while i < len(code) and depth:
            depth += {"(": 1, ")": -1}.get(code[i], 0)
            i += 1
        rest = re.search(r"[;{=,]", code[i:])
        if rest and rest.group(0) == "{":
            return True
    return False


# ---- The code checked ----

class Tree:
    """The files of an assembled tree."""

    def __init__(self, tree):
        self.root = tree
        self.what = tree

    def read(self, path):
        try:
            with open(os.path.join(self.root, path), errors="replace") as f:
                return f.read()
        except OSError:
            return None

    def close(self):
        pass


class Series(Tree):
    """The named files as BASE, the overlay and a variant's patches make
    them, in a scratch directory."""

    def __init__(self, base, variant, paths):
        sys.path.insert(0, WB)
        import series  # noqa: E402  (workbench/series.py)
        entries = series.variant_entries(variant)
        self.what = "%s + the overlay + %s's %d series entries" % (
            base, variant, len(entries))
        self.scratch = tempfile.mkdtemp(prefix="litmusmodels.")
        self.root = os.path.join(self.scratch, "tree")
        os.makedirs(self.root)
        isgit = subprocess.run(["git", "-C", base, "rev-parse", "--git-dir"],
                               capture_output=True).returncode == 0
        for p in paths:
            if isgit:
                r = subprocess.run(["git", "-C", base, "cat-file", "blob",
                                    "HEAD:" + p], capture_output=True)
                data = r.stdout if r.returncode == 0 else None
            else:
                try:
                    data = open(os.path.join(base, p), "rb").read()
                except OSError:
                    data = None
            if data is not None:
                self._write(p, data)
        env = dict(os.environ, GIT_CEILING_DIRECTORIES=self.scratch)
        for e in entries:
            with open(os.path.join(series.PATCHES, e["patch"])) as f:
                secs = re.split(r"(?m)^(?=diff --git )", f.read())[1:]
            mine = [s for s in secs
                    if re.match(r"diff --git a/(\S+) b/(\S+)", s).group(2)
                    in paths]
            if mine:
                r = subprocess.run(["git", "apply", "-"], cwd=self.root,
                                   env=env, input="".join(mine), text=True,
                                   capture_output=True)
                if r.returncode:
                    self.close()
                    die("%s does not apply to %s as %s has it: %s" % (
                        e["patch"], ", ".join(sorted(set(
                            re.match(r"diff --git a/(\S+)", s).group(1)
                            for s in mine))), base,
                        r.stderr.strip().splitlines()[0]))
            for nf in e["new"]:
                if nf in paths:
                    self._write(nf, open(os.path.join(TOP, nf), "rb").read())

    def _write(self, path, data):
        dst = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "wb") as f:
            f.write(data)

    def close(self):
        shutil.rmtree(self.scratch, ignore_errors=True)


def main():
    args = sys.argv[1:]
    if len(args) < 2 or args[0] not in ("tree", "series"):
        usage("expected 'tree TREE' or 'series BASE'")
    mode, where, rest = args[0], args[1], args[2:]
    variant = DEFAULT_VARIANT
    if mode == "series" and rest[:1] == ["--variant"]:
        if len(rest) < 2:
            usage("--variant needs a variant")
        variant, rest = rest[1], rest[2:]
    if not os.path.isdir(where):
        usage("%s is not a directory (the %s)" % (
            where, "tree" if mode == "tree" else "base"))
    tests = rest or sorted(glob.glob(os.path.join(TESTDIR, "*.litmus")))
    if not tests:
        die("no litmus tests in %s" % TESTDIR)

    errors, parsed = [], []
    for t in tests:
        models, errs = parse_test(t)
        errors += errs
        parsed.append((os.path.basename(t), models))
    paths = sorted(set(p for _, ms in parsed for _, _, p in ms))
    code = Tree(where) if mode == "tree" else Series(where, variant, paths)
    try:
        sources = {p: code.read(p) for p in paths}
        for name, models in parsed:
            for proc, fn, path in models:
                src = sources[path]
                if src is None:
                    errors.append("%s: Models: %s %s() (%s): no such file "
                                  "in %s" % (name, proc, fn, path, code.what))
                elif not defines(src, fn):
                    errors.append("%s: Models: %s %s() (%s): not defined "
                                  "there, in %s" % (name, proc, fn, path,
                                                    code.what))
    finally:
        code.close()
    for e in errors:
        sys.stderr.write("ERROR: %s\n" % e)
    if errors:
        sys.stderr.write("ERROR: %d problem(s) with the Models: lines of %d "
                         "litmus test(s)\n" % (len(errors), len(tests)))
        sys.exit(1)
    n = sum(len(ms) for _, ms in parsed)
    print("litmusmodels: %d tests name %d functions (%d distinct) in %d "
          "files, each defined there, in %s" % (
              len(tests), n, len(set((f, p) for _, ms in parsed
                                     for _, f, p in ms)),
              len(paths), code.what))


if __name__ == "__main__":
    main()
