#!/usr/bin/python3
"""The spec's Linux presence (`linux:`) is what the real kernels' headers carry.

Fetches Linux 6.12.117's and 7.2.13's headers from Debian's archive into the build folder
(tools/fetch-kernel-headers; never into the repository), reads them with the facts layer, and
runs tools/derive-presence over them: every definition, member and enum value the spec says a
family carries, that family's headers have, and nothing else (exit 1 naming each place
otherwise). The same check from tests/reference/*.json runs in the unit suite. Skipped (exit
77) only when the archive cannot be reached.
"""

import os
import subprocess
import sys

from kernel_headers import fetched_headers

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main() -> int:
    headers, status = fetched_headers()
    if status:
        return status
    run = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "derive-presence"),
                          "--headers", headers], check=False)
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
