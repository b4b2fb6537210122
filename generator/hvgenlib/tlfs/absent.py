"""Why a TLFS definition stays out of the spec: the one reviewed table the audit reads.

The audit lists every TLFS definition no spec definition matches ("In the TLFS, absent from
the spec"). Most of them belong in the spec and `hvgen tlfs --import` brings them in. The ones
here do not become a C definition of their own, for the reason given, as a Hyper-V kernel
maintainer would decide it. The report prints each absent definition with its reason, and
what the audit measured to back it:

- a scalar type name (SCALAR): the kernel adds no typedef for a plain integer (checkpatch's
  NEW_TYPEDEFS) and the spec writes the fixed-width type where the TLFS writes the name. The
  audit finds every place the TLFS types a member or a hypercall parameter with the name and
  the spec record matched to that TLFS record, and reports the spec's type there and whether
  its width is the TLFS's (`scalar_uses`);
- `carried_by`: spec definitions that already hold what the TLFS definition gives (its value
  or its layout, under Linux's name); each must exist, documented, and a define must have the
  TLFS's value (`carried`).
- `undefined`: the TLFS types its layout needs that no page defines (the audit compiles the
  blocks with an opaque stand-in for each, repairs.ASSUMED): there is no layout to give. Each
  must be used by a block, defined by no page and assumed opaque (`undefined_problems`).

A reason that names no absent definition, names it with another kind, or whose evidence fails
(a missing carrier, a width or value that differs) is listed as a problem in the report; the
tests require none on the current snapshot.
"""

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ..facts.compare import by_position
from ..facts.from_layout import record_facts
from ..facts.targets import TLFS as ARCHES
from . import names


@dataclass(frozen=True)
class Reason:
    kind: str  # the audit's kind of the TLFS definition (typedef, define, table, ...)
    why: str
    carried_by: Tuple[str, ...] = ()  # spec definitions holding its value or layout
    undefined: Tuple[str, ...] = ()  # TLFS types it needs that no page defines


SCALAR = ("a scalar type name: the kernel adds no typedef for a plain integer (checkpatch "
          "NEW_TYPEDEFS); the spec writes the fixed-width type where the TLFS writes the name")


def _scalar(note: str = "") -> Reason:
    return Reason("typedef", SCALAR + (f"; {note}" if note else ""))


# the members of HV_UNREGISTER_INTERCEPT_RESULT_PARAMETERS
_UNREGISTER = ("HV_UNREGISTER_X64_CPUID_RESULT_PARAMETERS",
               "HV_UNREGISTER_X64_MSR_RESULT_PARAMETERS")

