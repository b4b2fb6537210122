"""`hvgen diff OLD NEW`: semantic ABI diff of two specs, with an ABI-break gate.

OLD and NEW are spec folders (or folders holding spec/) or git revisions of this repository.
Exit 1 on an ABI break, 0 otherwise (HDK-only changes never fail), 2 on bad input.
"""

import json
import sys

NAME = "diff"
HELP = "semantic ABI diff of two specs (folders or git revisions); exit 1 on an ABI break"


def add_arguments(parser, defaults) -> None:
    parser.add_argument("old", metavar="OLD", help="spec folder or git revision (e.g. HEAD~1)")
    parser.add_argument("new", metavar="NEW", help="spec folder or git revision")
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def run(args) -> int:
    from ..diagnostics import SpecErrors
    from ..pipeline import analyse
    from .. import semdiff

    try:
        with semdiff.Sides(args.old, args.new) as sides:
            results = []
            for (spec_dir, label), arg, history in zip(sides, (args.old, args.new),
                                                       (True, False)):
                try:
                    results.append((analyse(spec_dir, history=history), label))
                except SpecErrors as errors:
                    for diagnostic in errors.diagnostics:
                        print(diagnostic, file=sys.stderr)
                    print(f"hvgen diff: {arg}: {len(errors.diagnostics)} spec error(s)",
                          file=sys.stderr)
                    return 2
    except semdiff.BadInput as exc:
        print(f"hvgen diff: error: {exc}", file=sys.stderr)
        return 2
    (old, old_label), (new, new_label) = results
    changes = semdiff.diff_results(old, new)
    if args.json:
        json.dump(semdiff.render_json(changes, old_label, new_label), sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(semdiff.render_text(changes, old_label, new_label))
    return 1 if semdiff.verdict(changes) == "abi-break" else 0
