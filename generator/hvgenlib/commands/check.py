"""`hvgen check`: exit 1 with a unified diff when the committed outputs are stale; with
--kernel-tree, exit 1 naming each definition where a Linux tree differs from the spec."""

import os
import sys

NAME = "check"
HELP = "exit 1 with a diff when the outputs are stale"


def add_arguments(parser, defaults) -> None:
    parser.add_argument("--spec", **defaults["spec"])
    parser.add_argument("--out", **defaults["out"])
    parser.add_argument("--profile", **defaults["profile"])
    parser.add_argument("--kernel-tree", metavar="DIR",
                        help="instead: check a Linux tree's Hyper-V headers (7.x or 6.12) against "
                        "the spec's view of that family, by facts; exit 1 with what differs")


def _check_tree(args) -> int:
    """The tree's headers against the spec's view of its family, measured by the facts layer
    on both arches: comments, order and spelling do not count."""
    from ..patching import surgical
    from ..patching import tree as kernel_tree
    from ..pipeline import generate

    _, outputs = generate(args.spec)
    try:
        plan = kernel_tree.plan(args.kernel_tree, outputs)
        old = {p: kernel_tree.read_file(os.path.join(args.kernel_tree, p)) for p in plan.files}
        new = {p: outputs[o] for p, o in plan.files.items()}
        found, _, _ = surgical.surgery(args.kernel_tree, plan.layout, old, new)
    except (ValueError, kernel_tree.PatchError, surgical.SurgeryError) as exc:
        print(f"hvgen check: error: {exc}", file=sys.stderr)
        return 2
    for change in found:
        what = {"added": f"lacks {change.label}",
                "removed": f"has {change.label}, which the spec's view does not",
                "changed": f"{change.label} differs: {'; '.join(change.details)}"}[change.status]
        print(f"{change.file}: {what} ({'+'.join(change.arches)})")
    verdict = f"{len(found)} definition(s) differ" if found else "matches the spec's view"
    print(f"hvgen check: {args.kernel_tree} ({plan.layout}, {len(plan.files)} files): {verdict}",
          file=sys.stderr)
    return 1 if found else 0


def run(args) -> int:
    if args.kernel_tree:
        return _check_tree(args)
    from ..outputs import rendered_outputs
    from ..write import orphaned_outputs, stale_files, unified_diff

    outputs = rendered_outputs(args.spec, args.profile)
    stale = stale_files(outputs, args.out)
    orphans = [] if args.profile else orphaned_outputs(outputs, args.out)
    if stale:
        sys.stdout.write(unified_diff(outputs, args.out, stale))
        print(f"hvgen: {', '.join(stale)} out of date with {args.spec}; run `make` "
              f"(hvgen generate)", file=sys.stderr)
    if orphans:
        print(f"hvgen: {', '.join(orphans)}: generated once, but no output profile writes it any "
              f"more; `hvgen generate` removes it", file=sys.stderr)
    return 1 if stale or orphans else 0
