"""Malformed specs: hvgen must exit 2 with a located diagnostic, no traceback, outputs untouched.

Each tests/robustness/bad/*.yaml (or directory of *.yaml) is a complete spec whose first line
is `# expect: LINE:COL: error: [CODE]`. A few inputs that cannot sit in git (an empty file, a
100 MB file, UTF-16, a FIFO, too many nodes) are made in a temp dir at test time.
"""

import os
import re
import shutil
import subprocess
import tempfile
import time
import unittest

from common import snapshot

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HVGEN = os.path.join(ROOT, "generator", "hvgen")
BAD = os.path.join(HERE, "bad")
EXPECT = re.compile(rb"^# expect: (\d+:\d+: error: \[[a-z0-9-]+\])\n")
SENTINELS = {"hyperv-tlfs.h": b"/* sentinel tlfs */\n", "hvhdk.h": b"/* sentinel hdk */\n",
             "unrelated.txt": b"keep me\n"}
TIMEOUT = 60


class _Runner(unittest.TestCase):
    def run_spec(self, populate, expect_file, expect, max_seconds=TIMEOUT):
        """populate(spec_dir) writes the spec; expect is `LINE:COL: error: [CODE]`."""
        with tempfile.TemporaryDirectory(prefix="hvgen-bad-") as tmp:
            spec = os.path.join(tmp, "spec")
            out = os.path.join(tmp, "out")
            os.mkdir(spec)
            os.mkdir(out)
            for name, data in SENTINELS.items():
                with open(os.path.join(out, name), "wb") as handle:
                    handle.write(data)
            before = snapshot(out)
            populate(spec)
            start = time.monotonic()
            proc = subprocess.run([HVGEN, "generate", "--spec", spec, "--out", out],
                                  capture_output=True, timeout=TIMEOUT, cwd=tmp,
                                  env=dict(os.environ, HVGEN_CACHE_DIR=os.path.join(tmp, "c")))
            elapsed = time.monotonic() - start
            stdout = proc.stdout.decode("utf-8", "replace")
            stderr = proc.stderr.decode("utf-8", "replace")
            self.assertNotIn("Traceback", stdout + stderr)
            self.assertEqual(proc.returncode, 2, f"stdout:\n{stdout}\nstderr:\n{stderr}")
            want = f"{os.path.relpath(os.path.join(spec, expect_file), tmp)}:{expect}"
            self.assertIn(want, stderr, f"expected `{want}` in:\n{stderr}")
            self.assertEqual(snapshot(out), before, "the output folder changed")
            self.assertLess(elapsed, max_seconds, f"took {elapsed:.1f} s")


class BadInputs(_Runner):
    """One test per entry of tests/robustness/bad/ (added below)."""


def _expectation(path):
    with open(path, "rb") as handle:
        match = EXPECT.match(handle.read(200))
    return match.group(1).decode() if match else None


def _corpus_test(entry):
    source = os.path.join(BAD, entry)
    if os.path.isdir(source):
        files = sorted(f for f in os.listdir(source) if f.endswith(".yaml"))
        marked = [(f, _expectation(os.path.join(source, f))) for f in files]
        marked = [(f, e) for f, e in marked if e]
        assert len(marked) == 1, f"{entry}: exactly one file needs an `# expect:` line"
        expect_file, expect = marked[0]

        def populate(spec):
            for f in files:
                shutil.copy(os.path.join(source, f), spec)
    else:
        expect_file, expect = entry, _expectation(source)
        assert expect, f"{entry}: the first line must be `# expect: LINE:COL: error: [CODE]`"

        def populate(spec):
            shutil.copy(source, spec)

    def test(self):
        self.run_spec(populate, expect_file, expect)
    return test


for _entry in sorted(os.listdir(BAD)):
    _name = "test_" + re.sub(r"\W", "_", _entry.rsplit(".yaml", 1)[0])
    setattr(BadInputs, _name, _corpus_test(_entry))


def _write(name, data):
    def populate(spec):
        with open(os.path.join(spec, name), "wb") as handle:
            handle.write(data)
    return populate


