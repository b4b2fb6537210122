"""What each Linux family lacks and gets wrong against the TLFS: the upstream backlog.

Computed from the spec model alone (visibility, citations, `linux:` presence of every
definition, member and enum value, `only:` spellings, `tlfs_differs:`) and the layout engine,
plus, when an audit is given (`hvgen tlfs`), the TLFS definitions the spec does not have. Per
family (presence.FAMILIES; 6.12 spelled as the tlfs view, 7.2 as the hdk one):

- lacks:         documented definitions, in the family's spelling, the family does not carry;
- lacks_members: documented members and enum values of a definition the family carries, which
                 the family does not (folded into reserved space, or left out, as its headers
                 have them: views.project_family);
- undocumented:  what the family files under its documented header that the TLFS does not
                 document: HDK-only definitions, members and enum values it carries (6.12's
                 hyperv-tlfs.h; 7.2 has no documented header, so none);
- layouts:       documented definitions the family carries whose layout (record size and
                 alignment, each documented member's offset, width, size and array length,
                 enum and constant values) differs from the documented view's, each arch,
                 measured by the layout engine with the lacks_members restored: a difference
                 that only lacks_members causes is not one here;
- tlfs_absent:   TLFS definitions absent from the spec (the audit's `absent`), which the family
                 lacks too; empty, and `audited` False, without an audit.

`tlfs_differs:` definitions the family carries as the spec has them are listed apart
(`knowingly`): the family and the spec agree, the TLFS text is what differs, so they are no
kernel patch. Definitions the family's spelling does not have (`only:` the other view, a name
the other family spells) are not counted as lacking: the family spells that fact itself.
"""

import os
from functools import lru_cache
from dataclasses import asdict, dataclass, field
from typing import Dict, List, Optional, Tuple

from . import model as m
from . import presence
from . import views as v
from .diagnostics import Diagnostics
from .facts.compare import What, diff_enum, diff_macro, diff_record, diff_typedef
from .facts.from_layout import constant_facts, enum_facts, record_facts, typedef_facts
from .facts.model import Record
from .layout import ARCHES, reuse_layout
from .model import TLFS

CATEGORIES = ("lacks", "lacks_members", "undocumented", "layouts", "tlfs_absent")
TITLES = {
    "lacks": "TLFS-documented definitions the family lacks",
    "lacks_members": "TLFS-documented members and enum values the family lacks",
    "undocumented": "Filed under the documented header, not documented by the TLFS",
    "layouts": "Documented layouts the family has differently",
    "tlfs_absent": "TLFS definitions absent from the spec (so from the family too)",
}
LABELS = {
    "6.12": "Linux 6.12's hyperv-tlfs.h (include/asm-generic/ + arch/*/include/asm/)",
    "7.2": "Linux 7.2's include/hyperv/ headers",
}
# The header a family files what the TLFS documents under; None: the family has none.
DOCUMENTED_HEADER = {"6.12": "hyperv-tlfs.h", "7.2": None}
LEARN = "https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/"


def learn_url(page: Optional[str], anchor: Optional[str] = None) -> Optional[str]:
    """A TLFS page (and anchor) as its Microsoft Learn address."""
    if not page:
        return None
    page = page[:-3] if page.endswith(".md") else page
    return LEARN + page + (f"#{anchor}" if anchor else "")


@dataclass
class Item:
    """One line of a family's backlog, cited to the spec and the TLFS."""

    name: str  # the definition (the TLFS name for tlfs_absent)
    kind: str
    member: Optional[str] = None  # a member path (tlfs view spelling) or an enum value
    file: Optional[str] = None  # spec file, relative to the spec folder's parent
    line: Optional[int] = None
    citation: Optional[str] = None  # page#anchor, or "derived from NAME"
    url: Optional[str] = None
    arch: Optional[str] = None  # set when the item holds on one arch only
    detail: str = ""  # how the family has it (folded, left out, the differences, why)

    @property
    def subject(self) -> str:
        return self.name if self.member is None else f"{self.name}.{self.member}"