REASONS: Dict[str, Reason] = {
    # datatypes/overview.md, datatypes/hv_*.md: `typedef UINTnn NAME;`
    "HV_GPA": _scalar(),
    "HV_GVA": _scalar(),
    "HV_SPA": _scalar(),
    "HV_GPA_PAGE_NUMBER": _scalar(),
    "HV_GVA_PAGE_NUMBER": _scalar(),
    "HV_SPA_PAGE_NUMBER": _scalar(),
    "HV_SPA_PAGE_OFFSET": _scalar(),
    "HV_STATUS": _scalar("the kernel's hypercall wrappers return it as u64 and take the status "
                         "from its low 16 bits (HV_HYPERCALL_RESULT_MASK)"),
    "HV_PARTITION_ID": _scalar(),
    "HV_VP_INDEX": _scalar(),
    "HV_VTL": _scalar(),
    "HV_IO_PORT": _scalar(),
    "HV_INTERRUPT_VECTOR": _scalar(),
    "HV_PROXIMITY_DOMAIN_ID": _scalar(),
    "HV_SYNIC_SINT_INDEX": _scalar(),
    "HV_INTERCEPT_ACCESS_TYPE_MASK": _scalar(),
    "HV_MAP_GPA_FLAGS": _scalar("its bits are the spec's HV_MAP_GPA_* defines"),
    "HV_UNMAP_GPA_FLAGS": _scalar("its bit is the spec's HV_UNMAP_GPA_LARGE_PAGE"),
    "HV_TRANSLATE_GVA_CONTROL_FLAGS": _scalar(),
    # macros of datatypes/overview.md#memory-address-space-types
    "X64_PAGE_SIZE": Reason(
        "define", "the x64 page size the TLFS defines HV_PAGE_SIZE as; the kernel spells it "
        "HV_HYP_PAGE_SIZE (tlfs_name HV_PAGE_SIZE), and a macro without the HV_ prefix has no "
        "place in the kernel's Hyper-V headers", ("HV_HYP_PAGE_SIZE",)),
    "HV_PAGE_MASK": Reason(
        "define", "the TLFS's mask of the offset within a page (HV_PAGE_SIZE - 1); in the "
        "kernel a *_PAGE_MASK masks the page frame (PAGE_MASK, HV_HYP_PAGE_MASK = "
        "~(HV_HYP_PAGE_SIZE - 1)), so this name with the TLFS's value would invert its meaning"),
    "HV_LARGE_PAGE_SIZE": Reason(
        "define", "its value is X64_LARGE_PAGE_SIZE, which no TLFS page defines: the TLFS "
        "gives no number for it"),
    # datatypes/hv_interrupt_control.md: `#define HV_INTERRUPT_CONTROL HV_X64_INTERRUPT_CONTROL`
    "HV_INTERRUPT_CONTROL": Reason(
        "define", "a macro naming the architecture's union (a type alias); the kernel's union "
        "hv_interrupt_control is the x64 one (tlfs_name HV_X64_INTERRUPT_CONTROL), "
        "hv_arm64_interrupt_control the arm64 one",
        ("hv_interrupt_control", "hv_arm64_interrupt_control")),
    # virtual-interrupts.md: the bits of the APIC-access MSRs
    "HV_X64_MSR_EOI": Reason(
        "bits", "the MSR carries the local APIC's EOI register in its low 32 bits; the kernel "
        "writes it as a plain value (apicdef.h's APIC_EOI_ACK) and defines only the MSR "
        "number", ("HV_X64_MSR_EOI",)),
    "HV_X64_MSR_ICR": Reason(
        "bits", "the MSR is the local APIC's ICR, high half in bits 63:32 and low half in 31:0; "
        "the kernel builds the value from apicdef.h's ICR fields and defines only the MSR "
        "number", ("HV_X64_MSR_ICR",)),
    "HV_X64_MSR_TPR": Reason(
        "bits", "the MSR is the local APIC's TPR in bits 7:0; the kernel defines only the MSR "
        "number (a 64-bit guest sets the TPR through CR8)", ("HV_X64_MSR_TPR",)),
    # records built of types no page defines
    "HV_UNREGISTER_INTERCEPT_RESULT_PARAMETERS": Reason(
        "union", "its two members are of types no TLFS page defines, so it has no size or "
        "layout to write down", undefined=_UNREGISTER),
    "HvCallUnregisterInterceptResult input": Reason(
        "table", "its last row, Parameters, is an HV_UNREGISTER_INTERCEPT_RESULT_PARAMETERS, "
        "whose members are of types no TLFS page defines (the table gives the row no size)",
        undefined=_UNREGISTER),
    "HV_TRANSLATE_GVA_RESULT_EX": Reason(
        "struct", "on x64 it ends in an HV_X64_PENDING_EVENT, a type no TLFS page defines, so "
        "the x64 layout is not given; HvCallTranslateVirtualAddressEx's output table gives the "
        "result 16 bytes on every architecture, which the 8-byte ARM64 structure does not fill "
        "either", undefined=("HV_X64_PENDING_EVENT",)),
    "HvCallTranslateVirtualAddressEx output": Reason(
        "table", "its TranslationResult is an HV_TRANSLATE_GVA_RESULT_EX, whose x64 layout ends "
        "in an HV_X64_PENDING_EVENT no TLFS page defines", undefined=("HV_X64_PENDING_EVENT",)),
    # hypercall input tables Linux already has under its own name
    "HvCallFlushVirtualAddressSpaceEx input": Reason(
        "table", "Linux passes this input as its struct hv_tlb_flush_ex (tlfs_name: "
        "HvCallFlushVirtualAddressListEx's input), the same three fields with an empty "
        "gva_list; a record has one TLFS name", ("hv_tlb_flush_ex",)),
}


@dataclass
class Use:
    """One place the TLFS types a member with a scalar name, and the spec's member there."""

    arch: str
    place: str  # spec record.member
    ctype: str  # the spec's type
    bytes: int  # the spec's width
    tlfs_bytes: int  # the TLFS's width there: the type's, or the size its table row gives
    type_bytes: int  # the TLFS type's own width

    @property
    def agrees(self) -> bool:
        """The spec's width is the TLFS type's, or the size the TLFS's table gives that row
        (the page contradicts itself there: the text says which)."""
        return self.bytes in (self.tlfs_bytes, self.type_bytes)

    def text(self) -> str:
        width = "" if self.agrees else \
            f" ({self.bytes} bytes, the TLFS's is {self.type_bytes}: differs)"
        if self.tlfs_bytes != self.type_bytes:
            width += f" (the TLFS's table gives the row {self.tlfs_bytes} bytes, its type "\
                     f"{self.type_bytes}; the spec's is {self.bytes})"
        return f"{self.ctype} in {self.place}{width}"


_BASE = re.compile(r"^(?:const\s+|volatile\s+)*(\w+)\s*(?:\[\w*\]|\*)?$")
_FIXED = re.compile(r"^(?:__)?[us](8|16|32|64)\b")


def _base_type(spelled: str) -> Optional[str]:
    found = _BASE.match(spelled.strip())
    return found.group(1) if found else None


def _spec_width(member) -> int:
    """Bytes of one element of the spec member (a flexible array's element too)."""
    fixed = _FIXED.match(member.ctype)
    if fixed:
        return int(fixed.group(1)) // 8
    if isinstance(member.array, int) and member.array:
        return member.size // member.array
    return member.size


