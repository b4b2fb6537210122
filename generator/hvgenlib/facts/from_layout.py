"""The layout engine's computed layout as facts, so that engine and compiler meet in one comparer.

The engine's members carry what a compiler cannot know (reserved space, documented or HDK-only);
the facts keep it as annotations. Canonical types are the engine's spellings.
"""

from typing import Optional

from .model import Enum, FactSet, Member, Record


def member_facts(m) -> Member:
    return Member(m.path, m.offset_bits, m.size, m.bits, m.array, m.ctype, m.ctype,
                  m.reserved, m.documented)


def record_facts(name: str, layout, kind: Optional[str] = None) -> Record:
    """A layout.RecordLayout as a Record (KIND when the caller knows it)."""
    return Record(name, kind, layout.size, layout.align,
                  [member_facts(m) for m in layout.members])


def arch_facts(layout, kinds=None, family: str = "") -> FactSet:
    """A layout.ArchLayout (records and enums) as a FactSet; KINDS: record name -> kind."""
    facts = FactSet(layout.arch, family)
    for name, record in layout.records.items():
        facts.records[name] = record_facts(name, record, (kinds or {}).get(name))
    for name, values in layout.enums.items():
        size, _ = layout.enum_types.get(name, (None, None))
        facts.enums[name] = Enum(name, list(values), size=size)
    return facts
