"""hvgen fmt: every spec file round-trips (same data, int spellings, comments, headers), fmt is
idempotent, YAML 1.1 corner cases keep their meaning, and the command's exit codes."""

import os
import shutil
import tempfile
import textwrap
import unittest

from helpers import ROOT, run_hvgen, snapshot
from hvgenlib.diagnostics import Diagnostics
from hvgenlib.fmt import format_text
from hvgenlib.fmt.verify import Changed, check_same
from hvgenlib.load import SpelledInt, list_spec_files, load_file
from hvgenlib.pipeline import generate

SPEC = os.path.join(ROOT, "spec")


def loaded(path):
    """What hvgen's loader reads from a file, in a form where 8, 0o10, True and '8' differ."""
    diag = Diagnostics()
    spec = load_file(path, path, diag)
    assert spec is not None and not diag.has_errors, path
    return typed(spec.data)


def typed(value):
    if isinstance(value, SpelledInt):
        return ("int", int(value), value.text)
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [typed(item) for item in value]
    return (type(value).__name__, value)


def comments(text):
    return sorted(line.strip() for line in text.splitlines() if line.strip().startswith("#"))


def fmt(text):
    return format_text(text, "<test>")


class RealSpecTest(unittest.TestCase):
    """Over a formatted copy of every spec file."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="hvgen-fmt-")
        cls.copy = os.path.join(cls.tmp, "spec")
        shutil.copytree(SPEC, cls.copy)
        cls.files = [os.path.relpath(p, SPEC) for p in list_spec_files(SPEC)]
        for rel in cls.files:
            path = os.path.join(cls.copy, rel)
            with open(path, encoding="utf-8") as handle:
                text = fmt(handle.read())
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def read(self, folder, rel):
        with open(os.path.join(folder, rel), encoding="utf-8") as handle:
            return handle.read()

    def test_every_file_reads_back_the_same(self):
        self.assertGreaterEqual(len(self.files), 40)
        for rel in self.files:
            with self.subTest(rel):
                self.assertEqual(loaded(os.path.join(SPEC, rel)),
                                 loaded(os.path.join(self.copy, rel)))

    def test_every_comment_is_kept(self):
        for rel in self.files:
            with self.subTest(rel):
                self.assertEqual(comments(self.read(SPEC, rel)),
                                 comments(self.read(self.copy, rel)))

    def test_formatting_is_idempotent(self):
        for rel in self.files:
            with self.subTest(rel):
                once = self.read(self.copy, rel)
                self.assertEqual(fmt(once), once)

    def test_generated_outputs_are_the_same(self):
        _, before = generate(SPEC)
        _, after = generate(self.copy)
        self.assertEqual(sorted(before), sorted(after))
        for name in before:
            self.assertEqual(before[name], after[name], name)

    def test_lines_of_one_line_entries_fit(self):
        for rel in self.files:
            for line in self.read(self.copy, rel).splitlines():
                if line.lstrip().startswith("- {"):
                    self.assertLessEqual(len(line), 100, f"{rel}: {line}")


CORNERS = textwrap.dedent("""\
    definitions:
      - value: -010
        define: OCTAL_NEGATIVE
      - define: NOT_HEX
        value: 0x-10
      - define: UNDERSCORES
        value: 1_000
      - define: A_BOOL
        value: yes
      - define: A_DATE
        value: 2001-01-01
      - define: A_NULL
        value: ~
      - define: EMPTY
        value:
      - define: OCTAL_0O
        value: 0o17
      - define: BASE60_INT
        value: 63:52
      - define: BASE60_FLOAT
        value: 1:30.5
      - define: INFINITY
        value: .inf
      - define: QUOTED
        value: '0x10'
      - define: COMMA_TEXT
        value: a, b
      - define: FOLDED
        value: two
          lines
    """)


class CornerCaseTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="hvgen-fmt-")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def load_text(self, text, name="case.yaml"):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return loaded(path)

    def values(self, text):
        return {d["define"][1]: d.get("value") for d in self.load_text(text)["definitions"]}

    def test_yaml_1_1_values_keep_their_meaning_and_spelling(self):
        out = fmt(CORNERS)
        self.assertEqual(self.load_text(CORNERS), self.load_text(out, "out.yaml"))
        values = self.values(out)
        self.assertEqual(values["OCTAL_NEGATIVE"], ("int", -8, "-010"))
        self.assertEqual(values["NOT_HEX"], ("str", "0x-10"))
        self.assertEqual(values["UNDERSCORES"], ("int", 1000, "1_000"))
        self.assertEqual(values["A_BOOL"], ("bool", True))
        self.assertEqual(values["A_DATE"], ("str", "2001-01-01"))
        self.assertEqual(values["A_NULL"], ("NoneType", None))
        self.assertEqual(values["EMPTY"], ("NoneType", None))
        self.assertEqual(values["OCTAL_0O"], ("str", "0o17"))  # not an int in YAML 1.1
        self.assertEqual(values["BASE60_INT"], ("str", "63:52"))
        self.assertEqual(values["BASE60_FLOAT"], ("float", 90.5))
        self.assertEqual(values["INFINITY"], ("float", float("inf")))
        self.assertEqual(values["QUOTED"], ("str", "0x10"))
        self.assertEqual(values["COMMA_TEXT"], ("str", "a, b"))
        self.assertEqual(values["FOLDED"], ("str", "two lines"))
        for spelling in ("value: -010", "value: 0x-10", "value: 1_000", "value: yes",
                         "value: 2001-01-01", "value: ~", "value: .inf", "value: '0x10'"):
            self.assertIn(spelling, out)

    def test_one_line_form_quotes_only_strings(self):
        out = fmt(CORNERS)
        self.assertIn("- {define: OCTAL_NEGATIVE, value: -010}", out)
        self.assertIn('- {define: COMMA_TEXT, value: "a, b"}', out)
        self.assertIn('- {define: BASE60_INT, value: "63:52"}', out)  # a string either way
        self.assertIn('- {define: FOLDED, value: "two lines"}', out)
        # a float spelled 1:30.5 has no quoted spelling that stays a float: block form
        self.assertIn("  - define: BASE60_FLOAT\n    value: 1:30.5\n", out)
        self.assertIn("  - define: EMPTY\n    value:\n", out)

    def test_idempotent(self):
        once = fmt(CORNERS)
        self.assertEqual(fmt(once), once)

    def test_a_change_of_value_is_caught(self):
        with self.assertRaises(Changed):
            check_same("definitions: [{define: A, value: 010}]\n",
                       "definitions: [{define: A, value: 8}]\n", "<test>")
        with self.assertRaises(Changed):
            check_same("a: 1  # note\n", "a: 1\n", "<test>")


class LayoutTest(unittest.TestCase):
    def test_key_order(self):
        text = textwrap.dedent("""\
            definitions:
              - members:
                  - {reserved: true, bits: 4, type: u8, name: reserved0}
                  - {type: u8, bits: 4, name: flags, visibility: hdk}
                description: A record.
                size: 1
                arch: x86_64
                tlfs: none
                reason: Why none.
                hdk-file: hvhdk.h
                visibility: documented
                struct: rec
            definitions_unused: 1
            defaults:
              visibility: hdk
            """)
        self.assertEqual(fmt(text), textwrap.dedent("""\
            defaults:
              visibility: hdk

            definitions:
              - struct: rec
                visibility: documented
                tlfs: none
                reason: Why none.
                hdk-file: hvhdk.h
                arch: x86_64
                description: A record.
                size: 1
                members:
                  - {name: reserved0, type: u8, bits: 4, reserved: true}
                  - {name: flags, type: u8, bits: 4, visibility: hdk}

            definitions_unused: 1
            """))

    def test_reason_follows_only(self):
        out = fmt("definitions:\n  - {reason: r, only: tlfs, tlfs: none, define: X, value: 1}\n")
        self.assertEqual(out, "definitions:\n  - {define: X, value: 1, tlfs: none, only: tlfs, "
                              "reason: r}\n")

    def test_runs_of_one_line_constants_form_a_table(self):
        text = textwrap.dedent("""\
            definitions:
              - define: A
                value: 0x0001

              - define: B
                value: 0x0002
              # Group two.
              - define: C
                value: 0x0003
              - define: D
                value: 0x0004
                description: A definition too long for one line, whose description goes on and on.
              - define: E
                value: 0x0005
            """)
        self.assertEqual(fmt(text), textwrap.dedent("""\
            definitions:
              - {define: A, value: 0x0001}
              - {define: B, value: 0x0002}

              # Group two.
              - {define: C, value: 0x0003}

              - define: D
                value: 0x0004
                description: A definition too long for one line, whose description goes on and on.

              - {define: E, value: 0x0005}
            """))

    def test_comments_stay_with_their_entry_and_key(self):
        text = textwrap.dedent("""\
            # File comment.
            definitions:  # after the key
              # About X.
              - value: 1
                # About define.
                define: X
              - struct: s
                members:
                  # First member.
                  - {name: a, type: u8}  # end of a
                  - name: b
                    type: u8  # end of type
            # Last words.
            """)
        self.assertEqual(fmt(text), textwrap.dedent("""\
            # File comment.
            definitions:  # after the key
              # About X.
              # About define.
              - define: X
                value: 1

              - struct: s
                members:
                  # First member.
                  - {name: a, type: u8}  # end of a
                  - name: b
                    type: u8  # end of type
            # Last words.
            """))


class MutationTest(unittest.TestCase):
    """Mangled spec files: fmt exits 0 (and its result is a fixed point) or 2, never raises."""

    MUTATIONS = 300
    CHARS = list(":-[]{},#&*!|>'\"%@` \t\n?~") + ["0x", "-0", "1_", "yes", "\u00e9"]

    def mutate(self, text, rng):
        lines = text.split("\n")
        i = rng.randrange(len(lines))
        kind = rng.randrange(4)
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(rng.randrange(len(lines)), lines[i])
        elif kind == 2:
            lines[i] = " " * rng.choice([1, 2, 4]) + lines[i]
        else:
            pos = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:pos] + rng.choice(self.CHARS) + lines[i][pos:]
        return "\n".join(lines)

    def test_mutated_files(self):
        import random

        rng = random.Random(12)
        sources = list_spec_files(SPEC)
        seen = set()
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "m.yaml")
            for _ in range(self.MUTATIONS):
                with open(rng.choice(sources), encoding="utf-8") as handle:
                    text = self.mutate(handle.read(), rng)
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(text)
                status, _, err = run_hvgen("fmt", path)
                seen.add(status)
                self.assertIn(status, (0, 2), err)
                self.assertNotIn("Traceback", err)
                self.assertNotIn("[fmt]", err)  # the result always read back the same
                if status == 0:
                    self.assertEqual(run_hvgen("fmt", "--check", path)[0], 0, text)
        self.assertEqual(seen, {0, 2})  # both kinds of input were tried


class CommandTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="hvgen-fmt-")
        self.spec = os.path.join(self.tmp, "spec")
        os.makedirs(os.path.join(self.spec, "a"))
        self.path = os.path.join(self.spec, "a", "x.yaml")
        with open(self.path, "w", encoding="utf-8") as handle:
            handle.write("definitions:\n  - value: 1\n    define: X\n")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_check_lists_and_diffs_then_fmt_writes(self):
        before = snapshot(self.spec)
        status, out, err = run_hvgen("fmt", "--spec", self.spec, "--check")
        self.assertEqual(status, 1)
        self.assertIn("+  - {define: X, value: 1}", out)
        self.assertIn("x.yaml", err)
        self.assertEqual(snapshot(self.spec), before)  # --check writes nothing
        status, out, _ = run_hvgen("fmt", "--spec", self.spec)
        self.assertEqual(status, 0)
        self.assertIn("formatted", out)
        with open(self.path, encoding="utf-8") as handle:
            self.assertEqual(handle.read(), "definitions:\n  - {define: X, value: 1}\n")
        self.assertEqual(run_hvgen("fmt", "--spec", self.spec, "--check")[0], 0)
        self.assertEqual(run_hvgen("fmt", "--check", self.path)[0], 0)

    def test_bad_yaml_is_a_located_error_and_nothing_is_written(self):
        bad = os.path.join(self.spec, "a", "y.yaml")
        with open(bad, "w", encoding="utf-8") as handle:
            handle.write("definitions:\n  - define: X\n    define: Y\n")
        before = snapshot(self.spec)
        status, _, err = run_hvgen("fmt", "--spec", self.spec)
        self.assertEqual(status, 2)
        self.assertRegex(err, r"y\.yaml:3:5: error: \[dup-key\]")
        self.assertNotIn("Traceback", err)
        self.assertEqual(snapshot(self.spec), before)


if __name__ == "__main__":
    unittest.main()
