"""`hvgen report`: Markdown and a static HTML page of what is documented, where.

Without --out-md/--out-html the Markdown goes to standard output. --kernel-tree DIR adds how a
Linux tree's Hyper-V headers stand against the spec; --audit JSON adds the TLFS audit's verdicts.
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
                        help="a Linux source tree: list documented definitions it lacks or "
                        "carries with a different layout")
    parser.add_argument("--audit", metavar="JSON", help="TLFS audit results to show")


def _write(path: str, text: str) -> None:
    from ..write import write_file

    write_file(path, text)
    print(f"hvgen: wrote {path}", file=sys.stderr)


def run(args) -> int:
    from .. import docreport
    from ..pipeline import generate

    result, outputs = generate(args.spec)
    items = docreport.entries(result)
    audit = None
    if args.audit:
        try:
            audit = docreport.load_audit(args.audit)
        except (OSError, ValueError) as exc:
            print(f"hvgen report: --audit {args.audit}: {exc}", file=sys.stderr)
            return 2
    standing = None
    if args.kernel_tree:
        try:
            standing = docreport.kernel_tree(result, outputs, args.kernel_tree)
        except (ValueError, RuntimeError) as exc:
            print(f"hvgen report: --kernel-tree: {exc}", file=sys.stderr)
            return 2
    markdown = docreport.render_markdown(items, standing, audit)
    if args.out_md:
        _write(args.out_md, markdown)
    if args.out_html:
        _write(args.out_html, docreport.render_html(items, standing, audit))
    if not args.out_md and not args.out_html:
        sys.stdout.write(markdown)
    if standing is not None:
        print(f"hvgen report: {args.kernel_tree} ({standing.layout}): "
              f"{len(standing.lacks)} documented definition(s) lacking, "
              f"{len(standing.differs)} with a different layout", file=sys.stderr)
    return 0