@dataclass
class FamilyBacklog:
    """What one Linux family lacks, files as undocumented or lays out differently."""

    family: str
    label: str
    documented_header: Optional[str]
    lacks: List[Item] = field(default_factory=list)
    lacks_members: List[Item] = field(default_factory=list)
    undocumented: List[Item] = field(default_factory=list)
    layouts: List[Item] = field(default_factory=list)
    tlfs_absent: List[Item] = field(default_factory=list)
    knowingly: List[Item] = field(default_factory=list)  # tlfs_differs, carried as the spec has
    other_spelling: List[str] = field(default_factory=list)  # documented, `only:` the other view

    def counts(self) -> Dict[str, int]:
        return {c: len(getattr(self, c)) for c in CATEGORIES}

    def items(self):
        """(category, item) over every category, in CATEGORIES order."""
        for category in CATEGORIES:
            for item in getattr(self, category):
                yield category, item


@dataclass
class Backlog:
    """Every family's backlog."""

    families: Dict[str, FamilyBacklog]
    audited: bool  # tlfs_absent comes from an audit

    def measured(self, fb: FamilyBacklog, category: str) -> bool:
        """Whether a category applies: a family without a documented header files nothing
        under it; the TLFS definitions absent from the spec need the audit."""
        return not ((category == "undocumented" and fb.documented_header is None) or
                    (category == "tlfs_absent" and not self.audited))

    def figures(self) -> Dict[str, int]:
        """backlog_<family>_<category> -> count, for the figures tables (categories that do
        not apply are left out, not written as 0)."""
        return {f"backlog_{name}_{category}": count for name, fb in self.families.items()
                for category, count in fb.counts().items() if self.measured(fb, category)}

    def to_json(self) -> dict:
        return {"audited": self.audited, "families": {
            name: {"label": fb.label, "documented_header": fb.documented_header,
                   "counts": fb.counts(),
                   **{c: [asdict(i) for i in getattr(fb, c)] for c in CATEGORIES},
                   "knowingly": [asdict(i) for i in fb.knowingly],
                   "other_spelling": list(fb.other_spelling)}
            for name, fb in self.families.items()}}


@lru_cache(maxsize=None)  # a few spec files, a thousand items
def _relative(path: str, root: Optional[str]) -> str:
    if root is None:
        return path
    return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")


def spec_root(result) -> Optional[str]:
    """The spec folder's parent, from the spec's files (the folder that holds them all)."""
    files = result.model.spec_files
    if not files:
        return None
    folder = os.path.commonpath([os.path.dirname(os.path.abspath(f)) for f in files])
    return os.path.dirname(folder)


class _Builder:
    def __init__(self, result, root: Optional[str]) -> None:
        self.result = result
        self.root = root
        self.by_name = {d.name: d for d in result.model.definitions}

    def item(self, d: m.Definition, member: Optional[str] = None, loc=None, arch=None,
             detail: str = "") -> Item:
        loc = loc or d.loc
        if d.citation is not None and d.citation.page:
            citation, url = str(d.citation), learn_url(d.citation.page, d.citation.anchor)
        elif d.derived_from:
            base = self.by_name.get(d.derived_from)
            cit = base.citation if base is not None else None
            citation = f"derived from {d.derived_from}" + (f" ({cit})" if cit and cit.page
                                                          else "")
            url = learn_url(cit.page, cit.anchor) if cit and cit.page else None
        else:
            citation, url = None, None
        return Item(d.name, str(d.kind), member, _relative(loc.file, self.root), loc.line,
                    citation, url, arch, detail)


def _arch(tags: m.Tags, spelling: str) -> Optional[str]:
    return v.view_arch(tags.arch, spelling)


def _name(member, view: str = "tlfs") -> Optional[str]:
    return None if member.name is None else m.in_view(member.name, view)


