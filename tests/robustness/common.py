"""Helpers the robustness tests share: a private valid spec, and a byte snapshot of a folder."""

import os
import shutil
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "generator"))


def pick_spec(tmp):
    """A private copy of spec/ when it generates, else of the frozen fixture spec (spec/ may be
    mid-edit by someone else; these tests need a valid spec, not the latest one)."""
    from hvgenlib.diagnostics import SpecErrors
    from hvgenlib.pipeline import generate

    for source in (os.path.join(ROOT, "spec"), os.path.join(HERE, "fixture", "spec")):
        dest = os.path.join(tmp, "spec-" + os.path.basename(os.path.dirname(source)))
        shutil.copytree(source, dest)
        try:
            generate(dest)
            return dest
        except SpecErrors:
            continue
    raise unittest.SkipTest("neither spec/ nor the fixture spec generates")


def snapshot(folder):
    """Every file below folder (recursively), by relative path, with its bytes."""
    found = {}
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                found[os.path.relpath(path, folder)] = handle.read()
    return found
