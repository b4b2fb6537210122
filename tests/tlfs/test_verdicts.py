"""Unit tests of the verdicts (hvgenlib/tlfs/verdicts.py): every documented claim of a small
spec judged against small TLFS-like pages written for these tests."""

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

MSR_PAGE = """# Hypercall interface

## The demo MSR (x86/x64)

```c
#define HV_X64_MSR_DEMO 0x40000099
```

| Bits    | Description                                  | Attributes |
|---------|----------------------------------------------|------------|
| 63:12   | Demo GPFN - the page number                  | Read/write |
| 11:2    | RsvdP. Bits should be preserved.             | Reserved   |
| 1       | Locked. Indicates if the MSR is immutable.   | Read/write |
| 0       | Enable the demo page                         | Read/write |

The demo page count is HV_DEMO_NAMED, a word only.
"""

TYPE_PAGE = """# HV_DEMO_TYPE

```c
typedef enum
{
    HvDemoTypeNone = 0x00000000,
    HvDemoTypeHigh = 0x80000001
} HV_DEMO_TYPE;
```
"""

CALL_PAGE = """# HvCallDemoVar

## Call Code
`0x0077` (Rep)

## Input Parameters

| Name | Offset | Size | Information Provided |
|---|---|---|---|
| `PartitionId` | 0 | 8 | the partition |
| `List` | 8 | Var | the list |
"""

SPEC = """defaults:
  visibility: documented
  tlfs: hypercall-interface.md

definitions:
  - {define: HV_X64_MSR_DEMO, value: 0x40000099, arch: x86_64}

  - union: hv_x64_msr_demo_contents
    tlfs_name: HV_X64_MSR_DEMO
    arch: {tlfs: x86_64, hdk: none}
    members:
      - {name: as_uint64, type: u64}
      - struct:
          - {name: enable, type: u64, bits: 1}
          - {name: reserved, type: u64, bits: 11, reserved: true}
          - {name: gpfn, type: u64, bits: 52}
        packed: true

  - {define: HV_DEMO_NAMED, value: 3}
  - {define: HV_DEMO_NAMED_TOO, value: 5, tlfs_gives: name, tlfs_name: HV_DEMO_NAMED}
  - {define: HV_DEMO_NOWHERE, value: 4}

  - enum: hv_demo_type
    tlfs: datatypes/hv_demo_type.md
    values:
      - {name: HV_DEMO_TYPE_NONE, value: 0}
      - {name: HV_DEMO_TYPE_HIGH, value: 0x80000001}
      - {name: HV_DEMO_TYPE_OTHER, value: 0x80000002}

  - {define: HVCALL_DEMO_VAR, value: 0x0077, tlfs: hypercalls/HvCallDemoVar.md}

  - struct: hv_input_demo_var
    tlfs: hypercalls/HvCallDemoVar.md
    members:
      - {name: partition_id, type: u64}
      - {name: list, type: u64, array: flexible}
"""


class Verdicts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        root = cls.tmp.name
        for rel, text in {"tlfs/hypercall-interface.md": MSR_PAGE,
                          "tlfs/datatypes/hv_demo_type.md": TYPE_PAGE,
                          "tlfs/hypercalls/HvCallDemoVar.md": CALL_PAGE,
                          "spec/demo/demo.yaml": SPEC}.items():
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), "w", encoding="utf-8") as handle:
                handle.write(text)
        cls.args = ("tlfs", "--tlfs", os.path.join(root, "tlfs"), "--spec",
                    os.path.join(root, "spec"))
        status, out, _ = run_hvgen(*cls.args, "--json")
        cls.status = status
        cls.data = json.loads(out)
        cls.claims = {c["subject"]: c for c in cls.data["claims"]}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def verdict(self, subject):
        return self.claims[subject]["verdict"]

    def test_bit_table_finds_the_locked_bit(self):
        # arch: differs per view: judged on x86_64 all the same
        c = self.claims["hv_x64_msr_demo_contents"]
        self.assertEqual(c["verdict"], "disagrees")
        self.assertIn("HV_X64_MSR_DEMO.Locked at bits 1..1 is reserved in the spec", c["evidence"])
        self.assertIn("hypercall-interface.md:9", c["evidence"])
        self.assertEqual(self.verdict("hv_x64_msr_demo_contents.enable"), "layout verified")
        self.assertEqual(self.verdict("hv_x64_msr_demo_contents.gpfn"), "layout verified")

    def test_values(self):
        self.assertEqual(self.verdict("HV_X64_MSR_DEMO"), "value verified")
        self.assertEqual(self.verdict("HVCALL_DEMO_VAR"), "value verified")
        self.assertEqual(self.verdict("hv_demo_type.HV_DEMO_TYPE_HIGH"), "value verified")
        self.assertEqual(self.verdict("hv_demo_type.HV_DEMO_TYPE_OTHER"), "not found")
        self.assertIn("has no value 0x80000002",
                      self.claims["hv_demo_type.HV_DEMO_TYPE_OTHER"]["evidence"])

    def test_name_only_and_not_found(self):
        self.assertEqual(self.verdict("HV_DEMO_NAMED"), "name only")
        self.assertIn("hypercall-interface.md", self.claims["HV_DEMO_NAMED"]["evidence"])
        self.assertEqual(self.verdict("HV_DEMO_NOWHERE"), "not found")

    def test_variable_size_row(self):
        self.assertEqual(self.verdict("hv_input_demo_var"), "layout verified")
        self.assertEqual(self.verdict("hv_input_demo_var.list"), "layout verified")

    def test_figures_and_exit(self):
        f = self.data["figures"]
        self.assertEqual(f["verdict_not_found"], 2)
        self.assertEqual(f["verdict_disagrees"], 1)
        # HV_DEMO_NAMED claims a value the page only names: open; HV_DEMO_NAMED_TOO says
        # tlfs_gives: name, as the page does: not open
        self.assertEqual(f["gate_errors"], 4)
        self.assertEqual(self.status, 0)

    def test_gate(self):
        status, _, err = run_hvgen(*self.args, "--gate")
        self.assertEqual(status, 1)
        lines = [line for line in err.splitlines() if ": error: " in line]
        self.assertEqual(len(lines), 4, err)
        self.assertRegex(lines[0], r"^spec/demo/demo.yaml:\d+:\d+: error: "
                                   r"hv_x64_msr_demo_contents: disagrees: ")
        self.assertIn("HV_DEMO_NOWHERE: not found: no TLFS page has it", err)
        self.assertIn("HV_DEMO_NAMED: name only: named on hypercall-interface.md", err)
        self.assertNotIn("HV_DEMO_NAMED_TOO", err)


if __name__ == "__main__":
    unittest.main()
