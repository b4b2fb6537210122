#!/usr/bin/python3
"""`hvgen import --compare` over the real kernel headers of both releases finds no difference.

The headers come from Debian's archive (tools/fetch-kernel-headers) into the build folder, never
into the repository; when the archive cannot be reached the test is skipped (exit 77).
"""

import os
import subprocess
import sys

from kernel_headers import fetched_headers

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HVGEN = os.path.join(ROOT, "generator", "hvgen")


def compares(headers):
    k72, k612 = os.path.join(headers, "72"), os.path.join(headers, "612")
    yield ["7.2 HDK, both arches", [
        os.path.join(k72, "include/hyperv/hvhdk.h"), "--include", os.path.join(k72, "include"),
        "--arch", "both"]]
    for arch, directory in (("x86_64", "x86"), ("arm64", "arm64")):
        yield [f"6.12 hyperv-tlfs.h, {arch}", [
            os.path.join(k612, f"arch/{directory}/include/asm/hyperv-tlfs.h"),
            "--include", os.path.join(k612, "include"),
            "--include", os.path.join(k612, f"arch/{directory}/include"),
            "--arch", arch, "--view", "tlfs"]]


def main() -> int:
    headers, status = fetched_headers()
    if status:
        return status
    failed = 0
    for label, argv in compares(headers):
        done = subprocess.run([sys.executable, HVGEN, "import"] + argv +
                              ["--compare", os.path.join(ROOT, "spec")],
                              capture_output=True, text=True, check=False)
        summary = [line for line in done.stdout.splitlines() if " new, " in line]
        print(f"{label}: {summary[-1] if summary else done.stdout.strip()}")
        if done.returncode:
            print(done.stdout + done.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
