"""The layout engine: size, alignment, member offsets and bit positions, per view and arch.

C's rules for the System V x86_64 and AAPCS64 ABIs (which agree for every type used here):
members at their alignment (1 inside `packed`), a bitfield starts a new storage unit only when
it would cross an alignment unit of its type (never in `packed`), unions overlay members at 0,
sizes round up to the alignment. Member paths follow the reference facts' convention: members
of anonymous structs/unions are flattened into the parent, named members of anonymous type
appear as `name` and `name.field`.
"""

import contextlib
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from . import expr
from . import model as m
from .diagnostics import Diagnostics
from .targets import ARCH_TABLE, ARCHES  # noqa: F401 (ARCHES: read from here by its callers)
from .views import VDef, VField, VNested, VOverlap, View

MAX_ARRAY = 1 << 24  # elements; far above any hypercall page, far below exhausting memory


@dataclass(frozen=True)
class MemberLayout:
    path: str
    offset_bits: int
    size: int  # bytes of the member's type (whole array), 0 for a flexible array
    ctype: str = ""
    bits: Optional[int] = None
    array: Optional[object] = None  # element count or "flexible"
    reserved: bool = False
    documented: bool = True
    loc: object = None  # the spec member it comes from: its identity across views


@dataclass(frozen=True)
class RecordLayout:
    size: int
    align: int
    members: Tuple[MemberLayout, ...]


@dataclass
class ArchLayout:
    """Every fact of one view on one arch: records, constants and enum values."""

    arch: str
    records: Dict[str, RecordLayout] = field(default_factory=dict)
    constants: Dict[str, expr.CValue] = field(default_factory=dict)
    enums: Dict[str, List[Tuple[str, int]]] = field(default_factory=dict)
    enum_types: Dict[str, Tuple[int, bool]] = field(default_factory=dict)
    typedefs: Dict[str, int] = field(default_factory=dict)


class LayoutError(Exception):
    pass


