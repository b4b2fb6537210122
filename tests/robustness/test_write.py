"""write.py under stress: concurrent generate runs into one folder, a run killed mid-rename,
temp files orphaned by a killed run."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib import write  # noqa: E402
from hvgenlib.pipeline import generate  # noqa: E402

from common import pick_spec  # noqa: E402

HVGEN = os.path.join(ROOT, "generator", "hvgen")
SPEC = None  # set per test to a private copy of spec/


def snapshot(folder):
    found = {}
    for root, dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                found[os.path.relpath(path, folder)] = handle.read().decode("utf-8")
    return found


def variant_spec(source, tmp):
    """A copy of source whose headers differ: the first documented description changes."""
    spec_b = os.path.join(tmp, "spec-b")
    shutil.copytree(source, spec_b)
    for root, _, files in sorted(os.walk(spec_b)):
        for name in sorted(f for f in files if f.endswith(".yaml")):
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as handle:
                lines = handle.read().split("\n")
            for i, line in enumerate(lines):
                if line.startswith("    description: ") and "documented" in "".join(lines[:i]):
                    lines[i] = "    description: A variant made by test_write."
                    with open(path, "w", encoding="utf-8") as handle:
                        handle.write("\n".join(lines))
                    return spec_b
    raise unittest.SkipTest("no description to vary in the spec")


class Write(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="hvgen-write-")
        self.env = dict(os.environ, HVGEN_CACHE_DIR=os.path.join(self.tmp, "cache"))
        os.environ["HVGEN_CACHE_DIR"] = self.env["HVGEN_CACHE_DIR"]
        # a private copy: spec/ may be edited while the test runs
        global SPEC
        SPEC = pick_spec(self.tmp)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_concurrent_generates_leave_one_whole_set(self):
        spec_b = variant_spec(SPEC, self.tmp)
        _, out_a = generate(SPEC)
        _, out_b = generate(spec_b)
        differing = [name for name in out_a if out_a[name] != out_b[name]]
        self.assertGreaterEqual(len(differing), 2, "the variant must change several files")
        out = os.path.join(self.tmp, "out")
        for round_ in range(4):
            procs = [subprocess.Popen([HVGEN, "generate", "--spec", spec, "--out", out],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      env=self.env)
                     for spec in [SPEC, spec_b] * 3]
            for proc in procs:
                stdout, stderr = proc.communicate(timeout=120)
                self.assertEqual(proc.returncode, 0, stderr.decode())
                self.assertNotIn(b"Traceback", stdout + stderr)
            state = snapshot(out)
            self.assertIn(state, (out_a, out_b), f"round {round_}: a mix of two runs, or debris: "
                          f"{sorted(set(state) - set(out_a))}")

    def test_interrupted_rename_is_detected_and_repaired(self):
        _, outputs = generate(SPEC)
        out = os.path.join(self.tmp, "out")
        calls = []
        real_replace = os.replace

        def dying_replace(src, dst):
            if len(calls) == 1 and not os.path.basename(src).startswith(write.JOURNAL):
                raise KeyboardInterrupt("killed between two renames")
            if not os.path.basename(src).startswith(write.JOURNAL):
                calls.append(dst)
            return real_replace(src, dst)

        with mock.patch.object(write.os, "replace", dying_replace):
            with self.assertRaises(KeyboardInterrupt):
                write.write_outputs(outputs, out)
        self.assertEqual(len(calls), 1)
        self.assertEqual(sorted(write.interrupted_set(out)), sorted(outputs))
        # check sees the half-written set as stale, even the file that was renamed
        self.assertEqual(write.stale_files(outputs, out), sorted(outputs))
        proc = subprocess.run([HVGEN, "check", "--spec", SPEC, "--out", out],
                              capture_output=True, env=self.env)
        self.assertEqual(proc.returncode, 1, proc.stderr.decode())
        # the next generate repairs it and says so
        proc = subprocess.run([HVGEN, "generate", "--spec", SPEC, "--out", out],
                              capture_output=True, env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stderr.decode())
        self.assertIn(b"stopped half-way", proc.stderr)
        self.assertEqual(snapshot(out), outputs)
        proc = subprocess.run([HVGEN, "check", "--spec", SPEC, "--out", out],
                              capture_output=True, env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stderr.decode())

    def test_orphaned_temp_files_are_removed(self):
        _, outputs = generate(SPEC)
        out = os.path.join(self.tmp, "out")
        write.write_outputs(outputs, out)
        name = sorted(outputs)[0]
        folder = os.path.dirname(os.path.join(out, name))
        orphan = os.path.join(folder, f".{os.path.basename(name)}.k1ll3d.tmp")
        foreign = os.path.join(folder, ".someone-elses.tmp")
        for path in (orphan, foreign):
            with open(path, "w", encoding="utf-8") as handle:
                handle.write("half")
        self.assertEqual(write.write_outputs(outputs, out), [])
        self.assertFalse(os.path.exists(orphan))
        self.assertTrue(os.path.exists(foreign), "only our own temp files are removed")

    def test_no_journal_or_lock_file_left(self):
        _, outputs = generate(SPEC)
        out = os.path.join(self.tmp, "out")
        write.write_outputs(outputs, out)
        self.assertEqual(snapshot(out), outputs)


if __name__ == "__main__":
    unittest.main()
