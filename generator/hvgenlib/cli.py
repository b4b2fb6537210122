"""Command line: generate | check | validate. Exit 0 ok, 1 stale output, 2 bad spec or usage."""

import argparse
import os
import sys

from .diagnostics import SpecErrors

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hvgen", description=(
        "Generate the Linux kernel's Hyper-V headers from the YAML spec."))
    sub = parser.add_subparsers(dest="command", required=True)
    spec = dict(default=os.path.join(ROOT, "spec"), help="spec folder (default: %(default)s)")
    out = dict(default=os.path.join(ROOT, "generated"), help="output folder (default: %(default)s)")
    for name, text in (("generate", "write hyperv-tlfs.h and hvhdk.h"),
                       ("check", "exit 1 with a diff when the outputs are stale"),
                       ("validate", "check the spec alone")):
        command = sub.add_parser(name, help=text)
        command.add_argument("--spec", **spec)
        if name != "validate":
            command.add_argument("--out", **out)
    return parser


def _generate(args) -> int:
    from .pipeline import generate
    from .write import write_outputs

    _, outputs = generate(args.spec)
    for name in write_outputs(outputs, args.out):
        print(f"hvgen: wrote {os.path.join(args.out, name)}")
    return 0


def _check(args) -> int:
    from .pipeline import generate
    from .write import stale_files, unified_diff

    _, outputs = generate(args.spec)
    stale = stale_files(outputs, args.out)
    if not stale:
        return 0
    sys.stdout.write(unified_diff(outputs, args.out, stale))
    print(f"hvgen: {', '.join(stale)} out of date with {args.spec}; run `make` (hvgen generate)",
          file=sys.stderr)
    return 1


def _validate(args) -> int:
    from .pipeline import analyse
    from .report import summary

    result = analyse(args.spec)
    print(summary(result))
    return 0


COMMANDS = {"generate": _generate, "check": _check, "validate": _validate}


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except SpecErrors as errors:
        for diagnostic in errors.diagnostics:
            print(diagnostic, file=sys.stderr)
        print(f"hvgen: {len(errors.diagnostics)} error(s); nothing written", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"hvgen: error: {exc}", file=sys.stderr)
        return 2
