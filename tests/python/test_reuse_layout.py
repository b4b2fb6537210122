"""layout.reuse_layout: a view's layout taken from another layout wherever the two lay a
definition out alike must equal the layout computed from scratch. Checked on the real spec
(the pipeline's tlfs and arm64 layouts, the backlog's restored family views) and on a small
spec where one HDK-only member, one arm64-only member and one type spelled per view change a
record that others embed, size and count: what refers to it must be laid out again."""

import os
import sys
import tempfile
import textwrap
import unittest

from helpers import ROOT

sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib import backlog, presence  # noqa: E402
from hvgenlib.diagnostics import Diagnostics  # noqa: E402
from hvgenlib.layout import ARCHES, _differently_projected, compute_layout, reuse_layout  # noqa: E402,E501
from hvgenlib.pipeline import analyse  # noqa: E402

SPEC = textwrap.dedent("""\
    defaults:
      visibility: documented
      tlfs: datatypes/hv_ru.md
      hdk-file: hvgdk_mini.h
      linux: [6.12, 7.2]
    definitions:
      - struct: hv_ru_inner
        members:
          - {name: a, type: u32}
          - {name: hdk_tail, type: u32, visibility: hdk}
      - struct: hv_ru_outer
        members:
          - {name: b, type: u8}
          - {name: inner, type: struct hv_ru_inner}
      - {define: HV_RU_INNER_SIZE, value: sizeof(struct hv_ru_inner)}
      - struct: hv_ru_counted
        members:
          - {name: bytes, type: u8, array: HV_RU_INNER_SIZE}
      - struct: hv_ru_sized
        members:
          - {name: words, type: u32, array: sizeof(struct hv_ru_inner) / 4}
      - struct: hv_ru_alone
        members:
          - {name: c, type: u16}
      # per arch: a member only arm64 has, and a record that embeds the record holding it
      - struct: hv_ru_arch_member
        members:
          - {name: common, type: u32}
          - {name: arm_only, type: u64, arch: arm64}
      - struct: hv_ru_holds_arch
        members:
          - {name: inner, type: struct hv_ru_arch_member}
      # per view: a type each view spells differently, and a record embedding it
      - struct: hv_ru_spelled
        members:
          - {name: v, type: {tlfs: u32, hdk: u64}}
      - struct: hv_ru_holds_spelled
        members:
          - {name: s, type: struct hv_ru_spelled}
      - {define: HV_RU_COUNT, value: {tlfs: 2, hdk: 4}}
      - struct: hv_ru_counted_per_view
        members:
          - {name: n, type: u8, array: HV_RU_COUNT}
    """)


def _assert_pipeline_layouts_are_full(test, result):
    """The pipeline takes three of its four layouts from another (pipeline._layout)."""
    for (view, arch), layout in result.layouts.items():
        with test.subTest(view=view, arch=arch):
            test.assertEqual(layout, compute_layout(result.views[view], arch, Diagnostics()))


def _assert_reuse_equals_full(test, result):
    for family in presence.FAMILIES:
        restored = backlog.restored_view(result, family)
        base = result.views[restored.name]
        for arch in ARCHES:
            with test.subTest(family=family, arch=arch):
                full = compute_layout(restored, arch, Diagnostics())
                reused = reuse_layout(restored, arch, base, result.layouts[(base.name, arch)],
                                      Diagnostics())
                test.assertEqual(full, reused)


class RealSpecTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.result = analyse(os.path.join(ROOT, "spec"))

    def test_reuse_equals_full_layout(self):
        _assert_reuse_equals_full(self, self.result)

    def test_pipeline_layouts_equal_full_layouts(self):
        _assert_pipeline_layouts_are_full(self, self.result)


class SmallSpecTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        spec = os.path.join(cls.tmp.name, "spec")
        os.makedirs(spec)
        with open(os.path.join(spec, "t.yaml"), "w", encoding="utf-8") as handle:
            handle.write(SPEC)
        cls.result = analyse(spec)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_reuse_equals_full_layout(self):
        _assert_reuse_equals_full(self, self.result)

    def test_pipeline_layouts_equal_full_layouts(self):
        _assert_pipeline_layouts_are_full(self, self.result)

    def test_across_arches_and_views_what_differs_is_laid_out_again(self):
        views = self.result.views
        across_arch = _differently_projected(views["hdk"], "arm64", views["hdk"], "x86_64")
        self.assertEqual(across_arch, {"hv_ru_arch_member", "hv_ru_holds_arch"})
        across_view = _differently_projected(views["tlfs"], "x86_64", views["hdk"], "x86_64")
        self.assertTrue({"hv_ru_spelled", "hv_ru_holds_spelled", "HV_RU_COUNT",
                         "hv_ru_counted_per_view"} <= across_view)
        self.assertNotIn("hv_ru_alone", across_view)
        layouts = self.result.layouts
        self.assertEqual(layouts[("hdk", "arm64")].records["hv_ru_holds_arch"].size, 16)
        self.assertEqual(layouts[("hdk", "x86_64")].records["hv_ru_holds_arch"].size, 4)
        self.assertEqual(layouts[("tlfs", "x86_64")].records["hv_ru_holds_spelled"].size, 4)
        self.assertEqual(layouts[("hdk", "x86_64")].records["hv_ru_holds_spelled"].size, 8)
        self.assertEqual(layouts[("tlfs", "x86_64")].records["hv_ru_counted_per_view"].size, 2)
        self.assertEqual(layouts[("hdk", "x86_64")].records["hv_ru_counted_per_view"].size, 4)

    def test_what_refers_to_a_changed_record_is_laid_out_again(self):
        # 6.12 carries hv_ru_inner's HDK-only tail (its restored view has it, the documented
        # view does not): inner grows, and so do the records embedding, sizing or counting it
        restored = backlog.restored_view(self.result, "6.12")
        redo = _differently_projected(restored, "x86_64", self.result.views["tlfs"], "x86_64")
        self.assertEqual(redo, {"hv_ru_inner", "hv_ru_outer", "HV_RU_INNER_SIZE",
                                "hv_ru_counted", "hv_ru_sized"})
        layout = reuse_layout(restored, "x86_64", self.result.views["tlfs"],
                              self.result.layouts[("tlfs", "x86_64")], Diagnostics())
        self.assertEqual(layout.records["hv_ru_sized"].size, 8)  # inner: 8 bytes, not 4
        self.assertEqual(layout.records["hv_ru_counted"].size, 8)


if __name__ == "__main__":
    unittest.main()
