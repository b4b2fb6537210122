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
        self.assertTrue(self.finding("HVCALL_DEMO_CALL").problems[0].startswith(
            "call code 0x98, TLFS 0x99"), self.finding("HVCALL_DEMO_CALL").problems)
        self.assertEqual(self.finding("HV_DEMO_GONE").verdict, "broken")

    def test_whole_promotion_from_table(self):
        self.assertEqual([f.name for f in self.audit.promote_whole], ["hv_input_demo_call"])

    def test_cli_exit_and_since(self):
        status, out, _ = run_hvgen("tlfs", "--tlfs", NEW, "--spec", SPEC, "--since", OLD)
        self.assertEqual(status, 1)
        self.assertIn("C blocks: 3 (2 parsed, 1 failed)", out)
        self.assertIn("newly documented: hv_demo_flags: fast (bits 1..1) = TLFS Fast "
                      "[still hdk]", out)
        self.assertIn("newly documented: HVCALL_DEMO_CALL: whole definition [promoted]", out)
        self.assertIn("newly documented: hv_input_demo_call: whole definition [still hdk]", out)
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


def _write(root, files):
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)


PAGE_PAIR = """# HV_DEMO_PAIR

## Syntax

```c
typedef struct
{
    UINT32 Low;
    UINT32 High;
} HV_DEMO_PAIR;
```
"""

PROSE = """# Overview

Here the word the appears, and so does the word pair, in prose only.

| Field | Meaning |
|---|---|
| Count | the number of HV_DEMO_THING entries |
"""

SPEC_PAIR = """defaults:
  visibility: documented
  tlfs: datatypes/hv_demo_pair.md

definitions:
  - struct: hv_demo_pair
    tlfs_differs: "The kernel keeps one 64-bit word where the TLFS splits it in two."
    members:
      - {name: whole, type: u32}
      - {name: more, type: u16}
      - {name: pad, type: u16, reserved: true}
"""


class Differs(unittest.TestCase):
    """tlfs_differs: a disagreement the spec explains is listed apart and exits 0."""

    def run_pair(self, spec_text):
        with tempfile.TemporaryDirectory() as tmp:
            _write(tmp, {"tlfs/datatypes/hv_demo_pair.md": PAGE_PAIR,
                         "spec/demo/pair.yaml": spec_text})
            return run_hvgen("tlfs", "--tlfs", os.path.join(tmp, "tlfs"), "--spec",
                             os.path.join(tmp, "spec"), "--json")

    def test_explained_exits_0(self):
        import json
        status, out, _ = self.run_pair(SPEC_PAIR)
        self.assertEqual(status, 0, out)
        data = json.loads(out)
        self.assertEqual(data["figures"]["layout_disagreements"], 0)
        self.assertEqual(data["figures"]["layout_disagreements_explained"], 1)
        [x] = data["layout_disagreements_explained"]
        self.assertEqual(x["name"], "hv_demo_pair")
        self.assertTrue(x["reason"].startswith("The kernel keeps"))
        self.assertTrue(x["problems"])

    def test_unexplained_fails_the_gate(self):
        import json
        spec = SPEC_PAIR.replace("    tlfs_differs", "    # was")
        status, out, _ = self.run_pair(spec)
        self.assertEqual(status, 0)  # a finding, not a failure of the audit
        self.assertEqual(json.loads(out)["figures"]["layout_disagreements"], 1)
        with tempfile.TemporaryDirectory() as tmp:
            _write(tmp, {"tlfs/datatypes/hv_demo_pair.md": PAGE_PAIR,
                         "spec/demo/pair.yaml": spec})
            status, _, err = run_hvgen("tlfs", "--tlfs", os.path.join(tmp, "tlfs"), "--spec",
                                       os.path.join(tmp, "spec"), "--gate")
        self.assertEqual(status, 1)
        self.assertRegex(err, r"spec/demo/pair.yaml:6:\d+: error: hv_demo_pair: disagrees: ")

    def test_report_section(self):
        with tempfile.TemporaryDirectory() as tmp:
            _write(tmp, {"tlfs/datatypes/hv_demo_pair.md": PAGE_PAIR,
                         "spec/demo/pair.yaml": SPEC_PAIR})
            report = os.path.join(tmp, "AUDIT.md")
            status, _, _ = run_hvgen("tlfs", "--tlfs", os.path.join(tmp, "tlfs"), "--spec",
                                     os.path.join(tmp, "spec"), "--report", report)
            self.assertEqual(status, 0)
            with open(report, encoding="utf-8") as handle:
                text = handle.read()
            section = text.split("## Layout disagreements explained", 1)[1]
            self.assertIn("`hv_demo_pair`", section.split("\n## ", 1)[0])
            self.assertIn("The kernel keeps one 64-bit word", section)


