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
import re
import sys
import textwrap
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ..model import HDK

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
    parser.add_argument("--series", metavar="DIR",
                        help="write one patch per TLFS page and a cover letter into DIR "
                        "(instead of one mbox)")


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
    for vdef in result.views[HDK].definitions:
        label = f"{vdef.kind} {vdef.name}" if vdef.kind in ("struct", "union", "enum") and \
            not getattr(vdef.source, "anonymous", False) else vdef.name
        files.setdefault(vdef.source.file, []).append((vdef.source.loc.line, label))
    return [[label for _, label in sorted(entries)] for entries in files.values()]


@dataclass
class _Job:
    """Everything one run works from: the tree, its files and hvgen's, the user, the spec."""

    tree: str
    layout: str
    old: Dict[str, Optional[str]]
    new: Dict[str, str]
    name: str
    mail: str
    spec_index: Dict[str, object]
    spec_order: list
    notes: List[str] = field(default_factory=list)


def _prepare(args) -> _Job:
    """The job, or PatchError/ValueError for a tree hvgen cannot patch."""
    from ..patching import tree as kernel_tree
    from ..pipeline import generate

    if not os.path.isdir(args.kernel_tree):
        raise ValueError(f"{args.kernel_tree}: not a folder")
    result, outputs = generate(args.spec)
    plan = kernel_tree.plan(args.kernel_tree, outputs)
    name, mail = kernel_tree.identity(args.kernel_tree)
    old = {path: kernel_tree.read_file(os.path.join(args.kernel_tree, path))
           for path in plan.files}
    new = {path: outputs[out] for path, out in plan.files.items()}
    spec_index = {vdef.name: vdef.source for vdef in result.views[HDK].definitions}
    return _Job(args.kernel_tree, plan.layout, old, new, name, mail, spec_index,
                _spec_order(result), plan.notes)


def _refusal(args, job: _Job, made, edited) -> Optional[str]:
    """Why this change must not be written (an ABI change, uncommitted edits), or None."""
    breaking = [c for c in made if c.status != "added"]
    if breaking and not args.allow_abi_break:
        return ("this would change or remove definitions the tree already has (" +
                ", ".join(c.name for c in breaking[:8]) + (", ..." if len(breaking) > 8 else "")
                + "): an ABI change; pass --allow-abi-break to make it; nothing was written")
    dirty = [] if args.no_write or args.force else _uncommitted(job.tree, sorted(edited))
    if dirty:
        return (f"uncommitted changes in {', '.join(dirty)} of {job.tree}: commit or stash "
                f"them first (the patch is made against the committed tree), or pass "
                f"--force to overwrite them; nothing was written")
    return None


def _patch_text(job: _Job, made, before, edited, tag: str = "PATCH") -> Tuple[str, str]:
    """(subject, mbox text) of one patch taking BEFORE to BEFORE + EDITED."""
    from ..patching import message
    from ..patching.mbox import mbox

    items = message.describe(made, job.spec_index)
    subject = message.subject(items)
    files = [(path, before[path], edited[path]) for path in sorted(edited)]
    breaking = any(c.status != "added" for c in made)
    return subject, mbox(files, subject, message.body(items, job.layout, sorted(edited),
                                                      breaking),
                         message.trailers(items, job.name, job.mail), job.name, job.mail,
                         tag=tag)


def _page_of(job: _Job, change) -> str:
    from ..patching.message import documented_page

    return documented_page(job.spec_index.get(change.name)) or ""


def _series(job: _Job, made, select) -> List[Tuple[str, str]]:
    """One patch per TLFS page (HDK-only ones last), each on the tree the ones before it
    leave, and a cover letter: [(file name, text)]."""
    from ..patching import surgical
    from ..patching.mbox import cover_letter

    pages = sorted({_page_of(job, c) for c in made}, key=lambda p: (p == "", p))
    state, patches, shortlog = dict(job.old), [], []
    for number, page in enumerate(pages, 1):
        part, _, edited = surgical.surgery(
            job.tree, job.layout, state, job.new,
            lambda c, page=page: select(c) and _page_of(job, c) == page, job.spec_order)
        subject, text = _patch_text(job, part, state, edited, f"PATCH {number}/{len(pages)}")
        slug = re.sub(r"[^A-Za-z0-9]+", "-", subject.split(": ", 1)[-1]).strip("-")[:52]
        patches.append((f"{number:04d}-{slug}.patch", text))
        shortlog.append(f"  {subject}")
        state.update(edited)
    files = [(p, job.old[p], state[p]) for p in sorted(state) if state[p] != job.old[p]]
    body = textwrap.wrap(f"This series brings {len(made)} definition(s) of the hvgen spec "
                         f"into the tree, one patch per TLFS page that documents them "
                         f"(HDK-only definitions last).", 72)
    cover = cover_letter(f"hyperv: Bring {len(made)} definitions in line with the spec", body,
                         shortlog, files, job.name, job.mail, len(pages))
    return [("0000-cover-letter.patch", cover)] + patches, state


def run(args) -> int:
    from ..patching import surgical
    from ..patching import tree as kernel_tree
    from ..write import write_file, write_outputs

    try:
        job = _prepare(args)
    except (ValueError, kernel_tree.PatchError) as exc:
        return _fail(str(exc))
    for note in job.notes:
        print(f"hvgen patch: note: {note}", file=sys.stderr)
    select = _selector(args, job.spec_index)
    try:
        made, skipped, edited = surgical.surgery(job.tree, job.layout, job.old, job.new, select,
                                                 job.spec_order)
        if skipped:
            print(f"hvgen patch: left out {len(skipped)} other difference(s) "
                  f"(--only/--tlfs-page)", file=sys.stderr)
        if not made:
            print(f"hvgen patch: nothing to do: {job.tree}'s {len(job.new)} Hyper-V header(s) "
                  f"already match the spec's view ({job.layout})", file=sys.stderr)
            return 0
        refusal = _refusal(args, job, made, edited)
        if refusal:
            return _fail(refusal)
        if args.series:
            patches, final = _series(job, made, select)
            if final != {**job.old, **edited}:
                return _fail("the series does not add up to the single patch; nothing written")
            patches = [(os.path.join(args.series, name), text) for name, text in patches]
        else:
            subject, text = _patch_text(job, made, job.old, edited)
            patches = [(args.output or "0001-hyperv.patch", text)]
    except surgical.SurgeryError as exc:
        return _fail(f"{exc}; nothing was written")
    # The patches first: if one cannot be written, the tree is left as it was. Then the tree's
    # files as one set (write_outputs: every file staged before any is renamed into place).
    for path, text in patches:
        if path == "-":
            sys.stdout.write(text)
            continue
        if args.series:
            os.makedirs(args.series, exist_ok=True)
        write_file(path, text)
        print(f"hvgen patch: wrote {path}", file=sys.stderr)
    if not args.no_write:
        for path in write_outputs(dict(edited), job.tree):
            print(f"hvgen patch: wrote {os.path.join(job.tree, path)}", file=sys.stderr)
    return 0
