#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Series bookkeeping: patches/series <-> commits in build/<variant>/linux.

patches/series has one line per commit, in order:

    <patch-file> <group> [<new-file> ...]

<patch-file> (in patches/) holds the commit message and the changes to
existing upstream files; each <new-file> is a file the commit adds, kept
complete at its kernel path in the repository's top-level overlay
(include/, mm/, tools/, ...).  A variant (workbench/variants.conf) is a
named list of groups: its commits are the series entries of those groups,
in series order.

The new-file rule: a commit does not modify a file that an earlier commit
added (fold the change into that commit instead), so the overlay is the one
complete copy of every new file.  Groups listed on variants.conf's
"@on-top" line are exempt: patches that extend a file of the series (the
EQS filter's KUnit case) or rewrite it (the strict and per-CPU-pointer
comparison designs); a reviewer reads them as the diff against it.

Commands:
  entries VARIANT            print the variant's entries
  apply VARIANT TREE         commit the variant's entries onto TREE's base
  check BASE VARIANT...      the variants' entries apply onto BASE (a git
                             tree, left as it is): run before a tree is reset
  refresh VARIANT TREE       write TREE's commits back to patches/ + overlay
  mail VARIANT TREE OUTDIR   the mailable series (cover letter, Cc lines)
  trailers PATCH...          every trailer line of each patch's message is
                             in its trailer block (no blank line inside it)
