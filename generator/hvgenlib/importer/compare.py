"""Imported definitions vs an existing spec, per arch: new, changed (which members/values), gone.

Records compare by name and member layout through the facts comparer (flattened paths, bit
offsets, widths, sizes, the record's size and alignment; members the kernel shim adds, named
__hvref_*, are skipped); constants and
enum values by evaluated value (text when either side does not evaluate); function-like macros
by parameters and body text; typedefs by target type.

What counts as a difference depends on the view: COMPARE_RULE (in __init__.py, so that the
CLI's help can show it without loading libclang).
"""

from dataclasses import dataclass, field
from typing import Dict, List, Tuple

from . import COMPARE_RULE as RULE
from ..facts.compare import What, diff_enum, diff_record, index_by
from ..facts.from_layout import record_facts
from ..facts.model import Enum
from ..facts.reference import shim_artefact
from ..model import on_arch
from ..diagnostics import Diagnostics
from ..layout import compute_layout
from ..presence import SPELLING
from .parse import Def, Facts, ImportedValues as _ImportedValues

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


def _width(m) -> int:
    return m.bits or m.size * 8


def _record_changes(imported: Def, vdef, layout, values) -> List[str]:
    """The spec's computed layout (old) against the headers' measured one (new): kind, size and
    alignment, members removed, then members added or moved in the headers' order."""
    computed = layout.records.get(vdef.name)
    if computed is None:
        return [f"{vdef.kind} -> {imported.kind}"] if vdef.kind != imported.kind else []
    spec = record_facts(imported.name, computed, vdef.kind)
    mine = imported.measured
    diffs = index_by(diff_record(imported.name, spec, mine, (What.KIND, What.SIZE, What.ALIGN),
                                 (What.MEMBER_MOVED, What.BIT_WIDTH, What.MEMBER_SIZE),
                                 keep=lambda m: not shim_artefact(m.path)))
    changes = [(f"{d.old} -> {d.new}" if d.what is What.KIND else
                f"{d.what.value} {d.old} -> {d.new}") for d in diffs.get(None, [])]
    old = {m.path: m for m in spec.members}
    changes += [f"-{path}" for path, found in diffs.items()
                if found[0].what is What.MEMBER_REMOVED]
    for path, m in {m.path: m for m in mine.members if m.path in diffs}.items():
        if diffs[path][0].what is What.MEMBER_ADDED:
            changes.append(f"+{path}@{m.offset_bits}" + (f":{m.bits}" if m.bits else ""))
        elif diffs[path][0].what is not What.MEMBER_REMOVED:
            changes.append(f"{path}: bit {old[path].offset_bits}/{_width(old[path])}"
                           f" -> {m.offset_bits}/{_width(m)}")
    return changes


def _enum_changes(imported: Def, vdef, layout, values) -> List[str]:
    """Values removed from the spec's enum, then values added or changed in the headers' order."""
    spec = Enum(vdef.name, layout.enums.get(vdef.name, []))
    diffs = index_by(diff_enum(vdef.name, spec, Enum(vdef.name, list(imported.enum_ints.items())),
                               ()))
    changes = [f"-{name}" for name, found in diffs.items()
               if found[0].what is What.CONSTANT_REMOVED]
    for name, value in imported.enum_ints.items():
        changes += [f"+{name}={value}" if d.what is What.CONSTANT_ADDED else
                    f"{name}: {d.old} -> {d.new}" for d in diffs.get(name, [])]
    return changes


def _define_changes(d: Def, vdef, layout, values) -> List[str]:
    """Parameters and body of a function-like macro; an object-like one's evaluated value (its
    text when either side does not evaluate)."""
    src = vdef.source
    if (src.params is None) != (d.params is None) or \
            tuple(src.params or ()) != tuple(d.params or ()):
        return [f"params {list(src.params or [])} -> {d.params or []}"]
    if d.params is not None:
        return [f"body {src.value} -> {d.value}"] if _squash(src.value) != _squash(d.value) \
            else []
    mine, theirs = values.value(d.name), layout.constants.get(d.name)
    text = getattr(src.value, "text", src.value)
    if mine is None or theirs is None:
        return [f"value {text} -> {d.value}"] if _squash(src.value) != _squash(d.value) else []
    if mine != theirs.value:
        return [f"value {text} (={theirs.value:#x}) -> {d.value} (={mine:#x})"]
    return []


def _typedef_changes(d: Def, vdef, layout, values) -> List[str]:
    if " ".join(vdef.source.ctype.split()) != d.type:
        return [f"type {vdef.source.ctype} -> {d.type}"]
    return []


CHANGES = {"record": _record_changes, "enum": _enum_changes, "define": _define_changes,
           "typedef": _typedef_changes}


def compare_arch(facts: Facts, result, view: str, diffs: Differences) -> None:
    arch = facts.arch
    # the headers are one Linux family: compare with what the spec says that family carries
    # (its presence projection, as the kernel profile writes it), in the view's spelling
    family = next(f for f, spelling in SPELLING.items() if spelling == view)
    projected = result.families[family]
    layout = compute_layout(projected, arch, Diagnostics())
    spec_defs = {}
    for vdef in on_arch(projected.definitions, arch):
        spec_defs[_key(vdef)] = vdef
    values = _ImportedValues(facts.definitions)
    seen = set()
    for d in facts.definitions:
        seen.add(d.key)
        vdef = spec_defs.get(d.key)
        if vdef is None:
            diffs.new.setdefault(d.key, []).append(arch)
            continue
        changes = CHANGES[d.key[0]](d, vdef, layout, values)
        if changes:
            diffs.changed.setdefault(d.key, {})[arch] = changes
    for key in spec_defs:
        if key not in seen:
            diffs.gone.setdefault(key, []).append(arch)
    for vdef in on_arch(result.views[view].definitions, arch):
        key = _key(vdef)
        if key not in spec_defs and key not in seen:
            diffs.spec_only.setdefault(key, []).append(arch)


def _key(vdef) -> Tuple[str, str]:
    """A view definition's key, as the imported headers' Def.key names it."""
    return ("record" if vdef.kind.is_record else vdef.kind, vdef.name)


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
