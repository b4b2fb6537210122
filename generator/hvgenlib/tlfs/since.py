"""What a TLFS update changed: pages, definitions and members added, changed, removed."""

from typing import Dict, List

from .audit import Audit


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


def diff(old: Audit, new: Audit) -> Dict[str, object]:
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
    old_promo = {(f.name, p) for f in old.findings for p in f.promotions} | \
        {(f.name, "*") for f in old.promote_whole}
    promotable: List[Dict[str, object]] = []
    for f in new.promote_whole:
        if (f.name, "*") not in old_promo:
            promotable.append({"name": f.name, "what": "whole definition", "tlfs": f.tlfs,
                               "file": f.file, "line": f.line})
    for f in new.findings:
        for p in f.promotions:
            if (f.name, p) not in old_promo:
                promotable.append({"name": f.name, "what": p, "tlfs": f.tlfs,
                                   "file": f.file, "line": f.line})
    return {"pages_added": pages_added, "pages_removed": pages_removed,
            "pages_changed": pages_changed, "definitions_added": defs_added,
            "definitions_removed": defs_removed, "definitions_changed": defs_changed,
            "touched": sorted(touched), "promotable": promotable}
