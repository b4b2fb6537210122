"""Linux presence (`linux:`): validate's [presence] checks, the kernel profile's files built from
presence rather than visibility, and tools/derive-presence (the spec's presence is the real
kernels' facts, and recording it again from scratch gives the committed spec byte for byte)."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

from helpers import ROOT, run_hvgen

TOOL = os.path.join(ROOT, "tools", "derive-presence")
GENERIC = os.path.join("linux", "include", "asm-generic", "hyperv-tlfs.h")
HVGDK_MINI = os.path.join("linux", "include", "hyperv", "hvgdk_mini.h")

CONFLICTS = textwrap.dedent("""\
    defaults:
      visibility: documented
      tlfs: datatypes/hv_message.md
      linux: [6.12, 7.2]
    definitions:
      - {define: HV_TEST_HDK_SPELLING, value: 1, only: hdk, reason: "7.2's name"}
      - struct: hv_test_used
        linux: [7.2]
        members:
          - {name: v, type: u64}
      - struct: hv_test_user
        members:
          - {name: u, type: struct hv_test_used}
          - {name: w, type: u32, only: tlfs, reason: "6.12's member", linux: [7.2]}
    """)

# Presence, not visibility, decides the kernel files: a documented define 6.12 lacks, an
# HDK-only define 6.12 has, and a documented member 6.12 lacks (folded as reserved space).
FAMILIES = textwrap.dedent("""\
    defaults:
      visibility: documented
      tlfs: datatypes/hv_message.md
      hdk-file: hvgdk_mini.h
      linux: [6.12, 7.2]
    definitions:
      - {define: HV_TEST_NEW_IN_72, value: 1, linux: [7.2]}
      - {define: HV_TEST_HDK_IN_612, value: 2, visibility: hdk}
      - union: hv_test_reg
        members:
          - {name: as_uint64, type: u64}
          - struct:
              - {name: low, type: u64, bits: 8}
              - {name: later, type: u64, bits: 1, linux: [7.2]}
              - {name: reserved, type: u64, bits: 55, reserved: true}
            packed: true
    """)


def write_spec(folder, text):
    with open(os.path.join(folder, "t.yaml"), "w", encoding="utf-8") as handle:
        handle.write(text)


def tool(*args):
    return subprocess.run([sys.executable, TOOL, *args], capture_output=True, text=True,
                          check=False)


class PresenceChecks(unittest.TestCase):
    def test_what_a_family_cannot_hold_is_an_error(self):
        with tempfile.TemporaryDirectory() as spec:
            write_spec(spec, CONFLICTS)
            status, _, stderr = run_hvgen("validate", "--spec", spec)
        self.assertEqual(status, 2, stderr)
        self.assertRegex(stderr, r"t\.yaml:6:5: error: \[presence\] define HV_TEST_HDK_SPELLING "
                                 r"is said to be in Linux 6\.12 .*`only: hdk`")
        self.assertRegex(stderr, r"t\.yaml:11:5: error: \[presence\] struct hv_test_user is in "
                                 r"Linux 6\.12 but needs struct hv_test_used, which that family "
                                 r"does not carry on x86_64 and arm64")
        self.assertRegex(stderr, r"t\.yaml:14:\d+: error: \[presence\] member w of hv_test_user "
                                 r"is said to be in Linux 7\.2 .*`only: tlfs`")
        self.assertNotIn("Traceback", stderr)

    def test_a_family_that_is_not_reproduced_is_a_schema_error(self):
        with tempfile.TemporaryDirectory() as spec:
            write_spec(spec, FAMILIES.replace("linux: [6.12, 7.2]", "linux: [6.1, 7.2]"))
            status, _, stderr = run_hvgen("validate", "--spec", spec)
        self.assertEqual(status, 2, stderr)
        self.assertRegex(stderr, r"t\.yaml:5:11: error: \[schema\] 6\.1 is not one of")


class KernelFilesFollowPresence(unittest.TestCase):
    def generate(self, text):
        with tempfile.TemporaryDirectory() as tmp:
            spec, out = os.path.join(tmp, "spec"), os.path.join(tmp, "out")
            os.makedirs(spec)
            write_spec(spec, text)
            status, _, stderr = run_hvgen("generate", "--spec", spec, "--out", out)
            self.assertEqual(status, 0, stderr)
            files = {}
            for name in (GENERIC, HVGDK_MINI, "hyperv-tlfs.h", "hvhdk.h"):
                with open(os.path.join(out, name), encoding="utf-8") as handle:
                    files[name] = handle.read()
            return files

    def test_612_files_hold_what_612_has(self):
        files = self.generate(FAMILIES)
        generic = files[GENERIC]
        self.assertNotIn("HV_TEST_NEW_IN_72", generic)
        self.assertIn("HV_TEST_HDK_IN_612", generic)
        self.assertNotIn("later", generic)
        self.assertRegex(generic, r"u64 reserved : 56;")
        mini = files[HVGDK_MINI]
        for name in ("HV_TEST_NEW_IN_72", "HV_TEST_HDK_IN_612", "later"):
            self.assertIn(name, mini)

    def test_the_default_headers_follow_visibility(self):
        files = self.generate(FAMILIES)
        self.assertIn("HV_TEST_NEW_IN_72", files["hyperv-tlfs.h"])
        self.assertNotIn("HV_TEST_HDK_IN_612", files["hyperv-tlfs.h"])
        self.assertIn("later", files["hyperv-tlfs.h"])
        self.assertIn("HV_TEST_HDK_IN_612", files["hvhdk.h"])

    def test_unrecorded_presence_keeps_the_split_by_visibility(self):
        files = self.generate(re.sub(r"(?m)^  linux: .*\n|, linux: \[[^]]*\]", "", FAMILIES))
        self.assertIn("HV_TEST_NEW_IN_72", files[GENERIC])
        self.assertNotIn("HV_TEST_HDK_IN_612", files[GENERIC])
        self.assertIn("later", files[GENERIC])
        self.assertIn("HV_TEST_HDK_IN_612", files[HVGDK_MINI])


class ValidateSummary(unittest.TestCase):
    def test_presence_counts_are_what_each_family_holds(self):
        from hvgenlib.pipeline import analyse

        status, stdout, stderr = run_hvgen("validate")
        self.assertEqual(status, 0, stderr)
        line = next(l for l in stdout.splitlines() if l.startswith("  Linux presence: "))
        counts = dict(re.findall(r"(6\.12|7\.2) (\d+)[,( ]", line.split("(")[0] + " "))
        families = analyse(os.path.join(ROOT, "spec")).families
        self.assertEqual(counts, {f: str(len(v.definitions)) for f, v in families.items()})
        self.assertRegex(line, r"\(both \d+, 6\.12 only \d+, 7\.2 only \d+(, neither \d+)?\); "
                               r"0 not recorded$")


class DerivePresence(unittest.TestCase):
    def test_the_spec_records_the_real_kernels_presence(self):
        run = tool()
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertIn("0 disagreement(s)", run.stdout)

    def test_a_wrong_presence_is_found_where_it_is(self):
        with tempfile.TemporaryDirectory() as tmp:
            spec = os.path.join(tmp, "spec")
            shutil.copytree(os.path.join(ROOT, "spec"), spec)
            path = os.path.join(spec, "hypercall-interface", "hypercall-codes.yaml")
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            # HVCALL_POST_MESSAGE is in both families: say 7.2 only, in whichever form the
            # entry is written (one line, or a block that records its own presence)
            changed = re.sub(r"(define: HVCALL_POST_MESSAGE\b(?:(?!\n  -).)*?linux: )\[6\.12, 7\.2\]",
                             r"\1[7.2]", text, count=1, flags=re.S)
            self.assertNotEqual(changed, text)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(changed)
            run = tool("--spec", spec)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertRegex(run.stdout, r"hypercall-codes\.yaml:\d+:\d+: define HVCALL_POST_MESSAGE: "
                                     r"the spec says linux: \[7\.2\], the facts \[6\.12, 7\.2\]")
        self.assertIn("1 disagreement(s)", run.stdout)

    def test_recording_from_scratch_gives_the_committed_spec(self):
        with tempfile.TemporaryDirectory() as tmp:
            spec = os.path.join(tmp, "spec")
            shutil.copytree(os.path.join(ROOT, "spec"), spec)
            stripped = 0
            for folder, _, names in os.walk(spec):
                for name in (n for n in names if n.endswith(".yaml")):
                    path = os.path.join(folder, name)
                    with open(path, encoding="utf-8") as handle:
                        text = handle.read()
                    bare, count = re.subn(r"(?m)^ *linux: .*\n|, linux: \[[^]]*\]", "", text)
                    stripped += count
                    with open(path, "w", encoding="utf-8") as handle:
                        handle.write(bare)
            self.assertGreater(stripped, 46)
            run = tool("--write", "--spec", spec)
            self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
            again = tool("--write", "--spec", spec)
            self.assertIn("recorded presence in 0 spec file(s)", again.stdout)
            diff = subprocess.run(["diff", "-r", os.path.join(ROOT, "spec"), spec],
                                  capture_output=True, text=True, check=False)
        self.assertEqual(diff.stdout, "")


if __name__ == "__main__":
    unittest.main()
