"""layout.reuse_layout: a view's layout taken from another view's wherever the two project a
definition alike must equal the layout computed from scratch. Checked on the real spec (the
backlog's restored family views against the views they are spelled as) and on a small spec
where one HDK-only member changes a record that others embed, size and count: the records
that only refer to it must be laid out again, not copied."""

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
    """)


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
    def test_reuse_equals_full_layout(self):
        _assert_reuse_equals_full(self, analyse(os.path.join(ROOT, "spec")))


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

    def test_what_refers_to_a_changed_record_is_laid_out_again(self):
        # 6.12 carries hv_ru_inner's HDK-only tail (its restored view has it, the documented
        # view does not): inner grows, and so do the records embedding, sizing or counting it
        restored = backlog.restored_view(self.result, "6.12")
        redo = _differently_projected(restored, self.result.views["tlfs"], "x86_64")
        self.assertEqual(redo, {"hv_ru_inner", "hv_ru_outer", "HV_RU_INNER_SIZE",
                                "hv_ru_counted", "hv_ru_sized"})
        layout = reuse_layout(restored, "x86_64", self.result.views["tlfs"],
                              self.result.layouts[("tlfs", "x86_64")], Diagnostics())
        self.assertEqual(layout.records["hv_ru_sized"].size, 8)  # inner: 8 bytes, not 4
        self.assertEqual(layout.records["hv_ru_counted"].size, 8)


if __name__ == "__main__":
    unittest.main()
