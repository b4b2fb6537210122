"""`hvgen testgen`: write a C test of one header's layout (cmocka, or _Static_assert only)."""

import os

from ..model import VIEWS
from ..targets import ARCHES

NAME = "testgen"
HELP = "write a C test of one header's layout"


def add_arguments(parser, defaults) -> None:
    parser.add_argument("--spec", **defaults["spec"])
    parser.add_argument("--view", choices=VIEWS, required=True)
    parser.add_argument("--arch", choices=ARCHES, required=True)
    parser.add_argument("--flavour", choices=("cmocka", "static"), required=True)
    parser.add_argument("--output", required=True, help="C file to write")


def run(args) -> int:
    from ..pipeline import analyse
    from ..profiles import default_header
    from ..testgen import render_test
    from ..write import write_outputs

    result = analyse(args.spec)
    text = render_test(result.views[args.view], result.layouts[(args.view, args.arch)],
                       default_header(args.view).file, args.flavour)
    write_outputs({os.path.basename(args.output): text}, os.path.dirname(args.output) or ".")
    return 0
