"""`hvgen patch --kernel-tree DIR`: edit a Linux tree's Hyper-V headers where they differ from
the spec's view of that kernel family, and write the change as a `git am`-ready mbox.

Surgical (patching/surgical.py): the tree and hvgen's kernel-profile files are measured with
the facts layer; only the definitions whose facts differ are edited, in place, and every other
byte of the tree's files stays. No difference: nothing is written, exit 0. The mbox is written
first, then the tree's files as one set. Refused (exit 2, nothing written): uncommitted changes
in a file it would edit (unless --force), a change or removal of a definition the tree already
has (an ABI change; unless --allow-abi-break), no git identity.
"""

import os
import sys

NAME = "patch"
HELP = "edit a Linux tree's Hyper-V headers where they differ from the spec; write an mbox"


def add_arguments(parser, defaults) -> None:
    parser.add_argument("--spec", **defaults["spec"])
    parser.add_argument("--kernel-tree", metavar="DIR", required=True,
                        help="a Linux source checkout (7.x or 6.12 layout)")
    parser.add_argument("--output", "-o", metavar="FILE",
                        help="mbox file to write (default: 0001-hyperv.patch in the current "
                        "folder; - for standard output)")
    parser.add_argument("--no-write", action="store_true",
                        help="only produce the patch; leave the tree's files as they are")
    parser.add_argument("--force", action="store_true",
                        help="write the tree's files even when they have uncommitted changes")
    parser.add_argument("--allow-abi-break", action="store_true",
                        help="also change or remove definitions the tree already has")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="only these definitions (a macro's, record's or enum's name)")
    parser.add_argument("--tlfs-page", metavar="PAGE",
                        help="only the definitions citing this TLFS page "
                        "(e.g. hypercalls/HvCallPostMessage.md)")


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


def _fail(message: str) -> int:
    print(f"hvgen patch: error: {message}", file=sys.stderr)
    return 2


def _selector(args, spec_index):
    """The predicate --only and --tlfs-page make (every change when neither is given)."""
    only = set(args.only or ())

    def select(change) -> bool:
        if only and change.name not in only and change.label not in only:
            return False
        if args.tlfs_page:
            definition = spec_index.get(change.name)
            page = definition.citation.page if definition is not None and \
                definition.citation is not None else None
            return page == args.tlfs_page
        return True
    return select


def _spec_order(result) -> list:
    """The spec's definitions as C names them ("struct hv_x", "HVCALL_Y"), file by file."""
    files = {}
    for vdef in result.views["hdk"].definitions:
        label = f"{vdef.kind} {vdef.name}" if vdef.kind in ("struct", "union", "enum") and \
            not getattr(vdef.source, "anonymous", False) else vdef.name
        files.setdefault(vdef.source.file, []).append((vdef.source.loc.line, label))
    return [[label for _, label in sorted(entries)] for entries in files.values()]


def run(args) -> int:
    from ..patching import message, surgical
    from ..patching import tree as kernel_tree
    from ..patching.mbox import mbox
    from ..pipeline import generate
    from ..write import write_file, write_outputs

    tree = args.kernel_tree
    if not os.path.isdir(tree):
        return _fail(f"{tree}: not a folder")
    result, outputs = generate(args.spec)
    try:
        plan = kernel_tree.plan(tree, outputs)
        name, mail = kernel_tree.identity(tree)
        old = {path: kernel_tree.read_file(os.path.join(tree, path)) for path in plan.files}
    except (ValueError, kernel_tree.PatchError) as exc:
        return _fail(str(exc))
    for note in plan.notes:
        print(f"hvgen patch: note: {note}", file=sys.stderr)
    new = {path: outputs[out] for path, out in plan.files.items()}
    spec_index = {vdef.name: vdef.source for vdef in result.views["hdk"].definitions}
    try:
        made, skipped, edited = surgical.surgery(tree, plan.layout, old, new,
                                                 _selector(args, spec_index),
                                                 _spec_order(result))
    except surgical.SurgeryError as exc:
        return _fail(f"{exc}; nothing was written")
    if skipped:
        print(f"hvgen patch: left out {len(skipped)} other difference(s) (--only/--tlfs-page)",
              file=sys.stderr)
    if not made:
        print(f"hvgen patch: nothing to do: {tree}'s {len(plan.files)} Hyper-V header(s) "
              f"already match the spec's view ({plan.layout})", file=sys.stderr)
        return 0
    breaking = [c for c in made if c.status != "added"]
    if breaking and not args.allow_abi_break:
        return _fail("this would change or remove definitions the tree already has (" +
                     ", ".join(c.name for c in breaking[:8]) +
                     (", ..." if len(breaking) > 8 else "") +
                     "): an ABI change; pass --allow-abi-break to make it; nothing was written")
    dirty = [] if args.no_write or args.force else _uncommitted(tree, sorted(edited))
    if dirty:
        return _fail(f"uncommitted changes in {', '.join(dirty)} of {tree}: commit or stash "
                     f"them first (the patch is made against the committed tree), or pass "
                     f"--force to overwrite them; nothing was written")
    items = message.describe(made, spec_index)
    subject = message.subject(items)
    files = [(path, old[path], edited[path]) for path in sorted(edited)]
    text = mbox(files, subject, message.body(items, plan.layout, sorted(edited), bool(breaking)),
                message.trailers(items, name, mail), name, mail)
    # The mbox first: if it cannot be written, the tree is left as it was. Then the tree's
    # files as one set (write_outputs: every file staged before any is renamed into place).
    output = args.output or "0001-hyperv.patch"
    if output == "-":
        sys.stdout.write(text)
    else:
        write_file(output, text)
        print(f"hvgen patch: wrote {output} ({subject})", file=sys.stderr)
    if not args.no_write:
        for path in write_outputs(dict(edited), tree):
            print(f"hvgen patch: wrote {os.path.join(tree, path)}", file=sys.stderr)
    return 0
