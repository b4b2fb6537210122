#!/usr/bin/python3
"""`hvgen patch` on the real trees: Linux 7.2.13 and 6.12.117 from Debian's linux-source
packages (tools/fetch-kernel-source, cached outside the repository), as git repositories of
their Hyper-V header folders (include/hyperv, include/asm-generic, arch/*/include/asm) and
scripts/checkpatch.pl. Exit 77 (skip) only
when the archive cannot be reached.

  - pristine 7.2.13 and 6.12.117: nothing to do, no mbox, exit 0;
  - one TLFS-documented addition (the crash-control register's PreOSId and NoCrashDump bits):
    a patch whose changed lines are only those definitions, that `git am` applies to a
    pristine copy, that checkpatch --strict from the tree passes, and after which the tree
    measures as the spec's view (a second run has nothing to do);
  - 6.12.117, a new hypercall code and its input struct (--only those two): the same;
  - an uncommitted edit in a file the patch would touch: exit 2, the edit untouched.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HVGEN = os.path.join(ROOT, "generator", "hvgen")
CACHE = os.environ.get("HVGEN_KERNEL_CACHE", "/var/cache/hvgen-kernels")
SOURCES = {"7.2": ("linux-source-7.2", "7.2.13-1"),
           "6.12": ("linux-source-6.12", "6.12.117-1~deb12u1")}
TREES = {}

CRASH_BITS = """  - define: HV_CRASH_CTL_PRE_OS_ID
    value: "GENMASK_ULL(60, 58)"
    tlfs: datatypes/hv_crash_ctl_reg_contents.md#syntax

  - define: HV_CRASH_CTL_NO_CRASH_DUMP
    value: "BIT_ULL(61)"
    tlfs: datatypes/hv_crash_ctl_reg_contents.md#syntax

"""
NEW_CALL = """
  - define: HVCALL_HVGEN_SCENARIO_TEST
    value: 0x7ff0
    tlfs: hypercalls/HvCallScenarioTest.md

  - struct: hv_input_hvgen_scenario_test
    tlfs: hypercalls/HvCallScenarioTest.md
    members:
      - {name: partition_id, type: u64}
      - {name: vp_index, type: u32}
      - {name: reserved, type: u32, reserved: true}
"""


def fetch(family):
    package, version = SOURCES[family]
    run = subprocess.run([os.path.join(ROOT, "tools", "fetch-kernel-source"), CACHE, package,
                          version], capture_output=True, text=True, check=False)
    if run.returncode == 77:
        print(run.stderr, file=sys.stderr)
        sys.exit(77)
    if run.returncode:
        raise RuntimeError(f"fetch-kernel-source {package} {version}: {run.stderr}")
    return run.stdout.strip().splitlines()[-1]


def git(repo, *args, check=True):
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True,
                          check=check).stdout


# The folders that hold the Hyper-V headers and what they include from the tree (the rest,
# <linux/types.h> and the like, the facts layer's kernel shim provides).
FOLDERS = ("include/hyperv", "include/asm-generic", "arch/x86/include/asm",
           "arch/arm64/include/asm")


def copy_tree(source, dest):
    """A git repository of the source's Hyper-V header folders and its checkpatch."""
    for folder in FOLDERS:
        if os.path.isdir(os.path.join(source, folder)):
            shutil.copytree(os.path.join(source, folder), os.path.join(dest, folder),
                            symlinks=True)
    os.makedirs(os.path.join(dest, "scripts"))
    for name in ("checkpatch.pl", "spelling.txt", "const_structs.checkpatch"):
        if os.path.exists(os.path.join(source, "scripts", name)):
            shutil.copy(os.path.join(source, "scripts", name), os.path.join(dest, "scripts"))
    git(dest, "init", "-q")
    git(dest, "config", "user.name", "Hyper V Tester")
    git(dest, "config", "user.email", "tester@example.com")
    git(dest, "config", "commit.gpgsign", "false")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "pristine")
    return dest


