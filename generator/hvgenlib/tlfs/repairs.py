"""What the TLFS's C blocks need before a compiler accepts them, said out loud.

Two tables, both small and explicit; every entry used is reported in generated/TLFS-AUDIT.md as
a TLFS defect (cparse.Parsed.repairs, Parsed.assumed), never applied silently:

- REPAIRS: a block's own sloppiness (a missing `;`, a duplicate member name, an enum whose
  constants the page gives in tables instead). Each names the page, the text as the TLFS writes
  it (matched with any run of white space standing for any other), what replaces it and why.
  A repair never changes a layout: it makes the block say in C what its page says.
- ASSUMED: names the blocks use and no page defines in C. Each gives the C the audit assumes
  and where that comes from. `opaque` ones have no size the TLFS states: a record holding one
  has no known size, and its members from that one on are not compared (cparse truncates them).

Windows' own base types (UINT64, PCVOID, ...) are not here: facts/windows_shim/ gives them.
"""

import re
from dataclasses import dataclass
from typing import Callable, List, Optional, Tuple

from . import names
from .markdown import Page


@dataclass(frozen=True)
class Repair:
    page: str  # the page, relative to the tlfs folder
    old: str  # the block's text as the TLFS writes it
    new: Optional[str]  # its replacement; None: FIX rewrites the whole block
    what: str  # the defect and why the repair keeps the page's meaning
    fix: Optional[Callable[[Page, str], str]] = None  # (page, block text) -> block text

    def pattern(self):
        parts = [re.escape(p) for p in self.old.split()]
        # a repaired text is not repaired again: the match may not go on with `;`
        return re.compile(r"\s*".join(parts) + r"(?![\w;]|\s*;)")


def _members_terminated_and_unique(page: Page, text: str) -> str:
    """Every member line ends in `;`, and a member name given twice gets `_1`, `_2`... after
    the first (places and widths unchanged)."""
    seen = {}
    out = []
    for line in text.split("\n"):
        member = re.match(r"^(\s*\w+\s+)(\w+)(\s*:\s*\d+|\s*\[[^]]*\])?(\s*;?)(.*)$", line)
        if member and not line.strip().startswith(("typedef", "}", "//", "#")) and \
                member.group(3) is not None:
            name = member.group(2)
            n = seen.get(name, 0)
            seen[name] = n + 1
            if n:
                name = f"{name}_{n}"
            line = f"{member.group(1)}{name}{member.group(3)};{member.group(5)}"
        out.append(line)
    return "\n".join(out)


def _register_tables(page: Page, text: str) -> str:
    """The block (only the empty enum) as HV_REGISTER_NAME with its constants from the page's
    Register | Identifier tables: the
    tables under an architecture's heading only on that architecture, a name given twice once
    (the first row)."""
    rows = {None: [], "x86_64": [], "arm64": []}
    seen = {None: set(), "x86_64": set(), "arm64": set()}
    for table in page.tables:
        name, value = table.column("register"), table.column("identifier")
        if name is None or value is None:
            continue
        for row in table.rows:
            if len(row) <= max(name, value):
                continue
            for ident, number in names.register_pairs(row[name], row[value]):
                if not re.fullmatch(r"[A-Za-z_]\w*", ident) or \
                        not re.fullmatch(r"(?:0[xX][0-9A-Fa-f]+|\d+)", number):
                    continue
                arch = table.arch
                if ident in seen[arch] or ident in seen[None]:
                    continue
                seen[arch].add(ident)
                rows[arch].append(f"    {ident} = {number},")
    out = ["typedef enum", "{"] + rows[None]
    for arch, macro in (("x86_64", "_AMD64_"), ("arm64", "_ARM64_")):
        if rows[arch]:
            out += [f"#if defined({macro})"] + rows[arch] + ["#endif"]
    return "\n".join(out + ["} HV_REGISTER_NAME;"])


