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
from hvgenlib.model import parts  # noqa: E402
from hvgenlib.pipeline import analyse  # noqa: E402
from hvgenlib.profiles import default_header  # noqa: E402


# Each view's header is compared with the Linux family whose spelling it shares.
FAMILY = {"tlfs": "6.12", "hdk": "7.2"}


def _not_in_family(tags, view: str, family: str) -> bool:
    """The spec says the view has this and the family has not (its presence), or the family
    has it and the documented view has not (the TLFS does not document it)."""
    absent = tags.linux is not None and family not in tags.linux
    return absent or (view == "tlfs" and tags.visibility == "hdk")


def recorded_differences(result, view: str) -> set:
    """Names of the definitions whose view header the spec says differs from its Linux family:
    the definition, or one of its members or enum values, is absent from the family by its
    presence, or HDK-only in the documented view. The kernel profile reproduces each family
    exactly (kernel_profile_test); the two default headers hold what the TLFS documents and
    everything, so they differ from Linux exactly there and nowhere else."""
    family = FAMILY[view]
    return {d.name for d in result.model.definitions
            if _not_in_family(d.tags, view, family)
            or any(_not_in_family(p.tags, view, family) for p in parts(d))}


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
    compared = reference.compare(expected, measured, only)
    lines, _ = reference.report(f"{args.view}-{args.arch}", compared, args.require_all)
    print("\n".join(lines))
    recorded = recorded_differences(result, args.view)
    _, _, differing, missing, extra = compared
    unexplained = sorted({name for _, name, _ in differing} - recorded)
    unexplained += sorted({name for _, name in extra} - recorded)
    if args.require_all:
        unexplained += sorted({name for _, name in missing} - recorded)
    explained = len(({name for _, name, _ in differing} | {name for _, name in extra}) & recorded)
    print(f"{args.view}-{args.arch}: {explained} difference(s) the spec records "
          f"(presence or visibility), {len(unexplained)} it does not")
    for name in unexplained:
        print(f"  unrecorded: {name} differs from Linux {FAMILY[args.view]} and the spec "
              f"says nothing of it")
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
