"""check/generate round trip on a copy of the real spec; determinism; header hygiene."""

import os
import re
import shutil
import tempfile
import unittest

from helpers import ROOT, run_hvgen
from hvgenlib.pipeline import analyse


class RoundTripTest(unittest.TestCase):
    def test_changed_constant_makes_check_fail_until_generate(self):
        with tempfile.TemporaryDirectory() as tmp:
            spec, out = os.path.join(tmp, "spec"), os.path.join(tmp, "generated")
            shutil.copytree(os.path.join(ROOT, "spec"), spec)
            self.assertEqual(run_hvgen("generate", "--spec", spec, "--out", out)[0], 0)
            self.assertEqual(run_hvgen("check", "--spec", spec, "--out", out)[0], 0)
            path = os.path.join(spec, "hypercall-interface", "hypercall-codes.yaml")
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            # the entry's value in one-line (`{define: X, value: V, ...}`) or block form
            changed = re.sub(r"(define: HVCALL_POST_MESSAGE(,\s*|\n(\s+[\w-]+: .*\n)*?\s+)"
                             r"value: )[^\s,}]+", r"\g<1>0x005f", text, count=1)
            self.assertNotEqual(changed, text)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(changed)
            status, stdout, stderr = run_hvgen("check", "--spec", spec, "--out", out)
            self.assertEqual(status, 1, stderr)
            self.assertRegex(stdout, r"\+#define HVCALL_POST_MESSAGE\s+0x005f")
            self.assertIn("hvhdk.h", stdout)
            self.assertEqual(run_hvgen("generate", "--spec", spec, "--out", out)[0], 0)
            self.assertEqual(run_hvgen("check", "--spec", spec, "--out", out)[0], 0)

    def test_output_is_deterministic(self):
        with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
            run_hvgen("generate", "--out", one)
            run_hvgen("generate", "--out", two)
            for name in ("hyperv-tlfs.h", "hvhdk.h"):
                with open(os.path.join(one, name), "rb") as a, \
                        open(os.path.join(two, name), "rb") as b:
                    self.assertEqual(a.read(), b.read())


class HeaderHygieneTest(unittest.TestCase):
    def read(self, name):
        with open(os.path.join(ROOT, "generated", name), encoding="utf-8") as handle:
            return handle.read()

    def test_kernel_style(self):
        """Every generated header, both profiles: SPDX first, banner, <= 100 columns, tabs."""
        names = []
        for root, _, files in os.walk(os.path.join(ROOT, "generated")):
            names += [os.path.relpath(os.path.join(root, f), os.path.join(ROOT, "generated"))
                      for f in files if f.endswith(".h")]
        self.assertGreaterEqual(len(names), 10)
        for name in sorted(names):
            text = self.read(name)
            self.assertTrue(text.startswith("/* SPDX-License-Identifier: GPL-2.0 */\n"))
            self.assertIn("Do not edit directly", text)
            for number, line in enumerate(text.splitlines(), 1):
                self.assertLessEqual(len(line.expandtabs(8)), 100, f"{name}:{number}")
                self.assertEqual(line, line.rstrip(), f"{name}:{number}: trailing space")
                self.assertFalse(line.startswith("    "), f"{name}:{number}: spaces, not tabs")

    def test_tlfs_header_has_no_hdk_only_name(self):
        result = analyse(os.path.join(ROOT, "spec"))
        code = re.sub(r"/\*.*?\*/", " ", self.read("hyperv-tlfs.h"), flags=re.S)
        words = set(re.findall(r"\w+", code))  # C code only: citations may name TLFS pages
        hdk_only = set()
        for definition in result.model.definitions:
            if definition.tags.visibility == "hdk":
                hdk_only.add(definition.name)
            for value in getattr(definition, "values", ()):
                if value.tags.visibility == "hdk" or value.tags.only == "hdk":
                    hdk_only.add(value.name)
        documented = {d.name for d in result.views["tlfs"].definitions}
        self.assertTrue(hdk_only)
        self.assertEqual(sorted((hdk_only - documented) & words), [])

    def test_hdk_only_members_absent_from_tlfs_records(self):
        result = analyse(os.path.join(ROOT, "spec"))
        for arch in ("x86_64", "arm64"):
            tlfs = result.layouts[("tlfs", arch)].records
            hdk = result.layouts[("hdk", arch)].records
            for name, record in tlfs.items():
                shown = {m.path for m in record.members}
                hidden = {m.path for m in hdk[name].members if not m.documented} \
                    if name in hdk else set()
                self.assertEqual(shown & hidden, set(), f"{name} on {arch}")


if __name__ == "__main__":
    unittest.main()
