"""Match spec definitions to TLFS definitions and judge each one.

A TLFS entity is what a page defines: a C-block definition (cparse.TDef), a hypercall's call
code, the layout table of its input/output parameters (tables.layout_table, "Var" sizes read),
or a bit table of a register (tables.bit_table, the hypercall MSR's). Constants tables give
named numbers (tables.constants). Each documented definition, member and enum value gets a
verdict on the documented view, both arches (verdicts.py: Audit.claims); members are matched
by position (bit offset and width), never by name: the facts comparer's `by_position`. The
citation check (Finding.verdict) and the promotion candidates (HDK-only things the TLFS
documents, judged on the hdk view) are as before.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..facts.compare import by_position
from ..facts.from_layout import record_facts
from ..facts.model import Record
from ..model import HDK
from ..targets import ArchName
from . import names
from .cparse import TDef, block_kind, parse_pages
from .markdown import Page
from . import tables

RESERVED = re.compile(r"^(reserved|rsvd|res\d|res$|padding|pad\d*$|preserved)", re.I)


@dataclass
class Entity:
    key: str  # the kernel-side key the name rule gives
    tlfs_name: str
    kind: str  # struct | union | enum | typedef | define | callcode | table
    page: str
    line: int
    tdef: Optional[TDef] = None
    value: Optional[int] = None
    tables: Dict[str, Record] = field(default_factory=dict)  # arch -> rows as members
    bits: Dict[str, Record] = field(default_factory=dict)  # arch -> a bit table's rows


@dataclass
class Finding:
    name: str
    kind: str
    file: str
    line: int
    visibility: str
    citation: str
    verdict: str  # verified | broken | unconfirmed | none | uncited
    tlfs: Optional[str] = None  # "page: TLFS name"
    problems: List[str] = field(default_factory=list)  # layout disagreements
    promotions: List[str] = field(default_factory=list)  # hdk members the TLFS documents
    notes: List[str] = field(default_factory=list)
    differs: Optional[str] = None  # the spec's tlfs_differs: why the layout knowingly differs
    col: int = 0
    claim: Optional[str] = None  # the definition's verdict (verdicts.VERDICTS)
    evidence: str = ""


@dataclass
class Audit:
    pages: Dict[str, Page]
    parsed: object
    entities: Dict[str, Entity]
    findings: List[Finding]
    promote_whole: List[Finding]
    undocumented: List[Finding]  # documented in spec, on no TLFS page
    absent: List[Entity]  # in the TLFS, not in the spec
    result: object = None  # the spec (pipeline Result) the audit judged
    claims: List[object] = field(default_factory=list)  # verdicts.Claim, documented only
    _absent_reasons: Optional[tuple] = field(default=None, repr=False)

    def verdicts(self) -> Dict[str, int]:
        from .verdicts import VERDICTS

        return {v: sum(1 for c in self.claims if c.verdict == v) for v in VERDICTS}

    @property
    def open_claims(self):
        """What the gate fails on: unexplained disagreements, documented claims no TLFS
        page has, and claims stronger than their evidence (`tlfs_gives:` value or layout,
        the TLFS only names it). A member or value judged by its definition's verdict is
        left to that definition's line. A documented definition that cites no page (`tlfs:
        none`) is open whatever its verdict: its claim says nothing a reader can check."""
        from .verdicts import DISAGREES, NAME, NOT_FOUND

        return [c for c in self.claims if not c.inherited and (
            c.verdict in (DISAGREES, NOT_FOUND) or (c.uncited and c.member is None) or
            (c.verdict == NAME and c.member is None and c.claimed in ("value", "layout")))]

    def absent_reasons(self):
        """(explained, unexplained, stale) of the absent definitions: absent.explain, once."""
        if self._absent_reasons is None:
            from .absent import explain

            self._absent_reasons = explain(self)
        return self._absent_reasons

    @property
    def broken(self):
        return [f for f in self.findings if f.verdict == "broken"]

    @property
    def disagreements(self):
        """Layout disagreements the spec does not explain: each one fails the audit."""
        return [f for f in self.findings if f.problems and not f.differs]

    @property
    def explained(self):
        """Layout disagreements the spec keeps knowingly (`tlfs_differs:` says why)."""
        return [f for f in self.findings if f.problems and f.differs]

    @property
    def differs_unused(self):
        """`tlfs_differs:` on a definition the TLFS defines with the same layout."""
        return [f for f in self.findings if f.differs and f.tlfs and not f.problems]

    def figures(self) -> Dict[str, int]:
        return {
            "pages": len(self.pages),
            "c_blocks": self.parsed.blocks,
            "c_blocks_parsed": self.parsed.parsed,
            "c_blocks_failed": len(self.parsed.failures),
            "c_block_repairs": len(self.parsed.repairs),
            "tlfs_names_assumed": len(self.parsed.assumed),
            "tlfs_definitions": len(self.entities),
            "spec_definitions": len(self.findings),
            "matched": sum(1 for f in self.findings if f.tlfs),
            "citations_verified": sum(1 for f in self.findings if f.verdict == "verified"),
            "citations_verified_by_mention": sum(
                1 for f in self.findings if f.verdict == "verified" and f.notes and
                f.notes[0] == "the page names it but does not define it"),
            "citations_unconfirmed": sum(1 for f in self.findings if f.verdict == "unconfirmed"),
            "citations_broken": len(self.broken),
            "layout_disagreements": len(self.disagreements),
            "layout_disagreements_explained": len(self.explained),
            "promotion_candidates": len(self.promote_whole) +
            sum(1 for f in self.findings if f.promotions),
            "promotion_members": sum(len(f.promotions) for f in self.findings),
            "documented_not_in_tlfs": len(self.undocumented),
            "tlfs_not_in_spec": len(self.absent),
            "tlfs_not_in_spec_with_reason": len(self.absent_reasons()[0]),
            "tlfs_not_in_spec_unexplained": len(self.absent_reasons()[1]),
            "tlfs_not_in_spec_reason_problems": len(self.absent_reasons()[2]) + sum(
                1 for x in self.absent_reasons()[0] if x.problems),
            "claims": len(self.claims),
            **{"verdict_" + k.replace(" ", "_").replace("(", "").replace(")", ""): v
               for k, v in self.verdicts().items()},
            "gate_errors": len(self.open_claims),
        }


_table_layout = tables.layout_table


def entities(pages: Dict[str, Page], parsed) -> Dict[str, Entity]:
    """What the TLFS defines, by kernel-side key: the C blocks' definitions (and their
    aliases), then the hypercall pages' call codes and parameter tables, then the bit tables
    a type owns; an earlier one wins a key."""
    out: Dict[str, Entity] = {}
    for tdef in parsed.defs.values():
        if tdef.kind == "hypercall":
            continue
        key = tdef.name if tdef.kind == "define" else names.type_key(tdef.name)
        out.setdefault(key, Entity(key, tdef.name, tdef.kind, tdef.page, tdef.line, tdef,
                                   tdef.value))
        for alias in tdef.aliases:
            out.setdefault(names.type_key(alias), out[key])
    for path, page in sorted(pages.items()):
        _hypercall_entities(path, page, out)
    for path, page in sorted(pages.items()):
        for table in page.tables:
            layout = tables.bit_table(table)
            owner = tables.bit_table_owner(page, table) if layout is not None else None
            if owner is None:
                continue
            key = names.type_key(owner[0])
            ent = out.setdefault(key, Entity(key, owner[0], "bits", path, table.line))
            for arch in ([table.arch] if table.arch else ["x86_64", "arm64"]):
                ent.bits.setdefault(arch, layout)
    return out


def _hypercall_entities(path: str, page: Page, out: Dict[str, Entity]) -> None:
    """A hypercall page's call code (it replaces a C block's) and its parameter tables."""
    base = path.rsplit("/", 1)[-1][:-3]
    if not base.startswith("HvCall"):
        return
    if page.call_code:
        key = names.hypercall_code(base)
        out[key] = Entity(key, base, "callcode", path, page.call_code[2],
                          value=page.call_code[0])
    for table in page.tables:
        found = _parameter_table(base, page, table)
        if found is None:
            continue
        key, label = found
        arches = [table.arch] if table.arch else ["x86_64", "arm64"]
        layouts = {arch: _table_layout(table, arch) for arch in arches}
        if not any(layouts.values()):
            continue
        ent = out.setdefault(key, Entity(key, label, "table", path, table.line))
        for arch, layout in layouts.items():
            if layout is not None:
                ent.tables.setdefault(arch, layout)


def _parameter_table(base: str, page: Page, table):
    """(key, label) of the record a table of hypercall BASE's page lays out, by the section
    it is under or its heading: the input, the output, or a rep call's list element; None
    for any other table."""
    inp, outp = names.hypercall_records(base)
    heading = (table.heading.text if table.heading else "").lower()
    parents = [h.text.lower() for h in page.headings if h.line <= table.line]
    section = next((p for p in reversed(parents) if "parameter" in p or "input" in p
                    or "output" in p), heading)
    key = outp if "output" in section else inp if "input" in section or \
        "layout" in heading else None
    if key is None:
        return None
    side = "output" if key == outp else "input"
    if "list element" in section:
        # a rep hypercall's list element: named <HvCall>_InputListElement (or Output)
        label = f"{base}_{side.capitalize()}ListElement"
        return names.type_key(label), label
    return key, f"{base} {side}"


def _compare_record(spec: Record, tl: Record, arch: str, finding: Finding, table: bool) -> None:
    """The spec's layout against a TLFS one, member by member by the bits they cover: the same
    bits make a promotion candidate when the spec's member is HDK-only; a spec member that
    straddles a TLFS member is a problem. A table's rows may sit inside one spec member or
    span several (tables list bytes, not bits)."""
    if tl.size and spec.size != tl.size:
        finding.problems.append(f"{arch}: size {spec.size} bytes, TLFS {tl.size}")
    smembers = [m for m in spec.members if not (table and "." in m.path)]
    for tm in tl.members:
        if table and "." in tm.path:
            continue
        lo, hi = tm.span
        reserved = bool(RESERVED.match(tm.path.split(".")[-1]))
        place = by_position(smembers, tm.span)
        if place.exact:
            for m in place.exact:
                if not m.documented and not m.reserved and not reserved:
                    finding.promotions.append(
                        f"{m.path} ({arch} bits {lo}..{hi - 1}) = TLFS {tm.path}")
            continue
        if table and (place.inside or place.covered or reserved or tm.size == 0):
            continue
        straddle = [m for m in place.overlapping
                    if not m.reserved and (m.bits is not None) == (tm.bits is not None)]
        if not straddle:
            if not reserved and any(m.reserved for m in place.inside):
                finding.notes.append(f"{arch}: TLFS {tm.path} (bits {lo}..{hi - 1}) is "
                                     "reserved in the spec")
            continue
        desc = ", ".join(f"{m.path} at bits {m.span[0]}..{m.span[1] - 1}" for m in straddle)
        finding.problems.append(f"{arch}: TLFS {tm.path} at bits {lo}..{hi - 1} "
                                f"({'offset ' + str(lo // 8) + ', ' if tm.bits is None else ''}"
                                f"width {hi - lo}) vs spec {desc}")


_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def identifier_like(name: str) -> bool:
    """A name that can only be an identifier: not an ordinary word (`the`, `Data`) but one
    with an underscore, a digit or a capital past its first letter."""
    return bool(re.fullmatch(r"[A-Za-z_]\w*", name)) and (
        "_" in name or any(c.isdigit() for c in name) or any(c.isupper() for c in name[1:]))


def page_defines(page: Page, name: str) -> bool:
    """Whether the page defines `name`, not merely uses the word: a heading that is the name
    (or, for an identifier-like name, starts with it), an identifier of a C block's code
    (comments left out), or a table cell or list item naming it as a type or constant: the
    cell is the name, or (identifier-like names) starts with it, as in `HV_FOO (0x1)`."""
    ident = identifier_like(name)
    lead = re.compile(re.escape(name) + r"(?![\w])")
    for h in page.headings:
        text = h.text.strip()
        if text == name or (ident and lead.match(text)):
            return True
    word = re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])")
    for block in page.blocks:
        if block.lang in ("c", "cpp", "c++", "h") or block_kind(block.text):
            if word.search(_COMMENT.sub(" ", block.text)):
                return True
    for table in page.tables:
        for row in table.rows:
            for cell in row:
                cell = cell.strip()
                if cell == name or (ident and lead.match(cell)):
                    return True
    if ident:
        item = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+(?:\*\*|`)*" + re.escape(name) + r"(?![\w])",
                          re.M)
        if item.search(page.text):
            return True
    return False


