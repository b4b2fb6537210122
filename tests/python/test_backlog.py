"""The Linux backlog (hvgenlib/backlog.py): per kernel family what it lacks of the TLFS and
where its layout differs. A small spec puts one known thing in each category and asserts it
lands there and nowhere else (and that a fully present definition lands nowhere); the real
spec's figures are checked against the presence facts they come from; `hvgen tlfs --json`
carries the backlog, with the audit's absent TLFS definitions."""

import json
import os
import sys
import tempfile
import textwrap
import types
import unittest

from helpers import ROOT, run_hvgen

sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib import backlog, presence  # noqa: E402
from hvgenlib.pipeline import analyse  # noqa: E402

SPEC = textwrap.dedent("""\
    defaults:
      visibility: documented
      tlfs: datatypes/hv_bl.md
      hdk-file: hvgdk_mini.h
      linux: [6.12, 7.2]
    definitions:
      # lacks (6.12): a documented definition only 7.2 carries
      - {define: HV_BL_NEW_IN_72, value: 1, linux: [7.2]}
      # undocumented (6.12): an HDK-only definition 6.12 files in hyperv-tlfs.h
      - {define: HV_BL_HDK_IN_612, value: 2, visibility: hdk}
      # nowhere: documented, both families carry all of it
      - {define: HV_BL_EVERYWHERE, value: 3}
      # lacks_members (6.12): a bit folded into reserved space, an enum value left out;
      # undocumented (6.12): an HDK-only bit 6.12 carries
      - union: hv_bl_reg
        members:
          - {name: as_uint64, type: u64}
          - struct:
              - {name: low, type: u64, bits: 8}
              - {name: later, type: u64, bits: 1, linux: [7.2]}
              - {name: hdkbit, type: u64, bits: 1, visibility: hdk}
              - {name: reserved, type: u64, bits: 54, reserved: true}
            packed: true
      - enum: hv_bl_kind
        values:
          - {name: HV_BL_KIND_A, value: 0}
          - {name: HV_BL_KIND_B, value: 1, linux: [7.2]}
      # layouts (7.2): a member 7.2 spells wider; a struct 7.2 makes longer with an HDK member
      - struct: hv_bl_wide
        members:
          - {name: a, type: u64}
          - {name: b, type: {tlfs: u32, hdk: u64}}
      - struct: hv_bl_grow
        members:
          - {name: a, type: u64}
          - {name: extra, type: u64, visibility: hdk, linux: [7.2]}
      # knowingly: the spec's layout differs from the TLFS text, the families carry it as is
      - struct: hv_bl_differs
        tlfs_differs: the kernel's is right, the TLFS text is not (a test).
        members:
          - {name: a, type: u64}
    """)

EXPECTED = {
    ("6.12", "lacks", "HV_BL_NEW_IN_72"),
    ("6.12", "undocumented", "HV_BL_HDK_IN_612"),
    ("6.12", "lacks_members", "hv_bl_reg.later"),
    ("6.12", "lacks_members", "hv_bl_kind.HV_BL_KIND_B"),
    ("6.12", "undocumented", "hv_bl_reg.hdkbit"),
    ("7.2", "layouts", "hv_bl_wide"),
    ("7.2", "layouts", "hv_bl_grow"),
    ("6.12", "tlfs_absent", "HV_BL_ABSENT_THING"),
    ("7.2", "tlfs_absent", "HV_BL_ABSENT_THING"),
}

PAGE = textwrap.dedent("""\
    # HV_BL

    ## Syntax

    ```c
    typedef struct
    {
        UINT64 Foo;
    } HV_BL_ABSENT_THING;
    ```
    """)


def _spec(folder: str) -> str:
    spec = os.path.join(folder, "spec")
    os.makedirs(spec)
    with open(os.path.join(spec, "t.yaml"), "w", encoding="utf-8") as handle:
        handle.write(SPEC)
    return spec


