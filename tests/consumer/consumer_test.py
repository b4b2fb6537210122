#!/usr/bin/python3
"""The kernel's own Hyper-V code, built against hvgen's kernel-profile headers (issue 14).

For one tree (7.2 or 6.12) and arch (x86_64 or arm64): the reference build (the tree's own
headers; cached, see reference.py), then a copy of the tree with the kernel-profile files of
generated/ in place of its own (or, with --patched, with `hvgen patch` run on it after a
TLFS-documented definition was added to a copy of the spec), every object rebuilt, and each
compared with the reference's: identical, differs (which sections), or does not build (first
error). Also checked: both builds compiled each object with the same command line (kbuild can
compile an object twice when it is handed a goal through two parent directories) and the
swapped files really were in use.

Exit 0 when every object is identical; 1 otherwise; 77 (skipped) only when Debian's archive
cannot be reached to fetch the tree.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cache  # noqa: E402
import elfdiff  # noqa: E402
import kbuild  # noqa: E402
import reference  # noqa: E402
import swapped  # noqa: E402
from trees import ARCHES, TREES  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(HERE), "upstream"))
import real_trees_test as upstream  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))
FETCH = os.path.join(REPO, "tools", "fetch-kernel-source")
HVGEN = os.path.join(REPO, "generator", "hvgen")

# The definition --patched adds to a copy of the spec: a TLFS-documented hypercall neither tree
# has (the TLFS page gives call code 0x00AD), so no object uses it and all must stay identical.
# A TLFS call code both families lack, added as a spec update for them would add it: with its
# presence (the file's default is another family's). `hvgen tlfs --import` already holds it as
# documented and in no family (linux: []); the upstream suite's helper drops that entry first.
ADDED_DEFINITION = """
  - define: HVCALL_CHECK_FOR_IO_INTERCEPT
    value: 0x00ad
    visibility: documented
    tlfs: hypercalls/HvCallCheckForIoIntercept.md
    linux: [6.12, 7.2]
    hdk-file: hvgdk_mini.h
