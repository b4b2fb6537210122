"""Text from the spec cannot leave the C comment it is written into (issue 17)."""

import os
import subprocess
import tempfile
import unittest

from helpers import run_hvgen
from hvgenlib.ctext import comment_text

SPEC = """definitions:
  - define: HV_A
    value: 1
    visibility: hdk
    description: "ends early */ int smuggled; /* and reopens"
"""


def code_outside_comments(path):
    """The header with its comments removed, by the C preprocessor itself."""
    return subprocess.run(["gcc", "-fpreprocessed", "-dD", "-E", "-P", "-x", "c", path],
                          capture_output=True, text=True, check=True).stdout


class CommentTextTest(unittest.TestCase):
    def test_closers_and_openers_are_broken(self):
        self.assertEqual(comment_text("a */ b /* c"), "a * / b / * c")
        self.assertEqual(comment_text("**//**"), "** // **")
        self.assertNotIn("*/", comment_text("*/*/*/"))

    def test_description_and_folder_stay_inside_comments(self):
        with tempfile.TemporaryDirectory() as tmp:
            folder = os.path.join(tmp, "spec", "odd*")
            os.makedirs(folder)
            with open(os.path.join(folder, "a.yaml"), "w", encoding="utf-8") as handle:
                handle.write(SPEC)
            out = os.path.join(tmp, "out")
            status, _, stderr = run_hvgen("generate", "--spec", os.path.join(tmp, "spec"),
                                          "--out", out, "--profile", "default")
            self.assertEqual(status, 0, stderr)
            header = os.path.join(out, "hvhdk.h")
            with open(header, encoding="utf-8") as handle:
                text = handle.read()
            self.assertIn("ends early * / int smuggled; / * and reopens", text)
            self.assertIn("odd* /a.yaml", text)
            code = code_outside_comments(header)
            self.assertNotIn("smuggled", code)
            self.assertIn("#define HV_A", code)


if __name__ == "__main__":
    unittest.main()
