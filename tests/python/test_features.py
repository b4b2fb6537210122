"""Every spec construct the kernel needs compiles and lays out as the engine says (gcc, clang)."""

import os
import subprocess
import sys
import tempfile
import unittest

from helpers import FIXTURES, ROOT, run_hvgen
from hvgenlib.pipeline import analyse

SPEC = os.path.join(FIXTURES, "features")


class FeaturesTest(unittest.TestCase):
    def test_engine_numbers(self):
        result = analyse(SPEC)
        layout = result.layouts[("hdk", "x86_64")]
        self.assertEqual(layout.constants["HV_TEST_VERSION"].value, 0x205)
        self.assertEqual(result.layouts[("tlfs", "x86_64")].constants["HV_TEST_PAGE_QWORDS"].value,
                         512)
        self.assertEqual(layout.constants["HV_TEST_KIND_B"].value, 4)
        self.assertNotIn("HV_TEST_FORMAT", layout.constants)
        self.assertEqual(layout.records["hv_test_aligned"].size, 8)
        self.assertEqual(layout.records["hv_test_aligned"].align, 8)
        flush = {m.path: m.offset_bits for m in layout.records["hv_test_flush"].members}
        self.assertEqual(flush["gva_list"], flush["hv_vp_set"] + 128)
        self.assertEqual(layout.records["hv_test_slots"].size, 24 + 8)
        self.assertEqual(result.layouts[("tlfs", "x86_64")].constants["HV_TEST_SPELLING"].value,
                         16)
        self.assertEqual(result.layouts[("hdk", "arm64")].enums["hv_test_kind"][-1],
                         ("HV_TEST_KIND_ARM", 9))

    def test_rendered_forms(self):
        with tempfile.TemporaryDirectory() as tmp:
            self.assertEqual(run_hvgen("generate", "--spec", SPEC, "--out", tmp)[0], 0)
            with open(os.path.join(tmp, "hvhdk.h"), encoding="utf-8") as handle:
                hdk = handle.read()
            with open(os.path.join(tmp, "hyperv-tlfs.h"), encoding="utf-8") as handle:
                tlfs = handle.read()
        self.assertRegex(hdk, r"} __packed __aligned\(8\);")
        self.assertIn("DECLARE_FLEX_ARRAY(u64, values);", hdk)
        self.assertIn("__TRAILING_OVERLAP(struct hv_test_vpset, hv_vp_set, bank_contents,", hdk)
        self.assertRegex(hdk, r"struct hv_test_slots {[^}]*};\n#undef HV_TEST_SLOTS\n")
        self.assertRegex(hdk, r"#define HV_TEST_SPELLING\s+0x10\n")
        self.assertRegex(tlfs, r"#define HV_TEST_SPELLING\s+16\n")
        self.assertRegex(hdk, r"#if defined\(CONFIG_X86\)\n\tHV_TEST_KIND_X86")

    def test_compilers_agree_with_engine(self):
        with tempfile.TemporaryDirectory() as tmp:
            self.assertEqual(run_hvgen("generate", "--spec", SPEC, "--out", tmp)[0], 0)
            for view, cc, arch, flavour in (
                    ("hdk", "gcc", "x86_64", "cmocka"), ("hdk", "clang", "x86_64", "cmocka"),
                    ("hdk", "clang", "arm64", "static"), ("tlfs", "gcc", "x86_64", "cmocka"),
                    ("tlfs", "clang", "arm64", "static")):
                with self.subTest(view=view, cc=cc, arch=arch):
                    done = subprocess.run(
                        [sys.executable, os.path.join(ROOT, "tests", "c_layout_test.py"),
                         "--spec", SPEC, "--headers", tmp, "--view", view, "--arch", arch,
                         "--cc", cc, "--flavour", flavour, "--workdir", os.path.join(tmp, "c")],
                        capture_output=True, text=True, check=False)
                    self.assertEqual(done.returncode, 0, done.stdout + done.stderr)


if __name__ == "__main__":
    unittest.main()