REPAIRS: Tuple[Repair, ...] = (
    Repair("datatypes/hv_register_name.md",
           "typedef enum { // Register names, see below } HV_REGISTER_NAME;", None,
           "the enum's body is a comment (C rejects an empty enum); its constants are the "
           "page's Register | Identifier tables, filled in (per architecture as the page's "
           "headings say)", _register_tables),
    Repair("datatypes/hv_partition_privilege_mask.md", "} HV_PARTITION_PRIVILEGE_MASK;", None,
           "bitfields lack their `;` and several are named `Reserved` (C rejects both); each "
           "gets its `;`, a repeated name `_1`, `_2`..., places and widths unchanged",
           _members_terminated_and_unique),
    Repair("datatypes/overview.md", "typedef UINT32 HV_SPA_PAGE_OFFSET",
           "typedef UINT32 HV_SPA_PAGE_OFFSET;", "a typedef lacks its `;`"),
    Repair("datatypes/hv_vmx_enlightened_vmcs.md", "UINT64 Rsvd5[4];", "UINT64 Rsvd5_1[4];",
           "two members are named `Rsvd5` (C rejects the second); the second is renamed "
           "`Rsvd5_1`, its place and size unchanged"),
    Repair("vsm.md", "UINT64 InterceptVpStartup : 1; UINT64 ReservedZ : 54;",
           "UINT64 InterceptVpStartup : 1; UINT64 ReservedZ_1 : 54;",
           "two bitfields of HV_REGISTER_VSM_PARTITION_CONFIG are named `ReservedZ` (C rejects "
           "the second); the second is renamed `ReservedZ_1`, its place and width unchanged"),
    Repair("hypercalls/HvCallGetMemoryBalance.md",
           "_Out_ UINT64* PagesAvailable; _Out_ UINT64* PagesInUse; );",
           "_Out_ UINT64* PagesAvailable, _Out_ UINT64* PagesInUse );",
           "the prototype separates its parameters with `;` (C wants `,`)"),
    Repair("datatypes/hv_x64_msr_npiep_config_contents.md",
           "} HV_X64_MSR_NPIEP_CONFIG_CONTENTS;", None,
           "the block declares a variable of an unnamed union (`typedef` is missing), so it "
           "defines no type; `typedef` added", lambda page, text: "typedef " + text.lstrip()
           if text.lstrip().startswith("union") else text),
    Repair("hypercalls/HvCallSetPartitionPropertyEx.md",
           "const VOID* PropertyValue, );", "const VOID* PropertyValue );",
           "the prototype's last parameter is followed by a `,`"),
    Repair("hypercalls/HvCallInstallInterceptEx.md",
           "HV_INTERCEPT_PARAMETERS_EX* InterceptParametersEx,",
           "HV_INTERCEPT_PARAMETERS_EX* InterceptParametersEx",
           "the prototype's last parameter is followed by a `,`"),
    Repair("hypercalls/HvCallGetVpIndexFromApicId.md", "_Out_writes(ApicIdCount)",
           "_Out_writes_(ApicIdCount)", "a SAL annotation misspelled (`_Out_writes`, SAL's "
           "is `_Out_writes_`); annotations do not change a type"),
    Repair("hypercalls/HvCallGetVpRegisters.md", "_In_reads(RegisterCount)",
           "_In_reads_(RegisterCount)", "a SAL annotation misspelled (`_In_reads`)"),
    Repair("hypercalls/HvCallGetVpRegisters.md", "_In_writes(RegisterCount)",
           "_Out_writes_(RegisterCount)", "a SAL annotation that does not exist (`_In_writes`; "
           "the list is written: `_Out_writes_`)"),
    Repair("hypercalls/HvCallSetVpRegisters.md", "_In_reads(RegisterCount)",
           "_In_reads_(RegisterCount)", "a SAL annotation misspelled (`_In_reads`)"),
    Repair("hypercalls/HvCallSetVpRegisters.md", "_In_writes(RegisterCount)",
           "_In_reads_(RegisterCount)", "a SAL annotation that does not exist (`_In_writes`; "
           "the list is read: `_In_reads_`)"),
)


@dataclass(frozen=True)
class Assumed:
    name: str
    text: str  # the C the audit assumes for it
    why: str
    opaque: bool = False


def _scalar(name: str, ctype: str, why: str) -> Assumed:
    return Assumed(name, f"typedef {ctype} {name};", why)


def _pointee(name: str) -> Assumed:
    return Assumed(name, f"typedef struct {name} {name};",
                   "only pointed to by a hypercall prototype: declared, nothing assumed")


def _opaque(name: str, why: str) -> Assumed:
    return Assumed(name, f"typedef struct {{ UINT8 HvgenOpaque; }} {name};", why, opaque=True)


_PROTOTYPE = "a scalar of hypercall prototypes; no page defines it in C"

