"""Two fact sets in, typed differences out: the one comparer behind every policy.

`diff_record`, `diff_enum`, `diff_macro`, `diff_typedef` compare one definition of each side
field by field and give `Difference`s in a fixed order (the definition's own fields, then its
parts in the old side's order, then parts only the new side has, then trailing fields). Callers
choose which fields count and which members to leave out; what a difference *means* (an ABI
break, a line in a test's output, an importer's `+path@off`) is the caller's own
classification table: semdiff, the TLFS audit, `import --compare`, the report's kernel-tree
column and tests/tools/compare_reference.py. `diff_sets` does the same over whole fact sets,
and `by_position` matches members by the bits they cover, not by name, for the TLFS audit.
"""

import enum
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from .model import FactSet, Member


class What(enum.Enum):
    """The kinds of difference."""

    KIND = "kind"  # struct <-> union
    SIZE = "size"
    ALIGN = "align"
    MEMBER_ADDED = "member added"
    MEMBER_REMOVED = "member removed"
    MEMBER_MOVED = "member moved"  # offset_bits
    BIT_WIDTH = "bit width"
    MEMBER_SIZE = "member size"
    ARRAY = "array length"
    MEMBER_TYPE = "member type"  # canonical type
    MEMBER_SPELLING = "member spelling"  # the type as written
    CONSTANT_ADDED = "constant added"
    CONSTANT_REMOVED = "constant removed"
    VALUE = "value"
    UNDERLYING = "underlying type"
    NEGATIVE = "negative"
    FUNCTION_LIKE = "function-like"
    PARAMS = "params"
    TYPE_SIZE = "type size"
    TYPE_SIGNED = "type signedness"
    CANONICAL = "canonical type"


@dataclass(frozen=True)
class Difference:
    """One typed difference between two fact sets."""

    what: What
    name: str  # the definition
    subject: Optional[str]  # member path or enum constant; None for the definition itself
    old: object = None
    new: object = None


# Which attribute of the model each field-level difference reads.
RECORD_FIELDS = {What.KIND: "kind", What.SIZE: "size", What.ALIGN: "align"}
MEMBER_FIELDS = {What.MEMBER_MOVED: "offset_bits", What.BIT_WIDTH: "bits",
                 What.MEMBER_SIZE: "size", What.ARRAY: "array", What.MEMBER_TYPE: "canonical",
                 What.MEMBER_SPELLING: "ctype"}
ENUM_FIELDS = {What.UNDERLYING: "underlying", What.SIZE: "size"}
MACRO_FIELDS = {What.VALUE: "value", What.NEGATIVE: "negative",
                What.FUNCTION_LIKE: "function_like", What.PARAMS: "params",
                What.TYPE_SIZE: "type_size", What.TYPE_SIGNED: "type_signed"}
TYPEDEF_FIELDS = {What.CANONICAL: "canonical", What.SIZE: "size"}
FIELDS = {**RECORD_FIELDS, **MEMBER_FIELDS, **ENUM_FIELDS, **MACRO_FIELDS, **TYPEDEF_FIELDS}


def fields(name: str, subject, old, new, whats: Iterable[What]) -> List[Difference]:
    """A difference per field in WHATS whose value differs (a missing attribute reads None)."""
    out = []
    for what in whats:
        a, b = getattr(old, FIELDS[what], None), getattr(new, FIELDS[what], None)
        if a != b:
            out.append(Difference(what, name, subject, a, b))
    return out


def diff_record(name: str, old, new, record_fields: Sequence[What] = tuple(RECORD_FIELDS),
                member_fields: Sequence[What] = (), keep: Callable[[Member], bool] = None
                ) -> List[Difference]:
    """Fields of the records, then members matched by path (those KEEP accepts)."""
    out = fields(name, None, old, new, record_fields)
    keep = keep or (lambda m: True)
    old_members = {m.path: m for m in old.members if keep(m)}
    new_members = {m.path: m for m in new.members if keep(m)}
    for m in old.members:
        if m.path not in old_members:
            continue
        if m.path not in new_members:
            out.append(Difference(What.MEMBER_REMOVED, name, m.path, old_members[m.path]))
        else:
            out += fields(name, m.path, old_members[m.path], new_members[m.path],
                          member_fields)
    out += [Difference(What.MEMBER_ADDED, name, m.path, None, m) for m in new.members
            if m.path in new_members and m.path not in old_members]
    return out


