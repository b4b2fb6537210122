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
from ..facts.compare import What, diff_record, index_by
from ..facts.from_layout import record_facts
from ..facts.reference import shim_artefact
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


def _record_changes(imported: Def, layout) -> List[str]:
    """The spec's computed layout (old) against the headers' measured one (new): the record's
    size and alignment, members removed, then members added or moved in the headers' order."""
    spec = record_facts(imported.name, layout)
    mine = imported.measured
    fields = (What.SIZE, What.ALIGN) if mine.align is not None else (What.SIZE,)
    diffs = index_by(diff_record(imported.name, spec, mine, fields,
                                 (What.MEMBER_MOVED, What.BIT_WIDTH, What.MEMBER_SIZE),
                                 keep=lambda m: not shim_artefact(m.path)))
    changes = [f"{d.what.value} {d.old} -> {d.new}" for d in diffs.get(None, [])]
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
