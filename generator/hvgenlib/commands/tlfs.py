"""hvgen tlfs: audit the spec against Microsoft's TLFS Markdown (see hvgenlib/tlfs/)."""

import os
import sys
from typing import Optional

NAME = "tlfs"
HELP = "audit the spec against the published TLFS Markdown (citations, layouts, promotions)"


def add_arguments(parser, defaults) -> None:
    parser.add_argument("--spec", **defaults["spec"])
    parser.add_argument("--tlfs", required=True, help="a TLFS folder (…/hyper-v-on-windows/tlfs)")
    parser.add_argument("--since", metavar="OLD_DIR", help="an older TLFS folder to diff against")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--linux-facts", action="append", default=[], metavar="JSON",
                        help="facts of a kernel's hyperv-tlfs.h family (tests/reference/ format):"
                             " --since then tells what Linux already had from what it kept "
                             "HDK-only; repeatable")
    parser.add_argument("--report", metavar="FILE", help="write the Markdown audit to FILE")
    parser.add_argument("--check-report", metavar="FILE",
                        help="exit 1 when FILE differs from the Markdown audit")
    parser.add_argument("--gate", action="store_true",
                        help="exit 1 on any finding the lead must act on: an unexplained "
                             "disagreement, a documented claim no TLFS page has, or a value "
                             "or layout claim the TLFS only names (each "
                             "printed as spec/FILE:LINE:COL: error: ...); without it, exit 1 "
                             "only when the audit itself could not judge (a C block that does "
                             "not parse, a citation of a page or anchor that does not exist)")
    parser.add_argument("--apply", action="store_true",
                        help="promote in the spec what the TLFS proves documented")
    parser.add_argument("--suggest-citations", action="store_true",
                        help="write the tlfs: citations the audit can prove into the spec")
    parser.add_argument("--import", dest="import_tables", action="store_true",
                        help="add to the spec the register names, message types, partition "
                             "property codes, intercept types and hypercall codes of the "
                             "TLFS it lacks (documented, linux: []; see tlfs/importing.py)")


def _label(folder: str) -> str:
    parts = os.path.abspath(folder).rstrip("/").split("/")
    return "/".join(parts[-2:]) if len(parts) >= 2 else folder


def _linux_names(paths):
    """Every definition name in kernel facts files (records, enums, macros, typedefs).

    The files are the tests/reference/ format; anything else is a ValueError naming the file
    and what is wrong, which run() reports as bad input."""
    import json

    found = set()
    for path in paths:
        with open(path, "rb") as handle:
            raw = handle.read()
        try:
            facts = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path}: not UTF-8 (byte {exc.start})") from None
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}") from None
        if not isinstance(facts, dict):
            raise ValueError(f"{path}: a facts file is a JSON object (tests/reference/ format)")
        for category in ("records", "enums", "macros", "typedefs"):
            items = facts.get(category, ())
            if not isinstance(items, list) or not all(
                    isinstance(item, dict) and isinstance(item.get("name"), str) for item in items):
                raise ValueError(f"{path}: '{category}' must be a list of objects with a "
                                 f"'name' string (tests/reference/ format)")
            found.update(item["name"] for item in items)
    return frozenset(found)


def run(args) -> int:
    """Read the snapshots, import if asked, audit, then write, check or gate the report;
    each step returns an exit status to stop with, or None to go on."""
    from ..pipeline import analyse
    from ..tlfs import report
    from ..tlfs.audit import run_audit

    inputs = _read_inputs(args)
    if isinstance(inputs, int):
        return inputs
    pages, old_pages, linux_names = inputs
    if args.import_tables and _import(args, pages) is not None:
        return 2
    result = analyse(args.spec)
    audit = run_audit(result, pages)
    since = None
    if old_pages is not None:
        from ..tlfs import since as since_mod

        since = since_mod.diff(run_audit(result, old_pages), audit, linux_names)
    if args.report or args.check_report:
        status = _report(args, audit, since)
        if status is not None:
            return status
    if _edit_spec(args, audit) is not None:
        return 2
    sys.stdout.write(report.to_json(audit, since) if args.json else report.text(audit, since))
    failed = bool(audit.broken or audit.parsed.failures)
    return 1 if _gate(args, audit) or failed else 0


def _read_inputs(args):
    """(pages, old pages or None, Linux names), or the exit status of an unreadable input."""
    from ..tlfs.markdown import read_tree

    for folder in filter(None, (args.tlfs, args.since)):
        if not os.path.isdir(folder):
            print(f"hvgen: error: {folder}: no such TLFS folder", file=sys.stderr)
            return 2
    try:
        return (read_tree(args.tlfs), read_tree(args.since) if args.since else None,
                _linux_names(args.linux_facts))
    except (OSError, ValueError) as exc:  # UnicodeDecodeError is a ValueError too
        print(f"hvgen tlfs: error: {exc}", file=sys.stderr)
        return 2


def _import(args, pages) -> Optional[int]:
    """`--import`: the TLFS definitions the spec lacks into its import-owned files."""
    from ..tlfs.importing import run_import
    from ..tlfs.spec_edit import EditError

    try:
        outcome = run_import(pages, args.spec)
    except EditError as exc:
        print(f"hvgen tlfs: error: {exc}; that file was left as it was", file=sys.stderr)
        return 2
    for line in outcome.lines():
        print(f"hvgen: {line}", file=sys.stderr)
    return None


def _report(args, audit, since) -> Optional[int]:
    """`--report` writes the Markdown report; `--check-report` compares it and stops."""
    from ..tlfs import report
    from ..write import write_file

    text = report.markdown(audit, since, _label(args.tlfs),
                           _label(args.since) if args.since else None,
                           spec_root=os.path.dirname(os.path.abspath(args.spec)))
    if not args.check_report:
        if write_file(args.report, text):
            print(f"hvgen: wrote {args.report}", file=sys.stderr)
        return None
    try:
        with open(args.check_report, encoding="utf-8") as handle:
            current = handle.read()
    except OSError:
        current = None
    if current != text:
        print(f"hvgen: {args.check_report} is stale; rerun hvgen tlfs --report",
              file=sys.stderr)
        return 1
    print(f"hvgen: {args.check_report} is fresh")
    return 0


def _edit_spec(args, audit) -> Optional[int]:
    """`--apply` and `--suggest-citations`: edits of the user's spec, each file atomic."""
    from ..tlfs import apply as apply_mod
    from ..tlfs.spec_edit import EditError

    try:
        if args.apply:
            for line in apply_mod.apply_promotions(audit, args.spec):
                print(f"hvgen: {line}", file=sys.stderr)
        if args.suggest_citations:
            for line in apply_mod.suggest_citations(audit, args.spec):
                print(f"hvgen: {line}", file=sys.stderr)
    except EditError as exc:
        print(f"hvgen tlfs: error: {exc}; that file was left as it was", file=sys.stderr)
        return 2
    return None


def _gate(args, audit) -> bool:
    """`--gate`: whether any claim is open (each printed)."""
    if not args.gate:
        return False
    from ..tlfs import report

    errors = report.gate_errors(audit, os.path.dirname(os.path.abspath(args.spec)))
    for line in errors:
        print(line, file=sys.stderr)
    print(f"hvgen tlfs --gate: {len(errors)} error(s)", file=sys.stderr)
    return bool(errors)
