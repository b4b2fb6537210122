"""Fold-to-reserved, trailing drop, per-view names: the tlfs view keeps the hdk view's layout."""

import os
import tempfile
import textwrap
import unittest

import helpers  # noqa: F401  (puts the generator on sys.path)
from hvgenlib.pipeline import analyse

SPEC = textwrap.dedent("""\
    defaults:
      visibility: documented
      tlfs: datatypes/hv_message.md
    definitions:
      - union: hv_test_sint
        members:
          - {name: as_uint64, type: u64}
          - struct:
              - {name: vector, type: u64, bits: 8}
              - {name: reserved1, type: u64, bits: 8, reserved: true}
              - {name: masked, type: u64, bits: 1}
              - {name: hdk_a, type: u64, bits: 1, visibility: hdk}
              - {name: hdk_b, type: u64, bits: 2, visibility: hdk}
              - {name: reserved2, type: u64, bits: 44, reserved: true}
            packed: true
      - struct: hv_test_input
        packed: true
        members:
          - {name: partition_id, type: u64}
          - {name: middle, type: u32, visibility: hdk}
          - {name: device_id, type: u64}
          - {name: {tlfs: type, hdk: heat_type}, type: u32}
          - {name: tail, type: u32, visibility: hdk}
      - union: hv_test_flags
        members:
          - {name: flags8, type: u8, array: 8, visibility: hdk}
          - {name: flags, type: u64}
    """)


def members(result, view, record):
    layout = result.layouts[(view, "x86_64")].records[record]
    return {m.path: (m.offset_bits, m.bits) for m in layout.members}, layout.size


class FoldTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory() as spec:
            with open(os.path.join(spec, "test.yaml"), "w", encoding="utf-8") as handle:
                handle.write(SPEC)
            cls.result = analyse(spec)

    def test_hdk_bits_fold_into_following_reserved_run(self):
        tlfs, _ = members(self.result, "tlfs", "hv_test_sint")
        hdk, _ = members(self.result, "hdk", "hv_test_sint")
        self.assertEqual(tlfs["reserved2"], (17, 47))
        self.assertEqual(hdk["reserved2"], (20, 44))
        self.assertNotIn("hdk_a", tlfs)
        self.assertEqual(hdk["hdk_b"], (18, 2))
        self.assertEqual(tlfs["masked"], hdk["masked"])

    def test_middle_field_becomes_reserved_and_trailing_one_is_dropped(self):
        tlfs, tlfs_size = members(self.result, "tlfs", "hv_test_input")
        hdk, hdk_size = members(self.result, "hdk", "hv_test_input")
        self.assertEqual((tlfs_size, hdk_size), (24, 28))
        self.assertEqual(tlfs["reserved_hdk0"], (64, None))
        self.assertEqual(tlfs["device_id"], hdk["device_id"])
        self.assertEqual(tlfs["type"], hdk["heat_type"])
        self.assertNotIn("tail", tlfs)

    def test_hdk_union_alternative_is_left_out(self):
        tlfs, _ = members(self.result, "tlfs", "hv_test_flags")
        self.assertEqual(sorted(tlfs), ["flags"])


if __name__ == "__main__":
    unittest.main()


class PerViewOverlapTest(unittest.TestCase):
    """A trailing overlap may spell its name and type per view, like any member (these once
    reached the views as raw mappings and raised TypeError)."""

    SPEC = textwrap.dedent("""\
        defaults: {visibility: documented, tlfs: datatypes/hv_message.md}
        definitions:
          - struct: hv_ov_a
            members: [{name: x, type: u64}, {name: tail, type: u64, array: flexible}]
          - struct: hv_ov_b
            members: [{name: x, type: u64}, {name: tail, type: u64, array: flexible}]
          - struct: hv_ov
            members:
              - {name: head, type: u64}
              - name: {tlfs: in_tlfs, hdk: in_hdk}
                type: {tlfs: struct hv_ov_a, hdk: struct hv_ov_b}
                trailing-overlap: tail
                members: [{name: items, type: u64, array: flexible}]
        """)

    def test_each_view_gets_its_spelling(self):
        with tempfile.TemporaryDirectory() as spec:
            with open(os.path.join(spec, "overlap.yaml"), "w", encoding="utf-8") as handle:
                handle.write(self.SPEC)
            result = analyse(spec)
        for view, name, ctype in (("hdk", "in_hdk", "struct hv_ov_b"),
                                  ("tlfs", "in_tlfs", "struct hv_ov_a")):
            record = next(d for d in result.views[view].definitions if d.name == "hv_ov")
            overlap = record.members[1]
            self.assertEqual((overlap.name, overlap.ctype), (name, ctype), view)


class SharedProjectionTest(unittest.TestCase):
    """Projections that show a definition alike share its VDef (views._projected), and a
    projection that takes one made before reports the errors folding it reported then."""

    SPEC = textwrap.dedent("""\
        definitions:
          - struct: hv_shared
            visibility: documented
            tlfs: datatypes/hv_shared.md
            linux: [6.12, 7.2]
            members:
              - {name: x, type: u32}
              - struct:
                  - {name: y, type: u32}
                visibility: hdk
                linux: [7.2]
          - struct: hv_apart
            visibility: documented
            tlfs: datatypes/hv_shared.md
            linux: [6.12, 7.2]
            members:
              - {name: a, type: u32}
              - {name: b, type: u32, visibility: hdk, linux: [6.12, 7.2]}
        """)

    @classmethod
    def setUpClass(cls):
        from hvgenlib.build import build_model
        from hvgenlib.diagnostics import Diagnostics
        from hvgenlib.load import load_spec

        with tempfile.TemporaryDirectory() as spec:
            with open(os.path.join(spec, "shared.yaml"), "w", encoding="utf-8") as handle:
                handle.write(cls.SPEC)
            cls.model = build_model(load_spec(spec, Diagnostics()), Diagnostics())

    def project(self, how, name):
        from hvgenlib.diagnostics import Diagnostics

        diag = Diagnostics()
        view = how(self.model, name, diag)
        return {d.name: d for d in view.definitions}, [i.code for i in diag.items]

    def test_alike_is_shared_and_its_errors_reported_again(self):
        from hvgenlib import views

        tlfs, tlfs_errors = self.project(views.project_view, "tlfs")
        family, family_errors = self.project(views.project_family, "6.12")
        # the view hides the HDK-only nested struct, and so does 6.12, which lacks it
        self.assertEqual(tlfs_errors, ["fold-nested"])
        self.assertEqual(family_errors, ["fold-nested"])
        self.assertIs(family["hv_shared"], tlfs["hv_shared"])

    def test_shown_differently_is_projected_again(self):
        from hvgenlib import views

        tlfs, _ = self.project(views.project_view, "tlfs")
        family, _ = self.project(views.project_family, "6.12")
        # 6.12 carries the HDK-only member b, which the tlfs view leaves out (a trailing one)
        self.assertIsNot(family["hv_apart"], tlfs["hv_apart"])
        self.assertEqual([m.name for m in family["hv_apart"].members], ["a", "b"])
        self.assertEqual([m.name for m in tlfs["hv_apart"].members], ["a"])