"""

import email
import os
import re
import shutil
import subprocess
import sys
import tempfile

WB = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(WB)
PATCHES = os.path.join(TOP, "patches")
SERIES = os.path.join(PATCHES, "series")
VARIANTS = os.path.join(WB, "variants.conf")
COVER = os.path.join(PATCHES, "cover-letter")


def die(msg, log=None):
    sys.stderr.write("ERROR: %s\n" % msg)
    if log:
        sys.stderr.write("(see %s)\n" % log)
    sys.exit(1)


def git(tree, *args, env=None, check=True, inp=None):
    e = dict(os.environ)
    if env:
        e.update(env)
    p = subprocess.run(["git", "-C", tree] + list(args), env=e,
                       input=inp, capture_output=True, text=True)
    if check and p.returncode:
        die("git %s failed in %s:\n%s" % (" ".join(args), tree,
                                          p.stderr.strip()))
    return p


def read_series():
    entries = []
    if not os.path.exists(SERIES):
        return entries
    with open(SERIES) as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].split()
            if not line:
                continue
            if len(line) < 2:
                die("%s:%d: expected '<patch> <group> [new files]'"
                    % (SERIES, n))
            if not os.path.isfile(os.path.join(PATCHES, line[0])):
                die("%s:%d names the patch %s, which does not exist in %s"
                    % (SERIES, n, line[0], PATCHES))
            entries.append({"patch": line[0], "group": line[1],
                            "new": line[2:]})
    return entries


def write_series(entries):
    os.makedirs(PATCHES, exist_ok=True)
    with open(SERIES, "w") as f:
        f.write("# <patch> <group> [<new file> ...]: one commit per line, in "
                "order.\n# New files live complete at their kernel path in "
                "the overlay.\n")
        for e in entries:
            f.write(" ".join([e["patch"], e["group"]] + e["new"]) + "\n")


def variants_conf():
    """{name: [groups]} from variants.conf, "@" keys included."""
    out = {}
    with open(VARIANTS) as f:
        for line in f:
            line = line.split("#", 1)[0]
            if "=" in line:
                name, groups = line.split("=", 1)
                out[name.strip()] = groups.split()
    return out


def variant_groups(variant):
    conf = variants_conf()
    if variant.startswith("@") or variant not in conf:
        die("unknown variant '%s' (see %s)" % (variant, VARIANTS))
    return conf[variant]


def on_top_groups():
    return set(variants_conf().get("@on-top", []))


def variant_entries(variant):
    groups = variant_groups(variant)
    return [e for e in read_series() if e["group"] in groups]


def base_commit(tree):
    roots = git(tree, "rev-list", "--max-parents=0", "HEAD").stdout.split()
    if len(roots) != 1:
        die("%s: expected exactly one root (base) commit" % tree)
    return roots[0]


def apply(variant, tree, check=False):
    """Commit each entry: git apply of the patch, new files copied from the
    overlay, author and message from the patch header.  With check, nothing
    is written to TREE (the base) and nothing is committed: the files the
    entries touch are copied from TREE's HEAD into a scratch directory and
    the entries applied there, so that a missing or stale patch is found
    before any tree is reset or built."""
    entries = variant_entries(variant)
    # Everything an entry names exists, before the first one is applied.
    for e in entries:
        for nf in e["new"]:
            if not os.path.isfile(os.path.join(TOP, nf)):
                die("series entry %s names new file %s, missing from "
                    "the overlay" % (e["patch"], nf))
    if not os.path.isdir(tree) or \
            git(tree, "rev-parse", "--git-dir", check=False).returncode:
        die("%s is not a git tree (the %s)" %
            (tree, "base" if check else "variant's tree"))
    with tempfile.TemporaryDirectory() as scratch:
        diffs = [mailinfo(tree, e, scratch, n)
                 for n, e in enumerate(entries, 1)]
        work = os.path.join(scratch, "tree") if check else None
        if check:
            base_files(tree, diffs, entries, work)
        for n, (e, (hdr, msg, diff)) in enumerate(zip(entries, diffs), 1):
            apply_one(tree, n, e, hdr, msg, diff, work)
            if not check:
                print("    applied %s" % e["patch"])
    if check:
        print("    %s: %d series entries apply onto %s"
              % (variant, len(entries), tree))


def mailinfo(tree, e, scratch, n):
    """The header, message file and diff file of entry n."""
    pfile = os.path.join(PATCHES, e["patch"])
    msg = os.path.join(scratch, "%d.msg" % n)
    diff = os.path.join(scratch, "%d.diff" % n)
    with open(pfile) as f:
        info = git(tree, "mailinfo", msg, diff, inp=f.read()).stdout
    hdr = dict(l.split(": ", 1) for l in info.splitlines() if ": " in l)
    if "Subject" not in hdr or "Author" not in hdr:
        die("%s is not a git format-patch file" % pfile)
    return hdr, msg, diff


def base_files(tree, diffs, entries, work):
    """Copy the files the diffs touch, and those the entries add (to find
    one that already exists), from TREE's HEAD into WORK (read only)."""
    paths = set()
    for _, _, diff in diffs:
        with open(diff, errors="replace") as f:
            for line in f:
                m = re.match(r"diff --git a/(\S+) b/(\S+)$", line.rstrip("\n"))
                if m:
                    paths.update(m.groups())
    for e in entries:
        paths.update(e["new"])
    paths = sorted(paths)
    p = subprocess.run(["git", "-C", tree, "cat-file", "--batch"],
                       input="".join("HEAD:%s\n" % q for q in paths).encode(),
                       capture_output=True)
    if p.returncode:
        die("git cat-file in %s failed: %s" % (tree, p.stderr.decode()))
    out, pos = p.stdout, 0
    os.makedirs(work)
    for q in paths:
        eol = out.index(b"\n", pos)
        head = out[pos:eol].split()
        pos = eol + 1
        if head[-1] == b"missing":
            continue
        size = int(head[2])
        dst = os.path.join(work, q)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "wb") as f:
            f.write(out[pos:pos + size])
        pos += size + 1


def apply_one(tree, n, e, hdr, msg, diff, work=None):
    """Entry n of the series onto TREE, committed; with WORK (check), onto
    the scratch directory WORK, not committed."""
    if os.path.getsize(diff):
        if work:
            env = dict(os.environ,
                       GIT_CEILING_DIRECTORIES=os.path.dirname(work))
            p = subprocess.run(["git", "apply", "-v", diff], cwd=work,
                               env=env, capture_output=True, text=True)
        else:
            p = git(tree, "apply", "--index", "-v", diff, check=False)
        if p.returncode:
            fails = [l for l in p.stderr.splitlines()
                     if l.startswith("error:")]
            die("patch %s (series entry %d) no longer applies:\n  %s"
                % (e["patch"], n, "\n  ".join(fails)))
    for nf in e["new"]:
        dst = os.path.join(work or tree, nf)
        if os.path.exists(dst):
            die("%s: new file %s already exists in the tree"
                % (e["patch"], nf))
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copy2(os.path.join(TOP, nf), dst)
        if not work:
            git(tree, "add", "-f", nf)
    if work:
        return
    body = open(msg).read()
    date = hdr.get("Date", "")
    env = {"GIT_AUTHOR_NAME": hdr["Author"],
           "GIT_AUTHOR_EMAIL": hdr.get("Email", ""),
           "GIT_AUTHOR_DATE": date,
           "GIT_COMMITTER_NAME": hdr["Author"],
           "GIT_COMMITTER_EMAIL": hdr.get("Email", ""),
           "GIT_COMMITTER_DATE": date}
    git(tree, "commit", "-q", "--no-verify", "--allow-empty",
        "-F", "-", env=env, inp=hdr["Subject"] + "\n\n" + body)


