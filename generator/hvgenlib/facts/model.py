"""The facts model: what a C compiler says about a set of definitions, and its JSON form.

One model for every reader: the kernel-header reader, the TLFS blocks, the layout engine (its
computed layout, through `from_layout`). Its serialised form is the reference JSON the tests
already trust (tests/reference/*.json; /work/shared/reference/README.md describes the keys):
a member's `bits` is `bitfield_width`, `array` is `array_len`, `ctype` is `type`.
"""

import json
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple, Union


@dataclass
class Member:
    """One member of a record, flattened: a dotted path, offsets from the outermost record."""

    path: str
    offset_bits: int
    size: int  # bytes of the member's type (whole array); 0 for a flexible array
    bits: Optional[int] = None  # bitfield width
    array: Union[None, int, str] = None  # element count, or "flexible"
    ctype: str = ""  # the type as spelled
    canonical: str = ""
    # What the layout engine knows and a compiler does not (policies may read them):
    reserved: bool = False
    documented: bool = True

    @property
    def span(self) -> Tuple[int, int]:
        """[lo, hi) bits the member covers."""
        width = self.bits if self.bits is not None else self.size * 8
        return self.offset_bits, self.offset_bits + width


@dataclass
class Record:
    """A struct or union as facts: size, alignment, members."""

    name: str
    kind: str  # struct | union
    size: int
    align: int
    members: List[Member] = field(default_factory=list)
    file: Optional[str] = None
    typedef_only: bool = False


@dataclass
class Enum:
    """An enum as facts: its constants and size."""

    name: str  # an anonymous enum is <anonymous:FIRST_CONSTANT>
    constants: List[Tuple[str, int]]
    underlying: Optional[str] = None
    size: Optional[int] = None
    file: Optional[str] = None


@dataclass
class Macro:
    """A macro as facts: its value and type where it has one."""

    name: str
    function_like: bool = False
    params: Optional[List[str]] = None
    value: Optional[str] = None  # decimal text of its integer value, None when it has none
    negative: Optional[bool] = None
    type_size: Optional[int] = None
    type_signed: Optional[bool] = None
    file: Optional[str] = None
    definitions: Optional[int] = None  # when defined more than once: how often
    also_defined_in: Optional[List[str]] = None


@dataclass
class Typedef:
    """A typedef as facts: what it names and its size."""

    name: str
    canonical: str
    size: int
    underlying: Optional[str] = None
    file: Optional[str] = None


@dataclass
class FactSet:
    """The facts of one translation unit (or one computed view) on one arch."""

    arch: str
    family: str = ""
    records: Dict[str, Record] = field(default_factory=dict)
    enums: Dict[str, Enum] = field(default_factory=dict)
    macros: Dict[str, Macro] = field(default_factory=dict)
    typedefs: Dict[str, Typedef] = field(default_factory=dict)
    top_header: Optional[str] = None
    compile_flags: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)


# -- the reference JSON -----------------------------------------------------------------------
def _member_json(m: Member) -> dict:
    out = {"path": m.path, "type": m.ctype, "canonical": m.canonical,
           "offset_bits": m.offset_bits, "size": m.size}
    if m.array is not None:
        out["array_len"] = m.array
    if m.bits is not None:
        out["bitfield_width"] = m.bits
    return out


def _record_json(r: Record) -> dict:
    out = {"name": r.name, "kind": r.kind, "file": r.file, "size": r.size, "align": r.align,
           "members": [_member_json(m) for m in r.members]}
    if r.typedef_only:
        out["typedef_only"] = True
    return out


def _enum_json(e: Enum) -> dict:
    return {"name": e.name, "file": e.file, "underlying": e.underlying, "size": e.size,
            "constants": [{"name": n, "value": v} for n, v in e.constants]}


def _macro_json(m: Macro) -> dict:
    out = {"name": m.name, "file": m.file, "function_like": m.function_like}
    if m.function_like:
        out["params"] = m.params
    else:
        out["value"] = m.value
    if m.value is not None:
        out.update(negative=m.negative, type_size=m.type_size, type_signed=m.type_signed)
    if m.definitions is not None:
        out.update(definitions=m.definitions, also_defined_in=m.also_defined_in)
    return out


def _typedef_json(t: Typedef) -> dict:
    return {"name": t.name, "file": t.file, "underlying": t.underlying,
            "canonical": t.canonical, "size": t.size}


def to_json(facts: FactSet) -> dict:
    return {"arch": facts.arch, "family": facts.family, "top_header": facts.top_header,
            "compile_flags": facts.compile_flags, "warnings": facts.warnings,
            "records": [_record_json(facts.records[n]) for n in sorted(facts.records)],
            "enums": [_enum_json(facts.enums[n]) for n in sorted(facts.enums)],
            "macros": [_macro_json(facts.macros[n]) for n in sorted(facts.macros)],
            "typedefs": [_typedef_json(facts.typedefs[n]) for n in sorted(facts.typedefs)]}


def _member(d: dict) -> Member:
    return Member(d["path"], d.get("offset_bits"), d.get("size"), d.get("bitfield_width"),
                  d.get("array_len"), d.get("type", ""), d.get("canonical", ""))


def from_json(data: dict) -> FactSet:
    """A fact set from reference JSON; keys a file leaves out read as None."""
    facts = FactSet(data.get("arch", ""), data.get("family", ""),
                    top_header=data.get("top_header"),
                    compile_flags=data.get("compile_flags", []),
                    warnings=data.get("warnings", []))
    for d in data.get("records", []):
        members = [_member(m) for m in d.get("members", [])]
        facts.records[d["name"]] = Record(d["name"], d.get("kind"), d.get("size"),
                                          d.get("align"), members, d.get("file"),
                                          d.get("typedef_only", False))
    for d in data.get("enums", []):
        facts.enums[d["name"]] = Enum(d["name"], [(c["name"], c["value"])
                                                  for c in d.get("constants", [])],
                                      d.get("underlying"), d.get("size"), d.get("file"))
    for d in data.get("macros", []):
        facts.macros[d["name"]] = Macro(d["name"], d.get("function_like"), d.get("params"),
                                        d.get("value"), d.get("negative"), d.get("type_size"),
                                        d.get("type_signed"), d.get("file"),
                                        d.get("definitions"), d.get("also_defined_in"))
    for d in data.get("typedefs", []):
        facts.typedefs[d["name"]] = Typedef(d["name"], d.get("canonical"), d.get("size"),
                                            d.get("underlying"), d.get("file"))
    return facts


def load(path: str) -> FactSet:
    """A reference-JSON file as a fact set."""
    with open(path, encoding="utf-8") as handle:
        return from_json(json.load(handle))
