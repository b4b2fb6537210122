"""The loader's two ways of locating a node agree: the position it keeps for each mapping
while reading (what a valid run asks for: definitions, members, enum values) and the table of
every node's and key's position by path that it makes only when an error needs one."""

import os
import sys
import tempfile
import unittest

from helpers import ROOT

sys.path.insert(0, os.path.join(ROOT, "generator"))
from hvgenlib import load  # noqa: E402
from hvgenlib.diagnostics import Diagnostics, Loc  # noqa: E402


def mappings(node, path=()):
    """(mapping, its path) for every mapping below NODE, NODE included."""
    if isinstance(node, dict):
        yield node, path
        for key, value in node.items():
            yield from mappings(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from mappings(value, path + (index,))


def count_nodes(node):
    if isinstance(node, dict):
        return 1 + sum(count_nodes(v) for v in node.values())
    if isinstance(node, list):
        return 1 + sum(count_nodes(v) for v in node)
    return 1


class PositionsAgree(unittest.TestCase):
    def load(self, folder):
        diag = Diagnostics()
        specs = load.load_spec(folder, diag)
        self.assertFalse(diag.has_errors)
        return specs

    def test_every_mapping_of_the_real_spec(self):
        specs = self.load(os.path.join(ROOT, "spec"))
        checked = 0
        for spec in specs:
            self.assertIsNone(spec._locs, "a valid file's paths are read only when asked")
            for node, path in mappings(spec.data):
                self.assertIn(id(node), spec.mapping_pos)
                kept = spec.node_loc(node, path)
                self.assertEqual(kept, spec.loc(path), (spec.path, path))
                self.assertEqual(kept, Loc(spec.path, *spec.locs[path]))
                checked += 1
        self.assertGreater(checked, 3500)  # 3,706 mappings at 800 definitions

    def test_every_node_and_key_has_a_path_position(self):
        text = ("defaults:\n  visibility: hdk\ndefinitions:\n"
                "  - struct: a\n    members:\n      - name: x\n        type: u32\n"
                "      - {name: y, type: u8, bits: 3}\n")
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, "a.yaml"), "w", encoding="utf-8") as handle:
                handle.write(text)
            spec, = self.load(tmp)
        # every node has one (the root as ()), the value `defaults:` gave a definition too
        defaulted = ("definitions", 0, "visibility")
        self.assertEqual(len(spec.locs), count_nodes(spec.data))
        self.assertEqual(spec.loc(("definitions", 0, "members", 1, "bits")), Loc(spec.path, 8, 35))
        self.assertEqual(spec.key_loc(("definitions", 0, "members", 0, "type")),
                         Loc(spec.path, 7, 9))
        self.assertEqual(spec.loc(defaulted), spec.loc(("defaults", "visibility")))
        self.assertEqual(spec.node_loc(spec.data["definitions"][0]["members"][1],
                                       ("definitions", 0, "members", 1)), Loc(spec.path, 8, 9))


if __name__ == "__main__":
    unittest.main()
