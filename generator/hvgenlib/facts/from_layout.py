"""The layout engine's computed layout as facts, so that engine and compiler meet in one comparer.

The engine's members carry what a compiler cannot know (reserved space, documented or HDK-only);
the facts keep them as annotations. Types are the engine's spellings (no canonical form), so a
comparison with a compiler's facts leaves What.MEMBER_TYPE out.
"""

from typing import Dict, Optional

from .model import Enum, FactSet, Macro, Member, Record, Typedef


def member_facts(m) -> Member:
    return Member(m.path, m.offset_bits, m.size, m.bits, m.array, m.ctype, "", m.reserved,
                  m.documented)


def record_facts(name: str, layout, kind: Optional[str] = None) -> Record:
    """A layout.RecordLayout as a Record (KIND when the caller knows it)."""
    return Record(name, kind, layout.size, layout.align,
                  [member_facts(m) for m in layout.members])


def constant_facts(name: str, value) -> Macro:
    """An expr.CValue as the facts of an object-like macro."""
    return Macro(name, False, value=str(value.value), negative=value.value < 0,
                 type_size=value.size, type_signed=value.signed)


def enum_facts(layout, name: str) -> Enum:
    """A layout.ArchLayout's enum NAME (its constants and size) as facts."""
    size, _ = layout.enum_types.get(name, (None, None))
    return Enum(name, list(layout.enums[name]), size=size)


def typedef_facts(layout, name: str) -> Typedef:
    return Typedef(name, None, layout.typedefs[name])


def arch_facts(layout, kinds: Dict[str, str], family: str = "") -> FactSet:
    """A layout.ArchLayout as a FactSet: records (KINDS: name -> struct|union), enums with
    their constants and size, every constant as an object-like macro, typedefs' sizes."""
    facts = FactSet(layout.arch, family)
    for name, record in layout.records.items():
        facts.records[name] = record_facts(name, record, kinds.get(name))
    for name in layout.enums:
        facts.enums[name] = enum_facts(layout, name)
    for name, value in layout.constants.items():
        facts.macros[name] = constant_facts(name, value)
    for name in layout.typedefs:
        facts.typedefs[name] = typedef_facts(layout, name)
    return facts
