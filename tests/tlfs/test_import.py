"""hvgen tlfs --import (tlfs/importing.py): TLFS constant tables into spec entries.

A small made-up snapshot proves what an import adds, reports and leaves alone; the real
snapshots (when present) prove the update workflow: importing 2025-08-11 and then 2025-12-15
yields the same spec entries as importing 2025-12-15 directly, and a second import changes
nothing."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "generator"))
from hvgenlib.tlfs import importing  # noqa: E402
from hvgenlib.tlfs.markdown import parse_page, read_tree  # noqa: E402

FRONT = "---\ntitle: T\n---\n\n"
REGISTERS = FRONT + """# HV_REGISTER_NAME

## Common Registers (Architecture Neutral)

### Suspend / Migration
| Register | Identifier | Comment |
|----------|------------|---------|
| HvRegisterExplicitSuspend | 0x00000000 | in the spec |
| HvRegisterInstructionEmulationHints | 0x00000002 | new |
| HvRegisterVpIndex | 0x00090099 | the spec says 0x00090003 |

## x64 Architecture Registers

### General Purpose
| Register | Identifier | Comment |
|----------|------------|---------|
| HvX64RegisterRax | 0x00020000 | new, x64 |
| HvX64RegisterMsrMtrrFix16kA0000 | 0x00080072 | the spec's HV_X64_REGISTER_MSR_MTRR_FIX16KA0000 |

## ARM64 Architecture Registers

### General Purpose
| Register | Identifier | Comment |
|----------|------------|---------|
| HvArm64RegisterX0 | 0x00020000 | new, arm64 |
| HvArm64RegisterCcsidrEl1 / Ccsidr2El1 | 0x00040030 /0x00040031 | two |
"""
MESSAGES = FRONT + """# HV_MESSAGE_TYPE

## Syntax
```c
typedef enum _HV_MESSAGE_TYPE {
    HvMessageTypeNone                   = 0x00000000,
    HvMessageTypeUnacceptedGpa          = 0x80000003,
    HvMessageTypeMsrIntercept           = 0x80010001, /* All */
    HvMessageTypeX64RdtscIntercept      = 0x8001000A, /* x64 */
    HvMessageTypeArm64ResetIntercept    = 0x8001000C, /* Arm64 */
} HV_MESSAGE_TYPE;
```
"""
INTERCEPTS = FRONT + """# HV_INTERCEPT_TYPE

## Syntax
```c
typedef enum {
    HvInterceptTypeException        = 0x00000003,
    HvInterceptTypeRegister         = 0x00000012,
} HV_INTERCEPT_TYPE;
```

### Values
- **HvInterceptTypeRegister**: (ARM64 only) a register access.
"""
OVERVIEW = FRONT + """# Hypercall Reference

| Call Code | Type    | Hypercall |
|-----------|---------|-----------|
| 0x0002    | Simple  | [HvCallFlushVirtualAddressSpace](x.md) |
| 0x0011    | Simple  | [HvCallVtlCall](HvCallVtlCall.md) |
"""


def snapshot(**pages):
    return {path: parse_page(path, text) for path, text in pages.items()}


PAGES = {"datatypes/hv_register_name.md": REGISTERS, "datatypes/hv_message_type.md": MESSAGES,
         "datatypes/hv_intercept_type.md": INTERCEPTS, "hypercalls/overview.md": OVERVIEW}


def spec_entries(spec_dir):
    """{(enum or file, name, value, arch, visibility, linux, tlfs)} of the import's targets."""
    out = set()
    for root, _, files in os.walk(spec_dir):
        for f in files:
            if not f.endswith(".yaml"):
                continue
            with open(os.path.join(root, f), encoding="utf-8") as handle:
                data = yaml.safe_load(handle)
            defaults = data.get("defaults") or {}
            for d in data["definitions"]:
                if d.get("enum") in {s.enum for s in importing.SOURCES if s.enum}:
                    vis = d.get("visibility", defaults.get("visibility"))
                    linux = d.get("linux", defaults.get("linux"))
                    for v in d["values"]:
                        out.add((d["enum"], v["name"], v["value"], v.get("arch"),
                                 v.get("visibility", vis), repr(v.get("linux", linux)), None))
                elif f.endswith(importing.IMPORTED):  # an imported record or define, whole
                    out.add((f, d.get("struct") or d.get("union") or d.get("define"), repr(d),
                             None,
                             defaults.get("visibility"), repr(defaults.get("linux")),
                             d.get("tlfs")))
                elif f == "hypercall-codes.yaml" and "define" in d:
                    out.add((f, d["define"], d["value"], d.get("arch"),
                             d.get("visibility", defaults.get("visibility")),
                             repr(d.get("linux", defaults.get("linux"))), d.get("tlfs")))
    return out


