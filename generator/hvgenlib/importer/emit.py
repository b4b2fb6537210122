"""Facts -> spec YAML text: merge two arches' facts, then write the spec language, deterministic
and comment-free (same facts, same bytes)."""

import copy
import difflib
import json
import re
from typing import List, Optional

import yaml

from ..checks import RESERVED_NAME
from ..model import Kind
from .parse import Def, Facts, Field, Nested, Overlap

_INT = re.compile(r"^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_ ]*$")


# -- merging two arches -------------------------------------------------------------------
def _def_key(d: Def):
    if d.kind == Kind.DEFINE:
        return ("define", d.name, d.value, tuple(d.params or ()))
    if d.kind == Kind.TYPEDEF:
        return ("typedef", d.name, d.type)
    return d.key


def _member_key(m):
    return repr(m)


def _tagged(item, arch):
    item = copy.deepcopy(item)
    item.arch = arch
    return item


def _same_shape(a, b) -> bool:
    if isinstance(a, Overlap) and isinstance(b, Overlap):
        return (a.name, a.type, a.fam, a.packed) == (b.name, b.type, b.fam, b.packed)
    return isinstance(a, Nested) and isinstance(b, Nested) and \
        (a.kind, a.name, a.packed, a.array) == (b.kind, b.name, b.packed, b.array)