def commit_files(tree, c, flt):
    out = git(tree, "diff-tree", "--no-commit-id", "-r", "--name-only",
              "--diff-filter=" + flt, c).stdout
    return out.split()


def strip_sections(patch, drop):
    """Drop the 'diff --git' sections of the files in drop."""
    head, *secs = re.split(r"(?m)^(?=diff --git )", patch)
    keep = [s for s in secs
            if re.match(r"diff --git a/(\S+) ", s).group(1) not in drop]
    out = head + "".join(keep)
    return out


def refresh(variant, tree, group=None):
    base = base_commit(tree)
    commits = git(tree, "rev-list", "--reverse", base + "..HEAD").stdout.split()
    if git(tree, "status", "--porcelain", "--untracked-files=no").stdout:
        die("%s has uncommitted changes: commit them first" % tree)
    old = read_series()
    mine = [e for e in old if e["group"] in variant_groups(variant)]
    by_subject = {}
    for e in mine:
        with open(os.path.join(PATCHES, e["patch"])) as f:
            subj = email.message_from_string(f.read()).get("Subject", "")
        subj = re.sub(r"^\[PATCH[^\]]*\]\s*", "", " ".join(subj.split()))
        by_subject[subj] = e["group"]
    if group is None:
        group = variant_groups(variant)[0]

    # The new-file rule: a file added by one commit is not modified later,
    # except by the comparison groups that sit on top of the series.
    added_by = {}
    new_entries = []
    on_top = on_top_groups()
    for c in commits:
        subj = git(tree, "log", "-1", "--format=%s", c).stdout.strip()
        cgroup = by_subject.get(subj, group)
        for f in commit_files(tree, c, "MDRT"):
            if f in added_by and cgroup not in on_top:
                die("commit %s (%s) modifies %s, a new file that commit %s "
                    "added: fold the change into %s" %
                    (c[:12], subj, f, added_by[f][:12], added_by[f][:12]))
        added = commit_files(tree, c, "A")
        for f in added:
            added_by[f] = c
        new_entries.append({"commit": c, "subject": subj, "new": added,
                            "group": cgroup})

    # This variant's commits, in the tree's order, fill the slots its old
    # entries had (the other variants' entries keep their places); any
    # extra commit goes after the last slot.
    out, todo = [], list(new_entries)
    for e in old:
        if e not in mine:
            out.append(e)
        elif todo:
            out.append(todo.pop(0))
    if todo:
        last = max([i for i, e in enumerate(out) if "commit" in e] or [len(out) - 1])
        out[last + 1:last + 1] = todo

    keep = set()
    final = []
    for i, e in enumerate(out, 1):
        if "commit" not in e:
            final.append(e)
            keep.add(e["patch"])
            continue
        patch = git(tree, "format-patch", "--stdout", "--no-stat",
                    "--no-signature", "--zero-commit",
                    e["commit"] + "^.." + e["commit"]).stdout
        with tempfile.TemporaryDirectory() as tmp:
            name = git(tree, "format-patch", "--start-number", str(i),
                       "-o", tmp, e["commit"] + "^.." + e["commit"]).stdout
            name = os.path.basename(name.strip())
        # Blank context lines are written empty (git apply reads them as
        # context): checkpatch checks a git-tracked .patch as a source file
        # and would flag the lone space as trailing whitespace.
        patch = re.sub(r"(?m)^ $", "", strip_sections(patch, set(e["new"])))
        with open(os.path.join(PATCHES, name), "w") as f:
            f.write(patch)
        # The overlay holds each new file as the commit that added it has
        # it (a comparison group on top may change it later).
        for nf in e["new"]:
            dst = os.path.join(TOP, nf)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            blob = git(tree, "show", "%s:%s" % (e["commit"], nf)).stdout
            cur = open(dst).read() if os.path.exists(dst) else None
            if blob != cur:
                with open(dst, "w") as f:
                    f.write(blob)
        final.append({"patch": name, "group": e["group"], "new": e["new"]})
        keep.add(name)
        print("    %s [%s]%s" % (name, e["group"],
                                 "".join(" +" + n for n in e["new"])))
    for e in old:
        if e["patch"] not in keep:
            os.remove(os.path.join(PATCHES, e["patch"]))
            print("    removed %s" % e["patch"])
    # Renumber other variants' entries by their global position.
    for i, e in enumerate(final, 1):
        want = re.sub(r"^\d{4}-", "%04d-" % i, e["patch"])
        if want != e["patch"]:
            os.rename(os.path.join(PATCHES, e["patch"]),
                      os.path.join(PATCHES, want))
            e["patch"] = want
    write_series(final)


