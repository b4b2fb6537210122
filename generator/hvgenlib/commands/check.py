"""`hvgen check`: exit 1 with a unified diff when the committed outputs are stale."""

import sys

NAME = "check"
HELP = "exit 1 with a diff when the outputs are stale"


def add_arguments(parser, defaults) -> None:
    parser.add_argument("--spec", **defaults["spec"])
    parser.add_argument("--out", **defaults["out"])
    parser.add_argument("--profile", **defaults["profile"])


def run(args) -> int:
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
