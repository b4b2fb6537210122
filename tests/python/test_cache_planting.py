"""Entries planted in the cache folder (which may be shared: a CI cache, a world-writable
XDG_CACHE_HOME) neither run code nor change output.

Planted at every path hvgen opens in the cache folder (found by tracing real runs with an audit
hook, so a cache added later is covered too) and at the names the caches hvgen used to keep
there would read: Jinja's bytecode files and the per-file spec entries. Two payloads: one that
runs code when loaded (a pickle that creates a marker file; Jinja's bytecode format with such a
pickle and marshalled code), one that lies (the genuine output entry with a header edited, its
seal kept or forged; a spec entry holding altered data). After each, `hvgen generate` into a
fresh folder must write exactly what an uncached run writes, `check` must pass, and no marker
may exist. A last test checks the key side: every file a run reads is a spec file, a generator
file, or a file its cache entry names with a digest.
"""

import hashlib
import importlib.util
import json
import marshal
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import unittest

import jinja2.bccache

from helpers import ROOT

HVGEN = os.path.join(ROOT, "generator", "hvgen")
GENERATOR = os.path.join(ROOT, "generator")
SPEC = os.path.join(ROOT, "spec")
TEMPLATES = os.path.join(GENERATOR, "hvgenlib", "templates")

# Runs hvgen with an audit hook that records every file it opens: (path, for writing).
TRACER = r"""
import atexit, json, os, runpy, sys
log, argv = sys.argv[1], sys.argv[2:]
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], str):
        mode, flags = args[1], args[2] or 0
        writing = bool(mode and set(mode) & set("wax+")) or bool(flags & (os.O_WRONLY | os.O_RDWR))
        opened.append((os.path.abspath(args[0]), writing))
def dump():
    with open(log, "w") as handle:
        json.dump(opened, handle)
atexit.register(dump)
leave = os._exit  # the launcher leaves by os._exit, which runs no atexit handler
os._exit = lambda code: (dump(), leave(code))
sys.addaudithook(hook)
sys.argv = argv
runpy.run_path(argv[0], run_name="__main__")
"""


class _Marker:
    """Unpickling this creates the marker file: the proof that loading an entry ran code."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return open, (self.path, "w")


def _digest(*parts):  # the length-prefixed sha256 the old per-file cache named entries with
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(len(part).to_bytes(8, "little"))
        hasher.update(part)
    return hasher.hexdigest()


def _stamp(module):
    spec = importlib.util.find_spec(module)
    info = os.stat(spec.origin)
    return f"{spec.origin}:{info.st_size}:{info.st_mtime_ns}".encode()


def old_spec_entry_names():
    """Names the per-file spec cache (until this change) looked up for today's spec files."""
    here = os.path.join(GENERATOR, "hvgenlib")
    parts = [sys.version.encode(), _stamp("yaml"), _stamp("jsonschema")]
    for path in (os.path.join(here, "load.py"), os.path.join(here, "schema.py"),
                 os.path.join(GENERATOR, "schema", "spec.schema.yaml")):
        with open(path, "rb") as handle:
            parts.append(handle.read())
    stamp = _digest(*parts).encode()
    names = []
    for root, _, files in os.walk(SPEC):
        for name in files:
            if name.endswith(".yaml"):
                with open(os.path.join(root, name), "rb") as handle:
                    names.append(f"spec-{_digest(stamp, handle.read())}.pickle")
    return names


def old_jinja_names():
    """Names Jinja's FileSystemBytecodeCache gives the templates' bytecode."""
    cache = jinja2.bccache.FileSystemBytecodeCache(".")
    return [cache.pattern % cache.get_cache_key(name, os.path.normpath(
        os.path.join(TEMPLATES, name))) for name in sorted(os.listdir(TEMPLATES))]


def read_tree(folder):
    found = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                found[os.path.relpath(path, folder)] = handle.read()
    return found