class CitationDefines(unittest.TestCase):
    """A tlfs_name that is an ordinary word verifies only where the page defines it."""

    SPEC = """definitions:
  - define: HV_DEMO_WORD
    value: 1
    visibility: documented
    tlfs_name: the
    tlfs: overview.md
  - define: HV_DEMO_THING
    value: 2
    visibility: documented
    tlfs: overview.md
"""

    def audit(self, pages):
        with tempfile.TemporaryDirectory() as tmp:
            _write(tmp, {"spec/demo/words.yaml": self.SPEC})
            _write(tmp, {"tlfs/" + k: v for k, v in pages.items()})
            audit = run_audit(analyse(os.path.join(tmp, "spec")),
                              read_tree(os.path.join(tmp, "tlfs")))
        return {f.name: f for f in audit.findings}

    def test_word_in_prose_is_not_a_definition(self):
        found = self.audit({"overview.md": PROSE})
        self.assertEqual(found["HV_DEMO_WORD"].verdict, "unconfirmed")
        # An identifier the page names (in a table cell's prose) still verifies, noted as such.
        self.assertEqual(found["HV_DEMO_THING"].verdict, "verified")
        self.assertIn("the page names it but does not define it", found["HV_DEMO_THING"].notes)

    def test_heading_c_block_and_cell_define(self):
        for page in ("# Overview\n\n## the\n\nText.\n",
                     "# Overview\n\n```c\n#define the 1\n```\n",
                     "# Overview\n\n| Name | Value |\n|---|---|\n| `the` | 1 |\n"):
            found = self.audit({"overview.md": page})
            self.assertEqual(found["HV_DEMO_WORD"].verdict, "verified", page)
        # A C comment is not a definition.
        found = self.audit({"overview.md": "# Overview\n\n```c\n/* the */\n"
                                           "#define HV_DEMO_OTHER 1\n```\n"})
        self.assertEqual(found["HV_DEMO_WORD"].verdict, "unconfirmed")

    def test_page_defines_rule(self):
        from hvgenlib.tlfs.audit import page_defines
        page = parse_page("p.md", "# HV_DEMO_THING structure\n\nthe end\n")
        self.assertTrue(page_defines(page, "HV_DEMO_THING"))
        self.assertFalse(page_defines(page, "the"))


PAGE_CALL = """# HvCallDemoPromote

## Call Code
`0x0077` (Simple)

## Input Parameters

| Name | Offset | Size |
|---|---|---|
| `PartitionId` | 0 | 8 |
| `Thing` | 8 | 8 |
"""

SPEC_APPLY = """# A spec for the --apply tests.
defaults:
  visibility: documented
  tlfs: hypercalls/HvCallDemoPromote.md

definitions:
  - define: HVCALL_DEMO_PROMOTE
    value: 0x0077

  - struct: hv_demo_hidden
    visibility: hdk
    members:
      - {name: value, type: u64}

  - struct: hv_input_demo_promote
    visibility: hdk
    members:
      - {name: partition_id, type: u64}
      - {name: thing, type: struct hv_demo_hidden}

  # This comment belongs to the next definition.
  - struct: hv_output_demo_promote
    visibility: hdk  # kept here
    members:
      - {name: result, type: u64}

  - struct: hv_input_demo_other
    visibility: hdk
    members:
      - {name: a, type: u64}
"""

PAGE_OUT = """# HvCallDemoPromote

## Output Parameters

| Name | Offset | Size |
|---|---|---|
| `Result` | 0 | 8 |
"""


