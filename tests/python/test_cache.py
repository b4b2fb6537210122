"""The output cache (cache.py): a hit is byte for byte the uncached run; an entry that is not this
user's own, unaltered, made with today's inputs and libraries is never used; a cache folder that
cannot be written only costs time."""

import errno
import glob
import json
import os
import shutil
import stat
import tempfile
import unittest
from unittest import mock

from helpers import ROOT, run_hvgen
from hvgenlib import cache, pipeline
from hvgenlib.fingerprint import generation_key

SPEC = os.path.join(ROOT, "spec")


def read_tree(folder):
    found = {}
    for path in glob.glob(os.path.join(folder, "**", "*"), recursive=True):
        if os.path.isfile(path):
            with open(path, "rb") as handle:
                found[os.path.relpath(path, folder)] = handle.read()
    return found


class OutputCacheTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)
        self.dir = os.path.join(self.tmp, "cache")
        patcher = mock.patch.dict(os.environ, {"HVGEN_CACHE_DIR": self.dir,
                                               "XDG_STATE_HOME": os.path.join(self.tmp, "state")})
        patcher.start()
        self.addCleanup(patcher.stop)
        os.environ.pop("HVGEN_NO_CACHE", None)

    def entries(self):
        return sorted(glob.glob(os.path.join(self.dir, "outputs-*.json")))

    def generate(self, out):
        self.assertEqual(run_hvgen("generate", "--out", out)[0], 0)
        return read_tree(out)

    def uncached(self):
        with mock.patch.dict(os.environ, {"HVGEN_NO_CACHE": "1"}):
            return self.generate(os.path.join(self.tmp, "uncached"))

    def test_hit_is_the_uncached_run_and_skips_the_pipeline(self):
        expected = self.uncached()
        self.assertEqual(self.generate(os.path.join(self.tmp, "a")), expected)  # stores
        self.assertEqual(len(self.entries()), 1)
        with mock.patch.object(pipeline, "generate", side_effect=AssertionError("ran")):
            self.assertEqual(self.generate(os.path.join(self.tmp, "b")), expected)

    def test_entry_is_sealed_json_naming_the_libraries_it_ran(self):
        self.generate(os.path.join(self.tmp, "a"))
        with open(self.entries()[0], "rb") as handle:
            seal, body = handle.read().split(b"\n", 1)
        self.assertEqual(len(seal), 64)
        entry = json.loads(body)
        self.assertEqual(set(entry), {"format", "key", "outputs", "executed"})
        executed = entry["executed"]
        for library in ("yaml", "jinja2"):
            self.assertTrue(any(f"/{library}/__init__.py" in p for p in executed), library)
        self.assertFalse([p for p in executed if p.startswith(cache.GENERATOR_DIR)])

    def stored(self, key="k" * 64, outputs=None):
        cache.store_outputs(key, outputs or {"a.h": "int a;\n"})
        return os.path.join(self.dir, f"outputs-{key}.json")

    def test_an_edited_entry_is_refused(self):
        path = self.stored()
        with open(path, "rb") as handle:
            text = handle.read()
        with open(path, "wb") as handle:
            handle.write(text.replace(b"int a;", b"int b;"))
        self.assertIsNone(cache.load_outputs("k" * 64))

    def test_an_entry_sealed_by_another_secret_is_refused(self):
        path = self.stored()
        self.assertIsNotNone(cache.load_outputs("k" * 64))
        with mock.patch.dict(os.environ, {"XDG_STATE_HOME": os.path.join(self.tmp, "other")}):
            self.assertIsNone(cache.load_outputs("k" * 64))
            cache.store_outputs("k" * 64, {"a.h": "int a;\n"})  # the other user's own entry
        self.assertIsNone(cache.load_outputs("k" * 64))
        self.assertTrue(os.path.exists(path))

    def test_an_entry_renamed_to_another_key_is_refused(self):
        path = self.stored()
        os.rename(path, os.path.join(self.dir, f"outputs-{'j' * 64}.json"))
        self.assertIsNone(cache.load_outputs("j" * 64))

    def test_a_changed_library_file_is_a_miss(self):
        library = os.path.join(self.tmp, "library.py")
        with open(library, "w", encoding="utf-8") as handle:
            handle.write("x = 1\n")
        with mock.patch.object(cache, "executed_files", return_value=[library]):
            self.stored()
        self.assertIsNotNone(cache.load_outputs("k" * 64))
        with open(library, "w", encoding="utf-8") as handle:
            handle.write("x = 2\n")
        self.assertIsNone(cache.load_outputs("k" * 64))

    def test_untrusted_secret_means_no_cache(self):
        self.stored()
        secret = cache.secret_path()
        self.assertFalse(secret.startswith(self.dir + os.sep))  # sharing the cache shares no secret
        os.chmod(secret, 0o644)
        self.assertIsNone(cache.load_outputs("k" * 64))
        os.chmod(secret, 0o600)
        os.chmod(os.path.dirname(secret), 0o755)
        self.assertIsNone(cache.load_outputs("k" * 64))
        os.chmod(os.path.dirname(secret), 0o700)
        self.assertIsNotNone(cache.load_outputs("k" * 64))
        os.unlink(secret)
        os.symlink(os.path.join(self.tmp, "elsewhere"), secret)
        self.assertIsNone(cache.load_outputs("k" * 64))
        with mock.patch.object(os, "geteuid", return_value=os.geteuid() + 1):
            os.unlink(secret)
            self.assertIsNone(cache.load_outputs("k" * 64))  # a folder not "ours": refused

    def test_read_only_or_full_folder_runs_uncached(self):
        expected = self.uncached()
        failures = [OSError(errno.EROFS, "read-only"), OSError(errno.ENOSPC, "full")]
        for failure in failures:
            with self.subTest(failure=failure.strerror):
                shutil.rmtree(self.dir, ignore_errors=True)
                self.assertIsNotNone(cache._secret())  # so that the entry's write is what fails
                failing = mock.Mock(mkstemp=mock.Mock(side_effect=failure))
                with mock.patch.object(cache, "tempfile", failing):
                    out = os.path.join(self.tmp, failure.strerror)
                    self.assertEqual(self.generate(out), expected)
                self.assertEqual(os.listdir(self.dir), [])
        os.makedirs(self.dir, exist_ok=True)
        os.chmod(self.dir, stat.S_IRUSR | stat.S_IXUSR)  # truly read-only unless we are root
        self.addCleanup(os.chmod, self.dir, 0o700)
        self.assertEqual(self.generate(os.path.join(self.tmp, "ro")), expected)
        # a folder nobody can write, root included (Jinja's bytecode cache made this exit 2)
        for folder in ("/proc/self", os.path.join(ROOT, "README.md")):
            with mock.patch.dict(os.environ, {"HVGEN_CACHE_DIR": folder}):
                self.assertEqual(self.generate(os.path.join(self.tmp, "elsewhere")), expected)

    def test_a_torn_entry_is_a_miss_and_no_temp_file_stays(self):
        path = self.stored()
        with open(path, "r+b") as handle:
            handle.truncate(70)
        self.assertIsNone(cache.load_outputs("k" * 64))
        with mock.patch.object(cache.os, "replace", side_effect=OSError(errno.ENOSPC, "full")):
            cache.store_outputs("m" * 64, {"a.h": ""})
        self.assertEqual(sorted(os.listdir(self.dir)), [os.path.basename(path)])

    def test_only_the_newest_entries_are_kept(self):
        for n in range(cache.KEEP_OUTPUT_ENTRIES):
            path = self.stored(f"{n:064d}")
            os.utime(path, (n, n))
        self.assertIsNotNone(cache.load_outputs(f"{0:064d}"))  # a hit makes it the newest
        for name in "abc":
            self.stored(name * 64)
        kept = [os.path.basename(p)[8:-5] for p in self.entries()]
        self.assertEqual(len(kept), cache.KEEP_OUTPUT_ENTRIES)
        self.assertIn(f"{0:064d}", kept)
        self.assertNotIn(f"{1:064d}", kept)  # the least recently used went first
        self.assertIn("c" * 64, kept)

    def test_key_covers_every_spec_byte_and_generator_file(self):
        spec = os.path.join(self.tmp, "spec")
        shutil.copytree(SPEC, spec)
        key = generation_key(spec, None)
        self.assertEqual(generation_key(spec, None), key)
        self.assertNotEqual(generation_key(spec, ["kernel"]), key)
        first = sorted(glob.glob(os.path.join(spec, "*", "*.yaml")))[0]
        with open(first, "ab") as handle:
            handle.write(b" ")
        self.assertNotEqual(generation_key(spec, None), key)
        os.rename(first, first[:-5] + "-renamed.yaml")
        self.assertNotEqual(generation_key(spec, None), key)
        with mock.patch.dict(os.environ, {"HVGEN_NO_CACHE": "1"}):
            self.assertIsNone(generation_key(spec, None))  # nothing to look up: nothing read
        source = os.path.join(self.tmp, "source.py")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write("x = 1\n")
        with mock.patch("hvgenlib.fingerprint._generator_files", return_value=[source]):
            key = generation_key(spec, None)
            with open(source, "w", encoding="utf-8") as handle:
                handle.write("x = 2\n")
            self.assertNotEqual(generation_key(spec, None), key)


if __name__ == "__main__":
    unittest.main()