def _placed(bl):
    return {(family, category, item.subject) for family, fb in bl.families.items()
            for category, item in fb.items()}


class SmallSpecTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.spec = _spec(cls.tmp.name)
        cls.result = analyse(cls.spec)
        absent = types.SimpleNamespace(tlfs_name="HV_BL_ABSENT_THING", kind="struct",
                                       page="datatypes/hv_bl.md", line=7)
        heading = types.SimpleNamespace(level=2, text="Syntax", anchor="syntax", line=3)
        page = types.SimpleNamespace(headings=[heading])
        cls.bl = backlog.compute(cls.result, types.SimpleNamespace(
            absent=[absent], pages={"datatypes/hv_bl.md": page}))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_each_in_its_category_and_nowhere_else(self):
        self.assertEqual(_placed(self.bl), EXPECTED)

    def test_details(self):
        fb612, fb72 = self.bl.families["6.12"], self.bl.families["7.2"]
        by = {(c, i.subject): i for c, i in fb612.items()}
        later = by[("lacks_members", "hv_bl_reg.later")]
        self.assertIn("folded into reserved space", later.detail)
        self.assertIn("linux: [7.2]", later.detail)
        self.assertIn("left out (an enum value)", by[("lacks_members",
                                                      "hv_bl_kind.HV_BL_KIND_B")].detail)
        new = by[("lacks", "HV_BL_NEW_IN_72")]
        self.assertEqual((new.file, new.line), ("spec/t.yaml", 8))
        self.assertEqual(new.citation, "datatypes/hv_bl.md")
        self.assertEqual(new.url, backlog.LEARN + "datatypes/hv_bl")
        layouts = {i.name: i.detail for i in fb72.layouts}
        self.assertIn("b: member size 8, documented view 4", layouts["hv_bl_wide"])
        self.assertIn("size 16 bytes, documented view 8 (the family also carries HDK-only "
                      "extra)", layouts["hv_bl_grow"])
        self.assertIsNone(fb72.documented_header)
        self.assertEqual([i.name for i in fb612.knowingly], ["hv_bl_differs"])
        self.assertEqual([i.name for i in fb72.knowingly], ["hv_bl_differs"])
        absent = fb612.tlfs_absent[0]
        self.assertEqual((absent.citation, absent.url),
                         ("datatypes/hv_bl.md#syntax (line 7)",
                          backlog.LEARN + "datatypes/hv_bl#syntax"))

    def test_without_audit(self):
        bl = backlog.compute(self.result)
        self.assertFalse(bl.audited)
        self.assertEqual(_placed(bl), {e for e in EXPECTED if e[1] != "tlfs_absent"})
        figures = bl.figures()
        self.assertNotIn("backlog_6.12_tlfs_absent", figures)  # not measured, not 0
        self.assertNotIn("backlog_7.2_undocumented", figures)  # 7.2 has no such header
        self.assertEqual(figures["backlog_6.12_lacks"], 1)
        text = "\n".join(backlog.markdown(bl))
        self.assertIn("Not measured: this needs the TLFS audit", text)
        self.assertIn("The family has no documented header", text)

    def test_tlfs_json_carries_the_backlog(self):
        tlfs = os.path.join(self.tmp.name, "tlfs")
        os.makedirs(os.path.join(tlfs, "datatypes"))
        with open(os.path.join(tlfs, "datatypes", "hv_bl.md"), "w", encoding="utf-8") as h:
            h.write(PAGE)
        status, out, err = run_hvgen("tlfs", "--spec", self.spec, "--tlfs", tlfs, "--json")
        data = json.loads(out)
        self.assertIn("findings", data)  # the existing keys stay
        self.assertTrue(data["backlog"]["audited"])
        absent = [e["name"] for e in data["tlfs_not_in_spec"]]
        self.assertIn("HV_BL_ABSENT_THING", absent)
        for family in presence.FAMILIES:
            got = data["backlog"]["families"][family]
            self.assertEqual([i["name"] for i in got["tlfs_absent"]], absent)
            thing = next(i for i in got["tlfs_absent"] if i["name"] == "HV_BL_ABSENT_THING")
            self.assertTrue(thing["citation"].startswith("datatypes/hv_bl.md#syntax"), thing)
            self.assertEqual(got["counts"]["tlfs_absent"], len(absent))
        self.assertEqual([i["name"] for i in data["backlog"]["families"]["6.12"]["lacks"]],
                         ["HV_BL_NEW_IN_72"])


class RealSpecTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.result = analyse(os.path.join(ROOT, "spec"))
        cls.bl = backlog.compute(cls.result)

    def test_lacks_is_what_presence_says(self):
        defs = self.result.model.definitions
        for family, spelling in presence.SPELLING.items():
            lacks = {(i.name, i.file, i.line) for i in self.bl.families[family].lacks}
            self.assertEqual(lacks, {
                (d.name, os.path.relpath(d.loc.file, ROOT), d.loc.line) for d in defs
                if d.tags.documented and d.tags.present_in(spelling) and
                not presence.carries(d.tags, family)})
        only_72 = {d.name for d in defs if d.tags.documented and d.tags.linux == ("7.2",)
                   and d.tags.present_in("tlfs")}
        self.assertTrue(only_72)
        self.assertLessEqual(only_72, {i.name for i in self.bl.families["6.12"].lacks})
        self.assertGreater(len(self.bl.families["6.12"].lacks), 0)

    def test_undocumented_is_6_12_hdk_presence(self):
        defs = self.result.model.definitions
        got = {i.name for i in self.bl.families["6.12"].undocumented if i.member is None}
        self.assertEqual(got, {d.name for d in defs if not d.tags.documented and
                               d.tags.linux is not None and "6.12" in d.tags.linux and
                               d.tags.present_in("tlfs")})
        self.assertEqual(self.bl.families["7.2"].undocumented, [])

    def test_members_belong_to_carried_documented_definitions(self):
        by_name = {}
        for d in self.result.model.definitions:
            by_name.setdefault(d.name, []).append(d)
        for family, fb in self.bl.families.items():
            for item in fb.lacks_members:
                self.assertTrue(any(d.tags.documented and presence.carries(d.tags, family)
                                    for d in by_name[item.name]), item)
            lacked = {i.name for i in fb.lacks}
            self.assertFalse(lacked & {i.name for i in fb.layouts})
        # the hypercall MSR's Locked bit (issue 13): both families fold it away
        for family in presence.FAMILIES:
            self.assertIn("hv_x64_msr_hypercall_contents.locked",
                          {i.subject for i in self.bl.families[family].lacks_members})

    def test_every_item_points_at_its_spec_line(self):
        lines = {}
        for family, fb in self.bl.families.items():
            for category, item in fb.items():
                path = os.path.join(ROOT, item.file)
                if path not in lines:
                    with open(path, encoding="utf-8") as handle:
                        lines[path] = handle.read().splitlines()
                text = lines[path][item.line - 1]
                word = (item.member or item.name).split(".")[-1]
                if word.startswith("<anonymous:"):
                    word = "enum"
                elif word.startswith("(anonymous "):
                    word = word[len("(anonymous "):-1]
                self.assertIn(word, text, (family, category, item))
                if item.url:
                    self.assertTrue(item.url.startswith(backlog.LEARN), item)

    def test_report_md_shows_it(self):
        with open(os.path.join(ROOT, "generated", "REPORT.md"), encoding="utf-8") as handle:
            text = handle.read()
        top = text.index("## Linux backlog: counts")
        self.assertLess(top, text.index("## Documented definitions with no citation"))
        for line in backlog.counts_table(self.bl):
            self.assertTrue(line in text, f"REPORT.md lacks: {line}")
        self.assertTrue("\n## Linux backlog\n" in text, "REPORT.md lacks the backlog section")


if __name__ == "__main__":
    unittest.main()