def page_mentions(page: Page, name: str) -> bool:
    """An identifier-like name used anywhere on the page (as a whole identifier). An ordinary
    word never counts: `the` is on every page."""
    return identifier_like(name) and re.search(
        r"(?<![\w])" + re.escape(name) + r"(?![\w])", page.text) is not None


def _mentions(pages, spellings) -> Optional[str]:
    for path, page in sorted(pages.items()):
        for s in spellings:
            if re.search(r"\b" + re.escape(s) + r"\b", page.text):
                return path
    return None


def run_audit(spec_result, pages: Dict[str, Page]) -> Audit:
    """The spec against the TLFS PAGES: a finding for each named definition (its citation's
    verdict, its promotion candidates, its claims when documented), and the TLFS definitions
    no spec definition matched."""
    from .verdicts import Judge

    parsed = parse_pages(pages)
    ents = entities(pages, parsed)
    consts = tables.constants(pages)
    judge = Judge(spec_result, pages, ents, consts, lambda d: _named_on(pages, d))
    used = set()
    findings, promote, undocumented, claims = [], [], [], []
    for d in spec_result.model.definitions:
        if getattr(d, "anonymous", False):
            continue
        ent = ents.get(names.spec_key(d))
        f = _finding(d, ent, pages)
        if ent is not None:
            used.add(ent.key)
            scratch = Finding(d.name, d.kind, d.loc.file, d.loc.line, d.tags.visibility, "",
                              "")
            _judge(d, ent, spec_result, scratch)  # promotions, on the hdk view
            f.promotions, f.notes = scratch.promotions, f.notes + scratch.notes
            if not d.tags.documented:
                promote.append(f)
        elif d.tags.documented and \
                _mentions(pages, names.tlfs_spellings(d)) is None and f.verdict != "verified":
            undocumented.append(f)
        if d.tags.documented:
            mine = judge.claims(d, f)
            f.claim, f.evidence = mine[0].verdict, mine[0].evidence
            claims += mine
        findings.append(f)
    absent = [e for k, e in sorted(ents.items()) if k and k not in used and e.key == k]
    for f in findings:
        if f.differs and f.tlfs and not f.problems:
            f.notes.append("tlfs_differs is given, but the layouts agree")
    return Audit(pages, parsed, ents, findings, promote, undocumented, absent, spec_result,
                 claims)