class MadeAtTestTime(_Runner):
    def test_empty_file(self):
        self.run_spec(_write("empty.yaml", b""), "empty.yaml", "1:1: error: [empty]")

    def test_utf16(self):
        self.run_spec(_write("utf16.yaml", "definitions: []\n".encode("utf-16")), "utf16.yaml",
                      "1:1: error: [encoding]")

    def test_huge_file(self):
        """A 101 MB file is refused from its size alone, quickly."""
        def populate(spec):
            with open(os.path.join(spec, "huge.yaml"), "wb") as handle:
                handle.write(b"definitions:\n")
                line = b"  - {define: HV_X, value: 1, visibility: hdk}  # padding padding\n"
                block = line * (1 << 14)
                while handle.tell() < 101 * 1024 * 1024:
                    handle.write(block)
        self.run_spec(populate, "huge.yaml", "1:1: error: [too-big]", max_seconds=10)

    def test_too_many_nodes(self):
        """Under the byte limit but over the node limit: stops at the first node too many."""
        data = b"definitions: [" + b"1," * 1_500_000 + b"]\n"
        self.run_spec(_write("wide.yaml", data), "wide.yaml", "1:200009: error: [too-big]", max_seconds=10)

    def test_deep_nesting(self):
        depth = 200_000
        data = b"definitions: " + b"[" * depth + b"]" * depth + b"\n"
        self.run_spec(_write("deep.yaml", data), "deep.yaml", "1:77: error: [too-big]",
                      max_seconds=10)

    @unittest.skipUnless(hasattr(os, "mkfifo"), "needs FIFOs")
    def test_fifo(self):
        """A FIFO named *.yaml would block a plain open(); it must be refused instead."""
        self.run_spec(lambda spec: os.mkfifo(os.path.join(spec, "pipe.yaml")), "pipe.yaml",
                      "1:1: error: [io]", max_seconds=10)


class FileNames(unittest.TestCase):
    """A file or folder whose name is not UTF-8 (os.fsdecode makes its bytes surrogates, which
    no UTF-8 header can hold: `generate` wrote the banner and died with a traceback) is one
    located error in every command that walks a folder, and nothing is written."""

    ERROR = ": error: [file-name] "

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="hvgen-names-")
        self.addCleanup(shutil.rmtree, self.tmp)
        self.spec = os.path.join(self.tmp, "spec")
        shutil.copytree(os.path.join(HERE, "fixture", "spec"), self.spec)
        self.good = os.path.join(self.tmp, "good")
        shutil.copytree(self.spec, self.good)
        with open(os.fsencode(self.spec) + b"/x\xff.yaml", "wb") as handle:
            handle.write(b"definitions:\n  - {define: HV_NAMED_BADLY, value: 1, visibility: hdk}\n")
        os.mkdir(os.fsencode(self.spec) + b"/d\xfe")
        with open(os.fsencode(self.spec) + b"/d\xfe/y.yaml", "wb") as handle:
            handle.write(b"definitions: []\n")
        self.tlfs = os.path.join(self.tmp, "tlfs")
        os.mkdir(self.tlfs)
        with open(os.path.join(self.tlfs, "page.md"), "w", encoding="utf-8") as handle:
            handle.write("# Page\n")
        with open(os.fsencode(self.tlfs) + b"/p\xff.md", "wb") as handle:
            handle.write(b"# Page\n")
        self.out = os.path.join(self.tmp, "out")
        os.mkdir(self.out)
        with open(os.path.join(self.out, "keep.txt"), "wb") as handle:
            handle.write(b"keep me\n")

    def hvgen(self, *argv):
        before = snapshot(self.spec)
        proc = subprocess.run([HVGEN, *argv], capture_output=True, timeout=TIMEOUT, cwd=self.tmp,
                              env=dict(os.environ, HVGEN_CACHE_DIR=os.path.join(self.tmp, "c")))
        stderr = proc.stderr.decode("utf-8", "replace")
        self.assertNotIn("Traceback", proc.stdout.decode("utf-8", "replace") + stderr)
        self.assertEqual(proc.returncode, 2, stderr)
        self.assertEqual(snapshot(self.out), {"keep.txt": b"keep me\n"})
        self.assertEqual(snapshot(self.spec), before)  # `fmt` rewrote no file either
        return stderr

    def test_every_command_that_walks_the_spec(self):
        for argv in (["generate", "--spec", "spec", "--out", "out"],
                     ["generate", "--spec", "spec", "--out", "out", "--depfile", "out/d"],
                     ["check", "--spec", "spec", "--out", "out"], ["validate", "--spec", "spec"],
                     ["fmt", "--spec", "spec", "--check"], ["fmt", "--spec", "spec"],
                     ["diff", "spec", "good"], ["diff", "good", "spec"],
                     ["report", "--spec", "spec", "--out-md", "out/r.md"]):
            with self.subTest(argv=argv):
                stderr = self.hvgen(*argv)
                self.assertIn("spec/x\\xff.yaml:1:1" + self.ERROR, stderr)
                self.assertIn("spec/d\\xfe/y.yaml:1:1" + self.ERROR, stderr)

    def test_tlfs_pages(self):
        stderr = self.hvgen("tlfs", "--spec", "good", "--tlfs", "tlfs")
        self.assertIn("tlfs/p\\xff.md: the page's name is not UTF-8", stderr)