# The version of the RFC that make series mails.
RFC_VERSION = 3


def sender():
    """The identity of whoever mails the series: git's user.name and
    user.email as this repository sees them (not the assembled tree's,
    where tree.sh may have set a stand-in for its own commits), as git
    send-email and b4 would use them."""
    who = {}
    for k in ("name", "email"):
        p = git(TOP, "config", "user." + k, check=False)
        who[k] = p.stdout.strip()
        if p.returncode or not who[k]:
            die("git config user.%s is not set: make series stamps From: and "
                "Signed-off-by: with your identity (git config --global "
                "user.%s ...)" % (k, k))
    return "%s <%s>" % (who["name"], who["email"])


def stamp(path, me):
    """From: and Signed-off-by: of a generated patch become @me."""
    text = open(path).read()
    head, sep, rest = text.partition("\n\n")
    # format-patch folds a long From: header onto a continuation line.
    head = re.sub(r"(?m)^From: .*(\n[ \t].*)*$", "From: " + me, head, count=1)
    rest = re.sub(r"(?m)^Signed-off-by: .*$", "Signed-off-by: " + me, rest)
    with open(path, "w") as f:
        f.write(head + sep + rest)


def mail(variant, tree, outdir):
    base = base_commit(tree)
    me = sender()
    n = len(git(tree, "rev-list", base + "..HEAD").stdout.split())
    if n == 0:
        die("variant %s has no commits: nothing to mail" % variant)
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    git(tree, "format-patch", "-q", "--cover-letter", "--thread=shallow",
        "--subject-prefix=RFC PATCH", "-v%d" % RFC_VERSION,
        "--no-signature", "-o", outdir, base + "..HEAD")
    files = sorted(os.listdir(outdir))
    check_trailers([os.path.join(outdir, fn) for fn in files[1:]])
    allcc = set()
    for fn in files[1:]:
        p = os.path.join(outdir, fn)
        stamp(p, me)
        gm = subprocess.run(
            ["perl", os.path.join(tree, "scripts/get_maintainer.pl"),
             "--no-git", "--no-git-fallback", "--norolestats", "--no-tree",
             p], cwd=tree, capture_output=True, text=True)
        cc = [l.strip() for l in gm.stdout.splitlines() if "@" in l]
        allcc.update(cc)
        add_cc(p, cc)
        # The patch's own Cc: trailers reach its mail through git
        # send-email; the cover letter gets them in its header.
        allcc.update(l[4:].strip() for l in message_of(p).split("\n")
                     if l.startswith("Cc: "))
    cover = os.path.join(outdir, files[0])
    text = open(cover).read()
    if os.path.exists(COVER):
        subj, _, body = open(COVER).read().partition("\n")
        # The base: the version of the tree the series was assembled on.
        basename = git(tree, "log", "-1", "--format=%s", base).stdout.strip()
        body = body.strip("\n") + "\n\nbase: %s\n" % basename
        text = text.replace("*** SUBJECT HERE ***", subj.strip())
        text = text.replace("*** BLURB HERE ***", body)
    with open(cover, "w") as f:
        f.write(text)
    stamp(cover, me)
    add_cc(cover, sorted(allcc))
    # The assembled series as a git bundle, for those who would rather fetch
    # than apply mail: its one prerequisite is the base commit, which
    # fetch-base.sh makes reproducibly (same content, author and dates).
    bundle = os.path.join(outdir, "lockless-walkers-rfc-v%d.bundle" % RFC_VERSION)
    git(tree, "bundle", "create", "-q", bundle, "HEAD", "^" + base)
    print("    %d patches + cover letter in %s" % (n, outdir))
    print("    the series as a git bundle on base %s: %s"
          % (git(tree, "rev-parse", "--short=12", base).stdout.strip(), bundle))


