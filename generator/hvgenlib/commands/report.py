"""`hvgen report`: Markdown and a static HTML page of what is documented, where.

Without --out-md/--out-html the Markdown goes to standard output. --kernel-tree DIR adds how a
Linux tree's Hyper-V headers stand against the spec, at the top of the page. The audit column
holds the TLFS audit's verdicts: from `hvgen tlfs --json` run on --tlfs DIR, or read from
--audit JSON (that command's output, saved); with --kernel-tree and neither, the newest TLFS
snapshot where the tlfs tests find it (../shared/tlfs/<date>/tlfs), when there is one.
"""

import os
import sys

NAME = "report"
HELP = "documentation report (Markdown + static HTML): what is documented, where"


def add_arguments(parser, defaults) -> None:
    parser.add_argument("--spec", **defaults["spec"])
    parser.add_argument("--out-md", metavar="FILE", help="write the Markdown report here")
    parser.add_argument("--out-html", metavar="FILE", help="write the HTML page here")
    parser.add_argument("--kernel-tree", metavar="DIR",
                        help="a Linux source tree: how its Hyper-V headers stand against the "
                        "spec, by facts (identical, differing, missing in tree, only in tree), "
                        "at the top of the page")
    parser.add_argument("--audit", metavar="JSON",
                        help="TLFS audit results to show (`hvgen tlfs --json` output)")
    parser.add_argument("--tlfs", metavar="DIR",
                        help="a TLFS folder: run the TLFS audit on it for the audit column")


def _write(path: str, text: str) -> None:
    from ..write import write_file

    write_file(path, text)
    print(f"hvgen: wrote {path}", file=sys.stderr)


def _audit_column(args):
    """The audit column's verdicts (`--audit FILE`, `--tlfs DIR`, or with `--kernel-tree`
    the newest TLFS snapshot found), None without one, or the exit status of a bad one."""
    from ..docreport.audit import default_tlfs, load_audit, run_tlfs_audit

    if args.audit and args.tlfs:
        print("hvgen report: --audit and --tlfs: give one", file=sys.stderr)
        return 2
    tlfs = args.tlfs
    if args.kernel_tree and not args.audit and not tlfs:
        tlfs = default_tlfs()
        print(f"hvgen report: audit column from the TLFS at {tlfs}" if tlfs else
              "hvgen report: no TLFS snapshot found (../shared/tlfs/<date>/tlfs); no audit "
              "column: pass --tlfs DIR", file=sys.stderr)
    if args.audit:
        try:
            return load_audit(args.audit)
        except (OSError, ValueError) as exc:
            print(f"hvgen report: --audit {args.audit}: {exc}", file=sys.stderr)
            return 2
    if not tlfs:
        return None
    if not os.path.isdir(tlfs):
        print(f"hvgen report: --tlfs {tlfs}: no such TLFS folder", file=sys.stderr)
        return 2
    try:
        return run_tlfs_audit(args.spec, tlfs)
    except ValueError as exc:
        print(f"hvgen report: the TLFS audit of {tlfs}: {exc}", file=sys.stderr)
        return 2


def run(args) -> int:
    from ..docreport.entries import entries
    from ..docreport.markdown import render_markdown
    from ..pipeline import generate

    result, outputs = generate(args.spec)
    items = entries(result)
    audit = _audit_column(args)
    if isinstance(audit, int):
        return audit
    standing = None
    if args.kernel_tree:
        from ..docreport.tree import kernel_tree

        try:
            standing = kernel_tree(result, outputs, args.kernel_tree)
        except (ValueError, RuntimeError) as exc:
            print(f"hvgen report: --kernel-tree: {exc}", file=sys.stderr)
            return 2
    from ..backlog import compute

    markdown = render_markdown(items, standing, audit, backlog=compute(result))
    if args.out_md:
        _write(args.out_md, markdown)
    if args.out_html:
        from ..docreport.html_page import render_html

        _write(args.out_html, render_html(items, standing, audit))
    if not args.out_md and not args.out_html:
        sys.stdout.write(markdown)
    if standing is not None:
        counts = ", ".join(f"{count} {state}" for state, count in standing.counts().items())
        print(f"hvgen report: {args.kernel_tree} ({standing.layout}): {counts}",
              file=sys.stderr)
    return 0
