#!/usr/bin/python3
"""Open `hvgen report`'s HTML page in headless Chromium: the summary table and a known definition
are there, and the search box (shown only when JavaScript runs) is visible. Exit 77 (skip) when
Debian's `chromium` is not installed."""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def main() -> int:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("chromium not installed; skipping")
        return 77
    with tempfile.TemporaryDirectory(prefix="hvgen-html-") as tmp:
        page = os.path.join(tmp, "report.html")
        run = subprocess.run([sys.executable, os.path.join(ROOT, "generator", "hvgen"), "report",
                              "--out-html", page], capture_output=True, text=True, check=False)
        if run.returncode:
            print(run.stderr)
            return 1
        dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                              "--disable-dev-shm-usage", f"--user-data-dir={tmp}/profile",
                              "--dump-dom", "file://" + page],
                             capture_output=True, text=True, check=False, timeout=120)
    text = dom.stdout
    checks = {
        "summary table": '<table id="summary">' in text,
        "hv_synic_sint row": 'id="def-hv_synic_sint"' in text,
        "search box shown by JavaScript": '<input id="search"' in text
        and 'id="search" type="search" placeholder="Filter definitions…" '
            'aria-label="Filter definitions" hidden' not in text,
    }
    for name, ok in checks.items():
        print(f"{'ok' if ok else 'FAIL'}: {name}")
    if not all(checks.values()):
        print(dom.stderr[-3000:])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
