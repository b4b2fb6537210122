"""tlfs/absent.py: the reasons a TLFS definition stays out of the spec, and their evidence.

Made-up pages prove what the audit measures for a reason (the spec's width where the TLFS writes
a scalar type, a carrier's value) and that a reason naming no absent definition is reported;
the real snapshot (when present) proves the reviewed table holds: every reason names a
definition the audit lists as absent, with its kind, and none of its evidence fails."""

import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "generator"))
from hvgenlib.pipeline import analyse  # noqa: E402
from hvgenlib.tlfs import absent  # noqa: E402
from hvgenlib.tlfs.audit import run_audit  # noqa: E402
from hvgenlib.tlfs.markdown import parse_page, read_tree  # noqa: E402

PAGE = """---
title: T
---

# HV_DEMO

## Syntax

```c
typedef UINT64 HV_DEMO_ID;

#define HV_DEMO_COUNT 4
#define HV_DEMO_LIMIT 9

typedef struct
{
    HV_DEMO_ID Id;
    UINT32 Count;
    UINT32 Reserved;
} HV_DEMO_PAIR;
```
"""

SPEC = """defaults:
  visibility: documented
  tlfs: datatypes/hv_demo.md#syntax

definitions:
  - {{define: HV_DEMO_NUMBER, value: {number}, tlfs_name: HV_DEMO_LIMIT}}

  - {{define: HV_DEMO_FOUR, value: 4, tlfs_gives: name}}

  - struct: hv_demo_pair
    members:
      - {{name: id, type: {id_type}}}
      - {{name: count, type: u32}}
{tail}"""

REASONS = {
    "HV_DEMO_ID": absent._scalar(),
    "HV_DEMO_COUNT": absent.Reason("define", "carried by another name", ("HV_DEMO_FOUR",)),
}


def audit_of(id_type="u64", number=9):
    """The audit of the page against a spec whose hv_demo_pair.id is ID_TYPE."""
    tail = "      - {name: reserved, type: u32, reserved: true}\n" if id_type == "u64" else \
        "      - {name: reserved, type: u32, reserved: true}\n" \
        "      - {name: reserved2, type: u32, reserved: true}\n"
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "demo"))
        with open(os.path.join(tmp, "demo", "demo.yaml"), "w", encoding="utf-8") as handle:
            handle.write(SPEC.format(id_type=id_type, number=number, tail=tail))
        result = analyse(tmp)
    page = parse_page("datatypes/hv_demo.md", PAGE)
    return run_audit(result, {page.path: page})


class Evidence(unittest.TestCase):
    def test_scalar_width_measured(self):
        explained, unexplained, stale = absent.explain(audit_of(), REASONS)
        by_name = {x.entity.tlfs_name: x for x in explained}
        scalar = by_name["HV_DEMO_ID"]
        self.assertEqual(sorted({u.text() for u in scalar.uses}), ["u64 in hv_demo_pair.id"])
        self.assertEqual((scalar.problems, stale), ([], []))
        self.assertEqual(by_name["HV_DEMO_COUNT"].problems, [])
        self.assertEqual([e.tlfs_name for e in unexplained], [])

    def test_scalar_of_another_width_is_a_problem(self):
        explained, _, _ = absent.explain(audit_of(id_type="u32"), REASONS)
        scalar = next(x for x in explained if x.entity.tlfs_name == "HV_DEMO_ID")
        self.assertTrue(scalar.problems, scalar.uses)
        self.assertIn("4 bytes, the TLFS's is 8: differs", scalar.problems[0])

    def test_carrier_of_another_value_is_a_problem(self):
        reasons = dict(REASONS, HV_DEMO_COUNT=absent.Reason("define", "x", ("HV_DEMO_NUMBER",)))
        explained, _, _ = absent.explain(audit_of(), reasons)
        count = next(x for x in explained if x.entity.tlfs_name == "HV_DEMO_COUNT")
        self.assertEqual(count.problems, ["HV_DEMO_NUMBER is 0x9, the TLFS's HV_DEMO_COUNT 0x4"])

    def test_undefined_type_a_page_defines_or_no_block_uses_is_a_problem(self):
        reasons = dict(REASONS, HV_DEMO_COUNT=absent.Reason(
            "define", "x", undefined=("HV_DEMO_ID", "HV_NOWHERE")))
        explained, _, _ = absent.explain(audit_of(), reasons)
        count = next(x for x in explained if x.entity.tlfs_name == "HV_DEMO_COUNT")
        self.assertEqual(count.problems, ["HV_DEMO_ID is defined on datatypes/hv_demo.md",
                                          "HV_NOWHERE is used by no C block of the TLFS"])

    def test_missing_carrier_wrong_kind_and_stale(self):
        reasons = {"HV_DEMO_ID": absent.Reason("define", "x", ("hv_no_such",)),
                   "HV_DEMO_LIMIT": absent.Reason("define", "the spec has it (tlfs_name)")}
        explained, unexplained, stale = absent.explain(audit_of(), reasons)
        [demo] = explained
        self.assertEqual(demo.problems, [
            "hv_no_such is not a documented definition of the spec",
            "the TLFS defines it as a typedef, the reason says define"])
        self.assertEqual(stale, ["HV_DEMO_LIMIT: the audit does not list it as absent from the "
                                 "spec"])
        self.assertEqual([e.tlfs_name for e in unexplained], ["HV_DEMO_COUNT"])


def _snapshot():
    for folder in (os.environ.get("HVGEN_TLFS_DIR"), os.path.join(ROOT, "..", "shared", "tlfs"),
                   "/work/shared/tlfs"):
        path = os.path.join(folder or "", "2025-12-15", "tlfs")
        if folder and os.path.isdir(path):
            return path
    return None


@unittest.skipUnless(_snapshot(), "the 2025-12-15 TLFS snapshot is not here")
class ReviewedTable(unittest.TestCase):
    def test_every_reason_holds(self):
        audit = run_audit(analyse(os.path.join(ROOT, "spec")), read_tree(_snapshot()))
        explained, unexplained, stale = absent.explain(audit)
        self.assertEqual(stale, [])
        self.assertEqual({x.entity.tlfs_name: x.problems for x in explained if x.problems}, {})
        self.assertEqual(len(explained), len(absent.REASONS))
        # a scalar reason is backed by what the spec writes wherever a matched record uses it
        self.assertTrue(any(u.ctype == "u64" and u.place.endswith(".partition_id")
                            for x in explained if x.entity.tlfs_name == "HV_PARTITION_ID"
                            for u in x.uses))
        self.assertEqual(audit.figures()["tlfs_not_in_spec_unexplained"], len(unexplained))


if __name__ == "__main__":
    unittest.main()
