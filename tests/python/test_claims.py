"""A documented definition's claim: a citation or a derivation from a documented definition
(`derived_from:`), whose target must exist, be documented and not itself be derived."""

import os
import tempfile
import textwrap
import unittest

from helpers import run_hvgen

SPEC = textwrap.dedent("""\
    definitions:
      - {define: HV_TEST_REG, value: 0x40000070, visibility: documented, tlfs: timers.md}
      - {define: HV_TEST_HDK, value: 1, visibility: hdk}
      - {define: HV_TEST_MASK, value: "BIT(0)", visibility: documented, derived_from: @}
    """)


class ClaimTest(unittest.TestCase):
    def validate(self, source, extra=""):
        with tempfile.TemporaryDirectory() as spec:
            with open(os.path.join(spec, "t.yaml"), "w", encoding="utf-8") as handle:
                handle.write(SPEC.replace("@", source) + extra)
            return run_hvgen("validate", "--spec", spec)

    def test_derived_from_a_documented_definition_needs_no_citation(self):
        status, _, err = self.validate("HV_TEST_REG")
        self.assertEqual(status, 0, err)

    def test_derived_from_an_unknown_name_is_a_located_error(self):
        status, _, err = self.validate("HV_TEST_NOPE")
        self.assertEqual(status, 2, err)
        self.assertRegex(err, r"t\.yaml:4:5: error: \[claim\] 'HV_TEST_MASK' is derived_from "
                              r"'HV_TEST_NOPE', which the spec does not define")

    def test_derived_from_an_hdk_definition_is_an_error(self):
        status, _, err = self.validate("HV_TEST_HDK")
        self.assertEqual(status, 2, err)
        self.assertRegex(err, r"t\.yaml:4:5: error: \[claim\] .* which is hdk")

    def test_a_chain_of_derivations_is_an_error(self):
        extra = ("  - {define: HV_TEST_SHIFT, value: 3, visibility: documented, "
                 "derived_from: HV_TEST_MASK}\n")
        status, _, err = self.validate("HV_TEST_REG", extra)
        self.assertEqual(status, 2, err)
        self.assertRegex(err, r"t\.yaml:5:5: error: \[claim\] 'HV_TEST_SHIFT' .* itself derived")

    def test_documented_without_citation_or_derivation_is_a_schema_error(self):
        spec_text = "definitions:\n  - {define: HV_TEST_X, value: 1, visibility: documented}\n"
        with tempfile.TemporaryDirectory() as spec:
            with open(os.path.join(spec, "t.yaml"), "w", encoding="utf-8") as handle:
                handle.write(spec_text)
            status, _, err = run_hvgen("validate", "--spec", spec)
        self.assertEqual(status, 2, err)
        self.assertIn("t.yaml:2:5: error:", err)


if __name__ == "__main__":
    unittest.main()
