"""What a TLFS update changed: pages, definitions and members added, changed, removed, and
what it newly documents of the spec (whatever the spec has made of it since).

"Newly documented" is judged on the TLFS alone, so it stays the same after promotions: a spec
definition the new snapshot defines and the old one does not (no parsed definition, and no
page of the old snapshot defines the name), or, where both define it, a spec member or enum
value sitting at bits (a value) the new snapshot names and the old one does not (absent or
reserved there). Each carries its state in the spec now:
- `still hdk`: HDK-only in the spec, a promotion candidate;
- `promoted`: documented in the spec, and its citation holds only in the new snapshot (the
  spec's claim rests on the update);
- `documented before`: documented in the spec on older grounds: its citation already held in
  the old snapshot, or it cites `tlfs: none` with a reason;
- `in Linux hyperv-tlfs.h`: a `promoted` definition that a kernel's hyperv-tlfs.h family
  already carried (given as facts with --linux-facts): not something Linux kept HDK-only.
"""

from typing import Dict, List

from ..model import HDK
from . import names
from .audit import RESERVED, Audit, page_defines


def _signature(ent) -> Dict[str, str]:
    """Member facts of an entity, keyed by member name (for a readable diff)."""
    out = {}
    if ent.tdef is not None:
        for arch, layout in sorted(ent.tdef.layouts.items()):
            out[f"{arch}:size"] = str(layout.size)
            for m in layout.members:
                out[f"{arch}:{m.path}"] = f"bits {m.offset_bits}+{m.bits or m.size * 8}"
        for arch, values in sorted(ent.tdef.values.items()):
            for name, value in values:
                out[f"{arch}:{name}"] = hex(value)
    for arch, layout in sorted(ent.tables.items()):
        for m in layout.members:
            out[f"{arch}:{m.path}"] = f"offset {m.offset_bits // 8} size {m.size}"
    if ent.value is not None:
        out["value"] = hex(ent.value)
    return out


def diff(old: Audit, new: Audit, linux_names=frozenset()) -> Dict[str, object]:
    pages_added = sorted(set(new.pages) - set(old.pages))
    pages_removed = sorted(set(old.pages) - set(new.pages))
    pages_changed = sorted(p for p in set(new.pages) & set(old.pages)
                           if new.pages[p].text != old.pages[p].text)
    defs_added, defs_removed, defs_changed = [], [], []
    keys_new = {k for k, e in new.entities.items() if k and e.key == k}
    keys_old = {k for k, e in old.entities.items() if k and e.key == k}
    for key in sorted(keys_new - keys_old):
        defs_added.append({"name": new.entities[key].tlfs_name, "key": key,
                           "page": new.entities[key].page})
    for key in sorted(keys_old - keys_new):
        defs_removed.append({"name": old.entities[key].tlfs_name, "key": key,
                             "page": old.entities[key].page})
    for key in sorted(keys_new & keys_old):
        a, b = _signature(old.entities[key]), _signature(new.entities[key])
        if a == b:
            continue
        defs_changed.append({
            "name": new.entities[key].tlfs_name, "key": key, "page": new.entities[key].page,
            "members_added": sorted(set(b) - set(a)),
            "members_removed": sorted(set(a) - set(b)),
            "members_changed": sorted(k for k in set(a) & set(b) if a[k] != b[k])})
    touched = {d["key"] for d in defs_added + defs_changed}
    items = newly_documented(old, new)
    for item in items:
        if item["state"] == "promoted" and item["member"] is None and item["name"] in linux_names:
            item["state"] = "in Linux hyperv-tlfs.h"
    figures = {"newly_documented": len(items),
               "newly_documented_definitions": sum(1 for i in items if i["member"] is None),
               "newly_documented_members": sum(1 for i in items if i["member"] is not None)}
    for state in STATES:
        figures[state.replace(" ", "_")] = sum(1 for i in items if i["state"] == state)
    return {"pages_added": pages_added, "pages_removed": pages_removed,
            "pages_changed": pages_changed, "definitions_added": defs_added,
            "definitions_removed": defs_removed, "definitions_changed": defs_changed,
            "touched": sorted(touched), "newly_documented": items, "figures": figures}


STATES = ("promoted", "still hdk", "documented before", "in Linux hyperv-tlfs.h")


def _state(documented: bool, old_finding) -> str:
    if not documented:
        return "still hdk"
    if old_finding is not None and old_finding.verdict in ("verified", "none"):
        return "documented before"
    return "promoted"


def _named_spans(layout, table: bool) -> Dict[tuple, str]:
    """Bit spans the TLFS names (reserved ones left out): (lo, hi) -> TLFS member path."""
    out = {}
    for m in layout.members:
        if (table and "." in m.path) or RESERVED.match(m.path.split(".")[-1]):
            continue
        width = m.bits if m.bits is not None else m.size * 8
        out.setdefault((m.offset_bits, m.offset_bits + width), m.path)
    return out


