"""The real kernels' headers for a test: `--headers DIR` from the command line, filled by
tools/fetch-kernel-headers (Debian's archive, never into the repository)."""

import argparse
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fetched_headers():
    """(the headers folder, 0), or (None, fetch's exit status: 77 when the archive cannot be
    reached, which the caller returns so the test is skipped)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--headers", required=True, help="where to fetch the kernel headers")
    args = parser.parse_args()
    fetch = subprocess.run([os.path.join(ROOT, "tools", "fetch-kernel-headers"), args.headers],
                           check=False)
    return (None, fetch.returncode) if fetch.returncode else (args.headers, 0)
