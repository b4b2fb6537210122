"""`hvgen validate`: check the spec alone and print its counts and citations."""

NAME = "validate"
HELP = "check the spec alone"


def add_arguments(parser, defaults) -> None:
    parser.add_argument("--spec", **defaults["spec"])


def run(args) -> int:
    from ..pipeline import analyse
    from ..report import summary

    print(summary(analyse(args.spec)))
    return 0
