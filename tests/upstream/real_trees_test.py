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
  - 6.12.117, a new hypercall code and its input struct (HvCallCheckForIoIntercept, which the
    TLFS documents and 6.12 lacks; --only those two): the same, each in the file the kernel
    profile assigns (the code in asm-generic, the x64-only struct in arch/x86);
    tests/consumer/added_struct_test.py then builds the kernel's Hyper-V objects of that
    patched tree;
  - an uncommitted edit in a file the patch would touch: exit 2, the edit untouched;
  - `report --kernel-tree` on both trees: the kernel-tree summary first on the page, its
    figures as the facts layer measures the tree (every definition of the tree identical,
    nothing differing, nothing only in the tree, 7.2 lacking nothing, 6.12 lacking exactly
    what the spec's `linux:` says it lacks), and an audit cell from `hvgen tlfs --json` for
    every documented definition.
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
sys.path.insert(0, os.path.join(ROOT, "generator"))
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
# A hypercall the TLFS documents and Linux 6.12.117 lacks (hypercalls/HvCallCheckForIoIntercept.md:
# call code 0x00AD; input PartitionId at 0, VpIndex 8, TargetVtl 12, padding 13, Port 14,
# Size 16, IsWrite 17; "Architecture: x64 only"), as a spec update would add it for 6.12: the
# code among the call codes, in code order (6.12 keeps every call code in asm-generic), the
# input struct after the union it uses (x86_64: 6.12's union hv_input_vtl is x86's).
IO_INTERCEPT = (
    ("hypercall-interface/hypercall-codes.yaml",
     "  - define: HVCALL_FLUSH_GUEST_PHYSICAL_ADDRESS_SPACE\n", """\
  - define: HVCALL_CHECK_FOR_IO_INTERCEPT
    value: 0x00ad
    tlfs: hypercalls/HvCallCheckForIoIntercept.md
    linux: [6.12]

"""),
    ("vsm/vtl.yaml", "  - struct: hv_init_vp_context\n", """\
  - struct: hv_input_check_for_io_intercept
    tlfs: hypercalls/HvCallCheckForIoIntercept.md#input-parameters
    arch: x86_64
    linux: [6.12]
    size: 18
    packed: true
    members:
      - {name: partition_id, type: u64}
      - {name: vp_index, type: u32}
      - {name: target_vtl, type: union hv_input_vtl}
      - {name: padding, type: u8, reserved: true}
      - {name: port, type: u16}
      - {name: size, type: u8}
      - {name: is_write, type: u8}

"""))
IO_INTERCEPT_NAMES = ("HVCALL_CHECK_FOR_IO_INTERCEPT", "hv_input_check_for_io_intercept")
# Where the kernel profile puts each in a 6.12 tree (select: arch none / x86_64, linux 6.12).
IO_INTERCEPT_FILES = {"HVCALL_CHECK_FOR_IO_INTERCEPT": "include/asm-generic/hyperv-tlfs.h",
                      "hv_input_check_for_io_intercept": "arch/x86/include/asm/hyperv-tlfs.h"}


def io_intercept_spec(tmp):
    """A copy of the spec (TMP/spec) with IO_INTERCEPT added."""
    spec = None
    for path, before, text in IO_INTERCEPT:
        spec = spec_with(tmp, path, before, text, fresh=spec is None)
    return spec


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
    """A git repository of the source's Hyper-V header folders, the files where the rest of a
    tree defines what those leave out (the report looks there) and its checkpatch."""
    from hvgenlib.docreport.tree import ELSEWHERE

    for folder in FOLDERS:
        if os.path.isdir(os.path.join(source, folder)):
            shutil.copytree(os.path.join(source, folder), os.path.join(dest, folder),
                            symlinks=True)
    for path in ELSEWHERE:
        if os.path.isfile(os.path.join(source, path)):
            os.makedirs(os.path.dirname(os.path.join(dest, path)), exist_ok=True)
            shutil.copy(os.path.join(source, path), os.path.join(dest, path))
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


def drop_imported_io_intercept(spec):
    """The spec as before `hvgen tlfs --import` added IO_INTERCEPT_NAMES (linux: []): the
    tests add them as a spec update for a Linux family would."""
    for path, head in (("hypercall-interface/hypercall-codes.yaml",
                        "  - define: HVCALL_CHECK_FOR_IO_INTERCEPT\n"),
                       ("hypercall-interface/hypercalls-imported.yaml",
                        "  - struct: hv_input_check_for_io_intercept\n")):
        with open(os.path.join(spec, path), encoding="utf-8") as handle:
            text = handle.read()
        text = re.sub("\n" + re.escape(head) + r"(?:    .*\n)+", "\n", text)
        with open(os.path.join(spec, path), "w", encoding="utf-8") as handle:
            handle.write(text)


def spec_with(tmp, path, before, text, fresh=True):
    """TMP/spec: a copy of the spec (FRESH) or the copy already there, with TEXT inserted into
    PATH before the line BEFORE (or at its end)."""
    spec = os.path.join(tmp, "spec")
    if fresh:
        shutil.copytree(os.path.join(ROOT, "spec"), spec)
        drop_imported_io_intercept(spec)
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

    def patch_and_check(self, family, spec, extra, expect_added, expect_files=None):
        """hvgen patch adds EXPECT_ADDED (and, given EXPECT_FILES {name: tree path}, each in
        its file) and nothing else; checkpatch --strict passes; a second run has nothing to
        do; git am applies the mbox to a pristine copy. Returns (mbox, that copy)."""
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
        if expect_files:
            per_file = {}
            for path in git(tree, "diff", "--name-only").split():
                text = git(tree, "diff", "-U0", "--", path)
                per_file.update({n: path for n in expect_added if re.search(
                    rf"^\+(?:#define\s+{n}\b|struct {n} \{{)", text, re.M)})
            self.assertEqual(per_file, expect_files)
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
        self.assertEqual(git(pristine, "diff", "HEAD~1"), git(tree, "diff"))
        return mbox, pristine

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
        mbox, _ = self.patch_and_check("7.2", spec, [], ["HV_CRASH_CTL_PRE_OS_ID",
                                                         "HV_CRASH_CTL_NO_CRASH_DUMP"])
        with open(mbox, encoding="utf-8") as handle:
            text = handle.read()
        self.assertIn("datatypes/hv_crash_ctl_reg_contents.md:", text)
        self.assertRegex(text, r"(?m)^Link: https://learn\.microsoft\.com/\S+/tlfs/datatypes/"
                               r"hv_crash_ctl_reg_contents\nSigned-off-by: ")

    def test_612_new_hypercall_and_input(self):
        spec = io_intercept_spec(self.tmp)
        self.patch_and_check("6.12", spec, ["--only", *IO_INTERCEPT_NAMES], IO_INTERCEPT_NAMES,
                             IO_INTERCEPT_FILES)

    def test_72_series_one_patch_per_page(self):
        spec = spec_with(self.tmp, "partitions/crash.yaml",
                         "  - define: HV_CRASH_CTL_CRASH_NOTIFY_MSG", CRASH_BITS)
        with open(os.path.join(spec, "hypercall-interface", "hypercall-codes.yaml"), "a",
                  encoding="utf-8") as handle:
            # the call code for both families (the file's default linux: [6.12, 7.2])
            handle.write("\n" + IO_INTERCEPT[0][2].replace("    linux: [6.12]\n", ""))
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

    def report(self, family):
        """`hvgen report --kernel-tree` on a pristine copy, the audit from the default TLFS
        snapshot: (page, {summary row: count}, [(name, status, audit, tree) per row])."""
        from hvgenlib.docreport.audit import default_tlfs

        if default_tlfs() is None:
            self.skipTest("no TLFS snapshot (../shared/tlfs/<date>/tlfs) for the audit column")
        tree = self.tree(family)
        out = os.path.join(self.tmp, f"report-{family}.md")
        run = hvgen("report", "--kernel-tree", tree, "--out-md", out)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("audit column from the TLFS at", run.stderr)
        with open(out, encoding="utf-8") as handle:
            page = handle.read()
        headings = re.findall(r"(?m)^## (.*)$", page)
        self.assertEqual(headings[:2], [f"Kernel tree `{tree}`", "Summary"])  # at the top
        counts = {state: int(n) for state, n in re.findall(
            r"(?m)^\| (identical|differing|missing in tree|only in tree|elsewhere in the tree) "
            r"\| (\d+) \|$", page)}
        rows = [tuple(cell.strip() for cell in line.split(" | ")[0:1] + line.split(" | ")[2:3]
                      + line.split(" | ")[-2:])
                for line in page.splitlines() if line.startswith("| `")]
        rows = [(name.strip("|` "), status, audit, tree_cell.rstrip(" |"))
                for name, status, audit, tree_cell in rows]
        return page, counts, rows

    def tree_definitions(self, family):
        """The tree's own definitions as the facts layer measures its family files (every
        arch), include guards left out: {(category, name)}."""
        from hvgenlib.outputs import rendered_outputs
        from hvgenlib.patching import surgical, tree as kernel_files
        from hvgenlib.profiles import load_profiles

        plan = kernel_files.plan(TREES[family], rendered_outputs(os.path.join(ROOT, "spec"),
                                                                 None))
        guards = {o.guard for profile in load_profiles().values() for o in profile}
        measured = surgical.measure(TREES[family], plan.layout, list(plan.files))
        return {key for per_arch in measured.values() for key in per_arch
                if not (key[0] == "macros" and key[1] in guards)}

    def assert_audit_cells(self, rows):
        """Every documented definition has an audit cell, and it is the audit's own verdict
        (`hvgen tlfs --json`'s findings) wherever the audit has a finding for it."""
        import json
        from hvgenlib.docreport.audit import NOT_AUDITED, default_tlfs

        run = hvgen("tlfs", "--tlfs", default_tlfs(), "--json")
        self.assertIn(run.returncode, (0, 1), run.stderr)
        verdicts = {}
        for finding in json.loads(run.stdout)["findings"]:
            verdicts.setdefault(finding["name"], set()).add(finding["verdict"])
        documented = [r for r in rows if r[1] == "documented"]
        self.assertGreater(len(documented), 400)
        for name, _, audit, _ in documented:
            self.assertTrue(audit and audit != "-", name)
            if name in verdicts:
                self.assertTrue(any(audit.startswith(v) for v in verdicts[name]), (name, audit))
            else:
                self.assertEqual(audit, NOT_AUDITED, name)
        audited = sum(1 for r in documented if r[0] in verdicts)
        print(f"audit cells: {audited} of {len(documented)} documented definitions with the "
              f"audit's verdict, {len(documented) - audited} not in the audit", file=sys.stderr)

    def test_report_72(self):
        """Pristine 7.2.13: every definition identical to the spec's view of 7.x, missing
        exactly the definitions of the spec's hdk view that the spec's `linux:` says 7.2 lacks
        (the TLFS's own, `linux: []`, that hvgen tlfs --import added)."""
        from hvgenlib import presence
        from hvgenlib.pipeline import analyse

        page, counts, rows = self.report("7.2")
        print(f"report 7.2: {counts}", file=sys.stderr)
        result = analyse(os.path.join(ROOT, "spec"))
        carried = {d.name for d in result.model.definitions if presence.carries(d.tags, "7.2")
                   and d.tags.present_in(presence.SPELLING["7.2"])}
        lacking = {v.name for v in result.views["hdk"].definitions} - carried
        self.assertEqual(counts, {"identical": len(self.tree_definitions("7.2")),
                                  "differing": 0, "missing in tree": len(lacking),
                                  "only in tree": 0})
        self.assertEqual({r[0] for r in rows if r[3].startswith("lacks")}, lacking)
        self.assertGreater(counts["identical"], 600)
        self.assertFalse([r for r in rows if r[3].startswith("differs")])
        self.assert_audit_cells(rows)

    def test_report_612(self):
        """Pristine 6.12.117: what it carries identical to the spec's view of 6.12, and
        missing exactly the definitions of the spec's tlfs view that the spec's `linux:` says
        6.12 lacks, but for union hv_connection_id, which its include/linux/hyperv.h defines."""
        from hvgenlib import presence
        from hvgenlib.pipeline import analyse

        page, counts, rows = self.report("6.12")
        print(f"report 6.12: {counts}", file=sys.stderr)
        self.assertEqual(counts["identical"], len(self.tree_definitions("6.12")))
        self.assertEqual((counts["differing"], counts["only in tree"]), (0, 0))
        self.assertEqual(counts["elsewhere in the tree"], 1)
        self.assertIn("- `hv_connection_id` (include/linux/hyperv.h)", page)
        result = analyse(os.path.join(ROOT, "spec"))
        in_view = {vdef.name for vdef in result.views["tlfs"].definitions}
        carried = {d.name for d in result.model.definitions if presence.carries(d.tags, "6.12")
                   and d.tags.present_in(presence.SPELLING["6.12"])}
        lacking = {d.name for d in result.model.definitions
                   if d.name in in_view and d.name not in carried} - {"hv_connection_id"}
        lacks = page.split("### Documented definitions the tree lacks")[1].split("\n### ")[0]
        hdk_lacks = page.split("### HDK-only definitions the tree lacks")[1].split("\n### ")[0]
        self.assertEqual(hdk_lacks.strip(), "None.")
        self.assertEqual(set(re.findall(r"(?m)^- `([^`]+)`", lacks)), lacking)
        self.assertEqual(counts["missing in tree"], len(lacking))
        self.assertIn("HVCALL_CREATE_PARTITION", lacking)
        self.assertEqual({r[0] for r in rows if r[3].startswith("lacks")}, lacking)
        self.assert_audit_cells(rows)

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
