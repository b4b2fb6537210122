"""Shared helpers for the generator's unit tests: run hvgen in-process, capture its output."""

import contextlib
import io
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib.cli import main  # noqa: E402

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")


def run_hvgen(*argv):
    """(exit status, stdout, stderr) of one hvgen command run in this process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


def snapshot(directory):
    """Every file below directory with its bytes and mtime: 'untouched' means equal snapshots."""
    state = {}
    for root, _, files in os.walk(directory):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                state[os.path.relpath(path, directory)] = (handle.read(), os.stat(path).st_mtime_ns)
    return state