def tree(spec_dir):
    out = {}
    for root, _, files in os.walk(spec_dir):
        for f in files:
            with open(os.path.join(root, f), "rb") as handle:
                out[os.path.relpath(os.path.join(root, f), spec_dir)] = handle.read()
    return out


def strip_imported(spec_dir):
    """The spec as it was before any import: every entry an import owns removed (an import
    of tables that list nothing, through the importer's own edit)."""
    for root, _, files in os.walk(spec_dir):
        for f in files:
            if f.endswith(importing.IMPORTED):
                os.remove(os.path.join(root, f))
    defined, tlfs_names = importing._spec_names(spec_dir)
    for source in importing.SOURCES:
        path = importing._target_file(spec_dir, source)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        new = importing.plan(source, [], text, path, defined, tlfs_names, importing.Outcome())
        if new is not None:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(new)


class ImportTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.spec = os.path.join(self.tmp, "spec")
        shutil.copytree(os.path.join(ROOT, "spec"), self.spec)
        strip_imported(self.spec)
        self.before = spec_entries(self.spec)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def added(self):
        return spec_entries(self.spec) - self.before

    def test_adds_what_the_spec_lacks(self):
        outcome = importing.run_import(snapshot(**PAGES), self.spec)
        added = {(e[0], e[1]): e for e in self.added()}
        reg, msg = "hv_register_name", "hv_message_type"
        # new values: documented (inherited), linux: [], arch as the TLFS gives it
        self.assertEqual(added[(reg, "HV_REGISTER_INSTRUCTION_EMULATION_HINTS")][2:],
                         (2, None, "documented", "[]", None))
        self.assertEqual(added[(reg, "HV_X64_REGISTER_RAX")][2:4], (0x20000, "x86_64"))
        self.assertEqual(added[(reg, "HV_ARM64_REGISTER_X0")][2:4], (0x20000, "arm64"))
        self.assertEqual(added[(reg, "HV_ARM64_REGISTER_CCSIDR2_EL1")][2:4], (0x40031, "arm64"))
        self.assertEqual(added[(msg, "HVMSG_X64_RDTSC_INTERCEPT")][2:4], (0x8001000A, "x86_64"))
        self.assertEqual(added[(msg, "HVMSG_ARM64_RESET_INTERCEPT")][2:4], (0x8001000C, "arm64"))
        self.assertEqual(added[(msg, "HVMSG_UNACCEPTED_GPA")][2:4], (0x80000003, None))
        self.assertEqual(added[("hv_intercept_type", "HV_INTERCEPT_TYPE_REGISTER")][2:4],
                         (0x12, "arm64"))
        self.assertEqual(added[("hypercall-codes.yaml", "HVCALL_VTL_CALL")][2:],
                         (0x11, None, "documented", "[]",
                          "hypercalls/overview.md#hypercall-reference"))
        # nothing else: the spec's own names are not added again, nor Linux's other names
        self.assertEqual(len(added), 10, sorted(added))
        # the spec's value is kept and the difference reported
        self.assertTrue(any("HV_REGISTER_VP_INDEX" in d and "0x00090099" in d
                            for d in outcome.differs), outcome.differs)
        self.assertIn(("HV_X64_REGISTER_MSR_MTRR_FIX16KA0000", "HvX64RegisterMsrMtrrFix16kA0000"),
                      {(s, t) for s, t, _ in outcome.linux_names})
        self.assertIn(("HVMSG_X64_MSR_INTERCEPT", "HvMessageTypeMsrIntercept"),
                      {(s, t) for s, t, _ in outcome.linux_names})
        self.assertIn("datatypes/hv_partition_property_code.md", outcome.missing_pages)

    def test_call_codes_of_the_hypercall_pages(self):
        """A hypercall page's own Call Code is a define too, cited by the page, on the
        architecture its `Architecture:` line names first; overview.md's row wins, and a name
        the spec has (or has as tlfs_name:) is not added again."""
        pages = dict(PAGES)
        pages["hypercalls/HvCallGetVpSetFromMda.md"] = FRONT + (
            "# HvCallGetVpSetFromMda\n\nArchitecture: x64 only (not available on arm64).\n\n"
            "## Call Code\n\n`0x00E5` (Simple)\n")
        pages["hypercalls/HvCallVtlCall.md"] = FRONT + (
            "# HvCallVtlCall\n\n## Call Code\n\n`0x0011` (Simple)\n")
        pages["hypercalls/HvCallSendSyntheticClusterIpi.md"] = FRONT + (
            "# HvCallSendSyntheticClusterIpi\n\n## Call Code\n\n`0x000b` (Simple)\n")
        pages["hypercalls/HvCallInstallInterceptEx.md"] = FRONT + (
            "# HvCallInstallInterceptEx\n\nArchitecture: ARM64 only.\n\n"
            "## Call Code\n\n`0x0110` (Simple)\n")
        outcome = importing.run_import(snapshot(**pages), self.spec)
        added = {(e[0], e[1]): e for e in self.added()}
        codes = "hypercall-codes.yaml"
        self.assertEqual(added[(codes, "HVCALL_GET_VP_SET_FROM_MDA")][2:],
                         (0xE5, "x86_64", "documented", "[]",
                          "hypercalls/HvCallGetVpSetFromMda.md"))
        self.assertEqual(added[(codes, "HVCALL_INSTALL_INTERCEPT_EX")][2:4], (0x110, "arm64"))
        self.assertEqual(added[(codes, "HVCALL_VTL_CALL")][6],
                         "hypercalls/overview.md#hypercall-reference")
        self.assertNotIn((codes, "HVCALL_SEND_SYNTHETIC_CLUSTER_IPI"), added)
        self.assertEqual(len(added), 12, sorted(added))
        self.assertEqual(len(outcome.added["hypercalls"]), 3)  # HVCALL_VTL_CALL and the two

    def test_records(self):
        """A C block's union and a hypercall's Input Parameters table become spec records
        the audit verifies; what cannot be expressed is listed with the reason, nothing of
        it written; a second import changes nothing, and one without them removes them."""
        pages = {
            "datatypes/hv_foo_flags.md": FRONT + (
                "# HV_FOO_FLAGS\n\nArchitecture: x64 only.\n\n## Syntax\n\n```c\n"
                "typedef union\n{\n    UINT64 AsUINT64;\n    struct\n    {\n"
                "        UINT64 EnableBar : 1;\n        UINT64 ReservedZ : 63;\n    };\n"
                "} HV_FOO_FLAGS;\n```\n"),
            "hypercalls/HvCallFooBar.md": FRONT + (
                "# HvCallFooBar\n\n## Call Code\n\n`0x0123` (Simple)\n\n"
                "## Input Parameters\n\n| Name | Offset | Size | Information Provided |\n"
                "|---|---|---|---|\n| PartitionId | 0 | 8 | p |\n| VpIndex | 8 | 4 | v |\n"
                "| Flags | 16 | 8 | f |\n| RsvdZ | 24 | 3 | r |\n\n"
                "## Output Parameters\n\n| Name | Offset | Size | Information Provided |\n"
                "|---|---|---|---|\n| Count | 0 | 8 | c |\n| List | 8 | Var | l |\n"),
            # bytes the prototype passes as PCVOID are u8s; a variable-size last row the
            # prototype passes as a union is that union
            "hypercalls/HvCallFooPost.md": FRONT + (
                "# HvCallFooPost\n\nArchitecture: x64 only.\n\n## Syntax\n\n```c\nHV_STATUS\n"
                "HvCallFooPost(\n    _In_ UINT32 PayloadSize,\n"
                "    _In_reads_bytes_(PayloadSize) PCVOID Message,\n"
                "    _In_ HV_FOO_FLAGS Flags\n    );\n```\n\n"
                "## Input Parameters\n\n| Name | Offset | Size | Information Provided |\n"
                "|---|---|---|---|\n| PayloadSize | 0 | 4 | p |\n| RsvdZ | 4 | 4 | r |\n"
                "| Message | 8 | 24 | m |\n| Flags | 32 | Variable | f |\n")}
        outcome = importing.run_import(snapshot(**pages), self.spec)
        self.assertEqual(sorted(outcome.records),
                         ["struct hv_input_foo_bar", "struct hv_input_foo_post",
                          "union hv_foo_flags"], outcome.skipped)
        self.assertTrue(any("HvCallFooBar output: List has a variable size" in why
                            for why in outcome.skipped), outcome.skipped)
        path = os.path.join(self.spec, "hypercall-interface", "hypercalls" + importing.IMPORTED)
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        self.assertEqual(data["defaults"], {"visibility": "documented", "linux": [],
                                            "hdk-file": "hvhdk.h"})
        record, post = data["definitions"]
        self.assertEqual(post["members"], [
            {"name": "payload_size", "type": "u32"},
            {"name": "rsvd_z", "type": "u32", "reserved": True},
            {"name": "message", "type": "u8", "array": 24},
            {"name": "flags", "type": "union hv_foo_flags"}])
        self.assertEqual(record["tlfs"], "hypercalls/HvCallFooBar.md#input-parameters")
        self.assertTrue(record["packed"])
        self.assertEqual(record["members"], [
            {"name": "partition_id", "type": "u64"}, {"name": "vp_index", "type": "u32"},
            {"name": "reserved_2", "type": "u32", "reserved": True},  # the table's gap
            {"name": "flags", "type": "u64"},
            {"name": "rsvd_z", "type": "u8", "array": 3, "reserved": True}])
        path = os.path.join(self.spec, "datatypes", "types" + importing.IMPORTED)
        with open(path, encoding="utf-8") as handle:
            (flags,) = yaml.safe_load(handle)["definitions"]
        self.assertEqual((flags["arch"], flags["members"][0]), ("x86_64",
                                                                 {"name": "as_uint64", "type": "u64"}))
        self.assertEqual(flags["members"][1]["struct"][1],
                         {"name": "reserved_z", "type": "u64", "bits": 63, "reserved": True})
        # what the audit says of them: layout verified, every member too
        from hvgenlib.pipeline import analyse
        from hvgenlib.tlfs.audit import run_audit
        claims = [c for c in run_audit(analyse(self.spec), snapshot(**pages)).claims
                  if c.definition in ("hv_input_foo_bar", "hv_foo_flags", "hv_input_foo_post")]
        self.assertEqual({c.verdict for c in claims}, {"layout verified"}, claims)
        self.assertEqual(len([c for c in claims if c.member is None]), 3)
        files = tree(self.spec)
        again = importing.run_import(snapshot(**pages), self.spec)
        self.assertEqual((tree(self.spec), again.files), (files, []))
        importing.run_import(snapshot(**PAGES), self.spec)  # a snapshot without them
        self.assertFalse(os.path.exists(path))

    def test_records_per_arch(self):
        """Where the TLFS lays a record out per architecture (an x64 and an ARM64 table, a
        row `4 (x64) or 8 (ARM64)` bytes, a C block's `#if defined(_AMD64_)` part), the
        import writes one record per arch under the one name, each `arch:`-bound, cited to
        its own table; the audit verifies each on its arch. A C block's enum is an enum, its
        values named by the rule. A per-arch row whose type the documented view has only on
        the other arch is no record (the reason listed)."""
        table = "| Name | Offset | Size | Information Provided |\n|---|---|---|---|\n"
        pages = {
            "hypercalls/HvCallFooStart.md": FRONT + (
                "# HvCallFooStart\n\n## Input Parameters\n\n### x64 Layout\n\n" + table +
                "| PartitionId | 0 | 8 | p |\n| Context | 8 | 8 | c |\n\n"
                "### ARM64 Layout\n\n" + table +
                "| PartitionId | 0 | 8 | p |\n| Context | 8 | 4 | c |\n\n"
                "## Input List Element\n\n" + table +
                "| HwId | 0 | 4 (x64) or 8 (ARM64) | h |\n| Padding | 4 or 8 | 4 or 0 | |\n"),
            "datatypes/hv_foo_control.md": FRONT + (
                "# HV_FOO_CONTROL\n\n## Syntax\n\n```c\ntypedef enum\n{\n"
                "    HvFooEntryReserved = 0,\n    HvFooEntryVtlCall = 1,\n} HV_FOO_REASON;\n\n"
                "typedef struct\n{\n    HV_FOO_REASON Reason;\n    UINT32 ReservedZ0;\n"
                "#if defined(_AMD64_)\n    UINT64 ReturnRax;\n#else\n    UINT64 ReservedZ1;\n#endif\n"
                "} HV_FOO_CONTROL;\n```\n"),
            # its ARM64 row is the spec's x64-only hv_init_vp_context
            "hypercalls/HvCallFooBoot.md": FRONT + (
                "# HvCallFooBoot\n\n## Interface\n\n```c\nHV_STATUS\nHvCallFooBoot(\n"
                "    _In_ HV_INITIAL_VP_CONTEXT VpContext\n    );\n```\n\n"
                "## Input Parameters\n\n### x64 Layout\n\n" + table +
                "| VpContext | 0 | 224 | c |\n\n### ARM64 Layout\n\n" + table +
                "| VpContext | 0 | 72 | c |\n")}
        outcome = importing.run_import(snapshot(**pages), self.spec)
        self.assertEqual(sorted(outcome.records), [
            "enum hv_foo_reason", "struct hv_foo_control", "struct hv_foo_control",
            "struct hv_input_foo_start",
            "struct hv_input_foo_start", "struct hv_input_foo_start_list_element",
            "struct hv_input_foo_start_list_element"], outcome.skipped)
        self.assertTrue(any("HvCallFooBoot input (arm64)" in why for why in outcome.skipped),
                        outcome.skipped)
        path = os.path.join(self.spec, "hypercall-interface", "hypercalls" + importing.IMPORTED)
        with open(path, encoding="utf-8") as handle:
            records = {(d["struct"], d["arch"]): d for d in yaml.safe_load(handle)["definitions"]}
        start = records[("hv_input_foo_start", "x86_64")]
        self.assertEqual((start["tlfs"], start["members"][1]),
                         ("hypercalls/HvCallFooStart.md#x64-layout",
                          {"name": "context", "type": "u64"}))
        start = records[("hv_input_foo_start", "arm64")]
        self.assertEqual((start["tlfs"], start["members"][1]),
                         ("hypercalls/HvCallFooStart.md#arm64-layout",
                          {"name": "context", "type": "u32"}))
        self.assertEqual(records[("hv_input_foo_start_list_element", "x86_64")]["members"],
                         [{"name": "hw_id", "type": "u32"},
                          {"name": "padding", "type": "u32", "reserved": True}])
        self.assertEqual(records[("hv_input_foo_start_list_element", "arm64")]["members"],
                         [{"name": "hw_id", "type": "u64"}])
        path = os.path.join(self.spec, "datatypes", "types" + importing.IMPORTED)
        with open(path, encoding="utf-8") as handle:
            found = yaml.safe_load(handle)["definitions"]
        (reason,) = [d for d in found if "enum" in d]
        twins = [d for d in found if "struct" in d]
        # the enum, its values named by the rule; the record's member of it a u32
        self.assertEqual(reason, {"enum": "hv_foo_reason",
                                  "tlfs": "datatypes/hv_foo_control.md#syntax", "values": [
                                      {"name": "HV_FOO_ENTRY_RESERVED", "value": 0},
                                      {"name": "HV_FOO_ENTRY_VTL_CALL", "value": 1}]})
        self.assertEqual({d["members"][0]["type"] for d in twins}, {"u32"})
        control = {d["arch"]: d["members"][2] for d in twins}
        self.assertEqual(control, {"x86_64": {"name": "return_rax", "type": "u64"},
                                   "arm64": {"name": "reserved_z1", "type": "u64",
                                             "reserved": True}})
        from hvgenlib.pipeline import analyse
        from hvgenlib.tlfs.audit import run_audit
        claims = [c for c in run_audit(analyse(self.spec), snapshot(**pages)).claims
                  if c.definition.startswith(("hv_input_foo_start", "hv_foo_"))]
        self.assertEqual({c.verdict for c in claims if c.member is None or c.definition !=
                          "hv_foo_reason"}, {"layout verified"}, claims)
        self.assertEqual({c.verdict for c in claims if c.member and c.definition ==
                          "hv_foo_reason"}, {"value verified"}, claims)
        self.assertEqual(len([c for c in claims if c.member is None]), 7)

    def test_defines(self):
        """A C block's defines the spec lacks become documented defines the audit verifies,
        spelled as the kernel spells them (a cast to the page's UINT8 typedef as the cast to
        u8, MAXUINT64 of the Windows shim evaluated); one absent.py gives a reason for, one
        whose value the audit cannot evaluate and one the spec has are not imported."""
        pages = {"datatypes/hv_foo.md": FRONT + (
            "# HV_FOO\n\n## Syntax\n\n```c\ntypedef UINT8 HV_FOO_ID;\n\n"
            "#define HV_FOO_COUNT 0x4\n#define HV_FOO_FLAG (1ULL << 3)\n"
            "#define HV_FOO_NONE ((HV_FOO_ID) -1)\n#define HV_FOO_MAX (MAXUINT64/0x1000)\n"
            "#define HV_FOO_ODD (HV_FOO_NOWHERE + 1)\n#define X64_PAGE_SIZE 0x1000\n"
            "#define HV_MESSAGE_SIZE 256\n```\n")}
        outcome = importing.run_import(snapshot(**pages), self.spec)
        self.assertEqual(sorted(outcome.records),
                         ["define HV_FOO_COUNT", "define HV_FOO_FLAG", "define HV_FOO_MAX",
                          "define HV_FOO_NONE"], outcome.skipped)
        path = os.path.join(self.spec, "datatypes", "types" + importing.IMPORTED)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        self.assertIn("- {define: HV_FOO_COUNT, value: 0x4, tlfs: datatypes/hv_foo.md#syntax}",
                      text)
        self.assertEqual(yaml.safe_load(text)["definitions"][1],
                         {"define": "HV_FOO_FLAG", "value": "BIT_ULL(3)",
                          "tlfs": "datatypes/hv_foo.md#syntax"})
        self.assertEqual([d["value"] for d in yaml.safe_load(text)["definitions"][2:]],
                         ["((u8)-1)", 0xfffffffffffff])
        from hvgenlib.pipeline import analyse
        from hvgenlib.tlfs.audit import run_audit
        claims = [c for c in run_audit(analyse(self.spec), snapshot(**pages)).claims
                  if c.definition.startswith("HV_FOO_")]
        self.assertEqual({c.verdict for c in claims}, {"value verified"}, claims)
        again = importing.run_import(snapshot(**pages), self.spec)
        self.assertEqual(again.files, [])

    def test_kernel_spelling(self):
        from hvgenlib.tlfs.import_defines import kernel_spelling
        self.assertEqual([kernel_spelling(t, n, {"HV_VTL": "u8"}) for t, n in (
            ("0xF", 15), ("(1ULL << 22)", 1 << 22), ("(1 << 2)", 4), ("(0x10 | 0x1)", 17),
            ("((HV_VTL) -1)", 255), ("((HV_OTHER) -1)", 255))],
            ["0xF", "BIT_ULL(22)", "BIT(2)", "0x11", "((u8)-1)", "0xff"])

    def test_unreadable_table_is_left_alone(self):
        importing.run_import(snapshot(**PAGES), self.spec)
        files = tree(self.spec)
        outcome = importing.run_import(snapshot(**{
            "datatypes/hv_register_name.md": FRONT + "# HV_REGISTER_NAME\n\nNo table.\n"}),
            self.spec)
        self.assertEqual(tree(self.spec), files)
        self.assertIn("datatypes/hv_register_name.md (no register names read)",
                      outcome.missing_pages)

    def test_twice_changes_nothing(self):
        importing.run_import(snapshot(**PAGES), self.spec)
        files = tree(self.spec)
        outcome = importing.run_import(snapshot(**PAGES), self.spec)
        self.assertEqual(tree(self.spec), files)
        self.assertEqual(outcome.files, [])
        self.assertFalse(any(outcome.added.values()))

    def test_nothing_to_import_changes_nothing(self):
        files = tree(self.spec)
        outcome = importing.run_import(snapshot(**{
            "datatypes/hv_message_type.md": MESSAGES.replace(
                "    HvMessageTypeUnacceptedGpa          = 0x80000003,\n", "").replace(
                "    HvMessageTypeX64RdtscIntercept      = 0x8001000A, /* x64 */\n", "").replace(
                "    HvMessageTypeArm64ResetIntercept    = 0x8001000C, /* Arm64 */\n", "")}),
            self.spec)
        self.assertEqual(tree(self.spec), files)
        self.assertEqual(outcome.files, [])

    def test_update_replaces_and_removes_only_what_it_owns(self):
        importing.run_import(snapshot(**PAGES), self.spec)
        newer = dict(PAGES)
        newer["datatypes/hv_register_name.md"] = REGISTERS.replace(
            "| HvX64RegisterRax | 0x00020000 |", "| HvX64RegisterRax | 0x00020100 |").replace(
            "| HvRegisterInstructionEmulationHints | 0x00000002 | new |\n", "").replace(
            "| HvRegisterExplicitSuspend | 0x00000000 | in the spec |\n", "")
        outcome = importing.run_import(snapshot(**newer), self.spec)
        added = {(e[0], e[1]): e for e in self.added()}
        reg = "hv_register_name"
        self.assertEqual(added[(reg, "HV_X64_REGISTER_RAX")][2], 0x20100)
        self.assertNotIn((reg, "HV_REGISTER_INSTRUCTION_EMULATION_HINTS"), added)
        self.assertEqual(sorted(outcome.removed["registers"]),
                         ["HV_REGISTER_INSTRUCTION_EMULATION_HINTS", "HV_X64_REGISTER_RAX"])
        # an entry Linux carries is never removed, though the newer TLFS no longer lists it
        self.assertIn((reg, "HV_REGISTER_EXPLICIT_SUSPEND", 0, None, "documented", "[7.2]", None),
                      spec_entries(self.spec))

    def test_command(self):
        """`hvgen tlfs --import` writes the files and leaves a spec that validates."""
        folder = os.path.join(self.tmp, "tlfs")
        for path, text in PAGES.items():
            os.makedirs(os.path.dirname(os.path.join(folder, path)), exist_ok=True)
            with open(os.path.join(folder, path), "w", encoding="utf-8") as handle:
                handle.write(text)
        hvgen = [sys.executable, os.path.join(ROOT, "generator", "hvgen")]
        run = subprocess.run(hvgen + ["tlfs", "--tlfs", folder, "--spec", self.spec, "--import"],
                             capture_output=True, text=True)
        self.assertIn("import registers: ", run.stderr)
        self.assertEqual(len(self.added()), 10)
        for check in (["validate"], ["fmt", "--check"]):
            done = subprocess.run(hvgen + check + ["--spec", self.spec], capture_output=True,
                                  text=True)
            self.assertEqual(done.returncode, 0, done.stdout + done.stderr)