ASSUMED: Tuple[Assumed, ...] = (
    _scalar("HV_X64_IO_PORT", "HV_IO_PORT",
            "the x64 I/O port: datatypes/hv_io_port.md defines it as HV_IO_PORT (UINT16)"),
    _scalar("HV_PARTITION_PROCESSOR_XSAVE_FEATURES", "UINT64",
            "a mask of XSAVE state components (one bit each, as XCR0: 64 bits); the page names "
            "it, no page defines it"),
    Assumed("HV_PARTITION_CREATION_PROPERTIES",
            "#if defined(_AMD64_)\ntypedef HV_PARTITION_CREATION_PROPERTIES_AMD64 "
            "HV_PARTITION_CREATION_PROPERTIES;\n#else\ntypedef "
            "HV_PARTITION_CREATION_PROPERTIES_ARM64 HV_PARTITION_CREATION_PROPERTIES;\n#endif",
            "datatypes/hv_partition_creation_properties.md defines one structure per "
            "architecture (_AMD64, _ARM64); the name HvCallCreatePartition uses is the arch's"),
    _scalar("HV_NANO100_TIME", "UINT64",
            "a time of the partition's reference counter in 100 ns units, a 64-bit count "
            "(timers.md); no page defines the type"),
    _scalar("HV_TRANSLATE_GVA_RESULT_CODE", "UINT32",
            "the result code beside 32 bits of bitfields in a 64-bit union; its values are the "
            "page's Result Codes table; no page defines the type"),
    _scalar("HV_VIRTUAL_APIC_ASSIST", "UINT32",
            "the APIC-assist dword of the VP assist page (virtual-interrupts.md tests its bit 0, "
            "NoEoiRequired); the following UINT32 ReservedZ0 pads it to 8 bytes"),
    _opaque("HV_EXPLICIT_SUSPEND_REGISTER", "an HV_REGISTER_VALUE member; no page defines it"),
    _opaque("HV_X64_INTERRUPT_STATE_REGISTER",
            "an HV_REGISTER_VALUE member; no page defines it"),
    _opaque("HV_INTERCEPT_SUSPEND_REGISTER", "an HV_REGISTER_VALUE member; no page defines it"),
    _opaque("HV_DISPATCH_SUSPEND_REGISTER", "an HV_REGISTER_VALUE member; no page defines it"),
    _opaque("HV_X64_PENDING_INTERRUPTION_REGISTER",
            "an HV_REGISTER_VALUE member; no page defines it"),
    _opaque("HV_X64_PENDING_EXCEPTION_EVENT", "an HV_REGISTER_VALUE member; no page defines it"),
    _opaque("HV_X64_PENDING_EVENT",
            "the last member of HV_TRANSLATE_GVA_RESULT_EX (x64); no page defines it"),
    _opaque("HV_UNREGISTER_X64_CPUID_RESULT_PARAMETERS",
            "an HV_UNREGISTER_INTERCEPT_RESULT_PARAMETERS member; no page defines it"),
    _opaque("HV_UNREGISTER_X64_MSR_RESULT_PARAMETERS",
            "an HV_UNREGISTER_INTERCEPT_RESULT_PARAMETERS member; no page defines it"),
    _pointee("HV_GPA_PAGE_RANGE"), _pointee("HV_CPUID_LEAF_INFO"),
    _pointee("HV_PROCESSOR_HW_ID"), _pointee("HV_APIC_ID"),
) + tuple(_scalar(name, ctype, _PROTOTYPE) for name, ctype in (
    ("HV_STATUS", "UINT16"), ("HV_ADDRESS_SPACE_ID", "UINT64"), ("HV_FLUSH_FLAGS", "UINT64"),
    ("HV_COMPATIBILITY_VERSION", "UINT32"), ("HV_PARTITION_PROPERTY", "UINT64"),
    ("HV_VP_INDEX", "UINT32"), ("HV_PARTITION_ID", "UINT64"), ("HV_GPA_PAGE_NUMBER", "UINT64"),
    ("HV_GVA", "UINT64"), ("HV_GPA", "UINT64"), ("HV_SPA", "UINT64"), ("HV_VTL", "UINT8"),
    ("HV_INPUT_VTL", "UINT8"), ("HV_PORT_ID", "UINT32"), ("HV_CONNECTION_ID", "UINT32"),
    ("HV_INTERRUPT_VECTOR", "UINT32"), ("HV_SYNIC_SINT_INDEX", "UINT32"),
    ("HV_NODE_ID", "UINT32"), ("HV_REGISTER_NAME", "UINT32"), ("HV_MAP_GPA_FLAGS", "UINT32"),
    ("HV_UNMAP_GPA_FLAGS", "UINT32"), ("HV_SPA_PAGE_NUMBER", "UINT64"),
    ("HV_GVA_PAGE_NUMBER", "UINT64"), ("HV_PROXIMITY_DOMAIN_ID", "UINT32"),
    ("HV_LOGICAL_PROCESSOR_INDEX", "UINT32"), ("HV_TRANSLATE_GVA_CONTROL_FLAGS", "UINT64"),
    ("HV_INTERCEPT_ACCESS_TYPE_MASK", "UINT32"), ("HV_IO_PORT", "UINT16"),
    ("HV_EVENTLOG_TYPE", "UINT32"), ("HV_SAVE_RESTORE_STATE_FLAGS", "UINT64")))

ASSUMED_BY_NAME = {a.name: a for a in ASSUMED}
POINTER = re.compile(r"P(C?)(HV_\w+)")


def pointer(name: str) -> Optional[Assumed]:
    """Windows' naming rule for a pointer type (`PHV_FOO`, to const `PCHV_FOO`) of a TLFS
    type the pages use without defining."""
    found = POINTER.fullmatch(name)
    if found is None:
        return None
    const = "const " if found.group(1) else ""
    return Assumed(name, f"typedef {const}{found.group(2)} *{name};",
                   f"Windows' name of a pointer to {const}{found.group(2)}; no page defines it")
OPAQUE = frozenset(a.name for a in ASSUMED if a.opaque)


def repair(page: Page, text: str) -> Tuple[str, List[str]]:
    """TEXT (a block of PAGE) with every repair of that page that matches it applied, and what
    each applied one repaired."""
    done = []
    for r in REPAIRS:
        if r.page != page.path:
            continue
        found = r.pattern().search(text)
        if found is None:
            continue
        if r.fix is not None:
            new_text = r.fix(page, text)
        else:
            new_text = r.pattern().sub(lambda _: r.new, text)
        if new_text != text:
            text = new_text
            done.append(r.what)
    return text, done