def merge_members(xs: list, ys: list) -> list:
    """x86_64 members and arm64 members -> one list; one-arch members carry `arch`."""
    out = []
    sm = difflib.SequenceMatcher(None, [_member_key(m) for m in xs],
                                 [_member_key(m) for m in ys], autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out.extend(copy.deepcopy(xs[i1:i2]))
            continue
        if op == "replace" and i2 - i1 == j2 - j1 and \
                all(_same_shape(a, b) for a, b in zip(xs[i1:i2], ys[j1:j2])):
            for a, b in zip(xs[i1:i2], ys[j1:j2]):
                merged = copy.deepcopy(a)
                merged.members = merge_members(a.members, b.members)
                out.append(merged)
            continue
        out.extend(_tagged(m, "x86_64") for m in xs[i1:i2])
        out.extend(_tagged(m, "arm64") for m in ys[j1:j2])
    return out


def _merge_def(a: Def, b: Def) -> Def:
    d = copy.deepcopy(a)
    if d.kind.is_record:
        d.members = merge_members(a.members, b.members)
        d.packed = a.packed and b.packed
        d.aligned = a.aligned if a.aligned == b.aligned else None
        d.size = a.size if a.size == b.size else None
    elif d.kind == Kind.ENUM:
        values = []
        sm = difflib.SequenceMatcher(None, a.values, b.values, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal":
                values.extend(a.values[i1:i2])
                continue
            for v in a.values[i1:i2]:
                values.append(v)
                d.value_arch[v] = "x86_64"
            for v in b.values[j1:j2]:
                values.append(v)
                d.value_arch[v] = "arm64"
        d.values = values
    return d


def merge(x86: Facts, arm: Facts) -> List[Def]:
    xs, ys = x86.definitions, arm.definitions
    out: List[Def] = []
    sm = difflib.SequenceMatcher(None, [_def_key(d) for d in xs], [_def_key(d) for d in ys],
                                 autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out.extend(_merge_def(a, b) for a, b in zip(xs[i1:i2], ys[j1:j2]))
            continue
        out.extend(_tagged(d, "x86_64") for d in xs[i1:i2])
        out.extend(_tagged(d, "arm64") for d in ys[j1:j2])
    return out


# -- YAML text ----------------------------------------------------------------------------
def name(text: str) -> str:
    """A C name or type name, plain when YAML reads it back as the same string."""
    if _NAME.match(text) and yaml.safe_load(text) == text and ": " not in text:
        return text
    return json.dumps(text)


def _c_int(text: str) -> int:
    if text[:2] in ("0x", "0X"):
        return int(text, 16)
    if len(text) > 1 and text[0] == "0":
        return int(text, 8)
    return int(text)


def value(text: str) -> str:
    """An integer literal stays plain when YAML reads it as the same int; anything else is a
    quoted expression."""
    if _INT.match(text):
        try:
            loaded = yaml.safe_load(text)
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, int) and not isinstance(loaded, bool) and \
                loaded == _c_int(text):
            return text
    return json.dumps(text)


def _array(a) -> str:
    return str(a) if isinstance(a, int) else name(a)


def _field(m: Field) -> str:
    parts = [f"name: {name(m.name)}", f"type: {name(m.type)}"]
    if m.bits is not None:
        parts.append(f"bits: {m.bits}")
    if m.array is not None:
        parts.append(f"array: {_array(m.array)}")
    if RESERVED_NAME.match(m.name):  # validation requires the mark on a reserved-named field
        parts.append("reserved: true")
    if m.volatile:
        parts.append("volatile: true")
    if m.arch:
        parts.append(f"arch: {m.arch}")
    return "{" + ", ".join(parts) + "}"


def _members(members, indent: int, lines: List[str]) -> None:
    pad = " " * indent
    for m in members:
        if isinstance(m, Field):
            lines.append(f"{pad}- {_field(m)}")
            continue
        if isinstance(m, Overlap):
            lines.append(f"{pad}- name: {name(m.name)}")
            lines.append(f"{pad}  type: {name(m.type)}")
            lines.append(f"{pad}  trailing-overlap: {name(m.fam)}")
            if m.packed:
                lines.append(f"{pad}  packed: true")
            if m.arch:
                lines.append(f"{pad}  arch: {m.arch}")
            lines.append(f"{pad}  members:")
            _members(m.members, indent + 4, lines)
            continue
        lines.append(f"{pad}- {m.kind}:")
        _members(m.members, indent + 4, lines)
        if m.name is not None:
            lines.append(f"{pad}  name: {name(m.name)}")
        if m.array is not None:
            lines.append(f"{pad}  array: {_array(m.array)}")
        if m.packed:
            lines.append(f"{pad}  packed: true")
        if m.arch:
            lines.append(f"{pad}  arch: {m.arch}")


def _definition(d: Def, lines: List[str], reason: Optional[str]) -> None:
    if d.kind == Kind.DEFINE:
        lines.append(f"  - define: {name(d.name)}")
        if d.params is not None:
            lines.append(f"    params: [{', '.join(name(p) for p in d.params)}]")
            lines.append(f"    value: {json.dumps(d.value)}")
        else:
            lines.append(f"    value: {value(d.value)}")
        if not d.evaluate:
            lines.append("    evaluate: false")
        if d.undef_after:
            lines.append(f"    undef-after: {name(d.undef_after)}")
    elif d.kind == Kind.ENUM:
        lines.append(f"  - enum: {'null' if d.name is None else name(d.name)}")
        lines.append("    values:")
        for vname, vtext in d.values:
            arch = d.value_arch.get((vname, vtext))
            extra = f", arch: {arch}" if arch else ""
            lines.append(f"      - {{name: {name(vname)}, value: {value(vtext)}{extra}}}")
    elif d.kind == Kind.TYPEDEF:
        lines.append(f"  - typedef: {name(d.name)}")
        lines.append(f"    type: {name(d.type)}")
    else:
        lines.append(f"  - {d.kind}: {name(d.name)}")
        if d.packed:
            lines.append("    packed: true")
        if d.aligned:
            lines.append(f"    aligned: {d.aligned}")
        if d.size is not None:
            lines.append(f"    size: {d.size}")
        lines.append("    members:")
        _members(d.members, 6, lines)
    if d.arch:
        lines.append(f"    arch: {d.arch}")
    if reason:
        lines.append(f"    reason: {json.dumps(reason)}")


def emit(definitions: List[Def], visibility: str = "hdk") -> str:
    lines = ["defaults:", f"  visibility: {visibility}"]
    reason = None
    if visibility == "documented":
        lines.append("  tlfs: none")
        reason = "imported from the kernel headers; no TLFS page cited yet"
    lines.append("")
    lines.append("definitions:")
    for d in definitions:
        _definition(d, lines, reason)
    return "\n".join(lines) + "\n"
