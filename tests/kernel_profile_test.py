#!/usr/bin/python3
"""The kernel profile's files stand in for the kernel's own headers.

For one family and arch: compile the family's top header from generated/linux/ (as a kernel
tree would include it) with -Wall -Wextra -Werror, measure it with the generator's facts layer,
and compare it with the reference facts of that kernel. Differences fail; so does any definition
that kernel's headers do not have (the profile must not invent ABI: each family's files hold
what the spec's `linux:` presence says that family carries). With --require-all, every
reference definition must be present too.
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TREE = os.path.join(ROOT, "generated", "linux")
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib.facts import headers, model, reference  # noqa: E402
from hvgenlib.facts.targets import LINUX, SHIM  # noqa: E402

ARCH_DIR = {"x86_64": "x86", "arm64": "arm64"}
# The kernel builds with clang's -Wno-gnu (scripts/Makefile.extrawarn); 6.12's own
# hv_tlb_flush_ex, a struct ending in a flexible array followed by more members, needs it.
CLANG_EXTRA = {"x86_64": ["-Wno-gnu-variable-sized-type-not-at-end"],
               "arm64": ["-ffreestanding", "-Wno-gnu-variable-sized-type-not-at-end"]}
TOP = {"hdk": "include/hyperv/hvhdk.h", "tlfs": "arch/{dir}/include/asm/hyperv-tlfs.h"}
KERNEL = {"hdk": "7.2 HDK", "tlfs": "6.12 hyperv-tlfs.h"}


def run(command, **kwargs):
    print("+", " ".join(command), flush=True)
    return subprocess.run(command, check=False, **kwargs)


def compiles(arch, top, includes) -> bool:
    """clang (and gcc on x86_64) accept the top header with -Wall -Wextra -Werror."""
    target = LINUX[arch]
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "unit.c")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(f'#include "{top}"\n')
        flags = ["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-fsyntax-only",
                 "-I", SHIM] + sum((["-I", d] for d in includes), [])
        if run(["clang"] + target.flags + CLANG_EXTRA[arch] + flags + [source]).returncode:
            return False
        return arch != "x86_64" or not run(["gcc"] + target.flags[1:] + flags +
                                           [source]).returncode


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--family", choices=TOP, required=True)
    parser.add_argument("--arch", choices=LINUX, required=True)
    parser.add_argument("--require-all", action="store_true")
    args = parser.parse_args()
    top = os.path.join(TREE, TOP[args.family].format(dir=ARCH_DIR[args.arch]))
    includes = [os.path.join(TREE, "arch", ARCH_DIR[args.arch], "include"),
                os.path.join(TREE, "include")]
    if not compiles(args.arch, top, includes):
        return 1
    try:
        measured = headers.read(top, LINUX[args.arch], includes, root=TREE, family=args.family)
    except headers.FactsError as exc:
        print(f"kernel_profile_test: {exc}")
        return 1
    expected = model.load(os.path.join(HERE, "reference", f"{args.arch}-{args.family}.json"))
    compared = reference.compare(expected, measured)
    lines, failed = reference.report(f"kernel-profile {args.family}-{args.arch}", compared,
                                     args.require_all)
    print("\n".join(lines))
    extra = len(compared[4])
    if extra:  # each family's files hold what that family carries (the spec's `linux:`)
        print(f"the {KERNEL[args.family]} files hold {extra} definitions Linux "
              f"{KERNEL[args.family].split()[0]} does not have")
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