def _walk_members(members, container: m.Kind, top: bool, prefix: str, family: str,
                  spelling: str):
    """(member, path, how) for each member of the family's spelling the family does not
    carry, and (member, path, None) for each one it carries: how = how its headers have it."""
    present = [mm for mm in members if mm.tags.present_in(spelling)]
    for index, member in enumerate(present):
        name = _name(member)
        path = prefix + (name or f"(anonymous {getattr(member, 'kind', 'member')})")
        if not presence.carries(member.tags, family):
            if container == m.Kind.UNION:
                how = "left out (a union alternative)"
            elif top and isinstance(member, m.Field) and all(
                    isinstance(later, m.Field) and not presence.carries(later.tags, family)
                    for later in present[index + 1:]):
                how = "left out (at the struct's end: the family's struct is shorter)"
            else:
                how = "folded into reserved space"
            yield member, path, how
            continue
        yield member, path, None
        # an HDK-only nested member's own members are HDK-only too: it stands for them
        if isinstance(member, (m.Nested, m.Overlap)) and member.tags.documented:
            inner = prefix + name + "." if name else prefix
            kind = getattr(member, "kind", m.Kind.STRUCT)
            yield from _walk_members(member.members, kind, False, inner, family, spelling)


def restored_view(result, family: str) -> v.View:
    """The family's projection with every documented member and enum value it lacks
    restored (so what remains differs from the documented view for another reason)."""
    spelling = presence.SPELLING[family]
    return v.View(spelling, v._project(
        result.model, spelling, lambda t: presence.carries(t, family) or t.documented,
        Diagnostics()), family=family)


def _family_layouts(result, family: str):
    """Per arch: the restored view's layout, taken from the layout of the view it is spelled
    as wherever the two project a definition alike (layout.reuse_layout): the documented
    view for 6.12, the hdk view for 7.2, each a few definitions away from it."""
    restored = restored_view(result, family)
    base = result.views[restored.name]
    return {arch: reuse_layout(restored, arch, base, result.layouts[(base.name, arch)],
                               Diagnostics()) for arch in ARCHES}


def _member_key(layout_member) -> Tuple:
    loc = layout_member.loc
    return (loc.file, loc.line, loc.col) if loc is not None else (layout_member.path,)


def _renamed(doc, fam) -> Record:
    """The family's record as facts, each member that is a documented-view member (the same
    spec member, whatever the spelling calls it) under the documented view's path; the rest
    keep their own path (a member spelled in one view only meets its other spelling by name)."""
    paths = {_member_key(mm): mm.path for mm in doc.members}
    facts = record_facts("", fam)
    for fact, mm in zip(facts.members, fam.members):
        fact.path = paths.get(_member_key(mm), mm.path)
    return facts


def _documented_member(fact) -> bool:
    return fact.documented and not fact.reserved


def _record_differences(name: str, doc, fam) -> List[str]:
    """The facts comparer on the family's record against the documented view's: size,
    alignment, and each documented member's offset, bit width, size and array length."""
    documented, family = record_facts(name, doc), _renamed(doc, fam)
    diffs = diff_record(name, documented, family,
                        record_fields=(What.SIZE, What.ALIGN),
                        member_fields=(What.MEMBER_MOVED, What.BIT_WIDTH, What.MEMBER_SIZE,
                                       What.ARRAY), keep=_documented_member)
    out = []
    spans = {}
    for fact in family.members:
        spans.setdefault(fact.span, []).append(fact.path)
    removed = {m.path: m for m in documented.members}
    for d in diffs:
        if d.what == What.SIZE:
            extra = [mm.path for mm in fam.members if not mm.documented and not mm.reserved]
            out.append(f"size {d.new} bytes, documented view {d.old}" +
                       (f" (the family also carries HDK-only {', '.join(extra)})"
                        if extra else ""))
        elif d.what == What.MEMBER_REMOVED:
            # the same bits under another name is a spelling, not a layout
            if not spans.get(removed[d.subject].span):
                out.append(f"{d.subject}: not in the family's spelling, nothing there "
                           f"covers its bits")
        elif d.what == What.MEMBER_ADDED:
            continue  # a documented member only the family's spelling has: more, not wrong
        else:
            out.append(f"{d.subject or 'the record'}: {d.what.value} {d.new}, documented "
                       f"view {d.old}")
    return out


