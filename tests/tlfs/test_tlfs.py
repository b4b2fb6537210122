"""Unit tests of hvgen tlfs on small TLFS-like pages written for these tests."""

import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "generator"))
sys.path.insert(0, os.path.join(ROOT, "tests", "python"))

from helpers import run_hvgen  # noqa: E402
from hvgenlib.pipeline import analyse  # noqa: E402
from hvgenlib.tlfs import names  # noqa: E402
from hvgenlib.tlfs.audit import run_audit  # noqa: E402
from hvgenlib.tlfs.markdown import anchor, parse_page, read_tree  # noqa: E402

FIX = os.path.join(HERE, "fixtures")
NEW, OLD, SPEC = (os.path.join(FIX, d) for d in ("new", "old", "spec"))


class Markdown(unittest.TestCase):
    def test_anchor_rule(self):
        self.assertEqual(anchor("Capability & Privilege Discovery"),
                         "capability--privilege-discovery")
        self.assertEqual(anchor("HV_PARTITION_ID"), "hv_partition_id")
        self.assertEqual(anchor("Establishing the Hypercall Interface (x86/x64)"),
                         "establishing-the-hypercall-interface-x86x64")

    def test_page(self):
        page = parse_page("p.md", "# T\n\n## Call Code\n`0x0040` (Rep)\n\n## Call Code\n"
                          "### ARM64 Layout (total size 8 bytes)\n| Name | Offset | Size |\n"
                          "|---|---|---|\n| A | 0 | 8 |\n ```c\nint x;\n ```\n")
        self.assertEqual(page.anchors, ["t", "call-code", "call-code-1",
                                        "arm64-layout-total-size-8-bytes"])
        self.assertEqual(page.call_code[:2], (0x40, "Rep"))
        self.assertEqual((page.tables[0].arch, page.tables[0].total_size), ("arm64", 8))
        self.assertEqual(page.blocks[0].text, "int x;")


class Names(unittest.TestCase):
    def test_rule(self):
        self.assertEqual(names.hypercall_code("HvCallGetVpIndexFromApicId"),
                         "HVCALL_GET_VP_INDEX_FROM_APIC_ID")
        self.assertEqual(names.hypercall_records("HvCallCreatePartition")[0],
                         "hv_input_create_partition")
        self.assertEqual(names.type_key("_HV_PARTITION_ID"), "hv_partition_id")


class Audit(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.audit = run_audit(analyse(SPEC), read_tree(NEW))

    def finding(self, name):
        return next(f for f in self.audit.findings if f.name == name)

    def test_failed_block_reported(self):
        self.assertEqual(self.audit.parsed.blocks, 3)
        [fail] = self.audit.parsed.failures
        self.assertEqual((fail.page, fail.line), ("datatypes/hv_demo_flags.md", 28))

    def test_bits_disagree_and_promotion(self):
        f = self.finding("hv_demo_flags")
        self.assertEqual(f.verdict, "verified")
        self.assertTrue(any("Mode at bits 2..3" in p for p in f.problems), f.problems)
        self.assertTrue(any(p.startswith("fast") for p in f.promotions), f.promotions)

    def test_call_code_and_anchor(self):
        self.assertIn("call code 0x98, TLFS 0x99", self.finding("HVCALL_DEMO_CALL").problems)
        self.assertEqual(self.finding("HV_DEMO_GONE").verdict, "broken")

    def test_whole_promotion_from_table(self):
        self.assertEqual([f.name for f in self.audit.promote_whole], ["hv_input_demo_call"])

    def test_cli_exit_and_since(self):
        status, out, _ = run_hvgen("tlfs", "--tlfs", NEW, "--spec", SPEC, "--since", OLD)
        self.assertEqual(status, 1)
        self.assertIn("C blocks: 3 (2 parsed, 1 failed)", out)
        self.assertIn("promotable: hv_demo_flags: fast", out)
        status, _, _ = run_hvgen("tlfs", "--tlfs", os.path.join(FIX, "nope"), "--spec", SPEC)
        self.assertEqual(status, 2)

    def test_apply_on_copy(self):
        with tempfile.TemporaryDirectory() as tmp:
            spec = os.path.join(tmp, "spec")
            shutil.copytree(SPEC, spec)
            run_hvgen("tlfs", "--tlfs", NEW, "--spec", spec, "--apply")
            with open(os.path.join(spec, "demo", "demo.yaml"), encoding="utf-8") as handle:
                text = handle.read()
            self.assertIn("# the TLFS documents it", text)
            self.assertIn("tlfs: hypercalls/HvCallDemoCall.md", text)
            self.assertNotIn("visibility: hdk\n    members", text)
            analyse(spec)  # still a valid spec


if __name__ == "__main__":
    unittest.main()
