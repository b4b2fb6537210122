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


def _format_file(path: str):
    """(display, text, formatted text) of one file; SpecErrors when the loader rejects it (its
    own located errors: only a file hvgen reads without error is formatted)."""
    from ..diagnostics import Diagnostic, Diagnostics, Loc, SpecErrors
    from ..fmt import format_text
    from ..fmt.verify import Changed
    from ..load import display_path, load_file

    display = display_path(path)
    diag = Diagnostics()
    load_file(path, display, diag)
    diag.barrier()
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    try:
        return display, text, format_text(text, display)
    except Changed as exc:
        raise SpecErrors([Diagnostic(Loc(display, 1, 1), "fmt", f"{exc}; the file is left as "
                                     "it is (this is a bug in hvgen fmt)")]) from None


def _formatted(paths):
    """[(path, display, text, formatted text)] of every file, or SpecErrors with every error."""
    from ..diagnostics import SpecErrors

    results, errors = [], []
    for path in paths:
        try:
            results.append((path,) + _format_file(path))
        except SpecErrors as exc:
            errors.extend(exc.diagnostics)
    if errors:
        raise SpecErrors(errors)
    return results


def run(args) -> int:
    from ..write import write_file

    paths = _paths(args)
    if not paths:
        print(f"hvgen fmt: error: no *.yaml files under {args.spec}", file=sys.stderr)
        return 2
    results = _formatted(paths)
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