def _named_on(pages: Dict[str, Page], d) -> Optional[str]:
    """The page that names D: its cited page when that defines or mentions it, else the
    first page that mentions it (None: no page)."""
    spellings = names.tlfs_spellings(d)
    cit = d.citation
    page = pages.get(cit.page) if cit is not None and cit.page else None
    if page is not None and any(page_defines(page, s) or page_mentions(page, s)
                                for s in spellings):
        return cit.page
    return _mentions(pages, spellings)


def _finding(d, ent: Optional[Entity], pages: Dict[str, Page]) -> Finding:
    """D's finding: its TLFS entity ENT, and its citation's verdict (uncited without one)."""
    cit = d.citation
    f = Finding(d.name, d.kind, d.loc.file, d.loc.line, d.tags.visibility,
                str(cit) if cit else "", "uncited",
                differs=getattr(d, "tlfs_differs", None), col=d.loc.col)
    if ent is not None:
        f.tlfs = f"{ent.page}:{ent.line} {ent.tlfs_name}"
    if cit is not None and cit.page is None:
        f.verdict = "none"
    elif cit is not None:
        f.verdict, f.notes = _citation_verdict(d, cit, ent, pages)
    return f


def _citation_verdict(d, cit, ent: Optional[Entity], pages: Dict[str, Page]):
    """(verdict, notes) of a citation of a page: broken (no such page or anchor), verified
    (the page defines D, or at least names it), or unconfirmed."""
    page = pages.get(cit.page)
    if page is None:
        return "broken", [f"no page {cit.page}"]
    if cit.anchor and cit.anchor not in page.anchors:
        return "broken", [f"no anchor #{cit.anchor} on {cit.page}"]
    spellings = names.tlfs_spellings(d)
    if (ent is not None and ent.page == cit.page) or \
            any(page_defines(page, s) for s in spellings):
        return "verified", []
    if any(page_mentions(page, s) for s in spellings):
        return "verified", ["the page names it but does not define it"]
    return "unconfirmed", []


