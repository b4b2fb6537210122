"""Unit tests of value verification by section (hvgenlib/tlfs/section.py): a define's number
against the section its citation names, found only in a row or sentence that identifies it."""

import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "generator"))
sys.path.insert(0, os.path.join(ROOT, "tests", "python"))

from helpers import run_hvgen  # noqa: E402
from hvgenlib.tlfs import section  # noqa: E402
from hvgenlib.tlfs.markdown import parse_page  # noqa: E402
from hvgenlib.tlfs.tables import section_rows  # noqa: E402

PAGE = """# Discovery

## Demo Leaf - 0x40000077

Some prose. Code should check bit 31 of register ECX (the "demo present bit").

<!---
+-----------+-------+------------------------+
| Register  | Bits  | Information Provided   |
+===========+=======+========================+
| EAX       | 0     | Demo debugging support |
|           |       | is available           |
+           +-------+------------------------+
|           | 1     | Reserved               |
-->

<table>
  <tr><th>Register</th><th>Bits</th><th>Information Provided</th></tr>
  <tr><td rowspan="2">EBX</td><td>3</td><td>Demo idle state is available</td></tr>
  <tr><td>4</td><td>Demo sleep state is available</td></tr>
</table>

## Demo input value

| Field                | Bits  | Information Provided |
|----------------------|-------|----------------------|
| Call Code            | 15-0  | the call             |
| Rep Count            | 43-32 | the reps             |
| Stray                | 5     | a stray bit          |

## Demo register layout

| Bits  | Field           | Attributes |
|-------|-----------------|------------|
| 63:12 | GPA Page Number | Read/Write |
| 11:1  | RsvdP           | Read/Write |
| 0     | Enable          | Read/Write |

## Other section

| Field | Bits |
|-------|------|
| Demo idle state is available | 9 |
"""

SPEC = """defaults:
  visibility: documented
  tlfs: discovery.md#demo-leaf---0x40000077

definitions:
  - {define: HV_DEMO_LEAF, value: 0x40000077}
  - {define: HV_DEMO_PRESENT_BIT, value: 0x80000000, tlfs_row: demo present bit}
  - {define: HV_DEMO_DEBUG_AVAILABLE, value: BIT(0), tlfs_row: Demo debugging support is available}
  - {define: HV_DEMO_IDLE_AVAILABLE, value: BIT(3), tlfs_row: Demo idle state}
  - {define: HV_DEMO_SLEEP_AVAILABLE, value: BIT(3), tlfs_row: Demo sleep state}
  - {define: HV_DEMO_NOWHERE_AVAILABLE, value: BIT(4), tlfs_row: Demo wakeup}
  - {define: HV_DEMO_UNNAMED_AVAILABLE, value: BIT(4)}
  - define: HV_DEMO_CALL_MASK
    value: GENMASK_ULL(15, 0)
    tlfs: discovery.md#demo-input-value
    tlfs_row: Call Code
  - define: HV_DEMO_REP_OFFSET
    value: 32
    tlfs: discovery.md#demo-input-value
    tlfs_row: Rep Count
  - define: HV_DEMO_REP_MASK
    value: GENMASK_ULL(43, 33)
    tlfs: discovery.md#demo-input-value
    tlfs_row: Rep Count
  - union: hv_demo_msr
    tlfs: discovery.md#demo-register-layout
    members:
      - {name: as_uint64, type: u64}
      - struct:
          - {name: enable, type: u64, bits: 1}
          - {name: reserved, type: u64, bits: 11, reserved: true}
          - {name: pfn, type: u64, bits: 52}
        packed: true
  - union: hv_demo_bad_msr
    tlfs: discovery.md#demo-register-layout
    members:
      - {name: as_uint64, type: u64}
      - struct:
          - {name: enable, type: u64, bits: 2}
          - {name: reserved, type: u64, bits: 10, reserved: true}
          - {name: pfn, type: u64, bits: 52}
        packed: true
  - define: HV_DEMO_COUNT
    value: 5
    tlfs: discovery.md#demo-input-value
    tlfs_row: Call Code
"""


CALL = """# HvCallDemoRep

## Call Code
`0x0078` (Rep)

## Input Parameters

| Name | Offset | Size | Information Provided |
|---|---|---|---|
| `PartitionId` | 0 | 8 | the partition |
| `Flags` | 8 | 8 | flags |

## Input List Element

| Name | Offset | Size | Information Provided |
|---|---|---|---|
| `GpaRange` | 0 | 8 | a range |
"""

CALL_SPEC = """defaults:
  visibility: documented
  tlfs: hypercalls/HvCallDemoRep.md#input-parameters

definitions:
  - struct: hv_input_demo_rep
    members:
      - {name: partition_id, type: u64}
      - {name: flags, type: u64}
      - {name: list, type: u64, array: flexible}
  - struct: hv_demo_rep_narrow
    tlfs_name: HV_INPUT_DEMO_REP
    members:
      - {name: partition_id, type: u64}
      - {name: flags, type: u64}
      - {name: list, type: u32, array: flexible}
"""


