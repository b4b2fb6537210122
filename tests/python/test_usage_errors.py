"""Command-line mistakes and interruptions end in one line and a known status, never a traceback."""

import os
import signal
import subprocess
import sys
import tempfile
import unittest

from helpers import ROOT, run_hvgen, snapshot

HVGEN = os.path.join(ROOT, "generator", "hvgen")


class UnknownProfileTest(unittest.TestCase):
    def test_generate_and_check_refuse_an_unknown_profile(self):
        with tempfile.TemporaryDirectory() as out:
            with open(os.path.join(out, "hvhdk.h"), "w", encoding="utf-8") as handle:
                handle.write("tampered\n")
            before = snapshot(out)
            for command in ("generate", "check"):
                status, _, stderr = run_hvgen(command, "--out", out, "--profile", "defualt")
                self.assertEqual(status, 2, stderr)
                self.assertIn("--profile defualt: no such profile", stderr)
                self.assertIn("known: default, kernel", stderr)
            self.assertEqual(snapshot(out), before)

    def test_a_known_profile_still_checks(self):
        status, _, stderr = run_hvgen("check", "--profile", "default")
        self.assertEqual(status, 0, stderr)


class InterruptTest(unittest.TestCase):
    # The run is held inside the command (write_outputs sleeps after saying so) so that the real
    # SIGINT lands in the middle of the work, not before or after it.
    HOLD = ("import runpy, sys, time\n"
            "sys.path.insert(0, {gen!r})\n"
            "import hvgenlib.write as write\n"
            "def held(*args, **kwargs):\n"
            "    print('holding', file=sys.stderr, flush=True)\n"
            "    time.sleep(60)\n"
            "write.write_outputs = held\n"
            "sys.argv = ['hvgen', 'generate', '--out', {out!r}]\n"
            "runpy.run_path({hvgen!r}, run_name='__main__')\n")

    def test_ctrl_c_exits_130_with_one_line(self):
        with tempfile.TemporaryDirectory() as out:
            code = self.HOLD.format(gen=os.path.join(ROOT, "generator"), out=out, hvgen=HVGEN)
            process = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE,
                                       stdout=subprocess.DEVNULL, text=True)
            self.assertEqual(process.stderr.readline(), "holding\n")
            process.send_signal(signal.SIGINT)
            stderr = process.stderr.read()
            process.wait(timeout=30)
        self.assertEqual(process.returncode, 130, stderr)
        self.assertEqual(stderr.strip(), "hvgen: interrupted")


if __name__ == "__main__":
    unittest.main()
