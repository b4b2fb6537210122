"""A layout error is located on the member at fault, the innermost one of the definition
reported (a record holding a bad record names its own member of that type)."""

import os
import tempfile
import textwrap
import unittest

from helpers import run_hvgen

SPEC = textwrap.dedent("""\
    definitions:
      - define: HV_N
        value: -3
        visibility: hdk
      - struct: hv_a
        visibility: hdk
        members:
          - {name: y, type: u64}
          - union:
              - {name: z, type: u32}
              - {name: x, type: u64, array: HV_N}
      - struct: hv_b
        visibility: hdk
        members:
          - {name: w, type: u8, bits: 9}
          - {name: v, type: u8, bits: 7}
      - struct: hv_c
        visibility: hdk
        members:
          - {name: y, type: u64}
          - {name: a, type: struct hv_a}
    """)


class LayoutErrorLocation(unittest.TestCase):
    def test_located_on_the_member_at_fault(self):
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, "spec.yaml"), "w", encoding="utf-8") as handle:
                handle.write(SPEC)
            status, _, err = run_hvgen("generate", "--spec", tmp, "--out",
                                       os.path.join(tmp, "out"))
        self.assertEqual(status, 2, err)
        # located on the member at fault (the definition still named in the message)
        self.assertIn(":11:13: error: [layout] struct hv_a: member x: array length "
                      "HV_N is -3", err)
        self.assertIn(":15:9: error: [layout] struct hv_b: member w: bitfield w", err)
        self.assertIn(":21:9: error: [layout] struct hv_c: member a: array length", err)


if __name__ == "__main__":
    unittest.main()