# Lines that mean to be trailers, as this series and the kernel use them.
TRAILER_LINE = re.compile(
    r"^(Signed-off-by|Link|Cc|Reviewed-by|Acked-by|Tested-by|Reported-by|"
    r"Suggested-by|Co-developed-by|Fixes|Closes): \S")


def message_of(path):
    """The commit message of patch @path: after the mail header, up to
    format-patch's "---" (or the first diff: patches/ keeps no diffstat)."""
    body = open(path).read().partition("\n\n")[2]
    return re.split(r"\n---\n|\ndiff --git ", body, maxsplit=1)[0]


def trailer_errors(path):
    """The trailer lines of the commit message in patch @path that git does
    not read as trailers.  git takes only the last paragraph of a message
    as its trailer block, so a blank line inside the block (Link: lines set
    apart from Signed-off-by:) leaves the lines above it out."""
    body = message_of(path)
    want = [l for l in body.split("\n") if TRAILER_LINE.match(l)]
    parsed = set(git(TOP, "interpret-trailers", "--parse",
                     inp=body + "\n").stdout.splitlines())
    return [l for l in want if l not in parsed]


def check_trailers(paths):
    bad = 0
    for p in paths:
        errs = trailer_errors(p)
        if errs:
            bad += 1
            sys.stderr.write("%s: not in the trailer block (a blank line "
                             "inside it?):\n%s\n" % (
                                 p, "".join("    %s\n" % l for l in errs)))
    if bad:
        die("%d of %d patches have trailer lines outside their trailer block"
            % (bad, len(paths)))


def add_cc(path, cc):
    if not cc:
        return
    text = open(path).read()
    head, sep, rest = text.partition("\n\n")
    head += "".join("\nCc: " + c for c in cc)
    with open(path, "w") as f:
        f.write(head + sep + rest)


USAGE = {"entries": "VARIANT", "apply": "VARIANT TREE",
         "check": "BASE VARIANT...", "refresh": "VARIANT TREE",
         "mail": "VARIANT TREE OUTDIR", "trailers": "PATCH..."}


def main():
    args = sys.argv[1:]
    cmd = args[0] if args else None
    if cmd not in USAGE:
        die("%s\nusage: series.py %s" % (
            "no command given" if cmd is None else "unknown command '%s'" % cmd,
            "\n       series.py ".join("%s %s" % (c, u)
                                       for c, u in USAGE.items())))
    want = USAGE[cmd].split()
    if len(args) - 1 < len(want) or \
            (not want[-1].endswith("...") and len(args) - 1 > len(want)):
        die("usage: series.py %s %s" % (cmd, USAGE[cmd]))
    if cmd == "check":
        # Every variant named is known before any is checked.
        for v in args[2:]:
            variant_groups(v)
        for v in args[2:]:
            apply(v, args[1], check=True)
        return
    if cmd == "trailers":
        check_trailers(args[1:])
        return
    variant = args[1]
    if cmd == "entries":
        for e in variant_entries(variant):
            print(" ".join([e["patch"], e["group"]] + e["new"]))
    elif cmd == "apply":
        apply(variant, args[2])
    elif cmd == "refresh":
        refresh(variant, args[2], os.environ.get("GROUP") or None)
    elif cmd == "mail":
        mail(variant, args[2], args[3])


if __name__ == "__main__":
    main()