def diff_enum(name: str, old, new, enum_fields: Sequence[What] = tuple(ENUM_FIELDS)
              ) -> List[Difference]:
    """Constants matched by name (removed or changed, then added), then the enum's fields."""
    a, b = dict(old.constants), dict(new.constants)
    out = []
    for constant, value in a.items():
        if constant not in b:
            out.append(Difference(What.CONSTANT_REMOVED, name, constant, value))
        elif b[constant] != value:
            out.append(Difference(What.VALUE, name, constant, value, b[constant]))
    out += [Difference(What.CONSTANT_ADDED, name, c, None, v) for c, v in b.items()
            if c not in a]
    return out + fields(name, None, old, new, enum_fields)


def diff_macro(name: str, old, new, macro_fields: Sequence[What] = (
        What.VALUE, What.NEGATIVE, What.FUNCTION_LIKE, What.TYPE_SIZE, What.TYPE_SIGNED)
               ) -> List[Difference]:
    return fields(name, None, old, new, macro_fields)


def diff_typedef(name: str, old, new, typedef_fields: Sequence[What] = tuple(TYPEDEF_FIELDS)
                 ) -> List[Difference]:
    return fields(name, None, old, new, typedef_fields)


# -- whole fact sets --------------------------------------------------------------------------
CATEGORIES = ("records", "enums", "macros", "typedefs")


@dataclass
class SetDiff:
    """OLD against NEW: what each side lacks and how the shared definitions differ."""

    compared: int  # old definitions looked at
    missing: List[Tuple[str, str]]  # (category, name) in OLD, not in NEW
    extra: List[Tuple[str, str]]  # in NEW, not in OLD
    differing: List[Tuple[str, str, List[Difference]]]


def diff_sets(old: FactSet, new: FactSet, only: Optional[set] = None,
              keep: Callable[[Member], bool] = None) -> SetDiff:
    """Every definition of OLD (those named in ONLY) against NEW, by name, per category in
    CATEGORIES order and by name within one; records compare their members by path
    (those KEEP accepts) with the reference facts' member fields."""
    differs = {"records": lambda n, a, b: diff_record(
                   n, a, b, member_fields=(What.MEMBER_MOVED, What.BIT_WIDTH, What.MEMBER_SIZE,
                                           What.ARRAY, What.MEMBER_TYPE), keep=keep),
               "enums": diff_enum, "macros": diff_macro, "typedefs": diff_typedef}
    result = SetDiff(0, [], [], [])
    for cat in CATEGORIES:
        a, b = getattr(old, cat), getattr(new, cat)
        for name in sorted(a):
            if only is not None and name not in only:
                continue
            result.compared += 1
            if name not in b:
                result.missing.append((cat, name))
                continue
            diffs = differs[cat](name, a[name], b[name])
            if diffs:
                result.differing.append((cat, name, diffs))
        result.extra += [(cat, n) for n in sorted(set(b) - set(a))]
    return result


# -- by position ------------------------------------------------------------------------------
@dataclass
class Placement:
    """How the members of one side sit against the bits [lo, hi) of one member of the other."""

    exact: List[Member]  # cover exactly [lo, hi)
    inside: List[Member]  # contain [lo, hi)
    covered: List[Member]  # lie within [lo, hi)
    overlapping: List[Member]  # share a bit with [lo, hi)


def by_position(members: Sequence[Member], span: Tuple[int, int]) -> Placement:
    lo, hi = span
    spans = [(m, m.span) for m in members]
    return Placement([m for m, s in spans if s == span],
                     [m for m, s in spans if s[0] <= lo and hi <= s[1]],
                     [m for m, s in spans if lo <= s[0] and s[1] <= hi],
                     [m for m, s in spans if s[0] < hi and lo < s[1]])


def index_by(diffs: Iterable[Difference]) -> Dict[Optional[str], List[Difference]]:
    """Differences grouped by subject (None: the definition's own fields)."""
    out: Dict[Optional[str], List[Difference]] = {}
    for d in diffs:
        out.setdefault(d.subject, []).append(d)
    return out