def _layout_differences(vdef: v.VDef, layouts) -> List[str]:
    """What the facts comparer finds between the family's definition and the documented
    view's on one arch (LAYOUTS: the documented view's, the family's, on it): records, enums,
    object-like constants, typedefs' sizes. Nothing where the family's layout of it is the
    documented view's own (layout.reuse_layout shares what lays out alike)."""
    doc, fam = layouts
    name = vdef.name
    if vdef.source.kind.is_record:
        a, b = doc.records.get(name), fam.records.get(name)
        return _record_differences(name, a, b) if a and b and a is not b else []
    if vdef.source.kind == m.Kind.ENUM and name in doc.enums and name in fam.enums:
        if doc.enums[name] is fam.enums[name] and \
                doc.enum_types.get(name) == fam.enum_types.get(name):
            return []
        return _enum_differences(name, enum_facts(doc, name), enum_facts(fam, name))
    if name in doc.constants and name in fam.constants:
        if doc.constants[name] is fam.constants[name]:
            return []
        return [f"{d.what.value} {d.new}, documented view {d.old}"
                for d in diff_macro(name, constant_facts(name, doc.constants[name]),
                                    constant_facts(name, fam.constants[name]),
                                    (What.VALUE, What.TYPE_SIZE, What.TYPE_SIGNED))]
    if name in doc.typedefs and name in fam.typedefs:
        return [f"size {d.new}, documented view {d.old}"
                for d in diff_typedef(name, typedef_facts(doc, name), typedef_facts(fam, name),
                                      (What.SIZE,))]
    return []


def _enum_differences(name: str, doc, fam) -> List[str]:
    """An HDK-only value the family carries is no documented layout (6.12 lists it as filed
    under its documented header); a documented one only its spelling has is a documented
    value the family spells under another name (the same number), or one only the family's
    spelling has, is no layout difference; a changed number is."""
    numbers = {value for _, value in fam.constants}
    out = []
    for d in diff_enum(name, doc, fam, (What.SIZE,)):
        if d.what == What.CONSTANT_REMOVED and d.old not in numbers:
            out.append(f"{d.subject}: not in the family's spelling, no value of it is "
                       f"{d.old:#x}")
        elif d.what == What.VALUE:
            out.append(f"{d.subject}: value {d.new:#x}, documented view {d.old:#x}")
        elif d.what == What.SIZE:
            out.append(f"size {d.new}, documented view {d.old}")
    return out


def _family_backlog(result, family: str, builder: _Builder, audit) -> FamilyBacklog:
    """FAMILY's backlog: what it lacks and files as undocumented (by `linux:` presence), the
    documented layouts it has differently (by the layout engine), and with an AUDIT the
    TLFS definitions the spec lacks."""
    fb = FamilyBacklog(family, LABELS[family], DOCUMENTED_HEADER[family])
    carried = [d for d in result.model.definitions if _file_presence(d, family, builder, fb)]
    _file_layouts(result, family, carried, builder, fb)
    if audit is not None:
        fb.tlfs_absent += [_absent_item(e, audit) for e in audit.absent]
    return fb


def _file_presence(d: m.Definition, family: str, builder: _Builder, fb: FamilyBacklog) -> bool:
    """File D under FB by presence (other spelling, lacks, undocumented; its members' and
    values' lacks_members and undocumented): True when the family carries D."""
    spelling = presence.SPELLING[family]
    if not d.tags.present_in(spelling):
        if d.tags.documented:
            fb.other_spelling.append(d.name)
        return False
    arch = _arch(d.tags, spelling)
    if not presence.carries(d.tags, family):
        if d.tags.documented:
            fb.lacks.append(builder.item(d, arch=arch, detail=_presence(d.tags)))
        return False
    if not d.tags.documented:  # its members and values are HDK-only with it
        if fb.documented_header:
            fb.undocumented.append(builder.item(d, arch=arch, detail=f"HDK-only; the "
                                                f"family files it in {fb.documented_header}"))
        return True
    if isinstance(d, m.Record):
        _file_members(d, family, builder, fb)
    for value in getattr(d, "values", ()):
        _file_value(d, value, family, builder, fb)
    return True


def _file_members(d: m.Record, family: str, builder: _Builder, fb: FamilyBacklog) -> None:
    """The documented members of D the family lacks, the HDK-only ones it carries."""
    spelling = presence.SPELLING[family]
    for member, path, how in _walk_members(d.members, d.kind, True, "", family, spelling):
        member_arch = _arch(member.tags, spelling)
        if how is not None and member.tags.documented:
            fb.lacks_members.append(builder.item(d, path, member.loc, member_arch,
                                                 f"{how}; {_presence(member.tags)}"))
        elif how is None and not member.tags.documented and fb.documented_header \
                and not getattr(member, "reserved", False):
            fb.undocumented.append(builder.item(
                d, path, member.loc, member_arch, "HDK-only member the family files "
                f"in {fb.documented_header}"))