class PlantedEntries(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="hvgen-plant-")
        self.addCleanup(shutil.rmtree, self.tmp)
        self.cache = os.path.join(self.tmp, "cache")
        self.marker = os.path.join(self.tmp, "code-ran")
        self.env = dict(os.environ, HVGEN_CACHE_DIR=self.cache,
                        XDG_CACHE_HOME=os.path.join(self.tmp, "xdg-cache"),
                        XDG_STATE_HOME=os.path.join(self.tmp, "state"))
        self.env.pop("HVGEN_NO_CACHE", None)
        self.expected = os.path.join(self.tmp, "expected")
        self.hvgen("generate", "--out", self.expected, HVGEN_NO_CACHE="1")
        self.runs = 0

    def hvgen(self, *argv, expect=0, trace=None, **env):
        command = [sys.executable, HVGEN, *argv]
        if trace:
            command = [sys.executable, "-c", TRACER, trace, HVGEN, *argv]
        proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT,
                              env=dict(self.env, **env), timeout=60)
        self.assertEqual(proc.returncode, expect, proc.stdout + proc.stderr)
        self.assertNotIn("Traceback", proc.stderr)

    def traced(self, *argv):
        log = os.path.join(self.tmp, f"trace-{self.runs}.json")
        self.runs += 1
        self.hvgen(*argv, trace=log)
        with open(log, encoding="utf-8") as handle:
            return [(path, writing) for path, writing in json.load(handle)]

    def cache_names(self, *argv):
        """The names in the cache folder one traced run opened to read."""
        return {os.path.basename(path) for path, writing in self.traced(*argv)
                if os.path.dirname(path) == self.cache and not writing}

    def names_read_in_cache(self):
        """Run twice (a miss that stores, then a hit); every cache file either run opened.
        Every run of these tests is traced the same way, so each computes the same key."""
        names = set()
        for run in ("miss", "hit"):
            names |= self.cache_names("generate", "--out", os.path.join(self.tmp, run))
        self.assertTrue(any(n.startswith("outputs-") for n in names), names)
        return names

    def assert_harmless(self, what, planted=()):
        """No marker, the uncached run's outputs, and (when told which) the planted entries
        were really opened: a plant under a name no run reads would prove nothing."""
        out = os.path.join(self.tmp, f"out-{self.runs}")
        opened = self.cache_names("generate", "--out", out)
        opened |= self.cache_names("check", "--out", self.expected)
        self.assertFalse(os.path.exists(self.marker), f"{what}: a planted entry ran code")
        self.assertEqual(read_tree(out), read_tree(self.expected),
                         f"{what}: a planted entry changed the output")
        self.assertLessEqual(set(planted), opened, f"{what}: a planted entry was never read")

    def plant(self, names, payload):
        for name in names:
            with open(os.path.join(self.cache, name), "wb") as handle:
                handle.write(payload(name))

    def code_payload(self, name):
        code = pickle.dumps(_Marker(self.marker))
        if name.endswith(".cache"):  # Jinja's format: magic, pickled checksum, marshalled code
            body = compile(f"open({self.marker!r}, 'w')", "<planted>", "exec")
            return jinja2.bccache.bc_magic + code + marshal.dumps(body)
        return code

    def test_planted_code_never_runs(self):
        read = self.names_read_in_cache()
        self.plant(read | set(old_jinja_names()) | set(old_spec_entry_names()), self.code_payload)
        self.assert_harmless("code", planted=read)
        with open(os.path.join(self.cache, sorted(old_jinja_names())[0]), "rb") as handle:
            self.assertTrue(handle.read().startswith(jinja2.bccache.bc_magic))  # still planted

    def test_planted_lies_never_change_output(self):
        names = self.names_read_in_cache()
        entries = [n for n in names if n.startswith("outputs-")]
        for name in entries:
            with open(os.path.join(self.cache, name), "rb") as handle:
                seal, body = handle.read().split(b"\n", 1)
            entry = json.loads(body)
            victim = sorted(entry["outputs"])[0]
            entry["outputs"][victim] = "#error planted\n" + entry["outputs"][victim]
            lie = json.dumps(entry, sort_keys=True).encode()
            for forged in (seal, hashlib.sha256(lie).hexdigest().encode(), b""):
                self.plant([name], lambda _: forged + b"\n" + lie)
                self.assert_harmless(f"edited output entry, seal {forged[:8]!r}", [name])
        spec_lie = pickle.dumps(({"definitions": [{"define": "HV_PLANTED", "value": 1,
                                                   "visibility": "hdk"}]}, {}, {}))
        self.plant(old_spec_entry_names(), lambda _: spec_lie)
        self.assert_harmless("spec entry")

    def test_planted_fifos_and_links_are_skipped(self):
        """A FIFO would make a plain open() wait forever; a link could point at /dev/zero."""
        names = sorted(self.names_read_in_cache())
        for plant in (os.mkfifo, lambda path: os.symlink("/dev/zero", path),
                      lambda path: os.symlink(os.path.join(self.expected, "hvhdk.h"), path)):
            for name in names:
                path = os.path.join(self.cache, name)
                if os.path.lexists(path):
                    os.unlink(path)
                plant(path)
            self.assert_harmless(f"{plant}", names)

    def test_the_key_covers_every_file_a_run_reads(self):
        out = os.path.join(self.tmp, "keyed")
        opened = self.traced("generate", "--out", out)
        entries = [p for p in os.listdir(self.cache) if p.startswith("outputs-")]
        self.assertEqual(len(entries), 1)
        with open(os.path.join(self.cache, entries[0]), "rb") as handle:
            executed = set(json.loads(handle.read().split(b"\n", 1)[1])["executed"])
        spec = os.path.realpath(SPEC) + os.sep
        own = (spec, os.path.realpath(GENERATOR) + os.sep, self.tmp + os.sep, "/proc/", "/dev/")
        uncovered = set()
        for path, writing in opened:
            if writing or not os.path.isfile(path) or path.startswith(own):
                continue
            if "__pycache__" in path:  # the interpreter's bytecode of a module it imported
                path = importlib.util.source_from_cache(path)
            if path not in executed:
                uncovered.add(path)
        self.assertEqual(uncovered, set(), "read by a run but in no key")
        self.assertTrue(any(p.startswith(spec) for p, _ in opened))


if __name__ == "__main__":
    unittest.main()
