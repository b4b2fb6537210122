#!/usr/bin/python3
"""A new hypercall code and its input struct, patched into Linux 6.12.117 as a maintainer would
send them, and the patched tree built (issue 15).

The scenario is the upstream suite's (tests/upstream/real_trees_test.py, IO_INTERCEPT): a
copy of the spec with HVCALL_CHECK_FOR_IO_INTERCEPT (0x00ad) and struct
hv_input_check_for_io_intercept (hypercalls/HvCallCheckForIoIntercept.md, x64 only), which
6.12 lacks, given Linux presence 6.12. Then, for x86_64:

1. `hvgen patch` on a git copy of the tree's Hyper-V header folders: the changed lines are only
   those two definitions, each in the file the kernel profile assigns (the code in
   include/asm-generic/hyperv-tlfs.h, the struct in arch/x86/include/asm/hyperv-tlfs.h);
   checkpatch --strict from the tree finds nothing; `git am` applies the mbox to a pristine
   copy and gives the same files;
2. the full tree, hard-linked from the cache with those two files as `git am` left them,
   and a copy of the cached reference build folder (configured, prepared, every object built
   with the tree's own headers: see reference.py): kbuild rebuilds the objects whose recorded
   dependencies include one of the two files (all of the reference's objects that include the
   Hyper-V headers, on 6.12 x86_64: every one reaches asm-generic through the arch header), and
   nothing else. Each must build and, since no kernel code uses the new definitions, be
   byte-identical (section by section) to the reference's;
3. a probe compiled with the saved command line of arch/x86/hyperv/hv_init.o (the kernel's
   own flags, include paths and force-included headers) asserts, with the compiler, the call
   code and the struct's size and offsets as the TLFS page gives them.

Exit 0 when all holds, 1 otherwise, 77 (skipped) only when Debian's archive cannot be reached.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(REPO, "tests", "upstream"))

import cache  # noqa: E402
import consumer_test  # noqa: E402
import kbuild  # noqa: E402
import real_trees_test as upstream  # noqa: E402
import reference  # noqa: E402
import swapped  # noqa: E402
from trees import ARCHES, TREES  # noqa: E402

# The offsets of HvCallCheckForIoIntercept's input (its TLFS page's table), and its call code.
PROBE_OBJECT = "arch/x86/hyperv/hv_init.o"
PROBE = """\
#include <linux/build_bug.h>
#include <linux/stddef.h>
#include <asm/hyperv-tlfs.h>

