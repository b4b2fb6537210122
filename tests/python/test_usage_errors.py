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


class LeavingTest(unittest.TestCase):
    """The launcher leaves by os._exit (generator/hvgen): what was printed is flushed first,
    and a stdout that cannot take it is reported as a normal exit would, not lost."""

    def test_stdout_on_a_full_disk_is_an_error(self):
        if not os.path.exists("/dev/full"):
            self.skipTest("no /dev/full here")
        with open("/dev/full", "w", encoding="utf-8") as full:
            proc = subprocess.run([sys.executable, HVGEN, "validate"], stdout=full,
                                  stderr=subprocess.PIPE, text=True, timeout=60)
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertIn("No space left on device", proc.stderr)
        self.assertNotIn("Traceback", proc.stderr)

    def test_a_reader_that_left_ends_the_run_quietly(self):
        proc = subprocess.Popen([sys.executable, HVGEN, "validate"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        proc.stdout.close()  # `hvgen validate | head -0`: nobody reads what it prints
        stderr = proc.stderr.read()
        proc.wait(timeout=60)
        self.assertEqual(proc.returncode, 0, stderr)
        self.assertEqual(stderr, "")

    def test_what_was_printed_arrives(self):
        status, stdout, stderr = run_hvgen("validate")
        self.assertEqual(status, 0, stderr)
        self.assertTrue(stdout.startswith("hvgen: spec"), stdout)
        self.assertIn("definitions", stdout)


if __name__ == "__main__":
    unittest.main()


class LinuxFactsTest(unittest.TestCase):
    """`tlfs --linux-facts` of the wrong shape is bad input (exit 2, the file named)."""

    TLFS = os.path.join(os.path.dirname(ROOT), "shared", "tlfs")

    def test_bad_facts_files(self):
        if not os.path.isdir(self.TLFS):
            self.skipTest("no TLFS snapshots beside the checkout")
        new, old = (os.path.join(self.TLFS, d, "tlfs") for d in ("2025-12-15", "2025-08-11"))
        cases = {b'{"records": [{"nam": 1}]}': "'records' must be a list of objects",
                 b"[1, 2]": "a facts file is a JSON object", b"\xff": "not UTF-8",
                 b'{"records": [': "not JSON"}
        with tempfile.TemporaryDirectory() as tmp:
            for index, (data, message) in enumerate(cases.items()):
                path = os.path.join(tmp, f"facts{index}.json")
                with open(path, "wb") as handle:
                    handle.write(data)
                status, _, stderr = run_hvgen("tlfs", "--tlfs", new, "--since", old,
                                              "--linux-facts", path)
                self.assertEqual(status, 2, stderr)
                self.assertIn(f"hvgen tlfs: error: {path}", stderr)
                self.assertIn(message, stderr)


class OrphanTest(unittest.TestCase):
    """A header hvgen generated once but no profile writes any more is reported and removed;
    a file of the user's in the same folder is neither."""

    def test_orphan_reported_by_check_and_removed_by_generate(self):
        with tempfile.TemporaryDirectory() as out:
            self.assertEqual(run_hvgen("generate", "--out", out)[0], 0)
            with open(os.path.join(out, "hvhdk.h"), encoding="utf-8") as handle:
                header = handle.read()
            orphan = os.path.join(out, "linux", "old-profile.h")
            with open(orphan, "w", encoding="utf-8") as handle:
                handle.write(header)  # what a removed profile left behind
            mine = os.path.join(out, "notes.h")
            with open(mine, "w", encoding="utf-8") as handle:
                handle.write("/* the user's own */\n")
            status, _, stderr = run_hvgen("check", "--out", out)
            self.assertEqual(status, 1, stderr)
            self.assertIn("linux/old-profile.h: generated once, but no output profile", stderr)
            self.assertNotIn("notes.h", stderr)
            self.assertEqual(run_hvgen("check", "--out", out, "--profile", "default")[0], 0)
            status, stdout, _ = run_hvgen("generate", "--out", out)
            self.assertEqual(status, 0)
            self.assertIn("removed", stdout)
            self.assertFalse(os.path.exists(orphan))
            self.assertTrue(os.path.exists(mine))
            self.assertEqual(run_hvgen("check", "--out", out)[0], 0)
