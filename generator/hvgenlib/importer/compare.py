"""Imported definitions vs an existing spec, per arch: new, changed (which members/values), gone.

Records compare by name and member layout (flattened paths, bit offsets, widths, sizes, the
record's size; members the importer's shim adds, named __hvref_*, are skipped); constants and
enum values by evaluated value (text when either side does not evaluate); function-like macros
by parameters and body text; typedefs by target type.

What counts as a difference depends on the view: COMPARE_RULE (in __init__.py, so that the
CLI's help can show it without loading libclang).
"""

from dataclasses import dataclass, field
from typing import Dict, List, Tuple

from . import COMPARE_RULE as RULE
from .parse import SHIM_PREFIX, Def, Facts, ImportedValues as _ImportedValues

__doc__ += "\n" + RULE + "\n"


@dataclass
class Differences:
    new: Dict[Tuple[str, str], List[str]] = field(default_factory=dict)  # key -> arches
    gone: Dict[Tuple[str, str], List[str]] = field(default_factory=dict)
    changed: Dict[Tuple[str, str], Dict[str, List[str]]] = field(default_factory=dict)
    # informational (--view tlfs): documented definitions these headers do not carry
    spec_only: Dict[Tuple[str, str], List[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.new or self.gone or self.changed)


def _squash(text) -> str:
    return "".join(str(getattr(text, "text", text)).split())


def _shim(path: str) -> bool:
    """A member the importer's kernel shim adds (__TRAILING_OVERLAP's padding, the empty marker
    of DECLARE_FLEX_ARRAY): named __hvref_*, not part of the headers' ABI."""
    return any(part.split("[", 1)[0].startswith(SHIM_PREFIX) for part in path.split("."))


def _record_changes(imported: Def, layout) -> List[str]:
    changes = []
    if imported.size != layout.size:
        changes.append(f"size {layout.size} -> {imported.size}")
    if imported.align is not None and imported.align != layout.align:
        changes.append(f"align {layout.align} -> {imported.align}")
    spec = {m.path: (m.offset_bits, m.bits, m.size) for m in layout.members}
    mine = {p: (o, b, s) for p, o, s, b in imported.layout if not _shim(p)}
    for path in spec:
        if path not in mine:
            changes.append(f"-{path}")
    for path, (off, bits, size) in mine.items():
        if path not in spec:
            changes.append(f"+{path}@{off}" + (f":{bits}" if bits else ""))
            continue
        s_off, s_bits, s_size = spec[path]
        if (off, bits, size) != (s_off, s_bits, s_size):
            changes.append(f"{path}: bit {s_off}/{s_bits or s_size * 8}"
                           f" -> {off}/{bits or size * 8}")
    return changes


def compare_arch(facts: Facts, result, view: str, diffs: Differences) -> None:
    arch = facts.arch
    layout = result.layouts[(view, arch)]
    spec_defs = {}
    for vdef in result.views[view].definitions:
        if vdef.arch not in (None, arch):
            continue
        kind = "record" if vdef.kind in ("struct", "union") else vdef.kind
        spec_defs[(kind, vdef.name)] = vdef
    values = _ImportedValues(facts.definitions)
    seen = set()
    for d in facts.definitions:
        key = d.key
        seen.add(key)
        vdef = spec_defs.get(key)
        if vdef is None:
            diffs.new.setdefault(key, []).append(arch)
            continue
        changes: List[str] = []
        if key[0] == "record":
            if vdef.kind != d.kind:
                changes.append(f"{vdef.kind} -> {d.kind}")
            rl = layout.records.get(vdef.name)
            if rl is not None:
                changes += _record_changes(d, rl)
        elif key[0] == "define":
            src = vdef.source
            if (src.params is None) != (d.params is None) or \
                    tuple(src.params or ()) != tuple(d.params or ()):
                changes.append(f"params {list(src.params or [])} -> {d.params or []}")
            elif d.params is not None:
                if _squash(src.value) != _squash(d.value):
                    changes.append(f"body {src.value} -> {d.value}")
            else:
                mine = values.value(d.name)
                theirs = layout.constants.get(d.name)
                if mine is None or theirs is None:
                    if _squash(src.value) != _squash(d.value):
                        changes.append(f"value {getattr(src.value, 'text', src.value)} -> "
                                       f"{d.value}")
                elif mine != theirs.value:
                    changes.append(f"value {getattr(src.value, 'text', src.value)} "
                                   f"(={theirs.value:#x}) -> {d.value} (={mine:#x})")
        elif key[0] == "enum":
            spec_vals = dict(layout.enums.get(vdef.name, []))
            for vname in spec_vals:
                if vname not in d.enum_ints:
                    changes.append(f"-{vname}")
            for vname, ival in d.enum_ints.items():
                if vname not in spec_vals:
                    changes.append(f"+{vname}={ival}")
                elif spec_vals[vname] != ival:
                    changes.append(f"{vname}: {spec_vals[vname]} -> {ival}")
        elif key[0] == "typedef":
            if " ".join(vdef.source.ctype.split()) != d.type:
                changes.append(f"type {vdef.source.ctype} -> {d.type}")
        if changes:
            diffs.changed.setdefault(key, {})[arch] = changes
    for key, vdef in spec_defs.items():
        if key in seen:
            continue
        if expected(vdef, view):
            diffs.gone.setdefault(key, []).append(arch)
        else:
            diffs.spec_only.setdefault(key, []).append(arch)


def expected(vdef, view: str) -> bool:
    """Whether the imported headers' family must have this spec definition (see RULE)."""
    if view == "hdk":
        return True
    return getattr(vdef.source.tags, "only", None) == "tlfs"


def compare(per_arch: List[Facts], result, view: str = "hdk") -> Differences:
    diffs = Differences()
    for facts in per_arch:
        compare_arch(facts, result, view, diffs)
    return diffs


def _label(key) -> str:
    return f"{key[0]} {key[1]}"


def report(diffs: Differences) -> str:
    lines = []
    for key, arches in diffs.new.items():
        lines.append(f"new {_label(key)} [{', '.join(arches)}]")
    for key, per_arch in diffs.changed.items():
        groups: Dict[Tuple[str, ...], List[str]] = {}
        for arch, changes in per_arch.items():
            groups.setdefault(tuple(changes), []).append(arch)
        for changes, arches in groups.items():
            lines.append(f"changed {_label(key)} [{', '.join(arches)}]: {'; '.join(changes)}")
    for key, arches in diffs.gone.items():
        lines.append(f"gone {_label(key)} [{', '.join(arches)}]")
    if diffs.spec_only:
        lines.append("in the spec only (documented beyond these headers; informational):")
        for key, arches in diffs.spec_only.items():
            lines.append(f"  {_label(key)} [{', '.join(arches)}]")
    extra = f"; {len(diffs.spec_only)} in the spec only (informational)" \
        if diffs.spec_only else ""
    lines.append(f"hvgen import: {len(diffs.new)} new, {len(diffs.changed)} changed, "
                 f"{len(diffs.gone)} gone{extra}")
    return "\n".join(lines) + "\n"
