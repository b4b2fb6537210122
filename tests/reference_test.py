#!/usr/bin/python3
"""Compare a generated header with the real kernel's facts (tests/reference/, measured by clang).

hvhdk.h is held to Linux 7.2.13's HDK headers, hyperv-tlfs.h to Linux 6.12.117's hyperv-tlfs.h
family. The generated header is measured by the generator's facts layer (hvgenlib/facts), in
this process; every reference definition the spec's view also defines must match exactly. With
--require-all every reference definition must be present (the goal of the whole-ABI coverage
work).
"""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib.facts import headers, model, reference  # noqa: E402
from hvgenlib.facts.targets import LINUX  # noqa: E402
from hvgenlib.pipeline import analyse  # noqa: E402
from hvgenlib.profiles import default_header  # noqa: E402


def view_names(result, view: str, arch: str):
    names = []
    for vdef in result.views[view].definitions:
        if vdef.arch in (None, arch):
            names.append(vdef.name)
    return names


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--view", choices=("tlfs", "hdk"), required=True)
    parser.add_argument("--arch", choices=("x86_64", "arm64"), required=True)
    parser.add_argument("--headers", default=os.path.join(ROOT, "generated"))
    parser.add_argument("--require-all", action="store_true")
    args = parser.parse_args()

    result = analyse(os.path.join(ROOT, "spec"))
    expected = model.load(os.path.join(HERE, "reference", f"{args.arch}-{args.view}.json"))
    header = os.path.join(args.headers, default_header(args.view).file)
    try:
        measured = headers.read(header, LINUX[args.arch], [args.headers], family=args.view)
    except headers.FactsError as exc:
        print(f"reference_test: {exc}")
        return 1
    only = None if args.require_all else set(view_names(result, args.view, args.arch))
    lines, failed = reference.report(f"{args.view}-{args.arch}",
                                     reference.compare(expected, measured, only),
                                     args.require_all)
    print("\n".join(lines))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
