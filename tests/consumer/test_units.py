"""Unit tests of the consumer suite's own parts that need no kernel tree: the object comparer
(on objects gcc compiles here, for both arches where a compiler exists) and the include scan
(on a small tree written here)."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import elfdiff  # noqa: E402
import includes  # noqa: E402
import kbuild  # noqa: E402

BASE = """
struct s { unsigned long a, b; };
const struct s table = { 1, 2 };
extern int other(int);
int f(int x) { return other(x) + %s; }
"""


def compile_c(compiler, text, tmp, name):
    """Each source has the same file name (it is in the symbol table), in its own folder."""
    os.makedirs(os.path.join(tmp, name))
    with open(os.path.join(tmp, name, "unit.c"), "w", encoding="utf-8") as f:
        f.write(text)
    obj = os.path.join(tmp, name, "unit.o")
    subprocess.run([compiler, "-O2", "-c", "unit.c", "-o", "unit.o"], check=True,
                   cwd=os.path.join(tmp, name))
    with open(obj, "rb") as f:
        return f.read()


class ElfDiffTest(unittest.TestCase):
    compilers = [c for c in ("gcc", "aarch64-linux-gnu-gcc") if shutil.which(c)]

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)

    def objects(self, compiler, a, b):
        tag = os.path.basename(compiler)
        return (compile_c(compiler, a, self.tmp, tag + "-a"),
                compile_c(compiler, b, self.tmp, tag + "-b"))

    def test_identical_objects(self):
        for cc in self.compilers:
            a, b = self.objects(cc, BASE % "3", BASE % "3")
            self.assertEqual(elfdiff.differing_sections(a, b), [], cc)

    def test_changed_constant_changes_text(self):
        for cc in self.compilers:
            a, b = self.objects(cc, BASE % "3", BASE % "4")
            self.assertIn(".text", elfdiff.differing_sections(a, b), cc)

    def test_changed_data_is_named(self):
        for cc in self.compilers:
            a, b = self.objects(cc, BASE % "3", (BASE % "3").replace("{ 1, 2 }", "{ 1, 5 }"))
            diff = elfdiff.differing_sections(a, b)
            self.assertTrue(any(name.startswith(".rodata") for name in diff), (cc, diff))
            self.assertNotIn(".text", diff, cc)

    def test_new_symbol_and_relocation(self):
        for cc in self.compilers:
            extra = "extern int more(int);\nint g(int x) { return more(x); }\n"
            a, b = self.objects(cc, BASE % "3", BASE % "3" + extra)
            diff = elfdiff.differing_sections(a, b)
            self.assertIn(".symtab", diff, cc)
            self.assertIn(".rela.text", diff, cc)

    def test_not_elf(self):
        with self.assertRaises(elfdiff.NotElf):
            elfdiff.differing_sections(b"abc", b"abd")


class IncludeScanTest(unittest.TestCase):
    FILES = {
        "include/hyperv/hvhdk.h": "",
        "include/linux/hyperv.h": "#include <hyperv/hvhdk.h>\n",
        "arch/x86/include/asm/mshyperv.h": "#include <linux/hyperv.h>\n",
        "arch/arm64/include/asm/mshyperv.h": "",
        "drivers/hv/local.h": "# include <asm/mshyperv.h>\n",
        "drivers/hv/hv.c": '#include "local.h"\n',
        "drivers/hv/plain.c": "#include <linux/kernel.h>\n",
        "drivers/other/uses_arm.c": "#include <asm/mshyperv.h>\n",
        "arch/arm64/hyperv/core.c": "#include <linux/hyperv.h>\n",
        "virt/kvm/kvm_main.c": "#include <linux/hyperv.h>\n",
    }

    def test_reaches_through_headers_on_one_arch(self):
        with tempfile.TemporaryDirectory() as tree:
            for path, text in self.FILES.items():
                os.makedirs(os.path.join(tree, os.path.dirname(path)), exist_ok=True)
                with open(os.path.join(tree, path), "w", encoding="utf-8") as f:
                    f.write(text)
            found = includes.candidate_objects(tree, "x86", "out-x", ["include/hyperv/hvhdk.h"])
            self.assertEqual(found, {"drivers/hv/hv.o", "drivers/other/uses_arm.o",
                                     "virt/kvm/kvm_main.o"})
            on_arm = includes.candidate_objects(tree, "arm64", "out-x",
                                                ["include/hyperv/hvhdk.h"])
            self.assertEqual(on_arm, {"arch/arm64/hyperv/core.o", "virt/kvm/kvm_main.o"})


class CmdFileTest(unittest.TestCase):
    def test_reads_command_and_dependencies(self):
        text = ("savedcmd_drivers/hv/hv.o := gcc -c -o drivers/hv/hv.o ../drivers/hv/hv.c\n\n"
                "source_drivers/hv/hv.o := ../drivers/hv/hv.c\n\n"
                "deps_drivers/hv/hv.o := \\\n  $(wildcard include/config/X) \\\n"
                "  ../include/hyperv/hvhdk.h \\\n  include/generated/autoconf.h \\\n\n"
                "drivers/hv/hv.o: $(deps_drivers/hv/hv.o)\n")
        with tempfile.TemporaryDirectory() as out:
            os.makedirs(os.path.join(out, "drivers/hv"))
            with open(os.path.join(out, "drivers/hv/.hv.o.cmd"), "w", encoding="utf-8") as f:
                f.write(text)
            command, deps = kbuild.read_cmd(out, "drivers/hv/hv.o")
            self.assertEqual(command, "gcc -c -o drivers/hv/hv.o ../drivers/hv/hv.c")
            self.assertEqual(deps, {"drivers/hv/hv.c", "include/hyperv/hvhdk.h",
                                    "O/include/generated/autoconf.h"})
            self.assertIsNone(kbuild.read_cmd(out, "drivers/hv/missing.o"))

    def test_no_goals_is_refused(self):
        with self.assertRaises(kbuild.BuildError):
            kbuild.make("/nonexistent", "/nonexistent/out", None, [])


class Linux612SpellingTest(unittest.TestCase):
    """The profile data that makes the 6.12 files build in a 6.12 tree (issue 14): no
    __TRAILING_OVERLAP there, and nothing of what 6.12's include/linux/hyperv.h defines."""

    REPO = os.path.dirname(os.path.dirname(HERE))
    FILES = ("include/asm-generic/hyperv-tlfs.h", "arch/x86/include/asm/hyperv-tlfs.h",
             "arch/arm64/include/asm/hyperv-tlfs.h")

    def test_generated_612_files(self):
        for path in self.FILES:
            with open(os.path.join(self.REPO, "generated", "linux", path), encoding="utf-8") as f:
                text = f.read()
            self.assertNotIn("__TRAILING_OVERLAP", text, path)
            self.assertNotIn("union hv_connection_id", text, path)
        with open(os.path.join(self.REPO, "generated", "linux", self.FILES[0]),
                  encoding="utf-8") as f:
            self.assertIn("\tstruct hv_vpset hv_vp_set;\n\tu64 gva_list[];\n", f.read())

    # A profile of one file, written here: it leaves out union hv_connection_id but still
    # holds the port-hypercall inputs (documented) that need it.
    PROFILE = """profiles:
  probe:
    - file: probe/hyperv-tlfs.h
      view: tlfs
      select: {arch: none}
      guard: _PROBE_H
      role: a probe
      leave-out: [hv_connection_id]
"""

    def test_left_out_dependency_is_an_error(self):
        """A file that leaves a definition out but holds one that needs it is a spec error."""
        sys.path.insert(0, os.path.join(self.REPO, "generator"))
        from hvgenlib import pipeline, profiles
        from hvgenlib.diagnostics import SpecErrors

        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "profiles.yaml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(self.PROFILE)
            saved = profiles.PROFILES_PATH
            profiles.PROFILES_PATH = path
            profiles.load_profiles.cache_clear()
            try:
                with self.assertRaises(SpecErrors) as caught:
                    pipeline.analyse(os.path.join(self.REPO, "spec"))
            finally:
                profiles.PROFILES_PATH = saved
                profiles.load_profiles.cache_clear()
        codes = [str(d) for d in caught.exception.diagnostics]
        self.assertTrue(any("profile-leave-out" in c and "hv_input_connect_port" in c
                            for c in codes), codes)

if __name__ == "__main__":
    unittest.main(verbosity=2)
