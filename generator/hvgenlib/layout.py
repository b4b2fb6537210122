"""The layout engine: size, alignment, member offsets and bit positions, per view and arch.

C's rules for the System V x86_64 and AAPCS64 ABIs (which agree for every type used here):
members at their alignment (1 inside `packed`), a bitfield starts a new storage unit only when
it would cross an alignment unit of its type (never in `packed`), unions overlay members at 0,
sizes round up to the alignment. Member paths follow the reference facts' convention: members
of anonymous structs/unions are flattened into the parent, named members of anonymous type
appear as `name` and `name.field`.
"""

import contextlib
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional, Tuple

from . import expr
from . import model as m
from .diagnostics import Diagnostics
from .targets import ARCH_TABLE, ARCHES  # noqa: F401 (ARCHES: read from here by its callers)
from .views import VDef, View, references, same_projection

MAX_ARRAY = 1 << 24  # elements; far above any hypercall page, far below exhausting memory


@dataclass(frozen=True)
class MemberLayout:
    """Where one member of a laid-out record sits."""

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
    """A record's size, alignment and members as the layout engine lays it out."""

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
    """A definition that does not lay out; `member` is the member of it at fault, if one is
    (the diagnostic is located on it)."""

    member = None

    def __str__(self) -> str:
        text = super().__str__()
        if self.member is None:
            return text
        name = self.member.name or f"(anonymous {self.member.kind})"
        return f"member {name}: {text}"


