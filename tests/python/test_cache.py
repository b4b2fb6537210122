"""The per-file cache of parsed, schema-checked spec files: a hit must be indistinguishable
from a parse, and a damaged, foreign or invalid entry must never be used."""

import glob
import os
import pickle
import shutil
import tempfile
import unittest
from unittest import mock

from helpers import FIXTURES, ROOT, run_hvgen
from hvgenlib import cache
from hvgenlib.diagnostics import Diagnostics
from hvgenlib.load import load_spec
from hvgenlib.schema import validate_schema

SPEC = os.path.join(ROOT, "spec")


def load_and_validate(spec_dir):
    diag = Diagnostics()
    specs = load_spec(spec_dir, diag)
    validate_schema(specs, diag)
    return specs, diag


class FrontEndCacheTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        patcher = mock.patch.dict(os.environ, {"HVGEN_CACHE_DIR": self.tmp})
        patcher.start()
        self.addCleanup(patcher.stop)
        self.addCleanup(shutil.rmtree, self.tmp)

    def entries(self):
        return sorted(glob.glob(os.path.join(self.tmp, "spec-*.pickle")))

    def test_hit_equals_parse(self):
        parsed, diag = load_and_validate(SPEC)
        self.assertFalse(diag.has_errors)
        self.assertFalse(any(s.validated for s in parsed))
        self.assertEqual(len(self.entries()), len(parsed))
        cached, diag = load_and_validate(SPEC)
        self.assertFalse(diag.has_errors)
        self.assertTrue(all(s.validated for s in cached))
        spelled = []
        for fresh, hit in zip(parsed, cached):
            self.assertEqual((fresh.path, fresh.data, fresh.locs, fresh.key_locs),
                             (hit.path, hit.data, hit.locs, hit.key_locs))
            self.assertEqual(self.spellings(fresh.data), self.spellings(hit.data))
            spelled += self.spellings(hit.data)
        self.assertIn("0x005c", spelled)

    def spellings(self, node, found=None):
        """Every SpelledInt's spelling: `0x005c` must survive the cache, not become `92`."""
        found = [] if found is None else found
        if isinstance(node, dict):
            for value in node.values():
                self.spellings(value, found)
        elif isinstance(node, list):
            for value in node:
                self.spellings(value, found)
        elif hasattr(node, "text"):
            found.append(node.text)
        return found

    def test_output_identical_with_and_without_cache(self):
        with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
            with mock.patch.dict(os.environ, {"HVGEN_NO_CACHE": "1"}):
                self.assertEqual(run_hvgen("generate", "--out", one)[0], 0)
            self.assertEqual(run_hvgen("generate", "--out", two)[0], 0)  # fills the cache
            os.unlink(glob.glob(os.path.join(self.tmp, "outputs-*"))[0])  # force the pipeline
            shutil.rmtree(two)
            self.assertEqual(run_hvgen("generate", "--out", two)[0], 0)  # front end from cache
            for path in glob.glob(os.path.join(one, "**", "*.*"), recursive=True):
                with open(path, "rb") as a, open(path.replace(one, two), "rb") as b:
                    self.assertEqual(a.read(), b.read(), path)

    def test_invalid_file_is_not_stored(self):
        bad = os.path.join(self.tmp, "bad-spec")
        os.mkdir(bad)
        shutil.copy(os.path.join(FIXTURES, "bad", "schema-key.yaml"), bad)
        _, diag = load_and_validate(bad)
        self.assertEqual({d.code for d in diag._items}, {"schema"})
        self.assertEqual(self.entries(), [])
        _, again = load_and_validate(bad)  # and is reported again on the next run
        self.assertEqual([str(d) for d in diag._items], [str(d) for d in again._items])

    def test_damaged_entry_is_recomputed(self):
        load_and_validate(SPEC)
        for path in self.entries():
            with open(path, "r+b") as handle:
                handle.truncate(10)
        specs, diag = load_and_validate(SPEC)
        self.assertFalse(diag.has_errors)
        self.assertFalse(any(s.validated for s in specs))

    def test_entry_naming_other_classes_is_refused(self):
        load_and_validate(SPEC)
        for path in self.entries():
            with open(path, "wb") as handle:
                pickle.dump(({"definitions": [os.system]}, {}, {}), handle)
        specs, diag = load_and_validate(SPEC)
        self.assertFalse(any(s.validated for s in specs))
        self.assertIsNone(cache.load_entry("spec", "absent"))

    def test_entries_are_pruned_least_recently_used_first(self):
        for n in range(6):
            cache.store_entry("spec", f"k{n}", n)
            os.utime(os.path.join(self.tmp, f"spec-k{n}.pickle"), (n, n))
        self.assertEqual(cache.load_entry("spec", "k0"), 0)  # a hit makes k0 the newest
        with mock.patch.object(cache, "KEEP_ENTRIES", 3):
            cache.prune("spec")
        self.assertEqual([os.path.basename(p) for p in self.entries()],
                         ["spec-k0.pickle", "spec-k4.pickle", "spec-k5.pickle"])

    def test_a_run_never_prunes_its_own_files(self):
        with mock.patch.object(cache, "KEEP_ENTRIES", 3):
            load_and_validate(SPEC)  # 46 files, far over 3
        self.assertEqual(len(self.entries()), len(glob.glob(os.path.join(SPEC, "*", "*.yaml"))))


if __name__ == "__main__":
    unittest.main()
