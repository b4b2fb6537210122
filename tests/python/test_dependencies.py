"""A missing Python module ends a subcommand with the apt-get line that installs it (exit 2)."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from helpers import ROOT
from hvgenlib.dependencies import missing_module_message, module_packages

HVGEN = os.path.join(ROOT, "generator", "hvgen")
TLFS = os.path.join(os.path.dirname(ROOT), "shared", "tlfs", "2025-12-15")


def run_without(module, *argv):
    """Run hvgen in a fresh interpreter in which `import <module>` fails as if not installed."""
    code = (f"import runpy, sys; sys.modules[{module!r}] = None; "
            f"sys.argv = ['hvgen'] + {list(argv)!r}; runpy.run_path({HVGEN!r}, run_name='__main__')")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)


class MissingModuleTest(unittest.TestCase):
    def test_every_imported_module_is_listed(self):
        table = module_packages()
        for module in ("yaml", "jinja2", "jsonschema", "clang.cindex"):
            self.assertIn(module, table)
        self.assertEqual(table["clang.cindex"], "python3-clang-14")

    def test_dotted_module_matched_by_its_first_missing_part(self):
        self.assertEqual(missing_module_message("import", "clang"),
                         "hvgen: error: import needs clang.cindex: apt-get install python3-clang-14")
        self.assertIn("this is a bug in hvgen", missing_module_message("import", "nosuchmodule"))

    def test_core_module_missing(self):
        result = run_without("yaml", "validate")
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(result.stderr.strip(),
                         "hvgen: error: validate needs yaml: apt-get install python3-yaml")
        self.assertNotIn("Traceback", result.stderr)

    @unittest.skipUnless(os.path.isdir(TLFS), "the TLFS snapshot is not beside the checkout")
    def test_tlfs_without_libclang(self):
        with tempfile.TemporaryDirectory() as tmp:
            spec = os.path.join(tmp, "spec")
            shutil.copytree(os.path.join(ROOT, "spec"), spec)
            result = run_without("clang", "tlfs", "--tlfs", TLFS, "--apply", "--spec", spec)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("hvgen: error: tlfs needs clang.cindex: apt-get install python3-clang-14",
                      result.stderr)
        self.assertNotIn("Traceback", result.stderr)


if __name__ == "__main__":
    unittest.main()
