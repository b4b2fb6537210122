"""One row naming two registers is two, for the audit's register-name repair and for
--import alike (names.register_pairs; the audit had HV_ARM64_REGISTER_CCSIDR_EL1 and
CCSIDR2_EL1 'not found')."""

import os
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib.tlfs.names import register_pairs as _register_pairs  # noqa: E402


class RegisterPairs(unittest.TestCase):
    def test_a_combined_row_is_two_registers_sharing_the_prefix(self):
        self.assertEqual(_register_pairs("HvArm64RegisterCcsidrEl1 / Ccsidr2El1",
                                         "0x00040030 /0x00040031"),
                         [("HvArm64RegisterCcsidrEl1", "0x00040030"),
                          ("HvArm64RegisterCcsidr2El1", "0x00040031")])

    def test_a_plain_row_is_one_register(self):
        self.assertEqual(_register_pairs("`HvX64RegisterRax`", "`0x00020000`"),
                         [("HvX64RegisterRax", "0x00020000")])

    def test_unequal_halves_are_no_register(self):
        self.assertEqual(_register_pairs("HvA / HvB", "0x1"), [])


if __name__ == "__main__":
    unittest.main()
