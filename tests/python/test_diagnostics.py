"""Each bad fixture exits 2 with the error it announces, and leaves the output untouched."""

import os
import re
import shutil
import tempfile
import unittest

from helpers import FIXTURES, run_hvgen, snapshot

BAD = os.path.join(FIXTURES, "bad")
EXPECT = re.compile(r"^# expect: (\d+:\d+: error: \[[a-z-]+\])")


class BadSpecTest(unittest.TestCase):
    def check_fixture(self, name):
        with open(os.path.join(BAD, name), encoding="utf-8") as handle:
            expected = EXPECT.match(handle.readline()).group(1)
        with tempfile.TemporaryDirectory() as tmp:
            spec, out = os.path.join(tmp, "spec"), os.path.join(tmp, "out")
            os.makedirs(spec)
            os.makedirs(out)
            shutil.copy(os.path.join(BAD, name), spec)
            with open(os.path.join(out, "hvhdk.h"), "w", encoding="utf-8") as handle:
                handle.write("/* the previous output */\n")
            before = snapshot(out)
            status, stdout, stderr = run_hvgen("generate", "--spec", spec, "--out", out)
            self.assertEqual(status, 2, stderr)
            self.assertIn(f"{name}:{expected}", stderr)
            self.assertNotIn("Traceback", stderr + stdout)
            self.assertEqual(snapshot(out), before, "a bad spec must not touch the output")

    def test_every_fixture(self):
        names = sorted(os.listdir(BAD))
        self.assertGreaterEqual(len(names), 9)
        for name in names:
            with self.subTest(fixture=name):
                self.check_fixture(name)

    def test_syntax_and_schema_errors_of_different_files_in_one_run(self):
        with tempfile.TemporaryDirectory() as spec:
            for name in ("malformed.yaml", "schema-key.yaml"):
                shutil.copy(os.path.join(BAD, name), spec)
            status, _, stderr = run_hvgen("validate", "--spec", spec)
        self.assertEqual(status, 2)
        self.assertIn("malformed.yaml:6:1: error: [yaml]", stderr)
        self.assertIn("schema-key.yaml:5:5: error: [schema]", stderr)

    def test_all_errors_in_one_run(self):
        with tempfile.TemporaryDirectory() as spec:
            for name in ("dup-name.yaml", "width-sum.yaml", "unknown-type.yaml"):
                shutil.copy(os.path.join(BAD, name), spec)
            status, _, stderr = run_hvgen("validate", "--spec", spec)
        self.assertEqual(status, 2)
        # dup-name and width-sum run in one barrier; unknown-type too: all three are reported
        for code in ("[dup-name]", "[width-sum]", "[unknown-type]"):
            self.assertIn(code, stderr)


if __name__ == "__main__":
    unittest.main()