class Apply(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        _write(self.root, {"tlfs/hypercalls/HvCallDemoPromote.md": PAGE_CALL + PAGE_OUT[19:],
                           "tlfs/hypercalls/HvCallDemoOther.md":
                               "# HvCallDemoOther\n\n## Input Parameters\n\n"
                               "| Name | Offset | Size |\n|---|---|---|\n| `A` | 0 | 8 |\n",
                           "spec/demo/promote.yaml": SPEC_APPLY})
        self.spec = os.path.join(self.root, "spec")
        self.file = os.path.join(self.spec, "demo", "promote.yaml")

    def tearDown(self):
        self.tmp.cleanup()

    def read(self):
        with open(self.file, encoding="utf-8") as handle:
            return handle.read()

    def test_apply_validates_and_places_keys(self):
        status, _, err = run_hvgen("tlfs", "--tlfs", os.path.join(self.root, "tlfs"),
                                   "--spec", self.spec, "--apply")
        text = self.read()
        # The promotion that would make the spec invalid is dropped, with the reason.
        self.assertIn("not promoted spec/demo/promote.yaml", err)
        self.assertIn("hv_input_demo_promote: [documented-uses-hdk]", err)
        self.assertIn("  - struct: hv_input_demo_promote\n    visibility: hdk\n", text)
        # The valid ones are written, the new key right after visibility:, the comment of
        # the next definition and the end-of-line comment where they were.
        self.assertIn("  - struct: hv_output_demo_promote\n    visibility: documented  # kept "
                      "here\n    tlfs: hypercalls/HvCallDemoPromote.md\n    members:", text
                      .replace("documented # kept", "documented  # kept"))
        self.assertIn("  - struct: hv_input_demo_other\n    visibility: documented\n"
                      "    tlfs: hypercalls/HvCallDemoOther.md\n    members:", text)
        self.assertIn("      - {name: result, type: u64}\n\n  - struct: hv_input_demo_other",
                      text)
        self.assertIn("  # This comment belongs to the next definition.\n"
                      "  - struct: hv_output_demo_promote", text)
        self.assertIn("promoted spec/demo/promote.yaml", err)
        analyse(self.spec)  # still valid

    def test_key_after_trailing_visibility(self):
        from hvgenlib.tlfs.spec_edit import edit_text

        def promote(definition):
            definition.set("visibility", "documented")
            definition.set("tlfs", "p.md")
            return True

        def cite(definition):
            definition.set("tlfs", "q.md")
            return True

        text = ("definitions:\n  - struct: a\n    members:\n      - {name: x, type: u64}\n"
                "    visibility: hdk\n\n  # about b\n  - struct: b\n"
                "    members:\n      - {name: y, type: u64}\n")
        out, done = edit_text(text, [("a", 2, promote), ("b", 8, cite)])
        self.assertEqual(done, [("a", 2), ("b", 8)])
        self.assertEqual(out,
                         "definitions:\n  - struct: a\n    members:\n      - {name: x, type: u64}\n"
                         "    visibility: documented\n    tlfs: p.md\n\n  # about b\n"
                         "  - struct: b\n    tlfs: q.md\n    members:\n"
                         "      - {name: y, type: u64}\n")

    def test_suggest_never_cites_hdk(self):
        from hvgenlib.tlfs.apply import suggest_citations
        from hvgenlib.tlfs.audit import Finding

        class FakeAudit:
            findings = [Finding("hv_input_demo_other", "struct", self.file, 26, "hdk", "",
                                "uncited", tlfs="hypercalls/HvCallDemoOther.md:3 x"),
                        Finding("HVCALL_DEMO_PROMOTE", "define", self.file, 7, "documented",
                                "", "unconfirmed", tlfs="hypercalls/HvCallDemoOther.md:3 x")]
        lines = suggest_citations(FakeAudit(), self.spec)
        text = self.read()
        self.assertEqual(lines, ["cited spec/demo/promote.yaml:7: HVCALL_DEMO_PROMOTE"])
        self.assertIn("  - define: HVCALL_DEMO_PROMOTE\n    tlfs: hypercalls/HvCallDemoOther.md\n"
                      "    value: 0x0077\n", text)
        self.assertIn("  - struct: hv_input_demo_other\n    visibility: hdk\n    members:", text)
        analyse(self.spec)


if __name__ == "__main__":
    unittest.main()