def _round_up(value: int, align: int) -> int:
    return -(-value // align) * align


class _Engine:
    def __init__(self, view: View, arch: str, diag: Diagnostics) -> None:
        self.arch = arch
        self.diag = diag
        self.scalars = ARCH_TABLE[arch].scalars
        self.defs: Dict[str, VDef] = {}
        self.values: Dict[str, object] = {}
        for vdef in view.definitions:
            if vdef.arch in (None, arch):
                self._declare(vdef)
        self.out = ArchLayout(arch)
        self.active: set = set()
        self.evaluator = expr.Evaluator(self.constant, self.sizeof, self.function_macro)

    def _declare(self, vdef: VDef) -> None:
        anonymous = getattr(vdef.source, "anonymous", False)
        key = vdef.name if vdef.kind in ("define", "typedef") or anonymous \
            else f"{vdef.kind} {vdef.name}"
        self.defs[key] = vdef
        for value in vdef.values:
            if value.tags.arch in (None, self.arch):
                self.values[value.name] = (vdef, value)

    # -- constants ------------------------------------------------------------------------
    def function_macro(self, name: str):
        """(params, body) of a function-like macro of the spec, for expansion in expressions."""
        vdef = self.defs.get(name)
        if vdef is not None and vdef.kind == "define" and vdef.source.params is not None:
            return vdef.source.params, vdef.value
        return None

    def constant(self, name: str) -> expr.CValue:
        if name in self.out.constants:
            return self.out.constants[name]
        if name in self.active:
            raise expr.ExprError(f"'{name}' is defined in terms of itself")
        vdef = self.defs.get(name)
        if vdef is not None and vdef.kind == "define" and not vdef.source.evaluate:
            raise expr.ExprError(f"'{name}' is not an integer constant (evaluate: false)")
        if vdef is not None and vdef.kind == "define" and vdef.source.params is None:
            if len(self.active) >= expr.MAX_CHAIN:
                raise expr.ExprError(f"'{name}': definitions refer to one another more than "
                                     f"{expr.MAX_CHAIN} deep")
            self.active.add(name)
            try:
                value = self.evaluator.evaluate(vdef.value)
            finally:
                self.active.discard(name)
            self.out.constants[name] = value
            return value
        if name in self.values:
            self.enum(self.values[name][0])
            if name not in self.out.constants:
                raise expr.ExprError(f"'{name}' is used before its enum defines it")
            return self.out.constants[name]
        if name in expr.KERNEL_CONSTANTS:
            return expr.KERNEL_CONSTANTS[name]
        raise expr.ExprError(f"unknown constant '{name}'")

    def enum(self, vdef: VDef) -> None:
        """Evaluate an enum's values in order, so a value may use the ones before it."""
        if vdef.name in self.out.enums or f"enum {vdef.name}" in self.active:
            return
        self.active.add(f"enum {vdef.name}")
        values = []
        try:
            for value in vdef.values:
                if value.tags.arch not in (None, self.arch):
                    continue
                cvalue = self._evaluate_value(value)
                values.append((value.name, cvalue.value))
                self.out.constants[value.name] = expr.CValue(cvalue.value, *expr.INT) \
                    if -2**31 <= cvalue.value < 2**31 else cvalue
        finally:
            self.active.discard(f"enum {vdef.name}")
        enum_type = _enum_type([v for _, v in values])  # raises before the enum is recorded
        self.out.enums[vdef.name] = values
        self.out.enum_types[vdef.name] = enum_type
        for name, value in values:  # constants beyond int take the enum's type (GNU C)
            if not -2**31 <= value < 2**31:
                self.out.constants[name] = expr.CValue(value, *self.out.enum_types[vdef.name])

    def _evaluate_value(self, value: m.EnumValue) -> expr.CValue:
        if value.name in self.active:
            raise expr.ExprError(f"'{value.name}' is defined in terms of itself")
        self.active.add(value.name)
        try:
            return self.evaluator.evaluate(value.value)
        except expr.ExprError as exc:
            self.diag.error(value.loc, "bad-value", f"enum value {value.name}: {exc}")
            return expr.CValue(0)
        finally:
            self.active.discard(value.name)

    def count(self, array, loc) -> int:
        try:  # a number, a constant's name or an expression: HV_HYP_PAGE_SIZE / sizeof(u64)
            count = self.evaluator.evaluate(array).value
        except expr.ExprError as exc:
            raise LayoutError(f"array length {array}: {exc}") from exc
        if count <= 0:
            raise LayoutError(f"array length {array} is {count}; it must be positive")
        if count > MAX_ARRAY:
            raise LayoutError(f"array length {array} is {count}, more than {MAX_ARRAY}; "
                              f"no Hyper-V structure is that large")
        return count

    # -- types ----------------------------------------------------------------------------
    def type_info(self, ctype: str) -> Tuple[int, int]:
        """(size, align) of a C type of this view and arch."""
        if ctype in self.scalars:
            size = self.scalars[ctype][0]
            return size, size
        vdef = self.defs.get(ctype)
        if vdef is None:
            raise LayoutError(f"unknown type '{ctype}'")
        if vdef.kind == "typedef":
            with self._inside(f"typedef {ctype}", f"typedef '{ctype}' is defined in terms of "
                              f"itself"):
                return self.type_info(vdef.source.ctype)
        if vdef.kind == "enum":
            self.enum(vdef)
            size = self.out.enum_types[vdef.name][0]
            return size, size
        layout = self.record(vdef)
        return layout.size, layout.align

    @contextlib.contextmanager
    def _inside(self, key: str, cycle: str):
        """While KEY's type is being laid out: a second entry is the cycle CYCLE describes, and
        no chain of types inside one another may exceed expr.MAX_CHAIN."""
        if key in self.active:
            raise LayoutError(cycle)
        if len(self.active) >= expr.MAX_CHAIN:
            raise LayoutError(f"{key}: types nest more than {expr.MAX_CHAIN} deep")
        self.active.add(key)
        try:
            yield
        finally:
            self.active.discard(key)

    def sizeof(self, ctype: str) -> int:
        try:
            return self.type_info(" ".join(ctype.split()))[0]
        except LayoutError as exc:
            raise expr.ExprError(str(exc)) from exc

    def record(self, vdef: VDef) -> RecordLayout:
        if vdef.name in self.out.records:
            return self.out.records[vdef.name]
        key = f"{vdef.kind} {vdef.name}"
        with self._inside(key, f"{key} contains itself; use a pointer or break the cycle"):
            members: List[MemberLayout] = []
            size, align = self.aggregate(vdef.kind, vdef.members, vdef.source.packed, 0, "",
                                         members)
            if vdef.source.aligned:  # __aligned(N) raises alignment, and so the rounded size
                align = max(align, vdef.source.aligned)
                size = _round_up(size, align)
            expr.check_size(size, key)
        layout = RecordLayout(size, align, tuple(members))
        self.out.records[vdef.name] = layout
        return layout

    def aggregate(self, kind, members, packed, base, prefix, out) -> Tuple[int, int]:
        """Lay out members starting at bit `base`; return (size, align) of the aggregate."""
        cursor, size_bits, align = 0, 0, 1
        for member in members:
            if member.arch not in (None, self.arch):
                continue
            start = 0 if kind == "union" else cursor
            end, member_align = self.member(member, packed, base, start, prefix, out)
            align = max(align, member_align)
            cursor = end if kind == "struct" else cursor
            size_bits = max(size_bits, end)
        size = _round_up(_round_up(size_bits, 8) // 8, align)
        return size, align

    def member(self, member, packed, base, start, prefix, out) -> Tuple[int, int]:
        """Place one member at or after bit `start`; return (end bit, alignment it imposes)."""
        if isinstance(member, VNested):
            return self.nested(member, packed, base, start, prefix, out)
        if isinstance(member, VOverlap):
            return self.overlap(member, packed, base, start, prefix, out)
        size, align = self.type_info(member.ctype)
        path = prefix + member.name
        if member.bits is not None:
            return self.bitfield(member, size, align, packed, base, start, path, out)
        align = 1 if packed else align
        offset = _round_up(start, align * 8)
        if member.array == "flexible":
            out.append(MemberLayout(path, base + offset, 0, member.ctype, None, "flexible",
                                    member.reserved, member.documented, member.loc))
            return offset, align
        count = self.count(member.array, member.loc) if member.array is not None else None
        total = size * (count or 1)
        out.append(MemberLayout(path, base + offset, total, member.ctype, None, count,
                                member.reserved, member.documented, member.loc))
        return offset + total * 8, align

    def bitfield(self, member: VField, size, align, packed, base, start, path, out):
        if member.bits > size * 8:
            raise LayoutError(f"bitfield {member.name} is {member.bits} bits wide, its type "
                              f"{member.ctype} holds {size * 8}; widen the type or split it")
        unit = align * 8
        offset = start
        if not packed and offset // unit != (offset + member.bits - 1) // unit:
            offset = _round_up(offset, unit)
        out.append(MemberLayout(path, base + offset, size, member.ctype, member.bits, None,
                                member.reserved, member.documented, member.loc))
        return offset + member.bits, 1 if packed else align

    def overlap(self, member: VOverlap, packed, base, start, prefix, out):
        """A union of `name` (a record with a trailing flexible array `fam`) and a struct whose
        members start at fam's offset: the kernel's __TRAILING_OVERLAP."""
        size, align = self.type_info(member.ctype)
        record = self.record(self.defs[member.ctype])
        fam = next((m for m in record.members if m.path == member.fam), None)
        if fam is None:
            raise LayoutError(f"{member.ctype} has no member {member.fam} to overlap")
        inner: List[MemberLayout] = []
        tail_size, tail_align = self.aggregate("struct", member.members, member.packed,
                                               fam.offset_bits, "", inner)
        union_align = align if member.packed else max(align, tail_align)
        union_size = _round_up(max(size, fam.offset_bits // 8 + tail_size), union_align)
        outer_align = 1 if packed else union_align
        offset = _round_up(start, outer_align * 8)
        out.append(MemberLayout(prefix + member.name, base + offset, size, member.ctype,
                                documented=member.documented, loc=member.loc))
        for item in inner:
            out.append(MemberLayout(prefix + item.path, base + offset + item.offset_bits,
                                    item.size, item.ctype, item.bits, item.array,
                                    item.reserved, item.documented, item.loc))
        return offset + union_size * 8, outer_align

    @staticmethod
    def flexible_nested(member, size, offset, align, base, prefix, out, inner):
        """A flexible array of an anonymous struct/union: no size, members under name[0]."""
        path = prefix + member.name
        out.append(MemberLayout(path, base + offset, 0, f"{member.kind} <anonymous>", None,
                                "flexible", documented=member.documented, loc=member.loc))
        for item in inner:
            out.append(MemberLayout(f"{path}[0].{item.path}", base + offset + item.offset_bits,
                                    item.size, item.ctype, item.bits, item.array,
                                    item.reserved, item.documented, item.loc))
        return offset, align

    def nested(self, member: VNested, packed, base, start, prefix, out):
        inner: List[MemberLayout] = []
        size, align = self.aggregate(member.kind, member.members, member.packed, 0, "", inner)
        outer_align = 1 if packed else align
        offset = _round_up(start, outer_align * 8)
        if member.array == "flexible":
            return self.flexible_nested(member, size, offset, outer_align, base, prefix, out,
                                        inner)
        count = self.count(member.array, member.loc) if member.array is not None else None
        inner_prefix = prefix
        if member.name is not None:
            path = prefix + member.name
            out.append(MemberLayout(path, base + offset, size * (count or 1),
                                    f"{member.kind} <anonymous>", None, count,
                                    documented=member.documented, loc=member.loc))
            inner_prefix = path + ("[0]." if count else ".")
        for item in inner:
            out.append(MemberLayout(inner_prefix + item.path, base + offset + item.offset_bits,
                                    item.size, item.ctype, item.bits, item.array,
                                    item.reserved, item.documented, item.loc))
        return offset + size * (count or 1) * 8, outer_align


def _enum_type(values: List[int]) -> Tuple[int, bool]:
    """GCC's choice of an enum's underlying type for these values."""
    low, high = min(values, default=0), max(values, default=0)
    if low < 0 and high >= 2**63:
        raise LayoutError(f"enum values {low} and {high} fit in no 64-bit integer type")
    if low >= 0:
        return (4, False) if high < 2**32 else (8, False)
    return (4, True) if low >= -2**31 and high < 2**31 else (8, True)


def compute_layout(view: View, arch: str, diag: Diagnostics) -> ArchLayout:
    engine = _Engine(view, arch, diag)
    for vdef in view.definitions:
        if vdef.arch not in (None, arch):
            continue
        try:
            if vdef.kind in ("struct", "union"):
                engine.record(vdef)
            elif vdef.kind == "enum":
                engine.enum(vdef)
            elif vdef.kind == "define" and vdef.source.params is None \
                    and vdef.source.evaluate:
                engine.constant(vdef.name)
            elif vdef.kind == "typedef":
                engine.out.typedefs[vdef.name] = engine.type_info(vdef.name)[0]
        except (LayoutError, expr.ExprError) as exc:
            diag.error(vdef.source.loc, "layout", f"{vdef.kind} {vdef.name}: {exc}")
    return engine.out
