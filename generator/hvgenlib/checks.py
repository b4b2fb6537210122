"""Semantic rules the schema cannot state, run on the model, on each projected view and its
layouts."""

import re
from typing import Dict, List

from . import expr
from . import model as m
from .diagnostics import Diagnostics
from .layout import ArchLayout
from .views import VDef, View

C_KEYWORDS = frozenset("""auto break case char const continue default do double else enum extern
float for goto if inline int long register restrict return short signed sizeof static struct
switch typedef union unsigned void volatile while _Bool _Complex _Alignas _Alignof _Atomic
_Generic _Noreturn _Static_assert _Thread_local""".split())


def _names_in_scope(vdef: VDef, arch: str) -> List[tuple]:
    return [(vdef.source.c_name, vdef.source.loc)] + \
        [(v.name, v.loc) for v in m.on_arch(vdef.values, arch)]


def check_duplicates(view: View, arch: str, diag: Diagnostics) -> None:
    seen: Dict[str, object] = {}
    for vdef in m.on_arch(view.definitions, arch):
        for name, loc in dict.fromkeys(_names_in_scope(vdef, arch)):
            bare = name.split(" ")[-1]
            if bare in C_KEYWORDS:
                diag.error(loc, "c-keyword", f"'{bare}' is a C keyword; choose another name")
            if bare in expr.MACROS or bare in expr.KERNEL_CONSTANTS:
                diag.error(loc, "kernel-name", f"'{bare}' is the kernel's own (hvgen evaluates it "
                           f"with the kernel's meaning, and the kernel defines it); choose another "
                           f"name")
            if name in seen and seen[name] != loc:
                diag.error(loc, "dup-name", f"'{name}' is already defined at {seen[name]} "
                           f"(in the {view.name} view on {arch}); rename or remove one")
            seen.setdefault(name, loc)


def check_member_types(view: View, hdk_view: View, arch: str, diag: Diagnostics) -> None:
    known = _declared(view, arch)
    hdk_known = _declared(hdk_view, arch)
    for vdef in m.on_arch(view.definitions, arch):
        if isinstance(vdef.source, m.Record):
            _check_fields(vdef, vdef.members, known, hdk_known, arch, diag)
        if isinstance(vdef.source, m.Typedef):
            ctype = vdef.source.ctype
            if ctype not in expr.SCALARS and ctype not in known:
                diag.error(vdef.source.loc, "unknown-type",
                           f"typedef {vdef.name}: unknown type '{ctype}'")


def _declared(view: View, arch: str) -> set:
    return {name for vdef in m.on_arch(view.definitions, arch) for name in vdef.declares}


def _check_fields(vdef, members, known, hdk_known, arch, diag) -> None:
    for member in m.on_arch(members, arch):
        if isinstance(member, (m.Nested, m.Overlap)):
            _check_fields(vdef, member.members, known, hdk_known, arch, diag)
        if member.name in C_KEYWORDS:  # a named nested record's name too (`} __packed int;`)
            diag.error(member.loc, "c-keyword", f"member name '{member.name}' is a C keyword")
        if isinstance(member, m.Nested):
            continue
        ctype = member.ctype
        if ctype in expr.SCALARS or ctype in known:
            continue
        if ctype in hdk_known:
            diag.error(member.loc, "documented-uses-hdk",
                       f"documented {vdef.kind} {vdef.name} uses HDK-only type '{ctype}' in "
                       f"member {member.name}; document that type or tag the member hdk")
        else:
            diag.error(member.loc, "unknown-type",
                       f"{vdef.kind} {vdef.name}: member {member.name} has unknown type "
                       f"'{ctype}'; define it in the spec or fix the spelling")


def check_bitfields(view: View, arch: str, diag: Diagnostics) -> None:
    for vdef in m.on_arch(view.definitions, arch):
        if isinstance(vdef.source, m.Record):
            _check_runs(vdef, vdef.kind, vdef.members, arch, diag)


def _check_runs(vdef, kind, members, arch, diag) -> None:
    """Each run of consecutive bitfields in a struct must fill whole storage words."""
    run: List[m.Field] = []
    for member in m.on_arch(members, arch) + [None]:
        if isinstance(member, (m.Nested, m.Overlap)):
            _check_runs(vdef, getattr(member, "kind", m.Kind.STRUCT), member.members, arch,
                        diag)
        if isinstance(member, m.Field) and member.bits is not None and kind == m.Kind.STRUCT:
            run.append(member)
            continue
        if run:
            _check_run(vdef, run, diag)
        run = []