def _file_value(d, value, family: str, builder: _Builder, fb: FamilyBacklog) -> None:
    """An enum VALUE of D: documented and lacked, or HDK-only and carried."""
    spelling = presence.SPELLING[family]
    if not value.tags.present_in(spelling):
        return
    value_arch = _arch(value.tags, spelling)
    if not presence.carries(value.tags, family):
        if value.tags.documented:
            fb.lacks_members.append(builder.item(
                d, value.name, value.loc, value_arch,
                f"left out (an enum value); {_presence(value.tags)}"))
    elif not value.tags.documented and fb.documented_header:
        fb.undocumented.append(builder.item(
            d, value.name, value.loc, value_arch, "HDK-only enum value the family "
            f"files in {fb.documented_header}"))


def _file_layouts(result, family: str, carried, builder: _Builder, fb: FamilyBacklog) -> None:
    """FB's layouts: each documented definition of CARRIED whose layout the family has
    differently on some arch; one with `tlfs_differs:` and no difference is `knowingly`."""
    family_layouts = _family_layouts(result, family)
    pairs = {arch: (result.layouts[(TLFS, arch)], family_layouts[arch]) for arch in ARCHES}
    documented = {id(d) for d in carried if d.tags.documented}
    for vdef in result.views[TLFS].definitions:
        if id(vdef.source) not in documented:
            continue
        found = [(arch, text) for arch in ARCHES if vdef.arch in (None, arch)
                 for text in _layout_differences(vdef, pairs[arch])]
        if found:
            fb.layouts.append(builder.item(vdef.source,
                                           detail=_layout_detail(vdef.source, found)))
        elif vdef.source.tlfs_differs:
            fb.knowingly.append(builder.item(vdef.source, detail=vdef.source.tlfs_differs))


def _layout_detail(d: m.Definition, found: List[Tuple[str, str]]) -> str:
    """The differences FOUND, (arch, text) each: once when every arch has the same ones, else
    each with its arch; then why the spec may have them so (`only:`, `tlfs_differs:`)."""
    arches = sorted({arch for arch, _ in found})
    texts = list(dict.fromkeys(text for _, text in found))
    if len(arches) < len(ARCHES) or len(texts) * len(ARCHES) != len(found):
        texts = [f"{arch}: {text}" for arch, text in found]
    whys = [f"only: {r}" for r in filter(None, [_only_reason(d)])]
    if d.tlfs_differs:
        whys.append(f"the spec's tlfs_differs: {d.tlfs_differs}")
    return "; ".join(texts) + "".join(f" ({why})" for why in whys)


def _absent_item(e, audit) -> Item:
    """A TLFS definition the spec lacks, cited by the heading above it."""
    anchor = _anchor_above(getattr(audit, "pages", {}).get(e.page), e.line)
    cited = f"{e.page}#{anchor}" if anchor else e.page
    return Item(e.tlfs_name, e.kind, None, None, None, f"{cited} (line {e.line})",
                learn_url(e.page, anchor), None,
                f"the TLFS defines it ({e.kind}); the spec does not")


def _anchor_above(page, line: int) -> Optional[str]:
    """The Microsoft Learn anchor of the last heading at or above LINE of a TLFS page."""
    headings = [h for h in getattr(page, "headings", ()) if h.line <= line]
    return headings[-1].anchor if headings else None


def _presence(tags: m.Tags) -> str:
    """The presence a thing has, as the spec records it (or the rule that stands in)."""
    if tags.linux is None:
        return "no linux: recorded (the family assumed to lack it)"
    return f"linux: [{', '.join(tags.linux)}]"


def _only_reason(d: m.Definition) -> Optional[str]:
    """The reasons the spec gives for members spelled in one view only (`only:`)."""
    reasons = [p.tags.reason for p in m.parts(d) if p.tags.only and p.tags.reason]
    return "; ".join(dict.fromkeys(reasons)) or None


