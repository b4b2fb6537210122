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
    from ..write import stale_files, unified_diff

    outputs = rendered_outputs(args.spec, args.profile)
    stale = stale_files(outputs, args.out)
    if not stale:
        return 0
    sys.stdout.write(unified_diff(outputs, args.out, stale))
    print(f"hvgen: {', '.join(stale)} out of date with {args.spec}; run `make` (hvgen generate)",
          file=sys.stderr)
    return 1
