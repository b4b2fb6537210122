"""hvgen import never lets libclang open a device, a FIFO or a file outside the folders given."""

import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HVGEN = os.path.join(ROOT, "generator", "hvgen")


def run_import(header, *extra):
    return subprocess.run([sys.executable, HVGEN, "import", header, *extra],
                          capture_output=True, text=True, timeout=60, check=False)


class UnsafeIncludeTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def header(self, name, text):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path

    def test_device_fifo_and_outside_are_refused(self):
        fifo = os.path.join(self.dir, "pipe.h")
        os.mkfifo(fifo)
        cases = {self.header("zero.h", '#include "/dev/zero"\n'): "not a regular file",
                 self.header("fifo.h", '#include "pipe.h"\n'): "not a regular file",
                 self.header("sub/out.h", '#include "../fifo.h"\n'): "outside the folders"}
        for header, message in cases.items():
            run = run_import(header)  # a hang here would end in the timeout, a failure
            self.assertEqual(run.returncode, 2, run.stderr)
            self.assertIn(message, run.stderr)
            self.assertNotIn("Traceback", run.stderr)

    def test_a_folder_named_with_include_is_allowed(self):
        self.header("lib/defs.h", "#define HV_FROM_LIB 1\n")
        top = self.header("top/top.h", '#include "../lib/defs.h"\n#define HV_TOP 2\n')
        run = run_import(top, "--include", os.path.join(self.dir, "lib"), "--arch", "x86_64")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("HV_TOP", run.stdout)


if __name__ == "__main__":
    unittest.main()