def compute(result, audit=None, root: Optional[str] = None) -> Backlog:
    """The backlog of every family from a pipeline Result (and a tlfs Audit, if one ran).
    ROOT: what spec file paths are made relative to (default: the spec folder's parent)."""
    builder = _Builder(result, root if root is not None else spec_root(result))
    return Backlog({family: _family_backlog(result, family, builder, audit)
                    for family in presence.FAMILIES}, audit is not None)


# -- Markdown ---------------------------------------------------------------------------------
def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _line(item: Item) -> str:
    where = f"{item.file}:{item.line}" if item.file else None
    cite = f"[{item.citation}]({item.url})" if item.url else (item.citation or "no citation")
    arch = f" ({item.arch} only)" if item.arch else ""
    parts = ", ".join(p for p in (where, cite) if p)
    return f"- `{item.subject}`{arch} ({parts}): {_md(item.detail)}"


def counts_table(backlog: Backlog) -> List[str]:
    families = list(backlog.families)
    out = ["| backlog | " + " | ".join(families) + " |",
           "|---|" + "---:|" * len(families)]
    for category in CATEGORIES:
        cells = []
        for fb in backlog.families.values():
            if category == "undocumented" and fb.documented_header is None:
                cells.append("- (no documented header)")
            elif category == "tlfs_absent" and not backlog.audited:
                cells.append("- (no audit)")
            else:
                cells.append(str(len(getattr(fb, category))))
        out.append(f"| {TITLES[category]} | " + " | ".join(cells) + " |")
    return out


def markdown(backlog: Backlog, level: int = 2) -> List[str]:
    """The backlog section: its counts, then per family each category's list."""
    h = "#" * level
    out = [f"{h} Linux backlog", "",
           "What each Linux family hvgen reproduces lacks and gets wrong against the TLFS, from "
           "the spec's Linux presence (`linux:`) and the layout engine "
           "(generator/hvgenlib/backlog.py): the patches the upstream workflow sends. Layouts "
           "are the family's (its `linux:` members, in its spelling) against the documented "
           "view's (generated/hyperv-tlfs.h), each arch, measured by the facts comparer, "
           "with the documented members the family lacks restored, so a difference only "
           "lacking them causes is listed under members, not layouts. A documented member or "
           "enum value the family spells under another name at the same bits or value, or "
           "one only the family's spelling has, is no layout difference; a size grown by "
           "HDK-only members the family carries is one (it says so). 6.12 is spelled as the "
           "documented view, so its layouts can differ only by such members. Definitions "
           "only the other family's spelling has (`only:`) are not counted as lacking.", ""]
    out += counts_table(backlog)
    for fb in backlog.families.values():
        out += ["", f"{h}# {fb.family}: {fb.label}", ""]
        for category in CATEGORIES:
            items = getattr(fb, category)
            out += [f"{h}## {TITLES[category]} ({len(items)})", ""]
            if category == "undocumented" and fb.documented_header is None:
                out += ["The family has no documented header: its include/hyperv/ files are "
                        "the HDK's, so nothing in it claims to be TLFS-documented.", ""]
                continue
            if category == "tlfs_absent":
                out += ["Listed once, under *Every family* below: the spec reproduces each "
                        "family's files exactly, so what the spec lacks the family lacks."
                        if backlog.audited else "Not measured: this needs the TLFS audit "
                        "(`hvgen tlfs`, generated/TLFS-AUDIT.md).", ""]
                continue
            out += [_line(i) for i in items] or ["None."]
            out.append("")
        if fb.knowingly:
            out += [f"{h}## Carried as the spec has them, where the TLFS text differs "
                    f"(`tlfs_differs:`; no kernel patch) ({len(fb.knowingly)})", ""]
            out += [_line(i) for i in fb.knowingly] + [""]
        if fb.other_spelling:
            out += [f"Documented definitions spelled only in the other family's view "
                    f"(`only:`), not counted: {len(fb.other_spelling)}.", ""]
    shared = next(iter(backlog.families.values()), None)
    if backlog.audited and shared is not None:
        out += [f"{h}# Every family: {TITLES['tlfs_absent']} ({len(shared.tlfs_absent)})", ""]
        out += [_line(i) for i in shared.tlfs_absent] or ["None."]
    while out and out[-1] == "":
        out.pop()
    return out