def _tlfs_layouts(ent) -> Dict[str, tuple]:
    if ent.tdef is not None and ent.tdef.layouts:
        return {arch: (lay, False) for arch, lay in ent.tdef.layouts.items()}
    return {arch: (lay, True) for arch, lay in ent.tables.items()}


def _old_defines(old: Audit, d, ent) -> bool:
    """Whether the old snapshot defines it although no definition was parsed there (a C block
    that failed, a heading, a table)."""
    if ent.kind == "table":  # a hypercall's parameter table: the old page had such a section
        page = old.pages.get(ent.page)
        return page is not None and any(("parameter" in h.text.lower() or
                                          "layout" in h.text.lower()) for h in page.headings)
    spellings = set(names.tlfs_spellings(d)) | {ent.tlfs_name}
    return any(page_defines(page, s) for page in old.pages.values() for s in spellings)


def newly_documented(old: Audit, new: Audit) -> List[Dict[str, object]]:
    """What NEW documents of the spec and OLD does not: whole definitions OLD has no trace of,
    members and enum values only NEW gives; each with its state in the spec now (_state)."""
    result = new.result
    if result is None:
        return []
    old_f = {(f.name, f.file, f.line): f for f in old.findings}
    new_f = {(f.name, f.file, f.line): f for f in new.findings}
    items: List[Dict[str, object]] = []
    for d in result.model.definitions:
        if getattr(d, "anonymous", False):
            continue
        ne = new.entities.get(names.spec_key(d))
        if ne is not None:
            where = (d.name, d.loc.file, d.loc.line)
            items += _newly_of(d, old, ne, old_f.get(where), new_f.get(where), result)
    items.sort(key=lambda i: (i["file"], i["line"], i["name"], i["member"] or ""))
    return items


def _newly_of(d, old: Audit, ne, of, nf, result) -> List[Dict[str, object]]:
    """The items of D, which the new snapshot has as NE (OF, NF: its old and new findings)."""
    oe = old.entities.get(names.spec_key(d))
    base = {"name": d.name, "tlfs": nf.tlfs if nf else ne.tlfs_name, "file": d.loc.file,
            "line": d.loc.line}
    if oe is None:
        if _old_defines(old, d, ne):
            return []
        return [dict(base, member=None, what="whole definition",
                     state=_state(d.tags.documented, of))]
    found: Dict[str, Dict[str, object]] = {}
    for arch in ("x86_64", "arm64"):
        if d.tags.arch not in (None, arch):
            continue
        for part, documented, what in _arch_news(d, result.layouts[(HDK, arch)], ne, oe,
                                                 arch):
            item = found.setdefault(part, dict(base, member=part, arches=[], what="",
                                               state=_state(documented, of)))
            item["arches"].append(arch)
            item["what"] = what
    items = []
    for part in sorted(found):
        item = found[part]
        arches = item.pop("arches")
        if len(arches) == 1:
            item["what"] += f" ({arches[0]} only)"
        items.append(item)
    return items


def _arch_news(d, layout, ne, oe, arch: str):
    """(member path or value name, documented, what) of each part of D on ARCH that the new
    snapshot's entity NE gives and the old one's OE does not."""
    if d.kind in ("struct", "union") and d.name in layout.records:
        return _new_members(d, layout.records[d.name].members, ne, oe, arch)
    if d.kind == "enum" and d.name in layout.enums and ne.tdef is not None and \
            oe.tdef is not None and arch in ne.tdef.values:
        return _new_values(d, dict(layout.enums[d.name]), ne, oe, arch)
    return ()


def _new_members(d, members, ne, oe, arch: str):
    """Members whose span the new snapshot's layout names and the old one's does not (of a
    table, top-level members only: its rows are bytes)."""
    new_l, old_l = _tlfs_layouts(ne).get(arch), _tlfs_layouts(oe).get(arch)
    if new_l is None:
        return
    spans_new = _named_spans(*new_l)
    spans_old = _named_spans(*old_l) if old_l is not None else {}
    for m in members:
        if m.reserved or (new_l[1] and "." in m.path):
            continue
        width = m.bits if m.bits is not None else m.size * 8
        span = (m.offset_bits, m.offset_bits + width)
        if span in spans_new and span not in spans_old:
            yield (m.path, d.tags.documented and m.documented,
                   f"{m.path} (bits {span[0]}..{span[1] - 1}) = TLFS {spans_new[span]}")


def _new_values(d, numbers: Dict[str, int], ne, oe, arch: str):
    """Enum values whose number the new snapshot's enum has and the old one's does not."""
    tnew = dict((v, n) for n, v in reversed(ne.tdef.values[arch]))
    told = {v for _, v in oe.tdef.values.get(arch, [])}
    for value in d.values:
        number = numbers.get(value.name)
        if number is None or number not in tnew or number in told:
            continue
        yield (value.name, value.tags.documented,
               f"{value.name} = {number:#x} = TLFS {tnew[number]}")
