#!/usr/bin/python3
"""Every hvgen command that writes a user's file, killed (SIGKILL) at random points, leaves each
file it writes byte for byte as it was or as an uninterrupted run writes it: never cut, never
mixed (for `patch`: the mbox and each tree file). Seeded, so a failure repeats; HVGEN_KILL_RUNS
sets how many kills per command.
"""

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HVGEN = os.path.join(ROOT, "generator", "hvgen")
TLFS_FIX = os.path.join(ROOT, "tests", "tlfs", "fixtures")
HEADER = os.path.join(ROOT, "generated", "hvhdk.h")
SHIM = os.path.join(ROOT, "generator", "hvgenlib", "facts", "kernel_shim")  # facts.targets.SHIM
RUNS = int(os.environ.get("HVGEN_KILL_RUNS", "12"))
OLD = "old content the command must not cut\n" * 200


def _commands(work):
    """name -> (argv, files it writes). Each file starts as OLD (or, for the spec edit, as the
    fixture's own text) so a cut or mixed file shows."""
    spec = os.path.join(work, "spec")
    return {
        "import --out": ([HVGEN, "import", HEADER, "--include", SHIM,
                          "--arch", "x86_64", "--out", os.path.join(work, "imported.yaml")],
                         ["imported.yaml"]),
        "report --out-md --out-html": ([HVGEN, "report", "--out-md", os.path.join(work, "r.md"),
                                        "--out-html", os.path.join(work, "r.html")],
                                       ["r.md", "r.html"]),
        "tlfs --report --apply": ([HVGEN, "tlfs", "--tlfs", os.path.join(TLFS_FIX, "new"),
                                   "--spec", spec, "--report", os.path.join(work, "audit.md"),
                                   "--apply"], ["audit.md", "spec/demo/demo.yaml"]),
        "patch": ([HVGEN, "patch", "--spec", os.path.join(work, "patch-spec"), "--kernel-tree",
                   os.path.join(work, "tree"), "-o", os.path.join(work, "p.mbox"), "--force"],
                  ["p.mbox"] + [f"tree/{name}" for name in TREE_FILES]),
    }


TREE_FILES = ["include/hyperv/hvgdk_mini.h", "include/hyperv/hvhdk.h"]
NEW_CALL = """
  - define: HVCALL_HVGEN_KILL_TEST
    value: 0x7ff1
    tlfs: hypercalls/HvCallKillTest.md
"""


def _prepare_patch(work):
    """A 7.x tree of hvgen's own headers and a spec that adds one hypercall code to it."""
    spec = os.path.join(work, "patch-spec")
    if not os.path.isdir(spec):
        shutil.copytree(os.path.join(ROOT, "spec"), spec)
        with open(os.path.join(spec, "hypercall-interface", "hypercall-codes.yaml"), "a",
                  encoding="utf-8") as handle:
            handle.write(NEW_CALL)
    tree = os.path.join(work, "tree")
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "generated", "linux", "include"),
                    os.path.join(tree, "include"))
    for args in (["init", "-q"], ["config", "user.name", "Kill Test"],
                 ["config", "user.email", "kill@example.com"]):
        subprocess.run(["git", "-C", tree, *args], check=True, capture_output=True)


def _prepare(work, files):
    if os.path.isdir(os.path.join(work, "spec")):
        shutil.rmtree(os.path.join(work, "spec"))
    shutil.copytree(os.path.join(TLFS_FIX, "spec"), os.path.join(work, "spec"))
    _prepare_patch(work)
    for name in files:
        if not name.startswith(("spec/", "tree/")):
            with open(os.path.join(work, name), "w", encoding="utf-8") as handle:
                handle.write(OLD)
    return {name: _read(work, name) for name in files}


def _read(work, name):
    try:
        with open(os.path.join(work, name), "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        return None


class KillWriters(unittest.TestCase):
    def test_each_writer_killed_at_random_points(self):
        rng = random.Random(20261201)
        env = dict(os.environ, HVGEN_NO_CACHE="1", SOURCE_DATE_EPOCH="1796112000")
        with tempfile.TemporaryDirectory(prefix="hvgen-kill-") as work:
            for name, (argv, files) in _commands(work).items():
                before = _prepare(work, files)
                start = time.monotonic()
                done = subprocess.run(argv, capture_output=True, env=env, cwd=work, timeout=300)
                duration = time.monotonic() - start
                self.assertIn(done.returncode, (0, 1), f"{name}: {done.stderr.decode()}")
                after = {f: _read(work, f) for f in files}
                self.assertTrue(any(after[f] != before[f] for f in files),
                                f"{name} changed none of its files: the test would prove nothing")
                for run in range(RUNS):
                    _prepare(work, files)
                    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL,
                                               stderr=subprocess.DEVNULL, env=env, cwd=work)
                    time.sleep(rng.uniform(0.05, duration))
                    process.send_signal(signal.SIGKILL)
                    process.wait(timeout=60)
                    for f in files:
                        self.assertIn(_read(work, f), (before[f], after[f]),
                                      f"{name}, kill {run}: {f} is neither the old nor the new file")


if __name__ == "__main__":
    unittest.main()