class DiffNotASpec(unittest.TestCase):
    """`diff` handed a big folder that is not a spec refuses it in one line (it loaded every
    YAML file of it: 20,000 files, 5,000 of them device-tree bindings, printed 10,001 lines),
    and a spec with many broken files prints its first errors and a count."""

    BINDING = ("%YAML 1.2\n---\n$id: http://devicetree.org/schemas/x{n}.yaml#\ntitle: X{n}\n"
               "properties:\n  compatible:\n    const: vendor,x{n}\nrequired: [compatible]\n")

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="hvgen-notspec-")
        self.addCleanup(shutil.rmtree, self.tmp)
        self.tree = os.path.join(self.tmp, "tree")
        for n in range(2000):
            folder = os.path.join(self.tree, f"d{n // 100:02}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"x{n}.yaml" if n % 4 == 0 else f"x{n}.c"), "w",
                      encoding="utf-8") as handle:
                handle.write(self.BINDING.format(n=n) if n % 4 == 0 else "int x;\n")
        self.spec = os.path.join(self.tmp, "spec")
        shutil.copytree(os.path.join(HERE, "fixture", "spec"), self.spec)

    def diff(self, old, new):
        start = time.monotonic()
        proc = subprocess.run([HVGEN, "diff", old, new], capture_output=True, timeout=TIMEOUT,
                              cwd=self.tmp, env=dict(os.environ, HVGEN_NO_CACHE="1"))
        stderr = proc.stderr.decode("utf-8", "replace")
        self.assertNotIn("Traceback", stderr)
        self.assertEqual(proc.returncode, 2, stderr)
        self.assertLess(time.monotonic() - start, 30)
        return stderr.splitlines()

    def test_a_tree_that_is_not_a_spec_is_refused_in_one_line(self):
        for old, new in (("tree", "spec"), ("spec", "tree")):
            with self.subTest(old=old):
                self.assertEqual(self.diff(old, new), [
                    "hvgen diff: error: tree is not a spec folder (none of its 500 *.yaml "
                    "file(s) has a top-level `definitions:`)"])
        os.mkdir(os.path.join(self.tmp, "empty"))
        self.assertEqual(self.diff("empty", "spec"), [
            "hvgen diff: error: empty is not a spec folder (no *.yaml files below it)"])

    def test_many_errors_are_counted_not_all_printed(self):
        shutil.copytree(self.spec, os.path.join(self.tree, "hv"))
        lines = self.diff("tree", "spec")
        self.assertEqual(len(lines), 101, lines[-1])
        self.assertRegex(lines[-1], r"^hvgen diff: tree: \d+ spec error\(s\) \(\d+ more not shown\)$")


if __name__ == "__main__":
    unittest.main()
