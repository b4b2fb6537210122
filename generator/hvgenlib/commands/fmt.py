"""`hvgen fmt [--check] [FILE...]`: write spec files in their canonical form (spec/README.md,
"Formatting"). With --check nothing is written: exit 1 and a unified diff when a file is not
in that form. A file the loader rejects is a located error (exit 2) and, as with every spec
error, nothing is written."""

import difflib
import os
import sys

NAME = "fmt"
HELP = "write spec files in canonical form; --check: exit 1 with a diff when one is not"


def add_arguments(parser, shared) -> None:
    parser.add_argument("--spec", **shared["spec"])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 and print a diff when a file is not formatted")
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="spec files or folders (default: every *.yaml under --spec)")


def _paths(args):
    from ..load import list_spec_files

    if not args.files:
        return list_spec_files(args.spec)
    paths = []
    for name in args.files:
        paths.extend(list_spec_files(name) if os.path.isdir(name) else [name])
    return paths


def _formatted(paths, diag):
    """[(path, display, text, formatted text)] of every file; errors go to diag."""
    from ..diagnostics import Loc
    from ..fmt import format_text
    from ..fmt.verify import Changed
    from ..load import display_path, load_file

    results = []
    for path in paths:
        display = display_path(path)
        if load_file(path, display, diag) is None:  # the loader's own located errors
            continue
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        try:
            results.append((path, display, text, format_text(text, display)))
        except Changed as exc:
            diag.error(Loc(display, 1, 1), "fmt", f"{exc}; the file is left as it is "
                       "(this is a bug in hvgen fmt)")
    return results


def run(args) -> int:
    from ..diagnostics import Diagnostics
    from ..write import write_file

    diag = Diagnostics()
    paths = _paths(args)
    if not paths:
        print(f"hvgen fmt: no *.yaml files under {args.spec}", file=sys.stderr)
        return 2
    results = _formatted(paths, diag)
    diag.barrier()
    stale = [(display, text, new) for _, display, text, new in results if new != text]
    if args.check:
        for display, text, new in stale:
            old_name, new_name = (display, display) if os.path.isabs(display) else \
                (f"a/{display}", f"b/{display}")
            sys.stdout.writelines(difflib.unified_diff(
                text.splitlines(keepends=True), new.splitlines(keepends=True),
                fromfile=old_name, tofile=new_name))
        if stale:
            print(f"hvgen fmt: {len(stale)} file(s) not formatted: "
                  f"{', '.join(d for d, _, _ in stale)}; run `hvgen fmt`", file=sys.stderr)
        return 1 if stale else 0
    for path, display, text, new in results:
        if new != text and write_file(path, new):
            print(f"hvgen fmt: formatted {display}")
    return 0
