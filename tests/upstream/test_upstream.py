"""Issue 6's recorded scenario and the upstream commands: diff, report, patch."""

import json
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SPEC = os.path.join(ROOT, "spec")
HVGEN = os.path.join(ROOT, "generator", "hvgen")
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib.docreport import report_outputs  # noqa: E402
from hvgenlib.pipeline import analyse, generate  # noqa: E402

SINT = "{name: as_intercept, type: u64, bits: 1, at: 19, visibility: hdk, linux: [7.2]}"
VECTOR = '{name: vector, type: u64, bits: 8, at: "7:0"}'
RESERVED1 = '{name: reserved1, type: u64, bits: 8, at: "15:8", reserved: true}'
NEW_CALL = """
  - define: HVCALL_HVGEN_SCENARIO_TEST
    value: 0x7ff0
    tlfs: hypercalls/HvCallScenarioTest.md
    linux: [6.12, 7.2]
"""


def hvgen(*args, cwd=None):
    return subprocess.run([sys.executable, HVGEN, *args], capture_output=True, text=True,
                          check=False, cwd=cwd)


def edit(path, old, new):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    assert old in text, f"{old!r} not in {path}"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text.replace(old, new))


class Scenario(unittest.TestCase):
    """Promote an HDK-only bitfield and add a hypercall: compatible; shrink a field: break."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="hvgen-upstream-")
        cls.old = os.path.join(cls.tmp, "old")
        cls.new = os.path.join(cls.tmp, "new")
        cls.broken = os.path.join(cls.tmp, "broken")
        shutil.copytree(SPEC, cls.old)
        shutil.copytree(SPEC, cls.new)
        registers = os.path.join(cls.new, "synic", "registers.yaml")
        edit(registers, SINT, SINT.replace(", visibility: hdk", ""))
        with open(os.path.join(cls.new, "hypercall-interface", "hypercall-codes.yaml"), "a",
                  encoding="utf-8") as handle:
            handle.write(NEW_CALL)
        shutil.copytree(cls.new, cls.broken)
        registers = os.path.join(cls.broken, "synic", "registers.yaml")
        edit(registers, VECTOR, VECTOR.replace("bits: 8", "bits: 7").replace("7:0", "6:0"))
        edit(registers, RESERVED1, RESERVED1.replace("bits: 8", "bits: 9").replace("15:8", "15:7"))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_promotion_and_new_hypercall_are_compatible(self):
        run = hvgen("diff", self.old, self.new)
        print(run.stdout)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertIn("verdict: compatible", run.stdout)
        data = json.loads(hvgen("diff", "--json", self.old, self.new).stdout)
        self.assertEqual(data["verdict"], "compatible")
        by_def = {}
        for change in data["changes"]:
            by_def.setdefault(change["definition"], []).append(change)
        self.assertEqual(set(by_def), {"hv_synic_sint", "HVCALL_HVGEN_SCENARIO_TEST"})
        self.assertTrue(all(c["class"] == "compatible" for c in data["changes"]))
        call = by_def["HVCALL_HVGEN_SCENARIO_TEST"]
        self.assertEqual([c["what"] for c in call], ["added"])
        self.assertEqual(call[0]["views"], ["tlfs", "hdk"])
        whats = {(c["subject"], c["what"]) for c in by_def["hv_synic_sint"]}
        self.assertIn(("as_intercept", "promoted"), whats)
        self.assertIn(("as_intercept", "added"), whats)
        self.assertIn("TLFS hypercalls/HvCallScenarioTest.md", run.stdout)

    def test_shrinking_a_documented_field_is_an_abi_break(self):
        run = hvgen("diff", self.new, self.broken)
        print(run.stdout)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertIn("ABI BREAK", run.stdout)
        data = json.loads(hvgen("diff", "--json", self.new, self.broken).stdout)
        breaks = [c for c in data["changes"] if c["class"] == "break"]
        self.assertEqual([(c["definition"], c["subject"]) for c in breaks],
                         [("hv_synic_sint", "vector")])

    def test_hdk_only_change_is_unstable_not_failing(self):
        changed = os.path.join(self.tmp, "hdkonly")
        shutil.copytree(SPEC, changed)
        edit(os.path.join(changed, "synic", "registers.yaml"), SINT,
             SINT.replace("as_intercept", "as_intercept_renamed"))
        run = hvgen("diff", "--json", SPEC, changed)
        self.assertEqual(run.returncode, 0, run.stderr)
        classes = {c["class"] for c in json.loads(run.stdout)["changes"]}
        self.assertEqual(classes, {"unstable"})

    def test_bad_input(self):
        self.assertEqual(hvgen("diff", "no-such-rev-or-dir", SPEC).returncode, 2)
        bad = os.path.join(self.tmp, "bad")
        shutil.copytree(SPEC, bad)
        with open(os.path.join(bad, "broken.yaml"), "w", encoding="utf-8") as handle:
            handle.write("definitions: [{define: X}]\n")
        self.assertEqual(hvgen("diff", SPEC, bad).returncode, 2)

    def test_git_revision_against_itself(self):
        run = hvgen("diff", "HEAD", "HEAD")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("verdict: unchanged", run.stdout)

    def test_marking_reserved_named_members_is_not_a_break(self):
        """The revision that marked 120 reserved-named members `reserved: true`: its OLD side
        predates that rule and still analyses; the marks change no ABI."""
        if subprocess.run(["git", "-C", ROOT, "cat-file", "-e", "a30c0b0^{commit}"],
                          capture_output=True).returncode:
            self.skipTest("a shallow clone without that revision")
        run = hvgen("diff", "a30c0b0~1", "a30c0b0")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertNotIn("ABI BREAK", run.stdout)
        self.assertIn("marked reserved (it was named so", run.stdout)


class Report(unittest.TestCase):
    def test_report_outputs_and_html(self):
        result = analyse(SPEC)
        text = report_outputs(result)["REPORT.md"]
        self.assertIn("## Summary", text)
        self.assertRegex(text, r"\| `hv_synic_sint` \| union \| documented \|.*as_intercept, proxy")
        self.assertIn("https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/"
                      "inter-partition-communication#sintx-registers", text)
        with tempfile.TemporaryDirectory() as tmp:
            run = hvgen("report", "--out-md", os.path.join(tmp, "r.md"),
                        "--out-html", os.path.join(tmp, "r.html"))
            self.assertEqual(run.returncode, 0, run.stderr)
            with open(os.path.join(tmp, "r.md"), encoding="utf-8") as handle:
                self.assertEqual(handle.read(), text)
            with open(os.path.join(tmp, "r.html"), encoding="utf-8") as handle:
                page = handle.read()
            self.assertIn('id="summary"', page)
            self.assertIn('id="def-hv_synic_sint"', page)

    def test_audit_cells(self):
        """The audit column reads `hvgen tlfs --json` as it is and tolerates what a rework of
        the audit may change: extra fields, a verdict under another key, none at all, one
        finding per arch."""
        from hvgenlib.docreport.audit import audit_cells

        cells = audit_cells({"figures": {}, "findings": [
            {"name": "hv_a", "verdict": "verified", "tlfs": "x.md:3 HV_A", "problems": [],
             "new_field": [1, 2]},
            {"name": "hv_a", "verdict": "verified", "tlfs": "x.md:3 HV_A"},
            {"name": "hv_b", "status": "none", "claim": None},
            {"name": "hv_f", "verdict": "verified", "claim": "value verified",
             "evidence": "y.md:27 HV_F = 0x0", "tlfs": "ignored: the evidence says more"},
            {"name": "hv_c", "problems": ["arm64: size 16 bytes, TLFS 8"], "differs": "why"},
            {"name": "hv_d", "verdict": "verified"}, {"name": "hv_d", "verdict": "broken"},
            {"verdict": "nameless"}, "not a finding"]})
        self.assertEqual(cells, {
            "hv_a": "verified (x.md:3 HV_A)", "hv_b": "none",
            "hv_f": "verified: value verified (y.md:27 HV_F = 0x0)",
            "hv_c": "audited; 1 layout difference(s) from the TLFS (explained in the spec): "
                    "arm64: size 16 bytes, TLFS 8",
            "hv_d": "verified / broken"})
        self.assertEqual(audit_cells({"hv_e": "ok"}), {"hv_e": "ok"})
        self.assertEqual(audit_cells([]), {})

    def test_kernel_tree_612(self):
        tree = "/tmp/kh/612"
        if not os.path.isfile(os.path.join(tree, "include/asm-generic/hyperv-tlfs.h")):
            self.skipTest("no 6.12 tree at /tmp/kh/612")
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "r.md")
            run = hvgen("report", "--kernel-tree", tree, "--out-md", out)
            self.assertEqual(run.returncode, 0, run.stderr)
            with open(out, encoding="utf-8") as handle:
                text = handle.read()
        self.assertIn("## Kernel tree `/tmp/kh/612`\n\n6.12 hyperv-tlfs.h files", text)
        self.assertLess(text.index("## Kernel tree"), text.index("## Summary"))
        self.assertRegex(text, r"\| differing \| 0 \|")
        lacks = text.split("### Documented definitions the tree lacks")[1].split("###")[0]
        self.assertIn("`HVCALL_CREATE_PARTITION`", lacks)


class Patch(unittest.TestCase):
    def git(self, repo, *args):
        return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True,
                              check=True).stdout

    def make_tree(self, tmp, files):
        tree = os.path.join(tmp, "linux")
        os.makedirs(tree)
        self.git(tree, "init", "-q")
        self.git(tree, "config", "user.name", "Hyper V Tester")
        self.git(tree, "config", "user.email", "tester@example.com")
        self.git(tree, "config", "commit.gpgsign", "false")
        for path, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(tree, path)), exist_ok=True)
            with open(os.path.join(tree, path), "w", encoding="utf-8") as handle:
                handle.write(text)
        self.git(tree, "add", "-A")
        self.git(tree, "commit", "-q", "-m", "base")
        return tree

    def check_patch(self, tree, tmp, args, expect):
        mbox = os.path.join(tmp, "out.mbox")
        run = hvgen("patch", "--kernel-tree", tree, "-o", mbox, *args)
        self.assertEqual(run.returncode, 0, run.stderr)
        with open(mbox, encoding="utf-8") as handle:
            text = handle.read()
        self.assertRegex(text, r"(?m)^Subject: \[PATCH\] hyperv: ")
        self.assertIn("Signed-off-by: Hyper V Tester <tester@example.com>", text)
        # written into the tree; undo, then apply the mbox
        for path, want in expect.items():
            with open(os.path.join(tree, path), encoding="utf-8") as handle:
                self.assertEqual(handle.read(), want, path)
        self.git(tree, "checkout", "-q", ".")
        self.git(tree, "clean", "-qfd")
        self.git(tree, "am", "-q", mbox)
        self.assertEqual(self.git(tree, "status", "--porcelain"), "")
        for path, want in expect.items():
            with open(os.path.join(tree, path), encoding="utf-8") as handle:
                self.assertEqual(handle.read(), want, path)
        return text

    def test_7x_tree(self):
        _, outputs = generate(SPEC)
        expect = {p[len("linux/"):]: t for p, t in outputs.items()
                  if p.startswith("linux/include/hyperv/")}
        if not expect:  # no kernel profile: the documented fallback
            expect = {"include/hyperv/hvhdk.h": outputs["hvhdk.h"]}
        with tempfile.TemporaryDirectory() as tmp:
            tree = self.make_tree(tmp, {"include/hyperv/hvhdk.h": "/* old */\n"})
            text = self.check_patch(tree, tmp, [], expect)
            self.assertIn("hv_synic_sint", text)

    def test_uncommitted_edit_is_refused(self):
        with tempfile.TemporaryDirectory() as tmp:
            tree = self.make_tree(tmp, {"include/hyperv/hvhdk.h": "/* old */\n"})
            path = os.path.join(tree, "include/hyperv/hvhdk.h")
            with open(path, "a", encoding="utf-8") as handle:
                handle.write("/* the user's own work */\n")
            mbox = os.path.join(tmp, "out.mbox")
            run = hvgen("patch", "--kernel-tree", tree, "-o", mbox)
            self.assertEqual(run.returncode, 2, run.stderr)
            self.assertIn("uncommitted changes in include/hyperv/hvhdk.h", run.stderr)
            with open(path, encoding="utf-8") as handle:
                self.assertEqual(handle.read(), "/* old */\n/* the user's own work */\n")
            self.assertFalse(os.path.exists(mbox))
            self.assertNotIn("??", self.git(tree, "status", "--porcelain"))

    def test_non_utf8_header_is_bad_input(self):
        with tempfile.TemporaryDirectory() as tmp:
            tree = self.make_tree(tmp, {"include/hyperv/hvhdk.h": "/* old */\n"})
            path = os.path.join(tree, "include/hyperv/hvhdk.h")
            with open(path, "wb") as handle:
                handle.write(b"/* caf\xe9 */\n")
            self.git(tree, "commit", "-qam", "latin-1")
            run = hvgen("patch", "--kernel-tree", tree, "-o", os.path.join(tmp, "out.mbox"))
            self.assertEqual(run.returncode, 2, run.stderr)
            self.assertIn("not UTF-8 text", run.stderr)
            self.assertNotIn("Traceback", run.stderr)
            with open(path, "rb") as handle:
                self.assertEqual(handle.read(), b"/* caf\xe9 */\n")

    def test_612_tree_new_call_is_one_added_line(self):
        _, outputs = generate(SPEC)
        generic = "linux/include/asm-generic/hyperv-tlfs.h"
        x86 = "linux/arch/x86/include/asm/hyperv-tlfs.h"
        if generic not in outputs:
            self.skipTest("no kernel profile")
        with tempfile.TemporaryDirectory() as tmp:
            new = os.path.join(tmp, "spec")
            shutil.copytree(SPEC, new)
            with open(os.path.join(new, "hypercall-interface", "hypercall-codes.yaml"), "a",
                      encoding="utf-8") as handle:
                handle.write(NEW_CALL)
            tree = self.make_tree(tmp, {generic[6:]: outputs[generic], x86[6:]: outputs[x86]})
            mbox = os.path.join(tmp, "out.mbox")
            run = hvgen("patch", "--kernel-tree", tree, "-o", mbox, "--spec", new)
            self.assertEqual(run.returncode, 0, run.stderr)
            with open(os.path.join(tree, generic[6:]), encoding="utf-8") as handle:
                patched = handle.read()
            removed = [l for l in difflib.ndiff(outputs[generic].splitlines(),
                                                 patched.splitlines()) if l.startswith("- ")]
            added = [l for l in difflib.ndiff(outputs[generic].splitlines(),
                                               patched.splitlines()) if l.startswith("+ ")]
            self.assertEqual(removed, [])
            self.assertEqual(len(added), 1, added)
            self.assertRegex(added[0], r"^\+ #define HVCALL_HVGEN_SCENARIO_TEST\s+0x7ff0$")
            with open(mbox, encoding="utf-8") as handle:
                text = handle.read()
            self.git(tree, "checkout", "-q", ".")
            self.git(tree, "am", "-q", mbox)
            with open(os.path.join(tree, generic[6:]), encoding="utf-8") as handle:
                self.assertEqual(handle.read(), patched)
        self.assertIn("Subject: [PATCH] hyperv: Add HVCALL_HVGEN_SCENARIO_TEST", text)
        self.assertIn("\nhypercalls/HvCallScenarioTest.md:\n  - added HVCALL_HVGEN_SCENARIO_TEST", text)
        self.assertRegex(text, r"(?m)^Link: https://\S+/tlfs/hypercalls/HvCallScenarioTest\n"
                               r"Signed-off-by: Hyper V Tester <tester@example.com>$")

    def test_no_change_writes_nothing(self):
        _, outputs = generate(SPEC)
        files = {p[len("linux/"):]: t for p, t in outputs.items()
                 if p.startswith("linux/include/hyperv/")}
        with tempfile.TemporaryDirectory() as tmp:
            tree = self.make_tree(tmp, files)
            mbox = os.path.join(tmp, "out.mbox")
            run = hvgen("patch", "--kernel-tree", tree, "-o", mbox)
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertIn("nothing to do", run.stderr)
            self.assertFalse(os.path.exists(mbox))
            self.assertEqual(self.git(tree, "status", "--porcelain"), "")

    def test_abi_change_is_refused_unless_allowed(self):
        _, outputs = generate(SPEC)
        files = {p[len("linux/"):]: t for p, t in outputs.items()
                 if p.startswith("linux/include/hyperv/")}
        with tempfile.TemporaryDirectory() as tmp:
            new = os.path.join(tmp, "spec")
            shutil.copytree(SPEC, new)
            path = os.path.join(new, "hypercall-interface", "hypercall-codes.yaml")
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            changed = re.sub(r"(HVCALL_POST_MESSAGE\b.*?value: )0x005c", r"\g<1>0x005f", text,
                             count=1, flags=re.S)
            self.assertNotEqual(changed, text)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(changed)
            tree = self.make_tree(tmp, files)
            mbox = os.path.join(tmp, "out.mbox")
            run = hvgen("patch", "--kernel-tree", tree, "-o", mbox, "--spec", new)
            self.assertEqual(run.returncode, 2, run.stderr)
            self.assertIn("HVCALL_POST_MESSAGE", run.stderr)
            self.assertIn("--allow-abi-break", run.stderr)
            self.assertFalse(os.path.exists(mbox))
            self.assertEqual(self.git(tree, "status", "--porcelain"), "")
            run = hvgen("patch", "--kernel-tree", tree, "-o", mbox, "--spec", new,
                        "--allow-abi-break")
            self.assertEqual(run.returncode, 0, run.stderr)
            diff = self.git(tree, "diff", "-U0")
            self.assertEqual([l for l in diff.splitlines() if l[:1] in "+-"
                              and not l.startswith(("+++", "---"))],
                             [l for l in diff.splitlines() if "HVCALL_POST_MESSAGE" in l])
            with open(mbox, encoding="utf-8") as handle:
                text = " ".join(handle.read().split())
            self.assertIn("an ABI change, made on purpose", text)
            self.assertIn("- changed HVCALL_POST_MESSAGE value: 0x5c -> 0x5f", text)


if __name__ == "__main__":
    unittest.main()
