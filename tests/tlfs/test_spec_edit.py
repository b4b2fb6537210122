"""spec_edit: --apply's edits change the keys they set and no other byte of the file (issue 17)."""

import difflib
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "generator"))
from hvgenlib.tlfs.spec_edit import EditError, edit_text, yaml_scalar  # noqa: E402

SPEC = """# YAML 1.1 spellings another library would rewrite
definitions:
  - define: HV_OCTAL
    value: -010
    visibility: hdk

  - define: HV_HEX
    value: -0x10   # stays
    visibility: hdk

  - {define: HV_FLOW, value: 1_000, visibility: hdk}

  - struct: hv_wide
    visibility:   hdk
    members:
        - {name: a, type: u64}
"""


def promote(definition):
    definition.set("visibility", "documented")
    definition.set("tlfs", "hypercalls/HvCallDemo.md#input")
    return True


def changed_lines(old, new):
    """(removed, added) lines between two texts."""
    diff = list(difflib.ndiff(old.splitlines(True), new.splitlines(True)))
    return ([d[2:] for d in diff if d.startswith("- ")], [d[2:] for d in diff if d.startswith("+ ")])


class SpecEditTest(unittest.TestCase):
    def edit_all(self, text):
        names = [("HV_OCTAL", 3), ("HV_HEX", 7), ("HV_FLOW", 11), ("hv_wide", 13)]
        return edit_text(text, [(name, line, promote) for name, line in names])

    def test_only_the_set_keys_change(self):
        new, done = self.edit_all(SPEC)
        self.assertEqual(len(done), 4)
        removed, added = changed_lines(SPEC, new)
        self.assertEqual(removed, ["    visibility: hdk\n", "    visibility: hdk\n",
                                   "  - {define: HV_FLOW, value: 1_000, visibility: hdk}\n",
                                   "    visibility:   hdk\n"])
        self.assertEqual(added, [
            "    visibility: documented\n", "    tlfs: hypercalls/HvCallDemo.md#input\n",
            "    visibility: documented\n", "    tlfs: hypercalls/HvCallDemo.md#input\n",
            "  - {define: HV_FLOW, value: 1_000, visibility: documented, "
            "tlfs: hypercalls/HvCallDemo.md#input}\n",
            "    visibility:   documented\n", "    tlfs: hypercalls/HvCallDemo.md#input\n"])
        self.assertIn("    value: -010\n", new)
        self.assertIn("    value: -0x10   # stays\n", new)

    def test_crlf_and_bom_survive(self):
        text = "\ufeff" + SPEC.replace("\n", "\r\n")
        new, _ = self.edit_all(text)
        self.assertTrue(new.startswith("\ufeff# YAML 1.1"))
        self.assertNotIn("\n", new.replace("\r\n", ""), "a bare LF crept in")
        plain, _ = self.edit_all(SPEC)
        self.assertEqual(new, "\ufeff" + plain.replace("\n", "\r\n"))

    def test_scalars_that_need_quotes(self):
        self.assertEqual(yaml_scalar("hypercalls/HvCallX.md#a"), "hypercalls/HvCallX.md#a")
        for value in ("yes", "null", "0x10", "2001-01-01", "a: b", "x #y", "~"):
            self.assertEqual(yaml_scalar(value), f'"{value}"')

    def test_an_edit_that_would_change_other_data_is_refused(self):
        def sneaky(definition):
            definition.edits.append((0, 0, "extra: 1\n"))  # not through set(): must be caught
            return True
        with self.assertRaises(EditError):
            edit_text(SPEC, [("HV_OCTAL", 3, sneaky)])


if __name__ == "__main__":
    unittest.main()
