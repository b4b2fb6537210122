"""`hvgen patch --kernel-tree DIR [--base REV]`: headers into a Linux tree, plus an mbox patch.

Writes the generated headers matching the tree's layout (7.x include/hyperv/ or 6.12
hyperv-tlfs.h files) into DIR and writes a `git format-patch`-shaped mbox (for `git am`).
"""

import os
import sys

NAME = "patch"
HELP = "write the headers into a Linux tree and produce a ready-to-send mbox patch"


def add_arguments(parser, defaults) -> None:
    parser.add_argument("--spec", **defaults["spec"])
    parser.add_argument("--kernel-tree", metavar="DIR", required=True,
                        help="a Linux source checkout (7.x or 6.12 layout)")
    parser.add_argument("--base", metavar="REV",
                        help="revision of this repository (or spec folder) the change is since; "
                        "default: the headers now in the tree")
    parser.add_argument("--output", "-o", metavar="FILE",
                        help="mbox file to write (default: 0001-hyperv.patch in the current "
                        "folder; - for standard output)")
    parser.add_argument("--no-write", action="store_true",
                        help="only produce the patch; leave the tree's files as they are")
    parser.add_argument("--force", action="store_true",
                        help="write the tree's files even when they have uncommitted changes")


def _uncommitted(tree: str, paths) -> list:
    """The paths (relative to tree) with uncommitted changes, staged or not; [] when the tree
    is not a git work tree (there is nothing to compare with)."""
    import subprocess

    status = subprocess.run(["git", "-C", tree, "status", "--porcelain=v1", "-z", "--", *paths],
                            capture_output=True, check=False)
    if status.returncode:
        return []
    entries = [e for e in status.stdout.decode("utf-8", "replace").split("\0") if e]
    return sorted(entry[3:] for entry in entries if len(entry) > 3)


def run(args) -> int:
    from .. import kpatch, semdiff
    from ..diagnostics import SpecErrors
    from ..pipeline import analyse, generate
    from ..write import write_file, write_outputs

    tree = args.kernel_tree
    if not os.path.isdir(tree):
        print(f"hvgen patch: {tree}: not a folder", file=sys.stderr)
        return 2
    result, outputs = generate(args.spec)
    try:
        plan = kpatch.plan(tree, outputs)
        name, mail = kpatch.identity(tree, semdiff.REPO)
    except (ValueError, kpatch.PatchError) as exc:
        print(f"hvgen patch: error: {exc}", file=sys.stderr)
        return 2
    for note in plan.notes:
        print(f"hvgen patch: note: {note}", file=sys.stderr)
    dirty = [] if args.no_write or args.force else _uncommitted(tree, sorted(plan.files))
    if dirty:
        print(f"hvgen patch: error: uncommitted changes in {', '.join(dirty)} of {tree}: commit "
              f"or stash them first (the patch is made against the committed tree), or pass "
              f"--force to overwrite them; nothing was written", file=sys.stderr)
        return 2
    try:
        files = [(path, kpatch._read(os.path.join(tree, path)), outputs[out])
                 for path, out in plan.files.items()]
    except kpatch.PatchError as exc:
        print(f"hvgen patch: error: {exc}", file=sys.stderr)
        return 2
    views = sorted({"hdk" if out.endswith(("hvhdk.h", "hvgdk.h", "hvgdk_mini.h", "hvgdk_ext.h",
                                           "hvhdk_mini.h")) else "tlfs"
                    for out in plan.files.values()})
    if args.base:
        try:
            with semdiff.Sides(args.base, args.spec) as sides:
                old = analyse(sides[0][0])
        except semdiff.BadInput as exc:
            print(f"hvgen patch: --base: {exc}", file=sys.stderr)
            return 2
        except SpecErrors as errors:
            print(f"hvgen patch: --base {args.base}: {len(errors.diagnostics)} spec error(s)",
                  file=sys.stderr)
            return 2
        changes = [c for c in semdiff.diff_results(old, result)
                   if any(v in views for v in c.views)]
        items = kpatch.items_from_diff(changes, result)
    else:
        items = kpatch.items_from_tree(result, dict(plan.files),
                                       {p: old for p, old, _ in files}, views)
    subject = kpatch._subject(items, plan.layout)
    spec = os.path.abspath(args.spec)
    spec_label = "spec/" if spec == os.path.join(semdiff.REPO, "spec") else spec
    body = kpatch.body(items, plan, args.base, spec_label)
    text = kpatch.mbox(files, subject, body, name, mail)
    # The mbox first: if it cannot be written, the tree is left as it was. Then the tree's
    # files as one set (write_outputs: every file staged before any is renamed into place).
    output = args.output or "0001-hyperv.patch"
    if output == "-":
        sys.stdout.write(text)
    else:
        write_file(output, text)
        print(f"hvgen patch: wrote {output} ({subject})", file=sys.stderr)
    if not args.no_write:
        for path in write_outputs({path: new for path, _, new in files}, tree):
            print(f"hvgen patch: wrote {os.path.join(tree, path)}", file=sys.stderr)
    return 0
