"""A verdict for every documented claim of the spec: each documented definition, member and
enum value, judged on the documented view (the `tlfs` view generated/hyperv-tlfs.h is made
from), on each arch that view has it and the TLFS gives it:

- `layout verified`: a C block, layout table or bit table of the TLFS lays it out, and the
  spec's layout matches (members matched by position, facts.compare.by_position);
- `value verified`: a TLFS C block or table gives the number, and it matches;
- `name only`: the TLFS names it but gives no number or layout (the evidence says which page);
- `disagrees`: the evidence says what the TLFS page:line has and what the spec has;
  `disagrees (explained)` when the definition's `tlfs_differs:` says why the spec keeps it;
- `not found`: no TLFS page has it;
- `derived`: a Linux convenience `derived_from:` a documented definition (no claim of its own).

A member or enum value of a definition the TLFS gives no layout or values for inherits the
definition's verdict (`inherited`): the definition's line is the one to act on.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ..facts.compare import by_position
from ..facts.from_layout import record_facts
from ..facts.model import Member, Record
from ..targets import ArchName
from ..views import view_arch
from . import names, section, tables
from .tables import RESERVED
from ..model import HDK, TLFS, VIEWS

LAYOUT, VALUE, NAME, DISAGREES, EXPLAINED, NOT_FOUND, DERIVED = (
    "layout verified", "value verified", "name only", "disagrees", "disagrees (explained)",
    "not found", "derived")
VERDICTS = (LAYOUT, VALUE, NAME, DISAGREES, EXPLAINED, NOT_FOUND, DERIVED)
ARCHES = ("x86_64", "arm64")
_RANK = {DISAGREES: 0, NOT_FOUND: 1, NAME: 2, VALUE: 3, LAYOUT: 3}


@dataclass
class Claim:
    definition: str
    member: Optional[str]  # a member's path or an enum value's name; None: the definition
    kind: str  # the definition's kind, or "member" / "value"
    file: str
    line: int
    col: int
    verdict: str
    evidence: str = ""
    inherited: bool = False  # a member or value judged by its definition's verdict
    claimed: str = ""  # the definition's tlfs_gives: what the spec says the TLFS gives
    uncited: bool = False  # documented with `tlfs: none`: a claim that names no TLFS page
    arches: List[str] = field(default_factory=list)

    @property
    def subject(self) -> str:
        return self.definition if self.member is None else f"{self.definition}.{self.member}"


def _reserved(m: Member) -> bool:
    return m.reserved or bool(RESERVED.match(m.path.split(".")[-1]))


def _where(m: Member) -> str:
    lo, hi = m.span
    if m.bits is None and lo % 8 == 0 and m.array != "variable":
        return f"offset {lo // 8}, {(hi - lo) // 8} bytes" if hi > lo else f"offset {lo // 8}"
    if m.array == "variable":
        return f"offset {lo // 8}, variable size"
    return f"bits {lo}..{hi - 1}"


class _Merge:
    """Per-member verdicts over the arches: the worst one, with its evidence."""

    def __init__(self) -> None:
        self.items: Dict[str, Tuple[str, str, List[str]]] = {}

    def add(self, path: str, verdict: str, evidence: str, arch: str) -> None:
        current = self.items.get(path)
        if current is None:
            self.items[path] = (verdict, evidence, [arch])
            return
        arches = current[2] + [arch]
        if _RANK[verdict] < _RANK[current[0]]:
            self.items[path] = (verdict, f"{arch}: {evidence}", arches)
        else:
            self.items[path] = (current[0], current[1], arches)


def compare_layout(spec: Record, tl: Record, mode: str, label: str, arch: str,
                   merge: _Merge, hdk: Optional[Record] = None) -> List[str]:
    """The spec's documented layout against the TLFS's (MODE: "c", "bits", or "table": a
    table lists bytes, not bits, and may hold a spec member's parts in one row): the
    definition's problems; each member's verdict goes to MERGE."""
    problems: List[str] = []
    if tl.size and spec.size != tl.size:
        problems.append(f"{arch}: size {spec.size} bytes, TLFS {label} {tl.size}")
    table = mode == "table"
    # a table's rows are bytes: a dotted (nested) member has no row of its own
    tms = [m for m in tl.members if not (table and "." in m.path)]
    sms = [m for m in spec.members if not (table and "." in m.path)]
    for sm in sms:
        if _reserved(sm) or not sm.documented:
            continue
        verdict, evidence = _member_verdict(sm, tms, table, label)
        merge.add(sm.path, verdict, evidence, arch)
        if verdict == DISAGREES:
            problems.append(f"{arch}: {evidence}")
    if table:  # a table may leave members out: only its rows are claims
        return problems
    hdk_members = hdk.members if hdk is not None else []
    for t in tms:
        problem = _uncarried(t, sms, hdk_members, label)
        if problem:
            problems.append(f"{arch}: {problem}")
    return problems


def _member_verdict(sm: Member, tms: List[Member], table: bool,
                    label: str) -> Tuple[str, str]:
    """(verdict, evidence) of the spec's documented member SM against the TLFS's members TMS."""
    lo, hi = sm.span
    if hi == lo:
        return _flexible_start(lo, tms, label)
    place = by_position(tms, sm.span)
    exact = place.exact or [t for t in tms if t.array == "variable" and t.offset_bits == lo]
    if exact:
        return LAYOUT, f"TLFS {label}.{exact[0].path} at {_where(exact[0])}"
    inside_ids = {id(t) for t in place.inside}
    finer = [t for t in place.overlapping if id(t) not in inside_ids]
    straddle = [t for t in finer if not (lo <= t.span[0] and t.span[1] <= hi)]
    if table:  # a table's reserved or empty rows cut nothing
        straddle = [t for t in straddle if not _reserved(t) and t.span[1] > t.span[0]]
    if straddle:
        t = straddle[0]
        return DISAGREES, f"TLFS {label}.{t.path} at {_where(t)}, spec {sm.path} at {_where(sm)}"
    if finer:
        return _covering(sm, finer, table, label)
    if not place.inside:
        return NOT_FOUND, f"no TLFS {label} member at {_where(sm)}"
    return _within(sm, min(place.inside, key=lambda t: t.span[1] - t.span[0]), table, label)


def _flexible_start(lo: int, tms: List[Member], label: str) -> Tuple[str, str]:
    """A flexible array member (no size) is judged by where it starts."""
    starts = [t for t in tms if t.offset_bits == lo and t.span[1] == t.span[0]]
    if starts:
        return LAYOUT, f"TLFS {label}.{starts[0].path} at {_where(starts[0])}"
    return NOT_FOUND, f"no TLFS {label} member starts at offset {lo // 8}"


def _covering(sm: Member, finer: List[Member], table: bool, label: str) -> Tuple[str, str]:
    """A spec member that covers several finer TLFS members: verified when it begins and ends
    with them (a table row may hold a spec member's parts: always verified)."""
    lo, hi = sm.span
    if table or (min(t.span[0] for t in finer) == lo and max(t.span[1] for t in finer) == hi):
        return LAYOUT, f"covers TLFS {label}.{', '.join(t.path for t in finer[:4])}"
    return DISAGREES, (f"spec {sm.path} at {_where(sm)} covers TLFS {label}."
                       f"{', '.join(t.path + ' at ' + _where(t) for t in finer[:3])}, "
                       f"ending elsewhere")


def _within(sm: Member, c: Member, table: bool, label: str) -> Tuple[str, str]:
    """A spec member inside C, the smallest TLFS member that holds it."""
    if _reserved(c) and not table:
        return DISAGREES, (f"spec documents {sm.path} at {_where(sm)}, TLFS {label} reserves "
                           f"it ({c.path} at {_where(c)})")
    if table or c.array == "variable":
        return LAYOUT, f"within TLFS {label}.{c.path} at {_where(c)}"
    # a part of one TLFS member (of a type whose fields the TLFS does not give)
    return DISAGREES, (f"spec {sm.path} at {_where(sm)} is a part of TLFS {label}.{c.path} at "
                       f"{_where(c)}")


def _uncarried(t: Member, sms: List[Member], hdk_members: List[Member],
               label: str) -> Optional[str]:
    """The problem, if any, of a TLFS member T the spec's members SMS do not carry as
    documented: reserved there (with a hint when the HDK view has it), missing, or cut into
    by a reserved run."""
    if _reserved(t) or t.span[1] == t.span[0]:
        return None
    place = by_position(sms, t.span)
    covering = [m for m in place.inside if _reserved(m) or not m.documented]
    if covering and not [m for m in place.exact if not _reserved(m) and m.documented]:
        r = covering[0]
        hint = next((f"; the spec has it as HDK-only {h.path}: make it documented"
                     for h in by_position(hdk_members, t.span).exact if not _reserved(h)), "")
        return (f"TLFS {label}.{t.path} at {_where(t)} is reserved in the spec "
                f"({r.path} at {_where(r)}){hint}")
    if not place.overlapping:
        return f"TLFS {label}.{t.path} at {_where(t)} is missing from the spec"
    inside = {id(m) for m in place.inside} | {id(m) for m in place.covered}
    cut = [m for m in place.overlapping if id(m) not in inside and _reserved(m)]
    if cut:  # a spec reserved run cuts into a member the TLFS names
        return (f"TLFS {label}.{t.path} at {_where(t)} vs spec {cut[0].path} at "
                f"{_where(cut[0])} (reserved)")
    return None


_ARRAY_SENTENCE = re.compile(r"\b(\d+|[a-z]+)-element array of (\d+)-byte\b", re.I)


def _named_arch(name: str) -> Optional[str]:
    """The arch a TLFS type's name is for (`HV_X64_...`, `..._AMD64`, `HV_ARM64_...`), or None."""
    if re.search(r"(^|_)(X64|AMD64)(_|$)", name):
        return "x86_64"
    if re.search(r"(^|_)ARM64(_|$)", name):
        return "arm64"
    return None


def _values_of(ent, arch: str) -> Optional[List[Tuple[str, int]]]:
    if ent is None or ent.tdef is None:
        return None
    return ent.tdef.values.get(arch)


def _u64(value: int) -> int:
    return value & 0xFFFFFFFFFFFFFFFF


def _part_claim(d, sub: str, judged, verdict: str, base: dict) -> Claim:
    """The claim of D's member or enum value SUB: JUDGED is its merged (verdict, evidence,
    arches), or None when it was not compared; VERDICT is D's own."""
    kind = "value" if d.kind == "enum" else "member"
    if judged is None:
        # not compared: the definition's verdict when the TLFS gives no layout or values at
        # all; else the part is one the comparison leaves out (a table row's parts, an arch
        # the TLFS does not lay out), verified as its whole
        inherit = verdict if verdict in (NAME, NOT_FOUND) else LAYOUT
        why = f"as {d.name}" if inherit == verdict else \
            f"not compared on its own; {d.name} is {verdict}"
        return Claim(member=sub, kind=kind, verdict=inherit, evidence=why, inherited=True,
                     **base)
    v, ev, on = judged
    if v == DISAGREES and d.tlfs_differs:
        v = EXPLAINED
    elif v == NOT_FOUND and (verdict == EXPLAINED or d.tlfs_differs):
        # a member the TLFS has nowhere in the layout tlfs_differs explains (or places where
        # the TLFS's own table cannot: HvCallGetMemoryBalance's two rows at one offset)
        v, ev = EXPLAINED, f"{ev} (the layout tlfs_differs explains)"
    return Claim(member=sub, kind=kind, verdict=v, evidence=ev, arches=on, **base)


class Judge:
    """Verdicts of one spec against one snapshot (audit.run_audit builds it)."""

    def __init__(self, result, pages, ents, constants, mention) -> None:
        self.result, self.pages, self.ents, self.constants = result, pages, ents, constants
        self.mention = mention  # (definition) -> page naming it, or None

    def claims(self, d, finding) -> List[Claim]:
        """D's claims: the definition's own, then one per documented member or enum value;
        the definition's problems go to FINDING."""
        loc = d.loc
        base = dict(definition=d.name, file=loc.file, line=loc.line, col=loc.col,
                    claimed=d.tlfs_gives or "",
                    uncited=d.derived_from is None and
                    (d.citation is None or not d.citation.page))
        if d.derived_from is not None:
            return [Claim(member=None, kind=d.kind, verdict=DERIVED,
                          evidence=f"derived from {d.derived_from}", **base)]
        arches = [a for a in ARCHES if view_arch(d.tags.arch, "tlfs") in (None, a)]
        merge = _Merge()
        verdict, evidence, finding.problems = self._verdict(d, arches, merge)
        if verdict == DISAGREES and d.tlfs_differs:
            verdict = EXPLAINED
        out = [Claim(member=None, kind=d.kind, verdict=verdict, evidence=evidence,
                     arches=arches, **base)]
        for sub, vloc, judged in self._parts(d, merge):
            out.append(_part_claim(d, sub, judged, verdict,
                                   dict(base, line=vloc.line, col=vloc.col)))
        return out

    def _verdict(self, d, arches, merge) -> Tuple[str, str, List[str]]:
        """(verdict, evidence, problems) of D itself, judged by its kind; its parts' verdicts
        go to MERGE. A definition no evidence judges is named only, or not found."""
        ent = self.ents.get(names.spec_key(d))
        verdict, evidence, problems = None, "", []
        if d.kind in ("struct", "union"):
            verdict, evidence, problems = self._record(d, ent, arches, merge)
        elif d.kind == "enum":
            verdict, evidence, problems = self._enum(d, ent, arches, merge)
        elif d.kind == "define":
            verdict, evidence, problems = self._define(d, ent, arches)
            if verdict is None:
                verdict, evidence, problems = self._by_section(d, arches)
        elif d.kind == "typedef":
            verdict, evidence, problems = self._typedef(d, ent, arches)
        if verdict is not None:
            return verdict, evidence, problems
        page = self.mention(d)
        if not page:
            return NOT_FOUND, "no TLFS page has it", problems
        gives = "value" if d.kind == "define" else "layout"
        return NAME, f"named on {page}, which gives no {gives}", problems

    # -- the parts a definition claims ------------------------------------------------------
    def _parts(self, d, merge: _Merge):
        """(path or value name, its loc, merged verdict or None) of every documented member
        or enum value the documented view has."""
        seen = set()
        if d.kind == "enum":
            for value in d.values:
                if not value.tags.documented or value.name in seen:
                    continue
                seen.add(value.name)
                yield value.name, value.loc, merge.items.get(value.name)
            return
        if d.kind not in ("struct", "union"):
            return
        for arch in ARCHES:
            layout = self.result.layouts[(TLFS, arch)]
            rec = layout.records.get(d.name)
            if rec is None:
                continue
            for m in rec.members:
                if m.reserved or not m.documented or m.path in seen:
                    continue
                seen.add(m.path)
                loc = m.loc if m.loc is not None else d.loc
                yield m.path, loc, merge.items.get(m.path)

    def _tlfs_layouts(self, ent) -> Dict[str, Tuple[Record, str, str]]:
        """arch -> (TLFS layout, mode, label) the TLFS gives ENT by."""
        out = {}
        if ent is None:
            return out
        label = ent.tlfs_name
        if ent.tdef is not None:
            only = _named_arch(ent.tdef.name)
            for arch, lay in ent.tdef.layouts.items():
                if only in (None, arch):  # HV_..._AMD64 lays out x64 only, whatever it compiles to
                    out[arch] = (lay, "c", label)
        for arch, lay in ent.bits.items():
            out.setdefault(arch, (lay, "bits", label))
        for arch, lay in ent.tables.items():
            out.setdefault(arch, (lay, "table", label))
        return out

    def _record(self, d, ent, arches, merge):
        tls = self._tlfs_layouts(ent)
        problems: List[str] = []
        compared = []
        for arch in arches:
            layout = self.result.layouts[(TLFS, arch)]
            if d.name not in layout.records or arch not in tls:
                continue
            tl, mode, label = tls[arch]
            if mode == "c":
                tl = self._expanded(tl, arch)
            spec = record_facts(d.name, layout.records[d.name])
            hdk_layout = self.result.layouts[(HDK, arch)].records.get(d.name)
            hdk = record_facts(d.name, hdk_layout) if hdk_layout is not None else None
            if mode == "table":
                spec, listed = self._rep_list(spec, tl, ent, arch, layout, merge)
                problems += listed
            problems += compare_layout(spec, tl, mode, label, arch, merge, hdk)
            compared.append(arch)
        if not compared:
            return self._record_by_section(d, arches, merge)
        where = f"{ent.page}:{ent.line} {ent.tlfs_name}"
        if problems:
            return DISAGREES, f"{where}: " + "; ".join(problems[:3]) + \
                (f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""), problems
        incomplete = ent.tdef.incomplete if ent.tdef is not None else {}
        note = f"; {next(iter(incomplete.values()))}" if incomplete else ""
        return LAYOUT, f"{where} ({', '.join(compared)}){note}", problems

    def _section_layouts(self, d) -> List[Tuple[Record, str, str]]:
        """(TLFS layout, mode, label) of each table or C-block member the cited section gives
        D by, for a record no TLFS definition matches by name: the section's bit tables (a
        CPUID leaf's Register | Bits table as one record of EAX..EDX), and, with `tlfs_row:`,
        the member of that name of a C block on the cited page (its fields, from offset 0)."""
        cit = d.citation
        page = self.pages.get(cit.page) if cit is not None and cit.page else None
        if page is None or d.tlfs_gives != "layout":
            return []
        out = []
        if cit.anchor:
            for t in tables.section_tables(page, cit.anchor):
                lay = tables.register_bit_table(t) or tables.bit_table(t)
                if lay is not None:
                    out.append((lay, "bits", f"{cit.page}:{t.line} bit table"))
        words = getattr(d, "tlfs_row", None)
        for row in (tables.section_rows(page, cit.anchor) or []) if words else []:
            # "The SIM page consists of a 16-element array of 256-byte messages"
            found = _ARRAY_SENTENCE.search(row.cells[0]) if row.kind == "sentence" else None
            if found is None or not section.identifies(row, [], words):
                continue
            count, each = section.number_word(found.group(1)), int(found.group(2))
            out.append((Record(words, "struct", count * each, 0,
                               [Member(f"{count} x {each} bytes", 0, count * each,
                                       array=count)]),
                        "c", f"{cit.page}:{row.line} '{found.group(0)}'"))
        seen = set()
        for ent in self.ents.values():
            tdef = ent.tdef
            if not words or tdef is None or tdef.page != cit.page or id(tdef) in seen:
                continue
            seen.add(id(tdef))
            for arch, lay in sorted(tdef.layouts.items(), key=lambda i: i[0] != ArchName.X86_64):
                top = [m for m in lay.members if m.path == words or
                       m.path.endswith("." + words)]
                if len(top) != 1:
                    continue
                base = top[0]
                inner = [Member(m.path[len(base.path) + 1:], m.offset_bits - base.offset_bits,
                                m.size, m.bits, m.array, m.ctype, m.canonical)
                         for m in lay.members if m.path.startswith(base.path + ".")]
                if not inner and base.bits is None and base.array is None:
                    # a member the TLFS gives as a scalar (HV_MSI_ENTRY's UINT32 Address)
                    inner = [Member(base.path, 0, base.size, None, None, base.ctype,
                                    base.canonical)]
                if inner:
                    out.append((Record(words, "struct", base.size, 0, inner), "c",
                                f"{tdef.name}.{base.path}"))
                    break
        return out

    def _record_by_section(self, d, arches, merge):
        candidates = self._section_layouts(d)
        if not candidates:
            return None, "", []
        best = None  # (problems, members not verified, -index), problems, merge, label, arches
        for index, (tl, mode, label) in enumerate(candidates):
            trial, problems, compared = _Merge(), [], []
            for arch in arches:
                layout = self.result.layouts[(TLFS, arch)]
                if d.name not in layout.records:
                    continue
                spec = record_facts(d.name, layout.records[d.name])
                problems += compare_layout(spec, tl, mode, label, arch, trial)
                arrays = [t for t in tl.members if isinstance(t.array, int)]
                for t in arrays:  # a sentence's array: the spec's member has its count
                    same = [m for m in spec.members if m.span == t.span]
                    if same and not any(m.array == t.array for m in same):
                        text = f"spec {same[0].path} is not an array of {t.array} " \
                               f"({label})"
                        trial.add(same[0].path, DISAGREES, text, arch)
                        problems.append(f"{arch}: {text}")
                compared.append(arch)
            if not compared:
                continue
            score = (len(problems), sum(1 for v in trial.items.values() if v[0] != LAYOUT),
                     index)
            if best is None or score < best[0]:
                best = (score, problems, trial, label, compared)
        if best is None:
            return None, "", []
        _, problems, trial, label, compared = best
        merge.items.update(trial.items)
        where = f"the cited section's {label}" if "bit table" in label else \
            label if label.startswith(d.citation.page) else f"{d.citation.page} {label}"
        if problems:
            return DISAGREES, f"{where}: " + "; ".join(problems[:3]), problems
        return LAYOUT, f"{where} ({', '.join(compared)})", problems

    def _rep_list(self, spec: Record, tl: Record, ent, arch: str, layout, merge):
        """A rep hypercall's list: the TLFS gives its element in a table of its own (Input or
        Output List Element), the kernel appends it as a last array member. That member is
        judged against the element table: its element must be the element table's size.
        (SPEC without that member, problems.)"""
        found = self._rep_list_member(spec, tl, ent)
        if found is None:
            return spec, []
        last, element = found
        table = element.tables.get(arch)
        if table is None or not table.members:
            return spec, []
        size = max(t.span[1] for t in table.members) // 8
        count = last.array if isinstance(last.array, int) else None
        each = last.size // count if count else self._sizeof(last.ctype, layout)
        parts = [m for m in spec.members if m.path.startswith((last.path + ".", last.path + "["))]
        if each is None and parts and not count:  # an anonymous struct's elements
            each = (max(m.span[1] for m in parts) - last.offset_bits) // 8
        if each is None:
            return spec, []
        rest = Record(spec.name, spec.kind, spec.size, spec.align,
                      [m for m in spec.members if m is not last and m not in parts])
        label = element.tlfs_name
        if each == size:
            merge.add(last.path, LAYOUT, f"the rep list: elements of TLFS {label} "
                                         f"({size} bytes each)", arch)
            return rest, []
        text = f"spec {last.path} elements are {each} bytes, TLFS {label} {size}"
        merge.add(last.path, DISAGREES, text, arch)
        return rest, [f"{arch}: {text}"]

    def _rep_list_member(self, spec: Record, tl: Record, ent):
        """(SPEC's last member, the element table's entity) when that member is a rep list: a
        documented array that starts where the TLFS's header ends (after its last row; after
        a variable-size last row, anywhere past its start), or at 0 of a record matched to
        the element table itself; else None."""
        mine = [m for m in spec.members if "." not in m.path]
        if not mine:
            return None
        last = max(mine, key=lambda m: m.offset_bits)
        if last.array is None or not last.documented or _reserved(last):
            return None
        if ent.tlfs_name.endswith("ListElement"):
            return (last, ent) if last.offset_bits == 0 else None
        call, _, side = ent.tlfs_name.partition(" ")
        element = self.ents.get(names.type_key(
            f"{call}_{'Output' if side == 'output' else 'Input'}ListElement"))
        if element is None or not tl.members:
            return None
        tail = max(tl.members, key=lambda t: t.offset_bits)
        if tail.array == "variable":
            starts = last.offset_bits >= tail.offset_bits
        else:
            starts = last.offset_bits == max(t.span[1] for t in tl.members)
        return (last, element) if starts else None

    @staticmethod
    def _sizeof(ctype: str, layout) -> Optional[int]:
        ctype = " ".join((ctype or "").split())
        scalars = {"u8": 1, "u16": 2, "u32": 4, "u64": 8, "__u8": 1, "__u16": 2, "__u32": 4,
                   "__u64": 8}
        if ctype in scalars:
            return scalars[ctype]
        kind, _, name = ctype.partition(" ")
        if kind in ("struct", "union") and name in layout.records:
            return layout.records[name].size
        return layout.typedefs.get(ctype)

    def _expanded(self, tl: Record, arch: str, depth: int = 0) -> Record:
        """TL with the members of each member whose type is a record the TLFS defines
        elsewhere (HV_VP_VTL_CONTROL VtlControl: VtlControl.VtlEntryReason...), so a spec
        that spells such a member's fields out is compared field by field."""
        if depth > 3:
            return tl
        out = Record(tl.name, tl.kind, tl.size, tl.align, list(tl.members))
        have = {m.path for m in tl.members}
        for m in tl.members:
            if m.bits is not None or m.array is not None or \
                    any(p.startswith(m.path + ".") for p in have):
                continue
            ent = self.ents.get(names.type_key(m.ctype)) if m.ctype else None
            inner = ent.tdef.layouts.get(arch) if ent is not None and ent.tdef else None
            if inner is None:
                continue
            inner = self._expanded(inner, arch, depth + 1)
            out.members += [Member(f"{m.path}.{i.path}", m.offset_bits + i.offset_bits, i.size,
                                   i.bits, i.array, i.ctype, i.canonical) for i in inner.members]
        return out

    def _enum(self, d, ent, arches, merge):
        compared, problems = [], []
        for arch in arches:
            layout = self.result.layouts[(TLFS, arch)]
            values = _values_of(ent, arch)
            if d.name not in layout.enums or values is None:
                continue
            compared.append(arch)
            tlfs = {}
            for n, v in values:
                tlfs.setdefault(_u64(v), n)
            doc = {v.name for v in d.values if v.tags.documented}
            for name, number in layout.enums[d.name]:
                if name not in doc:
                    continue
                hit = tlfs.get(_u64(number))
                if hit is not None:
                    merge.add(name, VALUE, f"TLFS {ent.page}:{ent.line} {ent.tlfs_name}: "
                                           f"{hit} = {_u64(number):#x}", arch)
                else:
                    merge.add(name, NOT_FOUND, f"TLFS {ent.tlfs_name} ({ent.page}:{ent.line}) "
                                               f"has no value {_u64(number):#x}", arch)
        if not compared:
            return self._enum_by_section(d, arches, merge)
        return LAYOUT, f"{ent.page}:{ent.line} {ent.tlfs_name} ({', '.join(compared)}): its " \
                       f"values are judged one by one", problems

    def _define(self, d, ent, arches):
        number = self._number(d, arches)
        given = []  # (value, "page:line what")
        if ent is not None and ent.value is not None:
            what = "call code" if ent.kind == "callcode" else ent.tlfs_name
            given.append((ent.value, f"{ent.page}:{ent.line} {what}"))
        for name in names.tlfs_spellings(d) + [names.spec_key(d)]:
            for c in self.constants.get(name, ()):
                given.append((c.value, f"{c.page}:{c.line} {c.name}"))
        if not given or number is None:
            return None, "", []
        for value, where in given:
            if _u64(value) == _u64(number):
                return VALUE, f"{where} = {value:#x}", []
        value, where = given[0]
        what = "call code" if ent is not None and ent.kind == "callcode" else "value"
        problem = f"{what} {_u64(number):#x}, TLFS {value:#x} ({where})"
        return DISAGREES, problem, [problem]

    def _enum_by_section(self, d, arches, merge):
        """An enum no TLFS definition matches by name, value by value against the section its
        citation names (each value identified by its name or its own `tlfs_row:`)."""
        cit = d.citation
        page = self.pages.get(cit.page) if cit is not None and cit.page else None
        if page is None or not cit.anchor or d.tlfs_gives != "layout":
            return None, "", []
        judged = False
        for arch in arches:
            layout = self.result.layouts[(TLFS, arch)]
            if d.name not in layout.enums:  # `only: hdk`: the view that has it
                layout = self.result.layouts[(HDK, arch)]
            if d.name not in layout.enums:
                continue
            numbers = dict(layout.enums[d.name])
            for value in d.values:
                if not value.tags.documented or value.name not in numbers:
                    continue
                found = section.judge(page, cit, value.name, [value.name], value.tlfs_row,
                                      str(value.value), numbers[value.name])
                verdict, evidence = (found[0], found[1]) if found is not None else (
                    NOT_FOUND, f"no row or sentence of {cit.page}#{cit.anchor} names it")
                merge.add(value.name, NOT_FOUND if verdict == NAME else verdict, evidence, arch)
                judged = True
        if not judged:
            return None, "", []
        return LAYOUT, f"{cit.page}#{cit.anchor}: its values are judged one by one by the " \
                       f"cited section", []

    def _member_value(self, d, cit, number, spelling):
        """A define against the bitfield or array of a C-block member `tlfs_row:` (else
        `tlfs_name:`) names on the cited page (ActiveVtl:4 gives GENMASK(3, 0); AsUINT64[2]
        gives 2; HV_PARTITION_PRIVILEGE_MASK's AccessSynicRegs:1 at bit 2 gives BIT(2))."""
        words = getattr(d, "tlfs_row", None) or getattr(d, "tlfs_name", None)
        if not words:
            return None
        f = section.forms(d.name, spelling, number)
        seen = set()
        for ent in self.ents.values():
            tdef = ent.tdef
            if tdef is None or tdef.page != cit.page or id(tdef) in seen:
                continue
            seen.add(id(tdef))
            lay = tdef.layouts.get("x86_64") or next(iter(tdef.layouts.values()), None)
            if lay is None:
                continue
            for m in lay.members:
                if m.path != words and not m.path.endswith("." + words):
                    continue
                where = f"{tdef.page}:{tdef.line} {tdef.name}.{m.path}"
                if m.bits is not None:
                    lo, hi = m.offset_bits, m.offset_bits + m.bits - 1
                    given = f"bits {hi}-{lo}" if hi != lo else f"bit {lo}"
                    ok = f.low == lo if f.low is not None else \
                        (f.bit == lo and hi == lo) or f.span == (hi, lo)
                elif isinstance(m.array, int):
                    given, ok = f"{m.array} elements", f.number == m.array
                else:
                    continue
                if ok:
                    return VALUE, f"{where} gives {given}", []
                text = f"{where} gives {given}, spec {f.describe()}"
                return DISAGREES, text, [text]
        return None

    def _number(self, d, arches) -> Optional[int]:
        """A define's value on the documented view (on the hdk view for an `only: hdk` one,
        which the documented view lacks)."""
        for view in VIEWS:
            for arch in arches:
                value = self.result.layouts[(view, arch)].constants.get(d.name)
                if value is not None:
                    return value.value
        return None

    def _by_section(self, d, arches):
        """A define's number against the section its citation names (section.py)."""
        cit = d.citation
        page = self.pages.get(cit.page) if cit is not None and cit.page else None
        if d.tlfs_gives != "value" or page is None or not cit.anchor:
            return None, "", []
        number = self._number(d, arches)
        if number is None:
            return None, "", []
        spelling = d.value.tlfs if hasattr(d.value, "tlfs") else d.value
        member = self._member_value(d, cit, number, str(spelling))
        if member is not None:
            return member
        found = section.judge(page, cit, d.name, names.tlfs_spellings(d),
                              getattr(d, "tlfs_row", None), str(spelling), number)
        if found is None:
            return None, "", []
        verdict, evidence, _ = found
        return verdict, evidence, [evidence] if verdict == DISAGREES else []

    def _typedef(self, d, ent, arches):
        if ent is None or ent.tdef is None or not ent.tdef.size:
            return None, "", []
        problems, compared = [], []
        for arch in arches:
            size = self.result.layouts[(TLFS, arch)].typedefs.get(d.name)
            if size is None or arch not in ent.tdef.size:
                continue
            compared.append(arch)
            if size != ent.tdef.size[arch]:
                problems.append(f"{arch}: size {size}, TLFS {ent.page}:{ent.line} "
                                f"{ent.tlfs_name} {ent.tdef.size[arch]}")
        if not compared:
            return None, "", []
        if problems:
            return DISAGREES, "; ".join(problems), problems
        return LAYOUT, f"{ent.page}:{ent.line} {ent.tlfs_name} ({', '.join(compared)})", []
