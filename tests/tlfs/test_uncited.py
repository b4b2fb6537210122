"""A documented definition that cites no page (`tlfs: none`) is an open claim of the gate,
even when the audit can match its value by name: the spec must say where the TLFS gives it."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HVGEN = os.path.join(ROOT, "generator", "hvgen")
SNAPSHOT = os.path.join(os.path.dirname(ROOT), "shared", "tlfs", "2025-12-15", "tlfs")
CITED = "    tlfs: hypercalls/HvCallNotifyLongSpinWait.md\n"


@unittest.skipUnless(os.path.isdir(SNAPSHOT), "no TLFS snapshot in ../shared/tlfs")
class UncitedClaim(unittest.TestCase):
    def test_tlfs_none_on_a_documented_definition_fails_the_gate(self):
        with tempfile.TemporaryDirectory() as tmp:
            spec = os.path.join(tmp, "spec")
            shutil.copytree(os.path.join(ROOT, "spec"), spec)
            path = os.path.join(spec, "hypercall-interface", "hypercall-codes.yaml")
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            self.assertIn(CITED, text)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text.replace(CITED, "    tlfs: none\n    reason: a test\n", 1))
            run = subprocess.run([sys.executable, HVGEN, "tlfs", "--spec", spec, "--tlfs",
                                  SNAPSHOT, "--gate"], capture_output=True, text=True,
                                 check=False)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertRegex(run.stdout + run.stderr,
                         r"hypercall-codes\.yaml:\d+:\d+: error: HVCALL_NOTIFY_LONG_SPIN_WAIT: "
                         r"documented with `tlfs: none`: cite the page#anchor")
        self.assertEqual(len([l for l in (run.stdout + run.stderr).splitlines()
                              if ": error: " in l]), 1)


if __name__ == "__main__":
    unittest.main()
