"""The targets table (hvgenlib/targets.py) against the kernel output profile's files
(generator/profiles.yaml), which state the same families and arch folders; its guard macros;
and a tree's family told by its marker file."""

import os
import tempfile
import unittest

import helpers  # noqa: F401 (puts generator/ on sys.path)
from hvgenlib.profiles import load_profiles
from hvgenlib.targets import ARCH_TABLE, ARCHES, FAMILIES, detect_family

KERNEL_PREFIX = "linux/"


def kernel_files():
    """{tree path: output file} of the kernel profile."""
    return {o.file[len(KERNEL_PREFIX):]: o for o in load_profiles()["kernel"]}


class FamilyTableTest(unittest.TestCase):
    def test_every_kernel_profile_file_belongs_to_one_family_of_its_view(self):
        for path, output in kernel_files().items():
            owners = [f.name for f in FAMILIES.values() if f.owns(path)]
            self.assertEqual(len(owners), 1, f"{path}: owned by {owners}")
            self.assertEqual(FAMILIES[owners[0]].view, output.view, path)

    def test_markers_and_tops_are_the_familys_own_profile_files(self):
        files = kernel_files()
        for family in FAMILIES.values():
            self.assertEqual(set(family.tops), set(ARCHES), family.name)
            for path in (family.marker,) + sum(family.tops.values(), ()):
                self.assertIn(path, files, family.name)
                self.assertTrue(family.owns(path), f"{family.name}: {path}")

    def test_arch_folders_are_the_profiles(self):
        for path, output in kernel_files().items():
            if path.startswith("arch/"):
                self.assertIsNotNone(output.arch, path)
                self.assertEqual(path.split("/")[1], ARCH_TABLE[output.arch].kernel_dir, path)

    def test_detection_by_marker_7x_first(self):
        with tempfile.TemporaryDirectory() as tree:
            with self.assertRaises(ValueError) as caught:
                detect_family(tree)
            for family in FAMILIES.values():
                self.assertIn(f"{family.marker} ({family.name})", str(caught.exception))
            for name in reversed(list(FAMILIES)):  # 6.12's marker first, then 7.x's too
                path = os.path.join(tree, FAMILIES[name].marker)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                open(path, "w").close()
                self.assertEqual(detect_family(tree), name)


class ArchTableTest(unittest.TestCase):
    def test_the_guard_macro_is_defined_for_its_arch_only(self):
        for arch, row in ARCH_TABLE.items():
            self.assertIn(row.config, row.defines, arch)
            for other, other_row in ARCH_TABLE.items():
                if other != arch:
                    self.assertNotIn(row.config, other_row.defines, f"{arch} in {other}")


if __name__ == "__main__":
    unittest.main()