def _round_up(value: int, align: int) -> int:
    return -(-value // align) * align


class _Engine:
    def __init__(self, view: View, arch: str, diag: Diagnostics) -> None:
        self.arch = arch
        self.diag = diag
        self.scalars = ARCH_TABLE[arch].scalars
        self.defs: Dict[str, VDef] = {}
        self.values: Dict[str, object] = {}
        for vdef in m.on_arch(view.definitions, arch):
            self._declare(vdef)
        self.out = ArchLayout(arch)
        self.active: set = set()
        self.evaluator = expr.Evaluator(self.constant, self.sizeof, self.function_macro)

    def _declare(self, vdef: VDef) -> None:
        self.defs[vdef.source.c_name] = vdef
        for value in m.on_arch(vdef.values, self.arch):
            self.values[value.name] = (vdef, value)

    def _constant(self, name: str) -> Optional[m.Constant]:
        """The spec's #define NAME, if it has one."""
        source = getattr(self.defs.get(name), "source", None)
        return source if isinstance(source, m.Constant) else None

    # -- constants ------------------------------------------------------------------------
    def function_macro(self, name: str):
        """(params, body) of a function-like macro of the spec, for expansion in expressions."""
        source = self._constant(name)
        if source is not None and source.params is not None:
            return source.params, self.defs[name].value
        return None

    def constant(self, name: str) -> expr.CValue:
        if name in self.out.constants:
            return self.out.constants[name]
        if name in self.active:
            raise expr.ExprError(f"'{name}' is defined in terms of itself")
        source = self._constant(name)
        if source is not None and not source.evaluate:
            raise expr.ExprError(f"'{name}' is not an integer constant (evaluate: false)")
        if source is not None and source.params is None:
            if len(self.active) >= expr.MAX_CHAIN:
                raise expr.ExprError(f"'{name}': definitions refer to one another more than "
                                     f"{expr.MAX_CHAIN} deep")
            self.active.add(name)
            try:
                value = self.evaluator.evaluate(self.defs[name].value)
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
            for value in m.on_arch(vdef.values, self.arch):
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
        if isinstance(vdef.source, m.Typedef):
            with self._inside(f"typedef {ctype}", f"typedef '{ctype}' is defined in terms of "
                              f"itself"):
                return self.type_info(vdef.source.ctype)
        if isinstance(vdef.source, m.Enum):
            self.enum(vdef)
            size = self.out.enum_types[vdef.name][0]
            return size, size
        try:
            layout = self.record(vdef)
        except LayoutError as exc:  # at fault: the member of ours of this type, not its own
            raise LayoutError(*exc.args) from None
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
        for member in m.on_arch(members, self.arch):
            start = 0 if kind == m.Kind.UNION else cursor
            try:
                end, member_align = PLACE[type(member)](self, member, packed, base, start,
                                                        prefix, out)
            except LayoutError as exc:
                exc.member = exc.member or member  # the innermost member at fault
                raise
            align = max(align, member_align)
            cursor = end if kind == m.Kind.STRUCT else cursor
            size_bits = max(size_bits, end)
        size = _round_up(_round_up(size_bits, 8) // 8, align)
        return size, align

    def field(self, member: m.Field, packed, base, start, prefix, out) -> Tuple[int, int]:
        """Place one member at or after bit `start`; return (end bit, alignment it imposes)."""
        size, align = self.type_info(member.ctype)
        path = prefix + member.name
        if member.bits is not None:
            return self.bitfield(member, size, align, packed, base, start, path, out)
        align = 1 if packed else align
        offset = _round_up(start, align * 8)
        count = member.array if member.array in (None, "flexible") else \
            self.count(member.array, member.loc)
        total = 0 if count == "flexible" else size * (count or 1)  # a flexible array: none
        out.append(MemberLayout(path, base + offset, total, member.ctype, None, count,
                                member.reserved, member.documented, member.loc))
        return offset + total * 8, align

    def bitfield(self, member: m.Field, size, align, packed, base, start, path, out):
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

    def overlap(self, member: m.Overlap, packed, base, start, prefix, out):
        """A union of `name` (a record with a trailing flexible array `fam`) and a struct whose
        members start at fam's offset: the kernel's __TRAILING_OVERLAP."""
        size, align = self.type_info(member.ctype)
        record = self.record(self.defs[member.ctype])
        fam = next((mm for mm in record.members if mm.path == member.fam), None)
        if fam is None:
            raise LayoutError(f"{member.ctype} has no member {member.fam} to overlap")
        inner: List[MemberLayout] = []
        tail_size, tail_align = self.aggregate(m.Kind.STRUCT, member.members, member.packed,
                                               fam.offset_bits, "", inner)
        union_align = align if member.packed else max(align, tail_align)
        union_size = _round_up(max(size, fam.offset_bits // 8 + tail_size), union_align)
        outer_align = 1 if packed else union_align
        offset = _round_up(start, outer_align * 8)
        out.append(MemberLayout(prefix + member.name, base + offset, size, member.ctype,
                                documented=member.documented, loc=member.loc))
        out.extend(_moved(inner, prefix, base + offset))
        return offset + union_size * 8, outer_align

    def nested(self, member: m.Nested, packed, base, start, prefix, out):
        """An anonymous struct or union: its members are the record's, under `name.` when it
        names a member (`name[0].` for an array of it; a flexible one takes no space)."""
        inner: List[MemberLayout] = []
        size, align = self.aggregate(member.kind, member.members, member.packed, 0, "", inner)
        outer_align = 1 if packed else align
        offset = _round_up(start, outer_align * 8)
        count = member.array if member.array in (None, "flexible") else \
            self.count(member.array, member.loc)
        total = 0 if count == "flexible" else size * (count or 1)
        inner_prefix = prefix
        if member.name is not None:
            path = prefix + member.name
            out.append(MemberLayout(path, base + offset, total, f"{member.kind} <anonymous>",
                                    None, count, documented=member.documented, loc=member.loc))
            inner_prefix = path + ("[0]." if count else ".")
        out.extend(_moved(inner, inner_prefix, base + offset))
        return offset + total * 8, outer_align


# How each member form is placed.
PLACE = {m.Field: _Engine.field, m.Nested: _Engine.nested, m.Overlap: _Engine.overlap}


def _moved(inner: List[MemberLayout], prefix: str, offset_bits: int):
    """Members laid out inside a nested aggregate, as members of the record holding it."""
    return [replace(item, path=prefix + item.path, offset_bits=offset_bits + item.offset_bits)
            for item in inner]


def _enum_type(values: List[int]) -> Tuple[int, bool]:
    """GCC's choice of an enum's underlying type for these values."""
    low, high = min(values, default=0), max(values, default=0)
    if low < 0 and high >= 2**63:
        raise LayoutError(f"enum values {low} and {high} fit in no 64-bit integer type")
    if low >= 0:
        return (4, False) if high < 2**32 else (8, False)
    return (4, True) if low >= -2**31 and high < 2**31 else (8, True)


def _constant(engine: _Engine, vdef: VDef) -> None:
    if vdef.source.params is None and vdef.source.evaluate:
        engine.constant(vdef.name)


def _typedef(engine: _Engine, vdef: VDef) -> None:
    engine.out.typedefs[vdef.name] = engine.type_info(vdef.name)[0]


# What each definition kind contributes to an arch's layout.
LAY_OUT = {m.Record: _Engine.record, m.Enum: _Engine.enum, m.Constant: _constant,
           m.Typedef: _typedef}


def reuse_layout(view: View, arch: str, base: View, base_layout: ArchLayout,
                 diag: Diagnostics) -> ArchLayout:
    """VIEW's layout on ARCH, equal to compute_layout's, taking from BASE_LAYOUT (BASE's on
    its arch) every definition the two project alike (_alike) that refers to nothing they
    project differently; only the rest is laid out. The other view on the same arch, the same
    view on the other arch, the backlog's family views: each is a few definitions away from
    the layout it is taken from. A definition BASE_LAYOUT lacks (its layout failed) is laid
    out again, so its error is reported here too."""
    redo = _differently_projected(view, arch, base, base_layout.arch)
    engine = _Engine(view, arch, diag)
    ours = m.on_arch(view.definitions, arch)
    for vdef in ours:
        if vdef.name not in redo and not _copy_facts(base_layout, vdef, engine.out):
            redo.add(vdef.name)
    for vdef in ours:
        if vdef.name in redo:
            _lay_out(engine, vdef, diag)
    return engine.out


def _alike(ours: VDef, theirs: Optional[VDef], same_arch: bool) -> bool:
    """Whether two projections of one definition lay out alike: projected alike, and on
    another arch nothing inside it bound to an arch."""
    if not same_projection(ours, theirs):
        return False
    return same_arch or not ours.bound_to_arch


def _differently_projected(view: View, arch: str, base: View, base_arch: str) -> set:
    """Names of VIEW's definitions on ARCH whose layout may differ from BASE's on BASE_ARCH:
    not projected alike, absent from BASE, or referring (views.references) to a name either
    view declares differently, to a fixed point."""
    same_arch = arch == base_arch
    if not same_arch and ARCH_TABLE[arch].scalars != ARCH_TABLE[base_arch].scalars:
        return {v.name for v in view.definitions}
    theirs = {id(b.source): b for b in m.on_arch(base.definitions, base_arch)}
    ours = m.on_arch(view.definitions, arch)
    alike = [v for v in ours if _alike(v, theirs.get(id(v.source)), same_arch)]
    kept = {id(v.source) for v in alike}
    changed = {name for d in (*theirs.values(), *ours) if id(d.source) not in kept
               for name in d.declares}
    if not changed:  # what refers to a name matters only when some name changed
        return set()
    pending = [(v, references(v)) for v in alike]
    while True:
        moved = [v for v, refs in pending if not refs.isdisjoint(changed)]
        if not moved:
            break
        changed.update(name for v in moved for name in v.declares)
        gone = {id(v) for v in moved}
        pending = [(v, refs) for v, refs in pending if id(v) not in gone]
    unchanged = {id(v.source) for v, _ in pending}
    return {v.name for v in ours if id(v.source) not in unchanged}


def _copy_facts(layout: ArchLayout, vdef: VDef, out: ArchLayout) -> bool:
    """Copy what LAYOUT has of VDEF (a record, an enum and its values, a constant, a typedef)
    into OUT; False when LAYOUT lacks something VDEF lays out."""
    name, source = vdef.name, vdef.source
    if vdef.kind.is_record:
        if name not in layout.records:
            return False
        out.records[name] = layout.records[name]
    elif isinstance(source, m.Enum):
        if name not in layout.enums:
            return False
        out.enums[name] = layout.enums[name]
        out.enum_types[name] = layout.enum_types[name]
        for value, _ in layout.enums[name]:
            out.constants[value] = layout.constants[value]
    elif isinstance(source, m.Constant):
        if name in layout.constants:
            out.constants[name] = layout.constants[name]
        elif source.params is None and source.evaluate:
            return False
    elif isinstance(source, m.Typedef):
        if name not in layout.typedefs:
            return False
        out.typedefs[name] = layout.typedefs[name]
    return True


def compute_layout(view: View, arch: str, diag: Diagnostics) -> ArchLayout:
    engine = _Engine(view, arch, diag)
    for vdef in m.on_arch(view.definitions, arch):
        _lay_out(engine, vdef, diag)
    return engine.out


def _lay_out(engine: _Engine, vdef: VDef, diag: Diagnostics) -> None:
    """One definition into ENGINE's layout; an error is located on the member at fault when
    there is one (the innermost), else on the definition."""
    try:
        LAY_OUT[type(vdef.source)](engine, vdef)
    except (LayoutError, expr.ExprError) as exc:
        member = getattr(exc, "member", None)
        loc = member.loc if member is not None and member.loc is not None else vdef.source.loc
        diag.error(loc, "layout", f"{vdef.kind} {vdef.name}: {exc}")