def hvgen(*args):
    return subprocess.run([sys.executable, HVGEN, *args], capture_output=True, text=True,
                          check=False)


def spec_with(tmp, path, before, text):
    spec = os.path.join(tmp, "spec")
    shutil.copytree(os.path.join(ROOT, "spec"), spec)
    target = os.path.join(spec, path)
    with open(target, encoding="utf-8") as handle:
        current = handle.read()
    if before is None:
        current += text
    else:
        at = current.index(before)
        current = current[:at] + text + current[at:]
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(current)
    return spec


class RealTrees(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="hvgen-real-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def tree(self, family, name="linux"):
        return copy_tree(TREES[family], os.path.join(self.tmp, f"{name}-{family}"))

    def patch_and_check(self, family, spec, extra, expect_added):
        tree = self.tree(family)
        mbox = os.path.join(self.tmp, f"{family}.mbox")
        run = hvgen("patch", "--spec", spec, "--kernel-tree", tree, "-o", mbox, *extra)
        self.assertEqual(run.returncode, 0, run.stderr)
        diff = git(tree, "diff", "-U0")
        changed = [l for l in diff.splitlines() if l[:1] in "+-" and l[:3] not in ("+++", "---")]
        self.assertTrue(all(l.startswith("+") for l in changed), changed)
        names = {n for l in changed for n in re.findall(r"^\+(?:#define\s+(\w+)|struct (\w+) \{)",
                                                        l) for n in n if n}
        self.assertEqual(names, set(expect_added))
        check = subprocess.run(["perl", "scripts/checkpatch.pl", "--strict", "--no-tree", mbox],
                               cwd=tree, capture_output=True, text=True, check=False)
        self.assertIn("total: 0 errors, 0 warnings, 0 checks", check.stdout, check.stdout)
        again = hvgen("patch", "--spec", spec, "--kernel-tree", tree, "-o", mbox + ".2", *extra)
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertIn("nothing to do", again.stderr)
        pristine = self.tree(family, "pristine")
        git(pristine, "am", "-q", mbox)
        self.assertEqual(git(pristine, "diff", "HEAD~1", "--stat").strip().splitlines()[-1],
                         git(tree, "diff", "--stat").strip().splitlines()[-1])
        return mbox

    def assert_nothing_to_do(self, family):
        """A pristine tree: patch writes nothing and exits 0, check --kernel-tree exits 0."""
        tree = self.tree(family)
        mbox = os.path.join(self.tmp, "none.mbox")
        run = hvgen("patch", "--kernel-tree", tree, "-o", mbox)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("nothing to do", run.stderr)
        self.assertFalse(os.path.exists(mbox))
        self.assertEqual(git(tree, "status", "--porcelain"), "")
        run = hvgen("check", "--kernel-tree", tree)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)

    def test_pristine_72_has_nothing_to_do(self):
        self.assert_nothing_to_do("7.2")

    def test_pristine_612_has_nothing_to_do(self):
        """The 6.12 kernel files hold exactly what 6.12.117 has (the spec's `linux:`)."""
        self.assert_nothing_to_do("6.12")

    def test_72_crash_control_bits(self):
        spec = spec_with(self.tmp, "partitions/crash.yaml",
                         "  - define: HV_CRASH_CTL_CRASH_NOTIFY_MSG", CRASH_BITS)
        mbox = self.patch_and_check("7.2", spec, [], ["HV_CRASH_CTL_PRE_OS_ID",
                                                      "HV_CRASH_CTL_NO_CRASH_DUMP"])
        with open(mbox, encoding="utf-8") as handle:
            text = handle.read()
        self.assertIn("datatypes/hv_crash_ctl_reg_contents.md:", text)
        self.assertRegex(text, r"(?m)^Link: https://learn\.microsoft\.com/\S+/tlfs/datatypes/"
                               r"hv_crash_ctl_reg_contents\nSigned-off-by: ")

    def test_612_new_hypercall_and_input(self):
        spec = spec_with(self.tmp, "hypercall-interface/hypercall-codes.yaml", None, NEW_CALL)
        self.patch_and_check("6.12", spec, ["--only", "HVCALL_HVGEN_SCENARIO_TEST",
                                            "hv_input_hvgen_scenario_test"],
                             ["HVCALL_HVGEN_SCENARIO_TEST", "hv_input_hvgen_scenario_test"])

    def test_72_series_one_patch_per_page(self):
        spec = spec_with(self.tmp, "partitions/crash.yaml",
                         "  - define: HV_CRASH_CTL_CRASH_NOTIFY_MSG", CRASH_BITS)
        with open(os.path.join(spec, "hypercall-interface", "hypercall-codes.yaml"), "a",
                  encoding="utf-8") as handle:
            handle.write(NEW_CALL.split("\n  - struct:")[0] + "\n")
        tree = self.tree("7.2")
        series = os.path.join(self.tmp, "series")
        run = hvgen("patch", "--spec", spec, "--kernel-tree", tree, "--series", series,
                    "--no-write")
        self.assertEqual(run.returncode, 0, run.stderr)
        names = sorted(os.listdir(series))
        self.assertEqual(len(names), 3, names)
        self.assertTrue(names[0].startswith("0000-cover-letter"))
        with open(os.path.join(series, names[0]), encoding="utf-8") as handle:
            self.assertIn("Subject: [PATCH 0/2]", handle.read())
        for name in names[1:]:
            check = subprocess.run(["perl", "scripts/checkpatch.pl", "--strict", "--no-tree",
                                    os.path.join(series, name)], cwd=tree, capture_output=True,
                                   text=True, check=False)
            self.assertIn("total: 0 errors, 0 warnings, 0 checks", check.stdout, check.stdout)
        git(tree, "am", "-q", *[os.path.join(series, n) for n in names[1:]])
        again = hvgen("patch", "--spec", spec, "--kernel-tree", tree, "-o",
                      os.path.join(self.tmp, "again.mbox"))
        self.assertIn("nothing to do", again.stderr)

    def test_check_kernel_tree(self):
        """`hvgen check --kernel-tree`: exit 0 on the pristine 7.2 tree, 1 naming what differs."""
        tree = self.tree("7.2")
        run = hvgen("check", "--kernel-tree", tree)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertIn("matches the spec's view", run.stderr)
        spec = spec_with(self.tmp, "partitions/crash.yaml",
                         "  - define: HV_CRASH_CTL_CRASH_NOTIFY_MSG", CRASH_BITS)
        run = hvgen("check", "--kernel-tree", tree, "--spec", spec)
        self.assertEqual(run.returncode, 1, run.stderr)
        self.assertEqual(sorted(run.stdout.splitlines()), [
            "include/hyperv/hvgdk_mini.h: lacks HV_CRASH_CTL_NO_CRASH_DUMP (x86_64+arm64)",
            "include/hyperv/hvgdk_mini.h: lacks HV_CRASH_CTL_PRE_OS_ID (x86_64+arm64)"])

    def test_uncommitted_edit_refused(self):
        spec = spec_with(self.tmp, "partitions/crash.yaml",
                         "  - define: HV_CRASH_CTL_CRASH_NOTIFY_MSG", CRASH_BITS)
        tree = self.tree("7.2")
        path = os.path.join(tree, "include", "hyperv", "hvgdk_mini.h")
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("/* work in progress */\n")
        with open(path, "rb") as handle:
            before = handle.read()
        run = hvgen("patch", "--spec", spec, "--kernel-tree", tree,
                    "-o", os.path.join(self.tmp, "x.mbox"))
        self.assertEqual(run.returncode, 2, run.stderr)
        self.assertIn("uncommitted changes in include/hyperv/hvgdk_mini.h", run.stderr)
        with open(path, "rb") as handle:
            self.assertEqual(handle.read(), before)


def main():
    for family in SOURCES:
        TREES[family] = fetch(family)
    unittest.main()


if __name__ == "__main__":
    main()
