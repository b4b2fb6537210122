#!/usr/bin/python3
"""The kernel profile's files stand in for the kernel's own headers.

For one family and arch: compile the family's top header from generated/linux/ (as a kernel
tree would include it) with -Wall -Wextra -Werror, measure it with our libclang dumper, and
compare it with the reference facts of that kernel. Differences fail; so does, for the HDK
family, any definition the 7.2 headers do not have (the profile must not invent ABI). With
--require-all, every reference definition must be present too.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TREE = os.path.join(ROOT, "generated", "linux")
ARCH = {
    "x86_64": {"dir": "x86", "flags": ["--target=x86_64-linux-gnu", "-DCONFIG_X86",
                                       "-DCONFIG_X86_64"]},
    "arm64": {"dir": "arm64", "flags": ["--target=aarch64-linux-gnu", "-ffreestanding",
                                        "-DCONFIG_ARM64"]},
}
TOP = {"hdk": "include/hyperv/hvhdk.h", "tlfs": "arch/{dir}/include/asm/hyperv-tlfs.h"}


def run(command, **kwargs):
    print("+", " ".join(command), flush=True)
    return subprocess.run(command, check=False, **kwargs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--family", choices=TOP, required=True)
    parser.add_argument("--arch", choices=ARCH, required=True)
    parser.add_argument("--require-all", action="store_true")
    args = parser.parse_args()
    arch = ARCH[args.arch]
    top = os.path.join(TREE, TOP[args.family].format(dir=arch["dir"]))
    includes = [os.path.join(TREE, "arch", arch["dir"], "include"), os.path.join(TREE, "include")]
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "unit.c")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(f'#include "{top}"\n')
        flags = ["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-fsyntax-only",
                 "-I", os.path.join(HERE, "shim")] + sum((["-I", d] for d in includes), [])
        if run(["clang"] + arch["flags"] + flags + [source]).returncode:
            return 1
        if args.arch == "x86_64" and run(["gcc"] + arch["flags"][1:] + flags + [source]).returncode:
            return 1
        facts = os.path.join(tmp, "facts.json")
        command = [sys.executable, os.path.join(HERE, "tools", "facts.py"), "--arch", args.arch,
                   "--family", args.family, "--top", top, "--shim", os.path.join(HERE, "shim"),
                   "--root", TREE, "--out", facts]
        for directory in includes:
            command += ["--include", directory]
        if run(command, stdout=subprocess.DEVNULL).returncode:
            return 1
        compare = [sys.executable, os.path.join(HERE, "tools", "compare_reference.py"),
                   "--reference", os.path.join(HERE, "reference", f"{args.arch}-{args.family}.json"),
                   "--actual", facts, "--label", f"kernel-profile {args.family}-{args.arch}"]
        if args.require_all:
            compare.append("--require-all")
        done = run(compare, capture_output=True, text=True)
    sys.stdout.write(done.stdout)
    extra = re.search(r"(\d+) extra", done.stdout)
    if args.family == "hdk" and extra and int(extra.group(1)):
        print(f"the 7.2 HDK files hold {extra.group(1)} definitions Linux 7.2 does not have")
        return 1
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