static_assert(HVCALL_CHECK_FOR_IO_INTERCEPT == 0x00AD);
static_assert(sizeof(struct hv_input_check_for_io_intercept) == 18);
static_assert(offsetof(struct hv_input_check_for_io_intercept, partition_id) == 0);
static_assert(offsetof(struct hv_input_check_for_io_intercept, vp_index) == 8);
static_assert(offsetof(struct hv_input_check_for_io_intercept, target_vtl) == 12);
static_assert(offsetof(struct hv_input_check_for_io_intercept, port) == 14);
static_assert(offsetof(struct hv_input_check_for_io_intercept, size) == 16);
static_assert(offsetof(struct hv_input_check_for_io_intercept, is_write) == 17);
"""


class Failure(Exception):
    pass


def run_tool(args, cwd=None):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)


def patch_headers(src, work):
    """Step 1 on git copies of SRC's header folders. Returns {tree path: patched bytes}."""
    spec = upstream.io_intercept_spec(work)
    tree = upstream.copy_tree(src, os.path.join(work, "linux"))
    mbox = os.path.join(work, "0001-hyperv.patch")
    run = run_tool([sys.executable, upstream.HVGEN, "patch", "--spec", spec, "--kernel-tree", tree,
                    "-o", mbox])
    print(run.stderr.strip())
    if run.returncode:
        raise Failure(f"hvgen patch exited {run.returncode}")
    files = upstream.git(tree, "diff", "--name-only").split()
    changed = [line for line in upstream.git(tree, "diff", "-U0").splitlines()
               if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    if any(not line.startswith("+") for line in changed):
        raise Failure("the patch removes or changes kernel lines: " + "; ".join(
            line for line in changed if not line.startswith("+")))
    where = {}
    for path in files:
        text = upstream.git(tree, "diff", "-U0", "--", path)
        for name in upstream.IO_INTERCEPT_NAMES:
            if re.search(rf"^\+(?:#define\s+{name}\b|struct {name} \{{)", text, re.M):
                where[name] = path
    if where != upstream.IO_INTERCEPT_FILES:
        raise Failure(f"definitions not in the files the kernel profile assigns: {where}")
    added = {n for line in changed for n in re.findall(r"^\+(?:#define\s+(\w+)|struct (\w+) \{)",
                                                       line) for n in n if n}
    if added != set(upstream.IO_INTERCEPT_NAMES):
        raise Failure(f"the patch defines {sorted(added)}")
    print(f"patch: {len(changed)} added lines in {', '.join(files)}, nothing else changed")
    check = run_tool(["perl", "scripts/checkpatch.pl", "--strict", "--no-tree", mbox], cwd=tree)
    total = re.search(r"^total: .*$", check.stdout, re.M)
    print("checkpatch --strict: " + (total.group(0) if total else check.stdout[-400:]))
    if not total or not total.group(0).startswith("total: 0 errors, 0 warnings, 0 checks,"):
        raise Failure("checkpatch --strict is not clean:\n" + check.stdout)
    pristine = upstream.copy_tree(src, os.path.join(work, "pristine"))
    am = run_tool(["git", "-C", pristine, "am", "-q", mbox])
    if am.returncode:
        raise Failure("git am on a pristine copy failed: " + am.stderr)
    out = {}
    for path in files:
        with open(os.path.join(pristine, path), "rb") as f:
            out[path] = f.read()
        with open(os.path.join(tree, path), "rb") as f:
            if f.read() != out[path]:
                raise Failure(f"{path}: git am gives other bytes than hvgen patch wrote")
    print(f"git am: applies to a pristine copy ({', '.join(files)} as hvgen patch wrote them)")
    return out


def affected(refdir, record, patched):
    """(the reference's targets whose recorded dependencies include a PATCHED file, the goals
    that build them: the object itself, or the directory goal the reference used)."""
    targets = [t for t in record["objects"] + record["other_outputs"]
               if set(patched) & kbuild.read_cmd(refdir, t)[1]]
    goals = sorted({record["directory_goal"].get(t, t) for t in targets})
    return targets, goals


def probe(outdir):
    """Compile PROBE with PROBE_OBJECT's saved command line, into /dev/null."""
    command = kbuild.read_cmd(outdir, PROBE_OBJECT)[0].split(" ; ")[0]
    source = os.path.join(outdir, "hvgen-probe.c")
    with open(source, "w", encoding="utf-8") as f:
        f.write(PROBE)
    command = re.sub(r"-Wp,-MMD,\S+", "", command)
    command = re.sub(r" -o \S+", " -o /dev/null", command, count=1)
    command, found = re.subn(r" \S*hv_init\.c\b", " hvgen-probe.c", command)
    if found != 1:
        raise Failure(f"no source in {PROBE_OBJECT}'s command line: {command[-200:]}")
    run = subprocess.run(command, shell=True, cwd=outdir, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True)
    os.unlink(source)
    if run.returncode:
        raise Failure("the probe does not compile with the kernel's flags:\n" + run.stdout[-3000:])
    print(f"probe: compiles with {PROBE_OBJECT}'s command line (call code 0x00AD; size 18; "
          f"offsets 0, 8, 12, 14, 16, 17)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", help="cache folder (default $HVGEN_KERNEL_CACHE or "
                        + cache.DEFAULT + ")")
    args = parser.parse_args()
    started = time.monotonic()
    tree, arch = TREES["6.12"], ARCHES["x86_64"]
    root = args.cache or cache.root()
    src = consumer_test.fetch(tree, root)
    key = cache.key(tree, arch, reference.config_fragment(arch), consumer_test.recipe_text())
    logdir = os.path.join(os.path.dirname(src), "logs")
    os.makedirs(logdir, exist_ok=True)
    log = os.path.join(logdir, f"added-struct-{arch.name}-{key}.log")
    open(log, "w").close()
    try:
        refdir, record = reference.ensure(src, tree, arch, key, log)
        reference_done = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="hvgen-added-struct-") as work:
            patched = patch_headers(src, work)
        dest = os.path.join(os.path.dirname(src), f"added-struct-{arch.name}-{key}")
        # copies made for older reference builds go (reference.ensure prunes its own kinds)
        reference.prune(os.path.dirname(src), f"added-struct-{arch.name}-",
                        os.path.basename(dest))
        with cache.locked(dest + ".lock"):
            copy = swapped.make_copy(src, refdir, dest)
            outdir = os.path.join(copy, os.path.basename(refdir))
            pristine = {p: swapped.digest(os.path.join(src, p)) for p in patched}
            swapped.swap_headers(copy, patched)
            targets, goals = affected(refdir, record, patched)
            if not targets:
                raise Failure("no reference object includes the patched files")
            swapped.remove_outputs(outdir, targets)
            kbuild.make(copy, outdir, arch, goals, keep_going=True, log=log, check=False)
            failed = {t: kbuild.read_cmd(refdir, t)[0] for t in targets
                      if not os.path.exists(os.path.join(outdir, t))}
            errors = kbuild.first_errors(outdir, failed) if failed else {}
            verdicts = {t: consumer_test.compare_object(refdir, outdir, t, errors)
                        for t in targets}
            probe(outdir)
            if any(swapped.digest(os.path.join(src, p)) != h for p, h in pristine.items()):
                raise Failure("the cached tree's headers changed (written through a link)")
    except (Failure, kbuild.BuildError) as exc:
        print(f"added-struct: error: {exc}")
        return 1
    for target in sorted(verdicts):
        if verdicts[target] != "identical":
            print(f"{verdicts[target]:<14} {target}")
    identical = sum(1 for v in verdicts.values() if v == "identical")
    print(f"\nLinux {tree.name} ({tree.package} {tree.version}) {arch.name}, "
          f"HVCALL_CHECK_FOR_IO_INTERCEPT + struct hv_input_check_for_io_intercept patched in: "
          f"{identical} of {len(verdicts)} objects that include the patched files identical "
          f"({len(record['objects'])} of the reference's include the Hyper-V headers; "
          f"{len(goals)} goals)")
    print(f"time: {time.monotonic() - started:.1f} s (patched build and comparison "
          f"{time.monotonic() - reference_done:.1f} s); log {log}")
    return 0 if identical == len(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
