"""The documentation report's model: one Entry per definition (its status, section, headers,
citation and Microsoft Learn link, whether the two views differ and in what), grouped by TLFS
section and counted for the summary."""

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from .. import model as m
from ..model import HDK, TLFS, VIEWS
from ..profiles import load_profiles
from ..targets import ARCHES

LEARN = "https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/"


def learn_url(citation: Optional[m.Citation]) -> Optional[str]:
    if citation is None or not citation.page:
        return None
    page = citation.page[:-3] if citation.page.endswith(".md") else citation.page
    return LEARN + page + (f"#{citation.anchor}" if citation.anchor else "")


@dataclass
class Entry:
    """One definition in the documentation report."""

    name: str
    kind: str
    status: str  # documented | HDK-only
    section: str
    citation: str
    url: Optional[str]
    reason: Optional[str]
    description: Optional[str]
    arches: List[str]
    headers: List[str]
    hdk_only_parts: List[str] = field(default_factory=list)  # members/values only in hvhdk.h
    tlfs_only_parts: List[str] = field(default_factory=list)
    audit: Optional[str] = None
    tree: Optional[str] = None  # present | lacks | differs: ...

    @property
    def modified(self) -> bool:
        return bool(self.hdk_only_parts or self.tlfs_only_parts)

    in_both: bool = False

    @property
    def views(self) -> str:
        if not self.in_both:
            return "one header"
        return "modified" if self.modified else "identical"


def _parts(result, view: str, name: str) -> Dict[str, set]:
    """Named members (records) or values (enums) of a definition in one view, per arch."""
    out = set()
    for arch in ARCHES:
        layout = result.layouts[(view, arch)]
        if name in layout.records:
            out.update(mm.path for mm in layout.records[name].members
                       if not (mm.reserved and not mm.documented))
        if name in layout.enums:
            out.update(value for value, _ in layout.enums[name])
    return out


def entries(result) -> List[Entry]:
    in_view = {view: {vdef.name for vdef in result.views[view].definitions}
               for view in result.views}
    files: Dict[str, List[str]] = {}
    for profile in load_profiles().values():
        for output in profile:
            for vdef in result.views[output.view].definitions:
                if output.holds(vdef) and output.file not in files.setdefault(vdef.name, []):
                    files[vdef.name].append(output.file)
    seen: "OrderedDict[str, Entry]" = OrderedDict()
    for definition in result.model.definitions:
        arch = definition.tags.arch
        if definition.name in seen:
            entry = seen[definition.name]
            for a in ([arch] if arch else ARCHES):
                if a not in entry.arches:
                    entry.arches.append(a)
            continue
        headers = files.get(definition.name, [])
        documented = definition.tags.documented
        entry = Entry(definition.name, definition.kind, "documented" if documented else
                      "HDK-only", m.section_of(definition),
                      str(definition.citation) if definition.citation else "none",
                      learn_url(definition.citation), definition.tags.reason,
                      definition.tags.description, [arch] if arch else list(ARCHES), headers)
        in_both = all(definition.name in in_view[v] for v in VIEWS)
        if in_both and definition.kind in ("struct", "union", "enum"):
            tlfs = _parts(result, TLFS, definition.name)
            hdk = _parts(result, HDK, definition.name)
            entry.hdk_only_parts = sorted(hdk - tlfs)
            entry.tlfs_only_parts = sorted(tlfs - hdk)
        entry.in_both = all(definition.name in in_view[v] for v in VIEWS)
        seen[definition.name] = entry
    return list(seen.values())


def sections(items: List[Entry]) -> "OrderedDict[str, List[Entry]]":
    grouped: Dict[str, List[Entry]] = {}
    for entry in items:  # one pass, not one scan per section
        grouped.setdefault(entry.section, []).append(entry)
    order = sorted(grouped, key=lambda s: (s.startswith("("), s))
    return OrderedDict((section, sorted(grouped[section], key=lambda e: e.name))
                       for section in order)


def summary_counts(items: List[Entry]) -> "OrderedDict[str, int]":
    documented = [e for e in items if e.status == "documented"]
    return OrderedDict([
        ("definitions", len(items)),
        ("documented", len(documented)),
        ("documented, cited to a TLFS page", sum(1 for e in documented if e.url)),
        ("documented, no citation (tlfs: none)", sum(1 for e in documented if not e.url)),
        ("HDK-only", sum(1 for e in items if e.status == "HDK-only")),
        ("in both headers, identical", sum(1 for e in items if e.views == "identical")),
        ("in both headers, modified", sum(1 for e in items if e.views == "modified")),
    ])
