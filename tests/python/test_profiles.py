"""Kernel-profile placement: a definition must be able to see what it uses where the kernel
includes its file (hdk-file includes; 6.12's arch header pulls asm-generic in at its end)."""

import os
import tempfile
import textwrap
import unittest

from helpers import run_hvgen

SPEC = textwrap.dedent("""\
    defaults:
      visibility: documented
      tlfs: datatypes/hv_message.md
    definitions:
      - struct: hv_test_common
        hdk-file: hvhdk.h
        members:
          - {name: value, type: u64}
      - struct: hv_test_x86_user
        arch: x86_64
        hdk-file: hvgdk_mini.h
        members:
          - {name: common, type: struct hv_test_common}
    """)


class ProfileOrderTest(unittest.TestCase):
    def test_unreachable_dependencies_are_reported(self):
        with tempfile.TemporaryDirectory() as spec:
            with open(os.path.join(spec, "t.yaml"), "w", encoding="utf-8") as handle:
                handle.write(SPEC)
            status, _, stderr = run_hvgen("validate", "--spec", spec)
        self.assertEqual(status, 2)
        # 6.12: the x86 header is read before asm-generic, which holds hv_test_common
        self.assertIn("goes to linux/arch/x86/include/asm/hyperv-tlfs.h on x86_64 but needs "
                      "struct hv_test_common from linux/include/asm-generic/hyperv-tlfs.h", stderr)
        # 7.2: hvgdk_mini.h does not include hvhdk.h
        self.assertIn("goes to linux/include/hyperv/hvgdk_mini.h on x86_64 but needs struct "
                      "hv_test_common from linux/include/hyperv/hvhdk.h", stderr)
        self.assertIn("[profile-order]", stderr)


if __name__ == "__main__":
    unittest.main()