def _check_run(vdef, run: List[m.Field], diag) -> None:
    storage = expr.SCALARS.get(run[0].ctype, (8, False))[0] * 8
    cursor = 0
    for member in run:
        if member.at is not None:
            _check_at(vdef, member, cursor, diag)
        cursor += member.bits
    if cursor % storage:
        missing = storage - cursor % storage
        diag.error(run[-1].loc, "width-sum",
                   f"{vdef.kind} {vdef.name}: bitfields cover {cursor} bits, not a multiple of "
                   f"the {storage}-bit storage ({missing} bit(s) unassigned after "
                   f"{run[-1].name}); add a reserved field of {missing} bit(s)")


def _check_at(vdef, member: m.Field, cursor: int, diag) -> None:
    lo, hi = member.at
    where = f"{vdef.kind} {vdef.name}: bitfield {member.name}"
    if lo < cursor:
        diag.error(member.loc, "overlap", f"{where} is declared at bit {lo} but bits "
                   f"{lo}..{cursor - 1} are already taken by the fields before it")
    elif lo > cursor:
        diag.error(member.loc, "gap", f"{where} is declared at bit {lo} but the previous "
                   f"fields end at bit {cursor}; declare the reserved bits {cursor}..{lo - 1}")
    if hi is not None and hi - lo + 1 != member.bits:
        diag.error(member.loc, "width", f"{where} spans {hi}:{lo} ({hi - lo + 1} bits) but "
                   f"bits: says {member.bits}")


def check_sizes(view: View, layout: ArchLayout, diag: Diagnostics) -> None:
    for vdef in m.on_arch(view.definitions, layout.arch):
        expected = getattr(vdef.source, "size", None)
        actual = layout.records.get(vdef.name)
        if expected is not None and actual is not None and actual.size != expected:
            diag.error(vdef.source.loc, "size",
                       f"{vdef.kind} {vdef.name} is {actual.size} bytes on {layout.arch}, "
                       f"size: says {expected}; fix the members or the size")


def check_constant_types(view: View, layout: ArchLayout, diag: Diagnostics) -> None:
    for vdef in view.definitions:
        ctype = vdef.source.ctype if isinstance(vdef.source, m.Constant) else None
        value = layout.constants.get(vdef.name)
        if ctype in expr.SCALARS and value is not None:
            size, signed = expr.SCALARS[ctype]
            low = -(1 << (size * 8 - 1)) if signed else 0
            high = (1 << (size * 8 - (1 if signed else 0))) - 1
            if not low <= value.value <= high:
                diag.error(vdef.source.loc, "range", f"{vdef.name} = {value.value} does not "
                           f"fit its type {ctype} ({low}..{high})")


def check_views_agree(tlfs: ArchLayout, hdk: ArchLayout, diag: Diagnostics) -> None:
    """Documented members must sit at the same offset and width in both views."""
    for name, record in tlfs.records.items():
        other = hdk.records.get(name)
        if other is None:
            continue
        placed = {m.loc: m for m in other.members if m.loc is not None}
        for member in record.members:
            twin = placed.get(member.loc)
            if member.reserved or twin is None:
                continue
            if (twin.offset_bits, twin.bits) != (member.offset_bits, member.bits):
                diag.error(member.loc, "view-mismatch",
                           f"{name}.{member.path} sits at bit {member.offset_bits} in the tlfs "
                           f"view but at bit {twin.offset_bits} in the hdk view on {tlfs.arch}; "
                           f"an HDK-only member before it must be folded, not dropped")


# `reserved: true` is what folds an HDK-only neighbour into a reserved run and what the
# upstream diff and the TLFS audit treat as reserved space; a member only named so would
# silently be an ordinary field. The names that say "reserved": reserved*, rsvd*.
RESERVED_NAME = re.compile(r"^(reserved|rsvd)", re.IGNORECASE)


def _fields(members):
    for member in members:
        if isinstance(member, m.Field):
            yield member
        else:
            yield from _fields(member.members)


def check_reserved_names(model: m.Model, diag: Diagnostics) -> None:
    """A field named as reserved space (reserved, rsvd_z...) must be marked `reserved: true`."""
    for definition in model.definitions:
        for field in _fields(getattr(definition, "members", ())):
            names = [field.name] if isinstance(field.name, str) else \
                [field.name.tlfs, field.name.hdk]
            named = next((name for name in names if RESERVED_NAME.match(name)), None)
            if named is not None and not field.reserved:
                diag.error(field.loc, "reserved-name",
                           f"{definition.kind} {definition.name}: member '{named}' is named as "
                           f"reserved space but lacks `reserved: true`; add it, or rename the "
                           f"member")
