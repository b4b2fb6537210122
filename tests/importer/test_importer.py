"""`hvgen import`: C headers -> spec YAML that validates and generates the same layout; compare.

Run with Debian's /usr/bin/python3 (clang.cindex from python3-clang-14):
    python3 -m unittest discover -s tests/importer -v
"""

import io
import json
import os
import shutil
import sys
import tempfile
import unittest
from contextlib import redirect_stderr, redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib import cli  # noqa: E402
from hvgenlib.facts import headers, model  # noqa: E402
from hvgenlib.facts.targets import LINUX  # noqa: E402
from hvgenlib.importer import emit, parse  # noqa: E402

FIXTURE = os.path.join(HERE, "fixtures", "regs.h")
CONSTRUCTS = os.path.join(HERE, "fixtures", "constructs.h")


def run_cli(*argv):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def measure(header, arch, workdir, name):
    """The header's facts (the facts layer, reference-JSON form): ({record name: record}, all)."""
    facts = model.to_json(headers.read(header, LINUX[arch], family=name))
    return {r["name"]: r for r in facts["records"]}, facts


def shape(record):
    """Size, alignment and member layout; members the shims add (__hvref_*) are left out."""
    return (record["size"], record["align"],
            [(m["path"], m["offset_bits"], m.get("bitfield_width"), m["size"])
             for m in record["members"] if "__hvref_" not in m["path"]])


class ImporterTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="hvgen-import-")
        self.spec = os.path.join(self.tmp, "spec")
        os.makedirs(self.spec)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def import_fixture(self, *extra):
        out = os.path.join(self.spec, "regs.yaml")
        code, _, err = run_cli("import", FIXTURE, "--out", out, *extra)
        self.assertEqual(code, 0, err)
        with open(out) as fh:
            return fh.read()

    # -- the YAML itself ------------------------------------------------------------------
    def test_yaml_text(self):
        text = self.import_fixture()
        self.assertIn("  - define: FX_MAGIC\n    value: 0x005c\n", text)
        self.assertIn("  - define: FX_SLOTS\n    value: 4\n", text)
        self.assertIn('value: "BIT(FX_PAGE_SHIFT)"', text)
        self.assertIn('value: "(FX_PAGE_SIZE - 2 * sizeof(u64))"', text)
        self.assertIn("  - define: FX_MAKE_VERSION\n    params: [major, minor]\n"
                      '    value: "(((major) << 8) | (minor))"\n', text)
        self.assertIn("{name: FX_STATE_ON, value: 1}", text)  # implicit value, computed
        self.assertIn('{name: FX_ANON_B, value: "FX_SLOTS << 2"}', text)
        self.assertIn("  - enum: null\n", text)
        self.assertIn("{name: enable, type: u64, bits: 1}", text)
        self.assertIn("{name: tag, type: u8, array: FX_SLOTS}", text)
        self.assertIn("{name: stamp, type: u64, volatile: true}", text)
        self.assertIn("{name: payload, type: u64, array: flexible}", text)
        self.assertIn("{name: x86_only, type: u64, arch: x86_64}", text)
        self.assertIn("{name: arm_only, type: u32, arch: arm64}", text)
        self.assertIn("  - struct: fx_arm_thing\n", text)
        self.assertRegex(text, r"- struct: fx_arm_thing\n(    .*\n)*    arch: arm64\n")
        self.assertIn("        name: parts\n", text)
        self.assertNotIn("#", text.replace("# ", ""))  # no comments
        self.assertEqual(text, self.import_fixture())  # deterministic

    def test_member_order_and_nesting(self):
        facts = parse.parse_headers([FIXTURE], [], "x86_64")
        entry = next(d for d in facts.definitions if d.name == "fx_entry")
        self.assertTrue(entry.packed)
        self.assertEqual([getattr(m, "name", None) for m in entry.members],
                         ["kind", None, "tag", "pad", "stamp"])
        nested = entry.members[1]
        self.assertEqual(nested.kind, "union")
        self.assertEqual(nested.members[1].name, "parts")
        kinds = [d.kind for d in facts.definitions]
        self.assertEqual(kinds.count("define"), 7)
        self.assertNotIn("fx_arm_thing", [d.name for d in facts.definitions])

    def test_value_spelling(self):
        self.assertEqual(emit.value("0x005c"), "0x005c")
        self.assertEqual(emit.value("16"), "16")
        self.assertEqual(emit.value("010"), "010")  # C and YAML 1.1 agree: octal 8
        self.assertEqual(emit.value("0"), "0")
        self.assertEqual(emit.value("(16)"), '"(16)"')
        self.assertEqual(emit.value("12ULL"), '"12ULL"')
        self.assertEqual(emit.value("0X6"), "0X6" if emit.yaml.safe_load("0X6") == 6
                         else '"0X6"')
        self.assertEqual(emit.name("null"), '"null"')
        self.assertEqual(emit.name("on"), '"on"')
        self.assertEqual(emit.name("unsigned long"), "unsigned long")

    def test_enum_values_per_arch(self):
        x86 = parse.Facts("x86_64", [parse.Def("enum", "e", "f.h", 1,
                                               values=[("A", "1"), ("MAX", "2")])], [], [])
        arm = parse.Facts("arm64", [parse.Def("enum", "e", "f.h", 1,
                                              values=[("A", "1"), ("B", "2"), ("MAX", "3")])],
                          [], [])
        text = emit.emit(emit.merge(x86, arm))
        self.assertIn("{name: A, value: 1}\n", text)
        self.assertIn("{name: MAX, value: 2, arch: x86_64}", text)
        self.assertIn("{name: B, value: 2, arch: arm64}", text)
        self.assertIn("{name: MAX, value: 3, arch: arm64}", text)

    # -- the YAML through the generator: validate, generate, same layout -------------------
    def test_round_trip_layout(self):
        self.import_fixture()
        code, out, err = run_cli("validate", "--spec", self.spec)
        self.assertEqual(code, 0, err)
        gen = os.path.join(self.tmp, "generated")
        code, _, err = run_cli("generate", "--spec", self.spec, "--out", gen)
        self.assertEqual(code, 0, err)
        for arch in ("x86_64", "arm64"):
            want, _ = measure(FIXTURE, arch, self.tmp, "fixture")
            got, _ = measure(os.path.join(gen, "hvhdk.h"), arch, self.tmp, "generated")
            self.assertEqual(sorted(want), sorted(got), arch)
            for name, record in want.items():
                other = got[name]
                self.assertEqual((record["size"], record["align"]),
                                 (other["size"], other["align"]), f"{arch} {name}")
                shape = [(m["path"], m["offset_bits"], m.get("bitfield_width"), m["size"])
                         for m in record["members"]]
                other_shape = [(m["path"], m["offset_bits"], m.get("bitfield_width"), m["size"])
                               for m in other["members"]]
                self.assertEqual(shape, other_shape, f"{arch} {name}")

    def test_documented_visibility_validates(self):
        self.import_fixture("--visibility", "documented")
        code, _, err = run_cli("validate", "--spec", self.spec)
        self.assertEqual(code, 0, err)

    # -- compare --------------------------------------------------------------------------
    def test_compare_same_then_different(self):
        self.import_fixture()
        code, out, _ = run_cli("import", FIXTURE, "--compare", self.spec)
        self.assertEqual(code, 0, out)
        self.assertIn("0 new, 0 changed, 0 gone", out)
        path = os.path.join(self.spec, "regs.yaml")
        with open(path) as fh:
            text = fh.read()
        text = text.replace("{name: mode, type: u64, bits: 3}\n",
                            "{name: mode, type: u64, bits: 2}\n"
                            "          - {name: spare, type: u64, bits: 1}\n")
        text = text.replace("  - define: FX_MAGIC\n    value: 0x005c\n",
                            "  - define: FX_MAGIC\n    value: 0x005d\n")
        text = text.replace("  - typedef: fx_index\n", "  - define: FX_EXTRA\n    value: 1\n"
                            "  - typedef: fx_index\n")
        text = text.replace('  - define: FX_MASK\n    value: "GENMASK_ULL(51, 12)"\n', "")
        with open(path, "w") as fh:
            fh.write(text)
        code, out, _ = run_cli("import", FIXTURE, "--compare", self.spec)
        self.assertEqual(code, 1, out)
        self.assertIn("new define FX_MASK [x86_64, arm64]", out)
        self.assertIn("gone define FX_EXTRA [x86_64, arm64]", out)
        self.assertIn("changed define FX_MAGIC [x86_64, arm64]: value 0x005d", out)
        self.assertIn("changed record fx_control [x86_64, arm64]: -spare; mode: bit 1/2 -> 1/3",
                      out)

    def test_bad_input(self):
        code, _, err = run_cli("import", os.path.join(self.tmp, "missing.h"))
        self.assertEqual(code, 2)
        broken = os.path.join(self.tmp, "broken.h")
        with open(broken, "w") as fh:
            fh.write("struct x { u64 a };\n")
        code, _, err = run_cli("import", broken)
        self.assertEqual(code, 2)
        self.assertIn("error", err)