class RepList(unittest.TestCase):
    def test_list_member_against_the_list_element_table(self):
        with tempfile.TemporaryDirectory() as root:
            for rel, text in {"tlfs/hypercalls/HvCallDemoRep.md": CALL,
                              "spec/demo/demo.yaml": CALL_SPEC}.items():
                os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
                with open(os.path.join(root, rel), "w", encoding="utf-8") as handle:
                    handle.write(text)
            status, out, err = run_hvgen("tlfs", "--tlfs", os.path.join(root, "tlfs"),
                                         "--spec", os.path.join(root, "spec"), "--json")
        self.assertEqual(status, 0, err)
        claims = {c["subject"]: c for c in json.loads(out)["claims"]}
        good = claims["hv_input_demo_rep.list"]
        self.assertEqual(good["verdict"], "layout verified")
        self.assertIn("HvCallDemoRep_InputListElement (8 bytes each)", good["evidence"])
        bad = claims["hv_demo_rep_narrow.list"]
        self.assertEqual(bad["verdict"], "disagrees")
        self.assertIn("elements are 4 bytes, TLFS HvCallDemoRep_InputListElement 8",
                      bad["evidence"])


class Rows(unittest.TestCase):
    def test_grid_html_and_sentences(self):
        page = parse_page("discovery.md", PAGE)
        rows = section_rows(page, "demo-leaf---0x40000077")
        texts = [r.text for r in rows]
        self.assertIn("EAX | 0 | Demo debugging support is available", texts)  # grid, joined
        self.assertIn("EBX | 3 | Demo idle state is available", texts)  # HTML
        self.assertIn("4 | Demo sleep state is available", texts)  # HTML, under a rowspan
        self.assertTrue(any(r.kind == "sentence" and "bit 31" in r.text for r in rows))
        # the section ends at the next heading of the same level
        self.assertFalse(any("Call Code" in t for t in texts))
        self.assertIsNone(section_rows(page, "no-such-anchor"))

    def test_forms(self):
        self.assertEqual(section.forms("X_BIT", "0x80000000", 0x80000000).bit, 31)
        self.assertEqual(section.forms("X", "GENMASK(26, 17)", 0x7fe0000).span, (26, 17))
        self.assertEqual(section.forms("X_OFFSET", "17", 17).low, 17)
        # a plain count is no mask: 16 is not "bit 4"
        self.assertIsNone(section.forms("X_COUNT", "16", 16).bit)


class Verdicts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        root = cls.tmp.name
        for rel, text in {"tlfs/discovery.md": PAGE, "spec/demo/demo.yaml": SPEC}.items():
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), "w", encoding="utf-8") as handle:
                handle.write(text)
        status, out, err = run_hvgen("tlfs", "--tlfs", os.path.join(root, "tlfs"), "--spec",
                                     os.path.join(root, "spec"), "--json")
        assert status == 0, err
        cls.claims = {c["subject"]: c for c in json.loads(out)["claims"]}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check(self, subject, verdict, evidence):
        c = self.claims[subject]
        self.assertEqual(c["verdict"], verdict, c["evidence"])
        self.assertIn(evidence, c["evidence"])

    def test_heading(self):
        self.check("HV_DEMO_LEAF", "value verified", "the heading 'Demo Leaf - 0x40000077'")

    def test_sentence(self):
        self.check("HV_DEMO_PRESENT_BIT", "value verified", "gives bit 31")

    def test_rows(self):
        self.check("HV_DEMO_DEBUG_AVAILABLE", "value verified", "discovery.md:11")
        self.check("HV_DEMO_IDLE_AVAILABLE", "value verified", "gives bit 3")
        self.check("HV_DEMO_CALL_MASK", "value verified", "gives bits 15-0")
        self.check("HV_DEMO_REP_OFFSET", "value verified", "low bit 32")

    def test_identified_row_with_another_number(self):
        self.check("HV_DEMO_SLEEP_AVAILABLE", "disagrees", "gives 4, spec bit 3")
        self.check("HV_DEMO_REP_MASK", "disagrees", "gives 43-32, spec bits 43-33")

    def test_register_record_by_the_sections_bit_table(self):
        self.check("hv_demo_msr", "layout verified", "bit table")
        self.check("hv_demo_msr.pfn", "layout verified", "GPA Page Number at bits 12..63")
        self.check("hv_demo_bad_msr", "disagrees", "RsvdP at bits 1..11, spec enable at bits 0..1")

    def test_number_elsewhere_is_no_verification(self):
        # bit 4 is in the section, on a row that does not identify the define
        self.check("HV_DEMO_UNNAMED_AVAILABLE", "not found", "in a row that does not identify")
        # a row with the words is required when tlfs_row: is given
        self.check("HV_DEMO_NOWHERE_AVAILABLE", "not found", "in a row that does not identify")
        # the number 5 is the Stray row's, not the Call Code row's
        self.check("HV_DEMO_COUNT", "disagrees", "gives 15-0")


if __name__ == "__main__":
    unittest.main()
