#!/usr/bin/python3
"""Build and run one generated layout test: testgen -> compile (gcc/clang, x86_64/arm64) -> run.

The test source comes from the layout engine; the compiler lays out the generated header; a
mismatch fails the compile (static flavour) or a cmocka test (cmocka flavour).
"""

import argparse
import os
import platform
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "generator"))
from hvgenlib.facts.targets import SHIM  # noqa: E402
from hvgenlib.targets import ARCH_TABLE  # noqa: E402

HEADERS = {"tlfs": "hyperv-tlfs.h", "hdk": "hvhdk.h"}
WARNINGS = ["-std=gnu11", "-Wall", "-Wextra", "-Werror"]


def arch_flags(arch: str):
    """The targets table's kernel macros for ARCH, after its cross flags on another host."""
    row = ARCH_TABLE[arch]
    cross = row.cross_flags() if row.machine != platform.machine() else []
    return cross + [f"-D{define}" for define in row.defines]


def run(command):
    print("+", " ".join(command), flush=True)
    return subprocess.run(command, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--view", choices=HEADERS, required=True)
    parser.add_argument("--arch", choices=ARCH_TABLE, required=True)
    parser.add_argument("--cc", required=True)
    parser.add_argument("--flavour", choices=("cmocka", "static"), required=True)
    parser.add_argument("--headers", default=os.path.join(ROOT, "generated"))
    parser.add_argument("--spec", default=os.path.join(ROOT, "spec"))
    parser.add_argument("--workdir", required=True)
    args = parser.parse_args()

    os.makedirs(args.workdir, exist_ok=True)
    stem = f"{args.flavour}-{args.view}-{args.arch}-{os.path.basename(args.cc)}"
    source = os.path.join(args.workdir, stem + ".c")
    status = run([sys.executable, os.path.join(ROOT, "generator", "hvgen"), "testgen",
                  "--spec", args.spec, "--view", args.view, "--arch", args.arch, "--flavour", args.flavour,
                  "--output", source])
    if status:
        return status
    flags = WARNINGS + arch_flags(args.arch) + ["-I", SHIM, "-I", args.headers]
    if args.flavour == "static":
        return run([args.cc] + flags + ["-fsyntax-only", source])
    binary = os.path.join(args.workdir, stem)
    status = run([args.cc] + flags + [source, "-o", binary, "-lcmocka"])
    return status or run([binary])


if __name__ == "__main__":
    sys.exit(main())
