"""`hvgen import`: spec YAML for C headers (libclang), or --compare them with a spec."""

import sys

from ..model import VIEWS
from ..targets import ARCHES

NAME = "import"
HELP = "write spec YAML for C headers, or --compare with a spec"


def add_arguments(parser, defaults) -> None:
    from ..importer import COMPARE_RULE  # plain text: loads no libclang

    parser.description = COMPARE_RULE
    parser.add_argument("headers", nargs="+", metavar="HEADER")
    parser.add_argument("--include", action="append", default=[], metavar="DIR")
    parser.add_argument("--arch", choices=ARCHES + ("both",), default="both")
    parser.add_argument("--visibility", choices=("documented", "hdk"), default="hdk")
    parser.add_argument("--out", metavar="FILE.yaml", help="write here (default: stdout)")
    parser.add_argument("--compare", metavar="SPEC_DIR", help="list new/changed/gone; write nothing")
    parser.add_argument("--view", choices=VIEWS, default="hdk",
                        help="spec view --compare measures against (default: %(default)s)")


def run(args) -> int:
    from ..importer import compare, emit, parse

    arches = ARCHES if args.arch == "both" else (args.arch,)
    try:
        per_arch = [parse.parse_headers(args.headers, args.include, a) for a in arches]
    except parse.ImportError_ as exc:
        print(f"hvgen: error: {exc}", file=sys.stderr)
        return 2
    for note in sorted({n for facts in per_arch for n in facts.unsupported}):
        print(f"hvgen import: note: {note}", file=sys.stderr)
    if args.compare:
        from ..pipeline import analyse

        diffs = compare.compare(per_arch, analyse(args.compare), args.view)
        sys.stdout.write(compare.report(diffs))
        return 1 if diffs else 0
    defs = emit.merge(*per_arch) if len(per_arch) == 2 else per_arch[0].definitions
    text = emit.emit(defs, args.visibility)
    if args.out:
        from ..write import write_file

        write_file(args.out, text)
    else:
        sys.stdout.write(text)
    return 0
