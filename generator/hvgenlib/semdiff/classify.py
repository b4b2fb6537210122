"""`hvgen diff`'s classification: the changes between two sides' facts, each `compatible`,
`unstable` or `break`, merged across views and arches; the verdict and the counts."""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from .. import model as m
from ..checks import RESERVED_NAME
from ..facts.compare import What, diff_enum, diff_record, index_by
from ..facts.model import Enum
from ..layout import ARCHES
from .side_facts import DefFacts, side_facts

CLASSES = ("compatible", "unstable", "break")  # in order of severity
SEVERITY = {name: rank for rank, name in enumerate(CLASSES)}


# -- changes ----------------------------------------------------------------------------------
@dataclass
class Change:
    definition: str
    kind: str
    section: str
    citation: str
    subject: Optional[str]  # member path or enum value, None for the definition itself
    what: str  # added | removed | promoted | demoted | size | align | offset | bits | value ...
    detail: str
    cls: str
    views: List[str] = field(default_factory=list)
    arches: List[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"definition": self.definition, "kind": self.kind, "section": self.section,
                "citation": self.citation, "subject": self.subject, "what": self.what,
                "detail": self.detail, "class": self.cls, "views": self.views,
                "arches": self.arches}


def _bits(member) -> Tuple[int, int]:
    """[lo, hi) bit range a member covers (offsets from the record start)."""
    width = member.bits if member.bits is not None else member.size * 8
    return member.offset_bits, member.offset_bits + width


def _where(member) -> str:
    lo, hi = _bits(member)
    if member.bits is not None:
        span = f"bit {lo}" if hi - lo == 1 else f"bits {hi - 1}:{lo}"
        return f"{span} ({member.ctype} : {member.bits})"
    if member.array == "flexible":
        return f"byte {lo // 8} ({member.ctype}[], flexible)"
    return f"byte {lo // 8}, {member.size} byte(s) ({member.ctype})"