def _tlfs_typed(ent, arch: str, tlfs_type: str, parsed):
    """(offset bits, bytes or None) of the TLFS record ENT's members typed TLFS_TYPE on ARCH:
    a C block's members (None: the type's size), or a hypercall table's rows named as a
    parameter of the page's prototype (the row's size; None for a variable one)."""
    if ent.tdef is not None and arch in ent.tdef.layouts:
        for m in ent.tdef.layouts[arch].members:
            if _base_type(m.ctype) == tlfs_type:
                yield m.offset_bits, None
    elif arch in ent.tables:
        proto = parsed.defs.get(ent.page.rsplit("/", 1)[-1][:-3])
        typed = {p[0] for p in (proto.params if proto else ()) if _base_type(p[1]) == tlfs_type}
        for m in ent.tables[arch].members:
            if m.path in typed:
                yield m.offset_bits, m.size or None


def scalar_uses(audit, tlfs_type: str) -> List[Use]:
    """Where the spec holds what the TLFS types TLFS_TYPE: the member at the same offset of the
    spec record matched to each TLFS record using it (documented view, each arch)."""
    ent = audit.entities.get(names.type_key(tlfs_type))
    sizes = ent.tdef.size if ent is not None and ent.tdef is not None else {}
    out = []
    for d in audit.result.model.definitions:
        matched = audit.entities.get(names.spec_key(d))
        if d.kind not in ("struct", "union") or matched is None:
            continue
        for arch in ARCHES:
            laid = audit.result.layouts[("tlfs", arch)].records.get(d.name)
            if laid is None or arch not in sizes:
                continue
            members = record_facts(d.name, laid).members
            for offset, row in _tlfs_typed(matched, arch, tlfs_type, audit.parsed):
                width = row or sizes[arch]
                starting = [m for m in members if m.offset_bits == offset and m.bits is None]
                exact = [m for m in by_position(members, (offset, offset + width * 8)).exact
                         if m.bits is None] or starting[-1:]
                out += [Use(arch, f"{d.name}.{m.path}", m.ctype, _spec_width(m), width,
                            sizes[arch]) for m in exact]
    return out


def carried(audit, reason: Reason, ent) -> List[str]:
    """What is wrong with the reason's carriers (none: all hold)."""
    result = audit.result
    defined = {d.name: d for d in result.model.definitions}
    problems = []
    for name in reason.carried_by:
        d = defined.get(name)
        if d is None or d.tags.visibility != "documented":
            problems.append(f"{name} is not a documented definition of the spec")
            continue
        if d.kind == "define" and ent.value is not None:
            have = {result.layouts[("tlfs", arch)].constants[name].value for arch in ARCHES
                    if name in result.layouts[("tlfs", arch)].constants}
            if ent.kind == "define" and have and have != {ent.value}:
                problems.append(f"{name} is {', '.join(map(hex, sorted(have)))}, the TLFS's "
                                f"{ent.tlfs_name} {ent.value:#x}")
    return problems


def undefined_problems(audit, reason: Reason) -> List[str]:
    """What is wrong with the reason's `undefined` types (none: no page defines any of them,
    a block uses each, and the audit assumes each opaque)."""
    from .repairs import OPAQUE

    problems = []
    for name in reason.undefined:
        if name in audit.parsed.defs:
            problems.append(f"{name} is defined on {audit.parsed.defs[name].page}")
        elif name not in audit.parsed.assumed:
            problems.append(f"{name} is used by no C block of the TLFS")
        elif name not in OPAQUE:
            problems.append(f"{name} is assumed to be a type of known size (repairs.py)")
    return problems


@dataclass
class Explained:
    """An absent TLFS definition and its reason, with the evidence measured."""

    entity: object
    reason: Reason
    uses: List[Use]
    problems: List[str]

    def evidence(self) -> str:
        if self.reason.why.startswith(SCALAR):
            uses = sorted({u.text() for u in self.uses})
            return "; the spec writes: " + ", ".join(uses) if uses else \
                "; no spec record matched to a TLFS record uses it"
        if self.reason.carried_by:
            return "; carried by " + ", ".join(self.reason.carried_by)
        if self.reason.undefined:
            return "; defined on no page, used by a C block: " + ", ".join(self.reason.undefined)
        return ""


def explain(audit, reasons: Dict[str, Reason] = REASONS):
    """(explained, unexplained, stale): the absent definitions with a reason (and its
    evidence), those without, and `name: why` of each reason that names no absent one."""
    absent = {e.tlfs_name: e for e in audit.absent}
    explained, stale = [], []
    for name, reason in sorted(reasons.items()):
        ent = absent.get(name)
        if ent is None:
            stale.append(f"{name}: the audit does not list it as absent from the spec")
            continue
        problems = carried(audit, reason, ent) + undefined_problems(audit, reason)
        if ent.kind != reason.kind:
            problems.append(f"the TLFS defines it as a {ent.kind}, the reason says {reason.kind}")
        uses = scalar_uses(audit, name) if reason.why.startswith(SCALAR) else []
        problems += [f"{u.arch}: {u.text()}" for u in uses if not u.agrees]
        explained.append(Explained(ent, reason, uses, problems))
    unexplained = [e for e in audit.absent if e.tlfs_name not in reasons]
    return explained, unexplained, stale