class ConstructsTest(unittest.TestCase):
    """fixtures/constructs.h: the kernel constructs with their own spec keys."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="hvgen-import-")
        self.spec = os.path.join(self.tmp, "spec")
        os.makedirs(self.spec)
        self.path = os.path.join(self.spec, "constructs.yaml")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def import_constructs(self, *extra):
        code, _, err = run_cli("import", CONSTRUCTS, "--out", self.path, *extra)
        self.assertEqual(code, 0, err)
        with open(self.path) as fh:
            return fh.read()

    def test_yaml_text(self):
        text = self.import_constructs()
        # __aligned(N) on a record
        self.assertRegex(text, r"- struct: cx_retarget\n    packed: true\n    aligned: 8\n")
        # DECLARE_FLEX_ARRAY as the sole member: a plain flexible array member
        self.assertIn("  - struct: cx_output_list\n    size: 0\n    members:\n"
                      "      - {name: page_list, type: u64, array: flexible}\n", text)
        # __TRAILING_OVERLAP
        self.assertIn("      - name: set\n        type: struct cx_set\n"
                      "        trailing-overlap: bank_contents\n        packed: true\n"
                      "        members:\n"
                      "          - {name: gva_list, type: u64, array: flexible}\n", text)
        self.assertNotIn("__hvref_", text)
        self.assertNotIn("__offset_to", text)
        # a flexible array of an anonymous struct: nested, no invented tag
        self.assertIn("        name: element\n        array: flexible\n", text)
        self.assertNotIn("cx_set_input_element", text)
        # a type alias macro
        self.assertIn('  - define: CX_FORMAT\n    value: "cx_format"\n    evaluate: false\n',
                      text)
        # kernel constants and the header's own function-like macros: the text is kept
        self.assertIn('  - define: CX_TICK_HZ\n    value: "(NSEC_PER_SEC / 100)"\n', text)
        self.assertIn('  - define: CX_PAGE_WORDS\n    value: "(PAGE_SIZE / sizeof(u64))"\n',
                      text)
        self.assertIn('  - define: CX_VERSION_2\n    value: "CX_MAKE_VERSION(0x2, 0x1)"\n',
                      text)
        # a macro #undef'd after the record that uses it
        self.assertIn('  - define: CX_BITSET_SIZE\n    value: "CX_WORDS(CX_MAX_ITEMS)"\n'
                      "    undef-after: cx_bitset_message\n", text)
        self.assertIn("{name: bitset_buffer, type: u64, array: CX_BITSET_SIZE}", text)
        # an expression array length, an enum value from an earlier one
        self.assertIn('{name: data, type: u64, array: "CX_HYP_PAGE_SIZE / sizeof(u64)"}', text)
        self.assertIn('{name: CX_LIMIT_TOP, value: "CX_LIMIT_BASE + 4"}', text)
        self.assertIn('{name: CX_LIMIT_MASK, value: "(1 << CX_LIMIT_TOP) - 1"}', text)
        self.assertEqual(text, self.import_constructs())  # deterministic

    def test_round_trip_layout(self):
        # documented: both views hold everything; hyperv-tlfs.h includes <linux/time64.h> and
        # <asm/page.h>, so NSEC_PER_SEC and PAGE_SIZE macros get values there too
        self.import_constructs("--visibility", "documented")
        code, _, err = run_cli("validate", "--spec", self.spec)
        self.assertEqual(code, 0, err)
        gen = os.path.join(self.tmp, "generated")
        code, _, err = run_cli("generate", "--spec", self.spec, "--out", gen)
        self.assertEqual(code, 0, err)
        for base in ("hvhdk.h", "hyperv-tlfs.h"):
            header = os.path.join(gen, base)
            with open(header) as fh:
                text = fh.read()
            for spelled in ("DECLARE_FLEX_ARRAY(u64, page_list);", "__TRAILING_OVERLAP(",
                            "__aligned(8)", "#undef CX_BITSET_SIZE", "element[];",
                            "CX_HYP_PAGE_SIZE / sizeof(u64)", "#define CX_FORMAT",
                            "CX_MAKE_VERSION(0x2, 0x1)", "CX_LIMIT_BASE + 4"):
                self.assertIn(spelled, text, base)
            for arch in ("x86_64", "arm64"):
                want, want_facts = measure(CONSTRUCTS, arch, self.tmp, "fixture")
                got, got_facts = measure(header, arch, self.tmp, "generated")
                self.assertEqual(sorted(want), sorted(got), f"{base} {arch}")
                for name, record in want.items():
                    self.assertEqual(shape(record), shape(got[name]), f"{base} {arch} {name}")
                if base != "hyperv-tlfs.h":
                    continue
                macros = {m["name"]: m.get("value") for m in got_facts["macros"]}
                for m in want_facts["macros"]:
                    if m["name"].startswith("CX_") and not m.get("function_like"):
                        self.assertEqual(m.get("value"), macros.get(m["name"]),
                                         f"{base} {arch} {m['name']}")
                enums = {(e["name"], json.dumps(e["constants"])) for e in got_facts["enums"]}
                for e in want_facts["enums"]:
                    self.assertIn((e["name"], json.dumps(e["constants"])), enums)

    def test_compare_matches_itself(self):
        self.import_constructs()
        code, out, _ = run_cli("import", CONSTRUCTS, "--compare", self.spec)
        self.assertEqual(code, 0, out)
        self.assertIn("0 new, 0 changed, 0 gone", out)
        self.assertNotIn("__hvref", out)
        # the overlap's own members still count: a moved gva_list is a difference
        with open(self.path) as fh:
            text = fh.read()
        with open(self.path, "w") as fh:
            fh.write(text.replace("trailing-overlap: bank_contents\n        packed: true\n"
                                  "        members:\n",
                                  "trailing-overlap: bank_contents\n        packed: true\n"
                                  "        members:\n          - {name: extra, type: u64}\n")
                     .replace("  - struct: cx_flush\n    packed: true\n    size: 32\n",
                              "  - struct: cx_flush\n    packed: true\n")
                     .replace("    aligned: 8\n", ""))
        code, out, _ = run_cli("import", CONSTRUCTS, "--compare", self.spec)
        self.assertEqual(code, 1, out)
        self.assertIn("changed record cx_flush", out)
        self.assertIn("size 40 -> 32", out)
        self.assertIn("-extra", out)
        self.assertIn("gva_list: bit 320/0 -> 256/0", out)
        self.assertIn("changed record cx_retarget [x86_64, arm64]: align 1 -> 8", out)

    def test_tlfs_view_rule(self):
        """The headers are one Linux family, compared with what the spec's presence says it
        carries: --view tlfs (6.12), a definition whose presence says 7.2 only is
        informational, one 6.12 carries (here `only: tlfs`, presence unrecorded: 6.12 holds
        what is documented) counts; --view hdk: every definition 7.2 carries counts."""
        text = self.import_constructs("--visibility", "documented")
        text += ("  - define: CX_DOCUMENTED_ONLY\n    value: 1\n    linux: [7.2]\n"
                 "    reason: \"documented; presence says 7.2 only\"\n"
                 "  - define: CX_TLFS_FAMILY\n    value: 2\n    only: tlfs\n"
                 "    reason: \"the 6.12 family has it\"\n")
        with open(self.path, "w") as fh:
            fh.write(text)
        code, out, _ = run_cli("import", CONSTRUCTS, "--compare", self.spec, "--view", "tlfs",
                               "--arch", "x86_64")
        self.assertEqual(code, 1, out)
        self.assertIn("gone define CX_TLFS_FAMILY [x86_64]", out)
        self.assertNotIn("gone define CX_DOCUMENTED_ONLY", out)
        self.assertIn("in the spec only (documented beyond these headers; informational):\n"
                      "  define CX_DOCUMENTED_ONLY [x86_64]\n", out)
        self.assertIn("0 new, 0 changed, 1 gone; 1 in the spec only (informational)", out)
        code, out, _ = run_cli("import", CONSTRUCTS, "--compare", self.spec, "--view", "hdk",
                               "--arch", "x86_64")
        self.assertEqual(code, 1, out)
        self.assertIn("gone define CX_DOCUMENTED_ONLY [x86_64]", out)
        self.assertNotIn("CX_TLFS_FAMILY", out)  # not in the hdk view at all
        self.assertNotIn("in the spec only", out)
        # without the only: tlfs definition, the tlfs comparison has no differences
        with open(self.path, "w") as fh:
            fh.write(text.split("  - define: CX_TLFS_FAMILY")[0])
        code, out, _ = run_cli("import", CONSTRUCTS, "--compare", self.spec, "--view", "tlfs",
                               "--arch", "x86_64")
        self.assertEqual(code, 0, out)

    def test_rule_is_documented(self):
        from hvgenlib.importer import compare
        self.assertIn("presence (linux:)", compare.RULE)
        self.assertIn("in the spec only", compare.RULE)


if __name__ == "__main__":
    unittest.main()