def _snapshots():
    for folder in (os.environ.get("HVGEN_TLFS_DIR"), os.path.join(ROOT, "..", "shared", "tlfs"),
                   "/work/shared/tlfs"):
        if folder and all(os.path.isdir(os.path.join(folder, d, "tlfs"))
                          for d in ("2025-08-11", "2025-12-15")):
            return folder
    return None


@unittest.skipUnless(_snapshots(), "the 2025-08-11 and 2025-12-15 TLFS snapshots are not here")
class UpdateWorkflowTest(unittest.TestCase):
    """The recorded TLFS-update workflow on the real snapshots."""

    def test_08_then_12_is_12(self):
        old = read_tree(os.path.join(_snapshots(), "2025-08-11", "tlfs"))
        new = read_tree(os.path.join(_snapshots(), "2025-12-15", "tlfs"))
        with tempfile.TemporaryDirectory() as tmp:
            direct, stepwise = os.path.join(tmp, "direct"), os.path.join(tmp, "stepwise")
            for spec in (direct, stepwise):
                shutil.copytree(os.path.join(ROOT, "spec"), spec)
            importing.run_import(new, direct)
            first = importing.run_import(old, stepwise)
            self.assertTrue(first.files)  # 2025-08-11 itself has entries to import
            update = importing.run_import(new, stepwise)
            self.assertTrue(update.removed["registers"])  # 2025-12-15 renumbered some
            self.assertEqual(spec_entries(stepwise), spec_entries(direct))
            # and importing again changes no byte
            files = tree(direct)
            again = importing.run_import(new, direct)
            self.assertEqual((tree(direct), again.files), (files, []))
            # the current spec already holds 2025-12-15's tables
            self.assertEqual(spec_entries(direct), spec_entries(os.path.join(ROOT, "spec")))


if __name__ == "__main__":
    unittest.main()
