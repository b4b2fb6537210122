"""`hvgen diff`'s facts of one side: per (view, arch), each definition's computed facts."""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from .. import model as m
from ..facts.from_layout import record_facts


# -- facts of one side ------------------------------------------------------------------------
@dataclass
class DefFacts:
    name: str
    kind: str
    documented: bool
    citation: str
    page: Optional[str]
    record: object = None  # facts.model.Record of the computed layout
    value: object = None  # CValue, or the body text of a function-like macro
    enum: Optional[List[Tuple[str, int]]] = None
    enum_type: Optional[Tuple[int, bool]] = None
    value_documented: Dict[str, bool] = field(default_factory=dict)
    typedef: Optional[Tuple[str, int]] = None


def _record(facts: DefFacts, vdef, layout) -> None:
    if vdef.name in layout.records:
        facts.record = record_facts(vdef.name, layout.records[vdef.name], vdef.kind)


def _constant(facts: DefFacts, vdef, layout) -> None:
    source = vdef.source
    facts.value = (layout.constants.get(vdef.name) if source.params is None
                   else f"({', '.join(source.params)}) {source.value}")


def _enum(facts: DefFacts, vdef, layout) -> None:
    facts.enum = layout.enums.get(vdef.name, [])
    facts.enum_type = layout.enum_types.get(vdef.name)
    facts.value_documented = {v.name: v.tags.documented for v in vdef.values}


def _typedef(facts: DefFacts, vdef, layout) -> None:
    facts.typedef = (vdef.source.ctype, layout.typedefs.get(vdef.name))


# What each definition kind's facts hold besides its name, kind and visibility.
FACTS = {m.Record: _record, m.Constant: _constant, m.Enum: _enum, m.Typedef: _typedef}


def side_facts(result) -> Dict[Tuple[str, str], Dict[str, DefFacts]]:
    """(view, arch) -> definition name -> its facts in that view and arch."""
    out: Dict[Tuple[str, str], Dict[str, DefFacts]] = {}
    for (view, arch), layout in result.layouts.items():
        table = out[(view, arch)] = {}
        for vdef in m.on_arch(result.views[view].definitions, arch):
            source = vdef.source
            facts = table[vdef.name] = DefFacts(
                vdef.name, vdef.kind, source.tags.documented,
                str(source.citation) if source.citation else "none", m.section_of(source))
            FACTS[type(source)](facts, vdef, layout)
    return out