def _ranges(members) -> List[Tuple[int, int]]:
    spans = sorted(_bits(member) for member in members)
    merged: List[List[int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [(lo, hi) for lo, hi in merged]


def _covered(span: Tuple[int, int], ranges: List[Tuple[int, int]]) -> bool:
    return any(lo <= span[0] and span[1] <= hi for lo, hi in ranges)


def _fmt_ranges(ranges: List[Tuple[int, int]]) -> str:
    return ", ".join(f"{hi - 1}:{lo}" if hi - lo > 1 else str(lo) for lo, hi in ranges) or "none"


# Member fields whose change moves a member (the rest of a change is its type's spelling).
LAYOUT = (What.MEMBER_MOVED, What.BIT_WIDTH, What.MEMBER_SIZE, What.ARRAY)
RECORD_WORDS = {What.SIZE: "size", What.ALIGN: "alignment"}


class _Differ:
    def __init__(self, old, new) -> None:
        self.old_vis, self.new_vis = ({d.name: d.tags.visibility for d in r.model.definitions}
                                      for r in (old, new))
        self.hdk_members = _hdk_members(new)  # what a documented member may be demoted to
        self.hdk_values, self.new_hdk_values = _hdk_values(old), _hdk_values(new)
        self.changes: List[Change] = []
        self.view = ""
        self.arch = ""

    def add(self, facts: DefFacts, subject, what, detail, cls) -> None:
        self.changes.append(Change(facts.name, facts.kind, facts.page, facts.citation, subject,
                                   what, detail, cls, [self.view], [self.arch]))

    # one (view, arch) ------------------------------------------------------------------------
    def compare(self, view, arch, old: Dict[str, DefFacts], new: Dict[str, DefFacts]) -> None:
        self.view, self.arch = view, arch
        for name in sorted(set(old) | set(new)):
            a, b = old.get(name), new.get(name)
            if a is None:
                self.added(b)
            elif b is None:
                self.removed(a)
            else:
                self.changed(a, b)

    def added(self, b: DefFacts) -> None:
        if self.view == m.ViewName.TLFS and self.old_vis.get(b.name) is m.Visibility.HDK:
            self.add(b, None, "promoted", f"{b.kind} {b.name} promoted from hdk to documented",
                     "compatible")
        elif b.documented:
            self.add(b, None, "added", f"new documented {b.kind} {b.name}", "compatible")
        else:
            self.add(b, None, "added", f"new HDK-only {b.kind} {b.name}", "unstable")

    def removed(self, a: DefFacts) -> None:
        if not a.documented:
            self.add(a, None, "removed", f"HDK-only {a.kind} {a.name} removed", "unstable")
        elif self.view == m.ViewName.TLFS and self.new_vis.get(a.name) is m.Visibility.HDK:
            self.add(a, None, "demoted", f"documented {a.kind} {a.name} demoted to hdk",
                     "break")
        else:
            self.add(a, None, "removed", f"documented {a.kind} {a.name} removed", "break")

    def changed(self, a: DefFacts, b: DefFacts) -> None:
        if a.documented != b.documented:  # seen in the hdk view only
            if b.documented:
                self.add(b, None, "promoted", f"{b.kind} {b.name} promoted from hdk to "
                         "documented", "compatible")
            else:
                self.add(b, None, "demoted", f"documented {b.kind} {b.name} demoted to hdk",
                         "break")
        documented = a.documented and b.documented
        severe = "break" if documented else "unstable"
        if a.documented and b.documented and a.citation != b.citation:
            self.add(b, None, "citation", f"citation {a.citation} -> {b.citation}",
                     "compatible")
        if a.kind != b.kind:
            self.add(b, None, "kind", f"{a.kind} {a.name} is now a {b.kind}", severe)
            return
        {m.Kind.STRUCT: self.record, m.Kind.UNION: self.record, m.Kind.DEFINE: self.constant,
         m.Kind.ENUM: self.enum, m.Kind.TYPEDEF: self.typedef}[b.kind](a, b, documented)

    def constant(self, a: DefFacts, b: DefFacts, documented: bool) -> None:
        severe = "break" if documented else "unstable"
        old = getattr(a.value, "value", a.value)
        new = getattr(b.value, "value", b.value)
        if old != new:
            self.add(b, None, "value", f"value {_show(old)} -> {_show(new)}", severe)
        elif hasattr(a.value, "size") and (a.value.size, a.value.signed) != \
                (b.value.size, b.value.signed):
            self.add(b, None, "type", f"type {_ctype(a.value)} -> {_ctype(b.value)}", severe)

    def typedef(self, a: DefFacts, b: DefFacts, documented: bool) -> None:
        (old_type, old_size), (new_type, new_size) = a.typedef, b.typedef
        if a.typedef != b.typedef:
            cls = ("break" if documented else "unstable") if old_size != new_size \
                else "compatible"
            self.add(b, None, "type", f"typedef {old_type} ({old_size} bytes) -> {new_type} "
                     f"({new_size} bytes)", cls)

    def record(self, a: DefFacts, b: DefFacts, documented: bool) -> None:
        ra, rb = a.record, b.record
        if ra is None or rb is None:
            return
        # The tlfs view shows a documented record's ABI; in the hdk view its size and
        # alignment may move with HDK-only members, which is an unstable-ABI change.
        def_cls = "break" if documented and self.view == m.ViewName.TLFS else "unstable"
        diffs = index_by(diff_record(b.name, ra, rb, (What.SIZE, What.ALIGN),
                                     LAYOUT + (What.MEMBER_SPELLING,),
                                     keep=lambda mm: not mm.reserved))
        for d in diffs.get(None, []):
            self.add(b, None, d.what.value, f"{RECORD_WORDS[d.what]} {d.old} -> {d.new}"
                     f"{' bytes' if d.what is What.SIZE else ''}", def_cls)
        old_named = {mm.path: mm for mm in ra.members if not mm.reserved}
        new_named = {mm.path: mm for mm in rb.members if not mm.reserved}
        old_reserved = _ranges([mm for mm in ra.members if mm.reserved])
        new_reserved = _ranges([mm for mm in rb.members if mm.reserved])
        for path, mb in new_named.items():
            self.member(a, b, old_named.get(path), mb, diffs.get(path, []), old_reserved)
        for found in diffs.values():
            if found[0].what is What.MEMBER_REMOVED:
                self.member_removed(a, b, found[0].old, new_reserved)
        if old_reserved != new_reserved:
            self.add(b, None, "reserved", f"reserved bits {_fmt_ranges(old_reserved)} -> "
                     f"{_fmt_ranges(new_reserved)}", "compatible")

    def member(self, a: DefFacts, b: DefFacts, ma, mb, diffs, old_reserved) -> None:
        """A member the new side has: added, promoted or demoted, moved, or retyped."""
        path = mb.path
        member_doc_new = b.documented and mb.documented
        if ma is None:
            note = ", formerly reserved" if _covered(_bits(mb), old_reserved) else ""
            if member_doc_new:
                self.add(b, path, "added", f"new member {path} at {_where(mb)}{note}",
                         "compatible")
            else:
                self.add(b, path, "added", f"new HDK-only member {path} at {_where(mb)}"
                         f"{note}", "unstable")
            return
        member_doc_old = a.documented and ma.documented
        if member_doc_old != member_doc_new:
            if member_doc_new:
                self.add(b, path, "promoted", f"member {path} promoted from hdk to "
                         "documented", "compatible")
            else:
                self.add(b, path, "demoted", f"documented member {path} demoted to hdk",
                         "break")
        cls = "break" if member_doc_old and member_doc_new else "unstable"
        moved = {d.what for d in diffs if d.what in LAYOUT}
        if moved:
            what = "bits" if mb.bits is not None or ma.bits is not None else "offset"
            if What.MEMBER_SIZE in moved and not moved & {What.MEMBER_MOVED, What.BIT_WIDTH}:
                what = "size"
            self.add(b, path, what, f"member {path}: {_where(ma)} -> {_where(mb)}", cls)
        elif diffs:
            self.add(b, path, "type", f"member {path}: type {ma.ctype} -> {mb.ctype}",
                     "compatible")

    def member_removed(self, a: DefFacts, b: DefFacts, ma, new_reserved) -> None:
        path = ma.path
        member_doc_old = a.documented and ma.documented
        if not member_doc_old:
            self.add(b, path, "removed", f"HDK-only member {path} removed (was at "
                     f"{_where(ma)})", "unstable")
        elif _covered(_bits(ma), new_reserved) and self.view == m.ViewName.TLFS and \
                b.documented and (b.name, path) in self.hdk_members:
            self.add(b, path, "demoted", f"documented member {path} demoted to hdk (now "
                     f"reserved at {_where(ma)})", "break")
        elif _covered(_bits(ma), new_reserved) and RESERVED_NAME.match(path.split(".")[-1]):
            # named as reserved space all along: marking it `reserved: true` says what it was
            self.add(b, path, "reserved", f"member {path} marked reserved (it was named so; "
                     f"same bits, {_where(ma)})", "compatible")
        elif _covered(_bits(ma), new_reserved):
            self.add(b, path, "removed", f"documented member {path} now reserved (was at "
                     f"{_where(ma)})", "break")
        else:
            self.add(b, path, "removed", f"documented member {path} removed (was at "
                     f"{_where(ma)})", "break")

    def enum(self, a: DefFacts, b: DefFacts, documented: bool) -> None:
        severe = "break" if documented else "unstable"
        if a.enum_type != b.enum_type and a.enum_type and b.enum_type:
            self.add(b, None, "type", f"underlying type {_etype(a.enum_type)} -> "
                     f"{_etype(b.enum_type)}",
                     severe if self.view == m.ViewName.TLFS else "unstable")
        diffs = index_by(diff_enum(b.name, Enum(a.name, a.enum or []),
                                   Enum(b.name, b.enum or []), ()))
        for name, value in b.enum or []:
            found = {d.what: d for d in diffs.get(name, [])}
            doc_new = b.documented and b.value_documented.get(name, True)
            if What.CONSTANT_ADDED in found:
                promoted = self.view == m.ViewName.TLFS and name in self.hdk_values
                if promoted:
                    self.add(b, name, "promoted", f"value {name} promoted from hdk to "
                             "documented", "compatible")
                else:
                    self.add(b, name, "added", f"new {'' if doc_new else 'HDK-only '}value "
                             f"{name} = {_show(value)}", "compatible" if doc_new else "unstable")
                continue
            doc_old = a.documented and a.value_documented.get(name, True)
            if doc_old != doc_new:
                moved = "promoted from hdk to documented" if doc_new else "demoted to hdk"
                self.add(b, name, "promoted" if doc_new else "demoted", f"value {name} {moved}",
                         "compatible" if doc_new else "break")
            if What.VALUE in found:
                self.add(b, name, "value", f"value {name} = {_show(found[What.VALUE].old)} -> "
                         f"{_show(value)}", "break" if doc_old and doc_new else "unstable")
        for name, value in a.enum or []:
            if all(d.what is not What.CONSTANT_REMOVED for d in diffs.get(name, [])):
                continue
            doc_old = a.documented and a.value_documented.get(name, True)
            if not doc_old:
                self.add(b, name, "removed", f"HDK-only value {name} removed", "unstable")
            elif self.view == m.ViewName.TLFS and name in self.new_hdk_values:
                self.add(b, name, "demoted", f"documented value {name} demoted to hdk",
                         "break")
            else:
                self.add(b, name, "removed", f"documented value {name} removed", "break")


def _show(value) -> str:
    if isinstance(value, int):
        return str(value) if -10 < value < 10 else f"{value} ({value:#x})" if value >= 0 \
            else str(value)
    return str(value)


def _ctype(cvalue) -> str:
    return f"{'s' if cvalue.signed else 'u'}{cvalue.size * 8}"


def _etype(info) -> str:
    return f"{'s' if info[1] else 'u'}{info[0] * 8}"


def _hdk_members(result) -> set:
    """(record, member path) of HDK-only members as the hdk view lays them out (any arch)."""
    out = set()
    for (view, _), layout in result.layouts.items():
        if view != m.ViewName.HDK:
            continue
        for name, record in layout.records.items():
            out.update((name, mm.path) for mm in record.members if not mm.documented)
    return out


def _hdk_values(result) -> set:
    return {v.name for d in result.model.definitions if isinstance(d, m.Enum)
            for v in d.values if not v.tags.documented}


def merge(changes: List[Change]) -> List[Change]:
    merged: Dict[tuple, Change] = {}
    for change in changes:
        key = (change.definition, change.subject, change.what, change.detail)
        seen = merged.get(key)
        if seen is None:
            merged[key] = change
            continue
        for view in change.views:
            if view not in seen.views:
                seen.views.append(view)
        for arch in change.arches:
            if arch not in seen.arches:
                seen.arches.append(arch)
        if SEVERITY[change.cls] > SEVERITY[seen.cls]:
            seen.cls = change.cls
    out = list(merged.values())
    for change in out:
        change.views.sort(key=m.VIEWS.index)
        change.arches.sort(key=ARCHES.index)
    out.sort(key=lambda c: (c.section.startswith("("), c.section, c.definition,
                            c.subject is not None, c.subject or "", c.what))
    return out


def diff_results(old, new) -> List[Change]:
    old_facts, new_facts = side_facts(old), side_facts(new)
    differ = _Differ(old, new)
    for view in m.VIEWS:
        for arch in ARCHES:
            differ.compare(view, arch, old_facts.get((view, arch), {}),
                           new_facts.get((view, arch), {}))
    return merge(differ.changes)


def verdict(changes: List[Change]) -> str:
    if any(c.cls == "break" for c in changes):
        return "abi-break"
    return "compatible" if changes else "unchanged"


def counts(changes: List[Change]) -> Dict[str, int]:
    return {cls: sum(1 for c in changes if c.cls == cls) for cls in CLASSES}