def _judge(d, ent: Entity, spec_result, f: Finding) -> None:
    for arch in ("x86_64", "arm64"):
        if d.tags.arch not in (None, arch):
            continue
        layout = spec_result.layouts[(HDK, arch)]
        if d.kind in ("struct", "union") and d.name in layout.records:
            srec = record_facts(d.name, layout.records[d.name])
            if ent.tdef is not None and arch in ent.tdef.layouts:
                _compare_record(srec, ent.tdef.layouts[arch], arch, f, table=False)
            elif arch in ent.tables:
                _compare_record(srec, ent.tables[arch], arch, f, table=True)
        elif d.kind == "define" and d.name in layout.constants:
            value = layout.constants[d.name].value
            if ent.value is not None and value != ent.value and arch == ArchName.X86_64:
                what = "call code" if ent.kind == "callcode" else "value"
                f.problems.append(f"{what} {value:#x}, TLFS {ent.value:#x}")
        elif d.kind == "enum" and d.name in layout.enums and ent.tdef is not None and \
                arch in ent.tdef.values:
            tvalues = {v for _, v in ent.tdef.values[arch]}
            for value in d.values:
                hits = [n for n, v in layout.enums[d.name] if n == value.name]
                if not hits:
                    continue
                number = dict(layout.enums[d.name])[value.name]
                if number in tvalues and not value.tags.documented and arch == ArchName.X86_64:
                    tname = next(n for n, v in ent.tdef.values[arch] if v == number)
                    f.promotions.append(f"{value.name} = {number:#x} = TLFS {tname}")
        elif d.kind == "typedef" and ent.tdef is not None and arch in ent.tdef.size:
            size = layout.typedefs.get(d.name)
            if size is not None and size != ent.tdef.size[arch]:
                f.problems.append(f"{arch}: size {size}, TLFS {ent.tdef.size[arch]}")
