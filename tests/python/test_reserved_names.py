"""A field named as reserved space (reserved*, rsvd*) must carry `reserved: true`: a located
[reserved-name] error otherwise, in either view's spelling of the name."""

import os
import tempfile
import textwrap
import unittest

from helpers import run_hvgen

SPEC = textwrap.dedent("""\
    defaults:
      visibility: hdk
    definitions:
      - union: hv_test_reg
        members:
          - {name: as_uint64, type: u64}
          - struct:
              - {name: enable, type: u64, bits: 1}
              - {name: rsvd_z, type: u64, bits: 31@}
              - {name: {tlfs: reserved1, hdk: spare}, type: u64, bits: 32@}
            packed: true
    """)


class ReservedNameTest(unittest.TestCase):
    def validate(self, mark):
        with tempfile.TemporaryDirectory() as spec:
            with open(os.path.join(spec, "t.yaml"), "w", encoding="utf-8") as handle:
                handle.write(SPEC.replace("@", mark))
            return run_hvgen("validate", "--spec", spec)

    def test_unmarked_reserved_names_are_located_errors(self):
        status, _, err = self.validate("")
        self.assertEqual(status, 2, err)
        self.assertRegex(err, r"t\.yaml:9:13: error: \[reserved-name\] union hv_test_reg: "
                              r"member 'rsvd_z' is named as reserved space but lacks "
                              r"`reserved: true`")
        self.assertRegex(err, r"t\.yaml:10:13: error: \[reserved-name\] .*'reserved1'")
        self.assertNotIn("enable", err)

    def test_marked_reserved_names_pass(self):
        status, _, err = self.validate(", reserved: true")
        self.assertEqual(status, 0, err)


if __name__ == "__main__":
    unittest.main()