"""
ADDED_TO = "hypercall-interface/hypercall-codes.yaml"
RECIPE_FILES = ("list-objects.mk", "list-objects-top.mk", "includes.py", "enable.py",
                "kbuild.py", "reference.py", "trees.py")


def recipe_text():
    """The files that decide what a reference build is: a change to any makes a new key."""
    texts = []
    for name in RECIPE_FILES:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            texts.append(f.read())
    return "\0".join(texts)


def fetch(tree, root):
    run = subprocess.run([FETCH, root, tree.package, tree.version], stdout=subprocess.PIPE,
                         text=True)
    if run.returncode == 77:
        sys.exit(77)
    if run.returncode != 0:
        sys.exit(f"consumer: {FETCH} {tree.package} {tree.version} failed ({run.returncode})")
    return run.stdout.strip().splitlines()[-1]


def generated_replacements(tree, generated, src):
    """tree path -> bytes of the kernel-profile file that replaces it."""
    out = {}
    for path in tree.family:
        tree_path = path[len("linux/"):]
        if os.path.exists(os.path.join(src, tree_path)):
            with open(os.path.join(generated, path), "rb") as f:
                out[tree_path] = f.read()
    return out


def patch_tree(copy, workdir, log):
    """hvgen patch on the copy, from a spec copy with ADDED_DEFINITION; the mbox is kept next
    to the log. Returns hvgen patch's own report lines."""
    spec = os.path.join(workdir, "spec")
    shutil.copytree(os.path.join(REPO, "spec"), spec)
    upstream.drop_imported_io_intercept(spec)
    with open(os.path.join(spec, ADDED_TO), "a", encoding="utf-8") as f:
        f.write(ADDED_DEFINITION)
    mbox = os.path.join(workdir, "0001-hyperv.patch")
    run = subprocess.run([HVGEN, "patch", "--spec", spec, "--kernel-tree", copy, "--output", mbox],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with open(log, "a", encoding="utf-8") as f:
        f.write(run.stdout)
    if run.returncode != 0:
        sys.exit(f"consumer: hvgen patch failed ({run.returncode}):\n{run.stdout}")
    with open(mbox, encoding="utf-8") as f:
        text = f.read()
    if "HVCALL_CHECK_FOR_IO_INTERCEPT" not in text:
        sys.exit("consumer: the patch does not add HVCALL_CHECK_FOR_IO_INTERCEPT")
    shutil.copy(mbox, os.path.splitext(log)[0] + ".mbox")
    return [line for line in run.stdout.splitlines() if line.startswith("hvgen patch:")]


def has_text(path, text):
    with open(path, "rb") as f:
        return text in f.read()


def compare_object(refdir, outdir, obj, errors):
    """One report line's verdict for obj (errors: the first error of each that failed)."""
    built = os.path.join(outdir, obj)
    if not os.path.exists(built):
        return "does not build: " + errors[obj]
    ref_cmd, _ = kbuild.read_cmd(refdir, obj)
    new_cmd, new_deps = kbuild.read_cmd(outdir, obj)
    if ref_cmd != new_cmd:
        return "command line differs from the reference's"
    with open(os.path.join(refdir, obj), "rb") as f:
        ref_bytes = f.read()
    with open(built, "rb") as f:
        new_bytes = f.read()
    if obj.endswith(".o"):
        sections = elfdiff.differing_sections(ref_bytes, new_bytes)
        return "identical" if not sections else "differs: " + ", ".join(sections)
    return "identical" if ref_bytes == new_bytes else "differs (bytes)"


def run(args):
    started = time.monotonic()
    tree, arch = TREES[args.tree], ARCHES[args.arch]
    root = args.cache or cache.root()
    src = fetch(tree, root)
    key = cache.key(tree, arch, reference.config_fragment(arch), recipe_text())
    logdir = os.path.join(os.path.dirname(src), "logs")
    os.makedirs(logdir, exist_ok=True)
    kind = "patched" if args.patched else "swapped"
    log = os.path.join(logdir, f"{kind}-{arch.name}-{key}.log")
    open(log, "w").close()
    refdir, record = reference.ensure(src, tree, arch, key, log)
    reference_done = time.monotonic()

    dest = os.path.join(os.path.dirname(src), f"{kind}-{arch.name}-{key}")
    with cache.locked(dest + ".lock"):
        copy = swapped.make_copy(src, refdir, dest)
        outdir = os.path.join(copy, os.path.basename(refdir))
        pristine = {h: swapped.digest(os.path.join(src, h)) for h in record["headers"]}
        if args.patched:
            with tempfile.TemporaryDirectory(prefix="hvgen-consumer-") as work:
                for line in patch_tree(copy, work, log):
                    print(line)
            if not any(has_text(os.path.join(copy, h), b"HVCALL_CHECK_FOR_IO_INTERCEPT")
                       for h in record["headers"]):
                sys.exit("consumer: hvgen patch did not write HVCALL_CHECK_FOR_IO_INTERCEPT "
                         "into the tree")
        else:
            swapped.swap_headers(copy, generated_replacements(tree, args.generated, src))
        changed = [h for h in record["headers"]
                   if swapped.digest(os.path.join(copy, h)) != pristine[h]]
        targets = record["objects"] + record["other_outputs"]
        swapped.remove_outputs(outdir, targets)
        goals = record["goals"]
        kbuild.make(copy, outdir, arch, goals, keep_going=True, log=log, check=False)
        failed = {t: kbuild.read_cmd(refdir, t)[0] for t in targets
                  if not os.path.exists(os.path.join(outdir, t))}
        errors = kbuild.first_errors(outdir, failed) if failed else {}
        verdicts = {t: compare_object(refdir, outdir, t, errors) for t in targets}
        untouched = all(swapped.digest(os.path.join(src, h)) == pristine[h] for h in pristine)
    finished = time.monotonic()

    return report(tree, arch, record, verdicts, changed, untouched, started, reference_done,
                  finished, kind, log)


def report(tree, arch, record, verdicts, changed, untouched, started, reference_done, finished,
           kind, log):
    for target in sorted(verdicts):
        status, _, detail = verdicts[target].partition(": ")
        print(f"{status:<14} {target}" + (f": {detail}" if detail else ""))
    identical = sum(1 for v in verdicts.values() if v == "identical")
    problems = []
    if not untouched:
        problems.append("the pristine tree's headers changed (written through a hard link)")
    if not changed:
        problems.append("no header differs from the tree's own: the comparison would prove "
                        "nothing")
    if not record["objects"]:
        problems.append("no object includes the headers")
    print(f"\nLinux {tree.name} ({tree.package} {tree.version}) {arch.name}, {kind}: "
          f"{identical} of {len(verdicts)} identical "
          f"({len(record['objects'])} objects including the headers, "
          f"{len(record['other_outputs'])} other outputs; {record['listed']} objects in the "
          f"configuration)")
    print(f"headers replaced: {len(changed)} of {len(record['headers'])} differ from the "
          f"tree's ({', '.join(changed)})")
    if record.get("found_options"):
        print("options asked for because their objects include the headers (on): "
              + ", ".join(record["found_options"]))
    if record["absent_options"]:
        print("options this tree does not have on this arch: "
              + ", ".join(record["absent_options"]))
    ref_time = (f"reference build {record['seconds']} s (cold, this run)" if record.get("cold")
                else "reference build cached")
    print(f"time: {finished - started:.1f} s ({ref_time}; {kind} build and comparison "
          f"{finished - reference_done:.1f} s); log {log}")
    for p in problems:
        print("consumer: error: " + p)
    return 0 if identical == len(verdicts) and not problems else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", choices=sorted(TREES), required=True)
    parser.add_argument("--arch", choices=sorted(ARCHES), required=True)
    parser.add_argument("--generated", default=os.path.join(REPO, "generated"))
    parser.add_argument("--patched", action="store_true",
                        help="the tree as `hvgen patch` leaves it, with one added definition")
    parser.add_argument("--cache", help="cache folder (default $HVGEN_KERNEL_CACHE or "
                        + cache.DEFAULT + ")")
    try:
        return run(parser.parse_args())
    except kbuild.BuildError as exc:
        print(f"consumer: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
