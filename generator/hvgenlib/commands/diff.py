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


# Errors of one side printed in full; past them, a count (a spec with a few broken files says
# all of it; a tree that only looks like one does not print thousands of lines)
MAX_PRINTED = 100


def run(args) -> int:
    from ..diagnostics import SpecErrors
    from ..load import spec_folder_problem
    from ..pipeline import analyse
    from ..semdiff.classify import diff_results, verdict
    from ..semdiff.render import render_json, render_text
    from ..semdiff.revisions import BadInput, Sides

    try:
        with Sides(args.old, args.new) as sides:
            for (spec_dir, _), arg in zip(sides, (args.old, args.new)):
                problem = spec_folder_problem(spec_dir)
                if problem:
                    print(f"hvgen diff: error: {arg} is not a spec folder ({problem})",
                          file=sys.stderr)
                    return 2
            results = []
            for (spec_dir, label), arg, history in zip(sides, (args.old, args.new),
                                                       (True, False)):
                try:
                    results.append((analyse(spec_dir, history=history), label))
                except SpecErrors as errors:
                    for diagnostic in errors.diagnostics[:MAX_PRINTED]:
                        print(diagnostic, file=sys.stderr)
                    hidden = len(errors.diagnostics) - MAX_PRINTED
                    more = f" ({hidden} more not shown)" if hidden > 0 else ""
                    print(f"hvgen diff: {arg}: {len(errors.diagnostics)} spec error(s){more}",
                          file=sys.stderr)
                    return 2
    except BadInput as exc:
        print(f"hvgen diff: error: {exc}", file=sys.stderr)
        return 2
    (old, old_label), (new, new_label) = results
    changes = diff_results(old, new)
    if args.json:
        json.dump(render_json(changes, old_label, new_label), sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(changes, old_label, new_label))
    return 1 if verdict(changes) == "abi-break" else 0
