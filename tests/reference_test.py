#!/usr/bin/python3
"""Compare a generated header with the real kernel's facts (tests/reference/, measured by clang).

hvhdk.h is held to Linux 7.2.13's HDK headers, hyperv-tlfs.h to Linux 6.12.117's hyperv-tlfs.h
family. The generated header is measured by our own libclang dumper (tools/facts.py); every
reference definition the spec's view also defines must match exactly. With --require-all every
reference definition must be present (the goal of the whole-ABI coverage work).
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "generator"))

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
    reference = os.path.join(HERE, "reference", f"{args.arch}-{args.view}.json")
    with tempfile.TemporaryDirectory() as tmp:
        facts = os.path.join(tmp, "facts.json")
        names = os.path.join(tmp, "names.txt")
        with open(names, "w", encoding="utf-8") as handle:
            handle.write("\n".join(view_names(result, args.view, args.arch)) + "\n")
        header = os.path.join(args.headers, default_header(args.view).file)
        command = [sys.executable, os.path.join(HERE, "tools", "facts.py"), "--arch", args.arch,
                   "--family", args.view, "--top", header, "--include", args.headers,
                   "--shim", os.path.join(HERE, "shim"), "--out", facts]
        if subprocess.run(command, check=False).returncode:
            return 1
        compare = [sys.executable, os.path.join(HERE, "tools", "compare_reference.py"),
                   "--reference", reference, "--actual", facts,
                   "--label", f"{args.view}-{args.arch}"]
        if not args.require_all:
            compare += ["--only-names", names]
        else:
            compare.append("--require-all")
        return subprocess.run(compare, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
