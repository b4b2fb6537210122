"""Unit tests of the C-block parser (hvgenlib/tlfs/cparse.py) and its repair tables
(hvgenlib/tlfs/repairs.py) on small TLFS-like pages written for these tests."""

import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib.tlfs import repairs  # noqa: E402
from hvgenlib.tlfs.cparse import parse_pages  # noqa: E402
from hvgenlib.tlfs.markdown import parse_page  # noqa: E402


def pages(**texts):
    out = {}
    for name, text in texts.items():
        path = name.replace("__", "/") + ".md"
        out[path] = parse_page(path, text)
    return out


def block(text):
    return "# Page\n\n## Syntax\n\n```c\n" + text + "\n```\n"


class Together(unittest.TestCase):
    def test_type_of_another_page(self):
        parsed = parse_pages(pages(
            datatypes__hv_demo_a=block("typedef struct\n{\n    HV_DEMO_B B;\n    UINT32 X;\n"
                                       "} HV_DEMO_A;"),
            datatypes__hv_demo_b=block("typedef UINT64 HV_DEMO_B;")))
        self.assertEqual((parsed.blocks, parsed.parsed, parsed.failures), (2, 2, []))
        self.assertEqual(parsed.defs["HV_DEMO_A"].layouts["x86_64"].size, 16)
        self.assertEqual(parsed.assumed, {})

    def test_type_of_a_value_table(self):
        page = ("# P\n\n```c\ntypedef struct\n{\n    HV_DEMO_ACTION Action;\n} HV_DEMO_USER;\n"
                "```\n\n#### HV_DEMO_ACTION\n\n| Value | Name |\n|---|---|\n"
                "| 0 | HvDemoActionA |\n| 1 | HvDemoActionB |\n")
        parsed = parse_pages(pages(datatypes__hv_demo_user=page))
        self.assertEqual(parsed.failures, [])
        self.assertEqual(parsed.table_types, {"HV_DEMO_ACTION": "datatypes/hv_demo_user.md:12"})
        self.assertEqual(parsed.defs["HV_DEMO_USER"].layouts["arm64"].size, 4)

    def test_a_block_that_still_fails(self):
        parsed = parse_pages(pages(datatypes__hv_demo=block(
            "typedef struct\n{\n    UINT32 A\n    UINT32 B;\n} HV_DEMO;")))
        [fail] = parsed.failures
        self.assertEqual(fail.page, "datatypes/hv_demo.md")
        self.assertNotIn("HV_DEMO", parsed.defs)


class Values(unittest.TestCase):
    def test_enum_values_as_written(self):
        parsed = parse_pages(pages(datatypes__hv_demo_type=block(
            "typedef enum\n{\n    HvDemoNone = 0x00000000,\n    HvDemoHigh = 0x80000000,\n"
            "    HvDemoNext,\n    HvDemoTop = 0xFFFFFFFF\n} HV_DEMO_TYPE;")))
        values = dict(parsed.defs["HV_DEMO_TYPE"].values["x86_64"])
        self.assertEqual(values, {"HvDemoNone": 0, "HvDemoHigh": 0x80000000,
                                  "HvDemoNext": 0x80000001, "HvDemoTop": 0xFFFFFFFF})


class Repairs(unittest.TestCase):
    def test_table_repair_is_reported(self):
        text = block("HV_STATUS\nHvCallGetMemoryBalance(\n    _In_ HV_PARTITION_ID PartitionId,\n"
                     "    _Out_ UINT64* PagesAvailable;\n    _Out_ UINT64* PagesInUse;\n);")
        parsed = parse_pages({"hypercalls/HvCallGetMemoryBalance.md":
                              parse_page("hypercalls/HvCallGetMemoryBalance.md", text)})
        self.assertEqual(parsed.failures, [])
        [fix] = parsed.repairs
        self.assertEqual((fix.page, fix.line), ("hypercalls/HvCallGetMemoryBalance.md", 6))
        self.assertIn("`;`", fix.what)
        self.assertEqual(parsed.assumed["HV_STATUS"],
                         ["hypercalls/HvCallGetMemoryBalance.md:6"])

    def test_repair_only_on_its_page(self):
        text = block("HV_STATUS\nHvCallGetMemoryBalance(\n    _Out_ UINT64* PagesAvailable;\n"
                     "    _Out_ UINT64* PagesInUse;\n);")
        parsed = parse_pages({"hypercalls/Other.md": parse_page("hypercalls/Other.md", text)})
        self.assertEqual(parsed.repairs, [])
        self.assertEqual(len(parsed.failures), 1)

    def test_repair_applies_once(self):
        page = parse_page("datatypes/overview.md", block("typedef UINT32 HV_SPA_PAGE_OFFSET;"))
        self.assertEqual(repairs.repair(page, page.blocks[0].text)[1], [])

    def test_members_renamed_and_terminated(self):
        page = parse_page("datatypes/hv_partition_privilege_mask.md", block(
            "typedef struct\n{\n    UINT64 A:1;\n    UINT64 Reserved:1\n    UINT64 Reserved:62;\n"
            "} HV_PARTITION_PRIVILEGE_MASK;"))
        parsed = parse_pages({page.path: page})
        self.assertEqual(parsed.failures, [])
        layout = parsed.defs["HV_PARTITION_PRIVILEGE_MASK"].layouts["x86_64"]
        self.assertEqual([(m.path, m.offset_bits, m.bits) for m in layout.members],
                         [("A", 0, 1), ("Reserved", 1, 1), ("Reserved_1", 2, 62)])

    def test_opaque_truncates(self):
        parsed = parse_pages(pages(datatypes__hv_demo_regs=block(
            "typedef struct\n{\n    UINT64 First;\n    HV_EXPLICIT_SUSPEND_REGISTER Suspend;\n"
            "    UINT64 Later;\n} HV_DEMO_REGS;")))
        d = parsed.defs["HV_DEMO_REGS"]
        self.assertEqual([m.path for m in d.layouts["x86_64"].members], ["First"])
        self.assertEqual(d.layouts["x86_64"].size, 0)
        self.assertIn("HV_EXPLICIT_SUSPEND_REGISTER", d.incomplete["x86_64"])
        self.assertTrue(repairs.ASSUMED_BY_NAME["HV_EXPLICIT_SUSPEND_REGISTER"].opaque)

    def test_windows_pointer_names(self):
        parsed = parse_pages(pages(
            hypercalls__HvCallDemo=block("HV_STATUS\nHvCallDemo(\n    _In_ PCHV_DEMO_X List,\n"
                                         "    _In_ PCVOID Buffer\n    );"),
            datatypes__hv_demo_x=block("typedef UINT32 HV_DEMO_X;")))
        self.assertEqual(parsed.failures, [])
        self.assertIn("PCHV_DEMO_X", parsed.assumed)
        self.assertIsNotNone(repairs.pointer("PCHV_DEMO_X"))


if __name__ == "__main__":
    unittest.main()
