"""Linux presence derived from the real kernels' facts: which family carries each definition,
member and enum value of the spec (tools/derive-presence records it as `linux:`).

A family carries a definition when its facts (tests/reference/<arch>-<family>.json, measured
from the real headers) have that name on an arch where the spec's definition exists in the
family's spelling; a member, when the family's record has a member at the path the layout
engine gives it in that spelling (the reference facts' path convention); an enum value, when
the family's enum has that constant. Measured with nothing folded (views.project_spelling), so
a member the family lacks is seen as lacking, not as the reserved run it folds into.
"""

import json
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

from . import model as m
from . import targets
from .diagnostics import Diagnostics, Loc
from .facts import model as facts_model
from .layout import ARCHES, compute_layout
from .presence import FAMILIES, SPELLING
from .views import project_spelling

CATEGORY = {m.Constant: "macros", m.Enum: "enums", m.Record: "records", m.Typedef: "typedefs"}


class FactsFileError(Exception):
    """A reference file that is not reference facts: `file:line:col: error: ...`."""


def _load(path: str) -> facts_model.FactSet:
    try:
        return facts_model.load(path)
    except json.JSONDecodeError as exc:
        raise FactsFileError(f"{path}:{exc.lineno}:{exc.colno}: error: not JSON: {exc.msg}") \
            from None
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise FactsFileError(f"{path}:1:1: error: not reference facts (see /work/shared/"
                             f"reference/README.md): {type(exc).__name__} {exc}") from None


def load_reference(folder: str) -> Dict[Tuple[str, str], facts_model.FactSet]:
    """(family, arch) -> the facts of tests/reference/<arch>-<view>.json, the file of the view
    the family is spelled in (/work/shared/reference/README.md)."""
    return {(family, arch): _load(os.path.join(folder, f"{arch}-{view}.json"))
            for family, view in SPELLING.items() for arch in ARCHES}


# The real headers as tools/fetch-kernel-headers leaves them: DIR/<folder>, read from the top
# header of their layout in the targets table (the reference facts were measured from them)
HEADER_TREES = {"6.12": ("612", "6.12"), "7.2": ("72", "7.x")}


def read_headers(folder: str) -> Dict[Tuple[str, str], facts_model.FactSet]:
    """(family, arch) -> the facts of the real headers under FOLDER, read with the facts
    layer (libclang) as tests/kernel_facts_test.py reads them."""
    from .facts import headers
    from .facts.targets import LINUX

    facts = {}
    for family, (name, layout) in HEADER_TREES.items():
        tree = os.path.join(folder, name)
        for arch in ARCHES:
            top = targets.FAMILIES[layout].tops[arch][0]
            includes = targets.ARCH_TABLE[arch].include_dirs(tree)[::-1]  # the arch's first
            try:
                facts[(family, arch)] = headers.read(
                    os.path.join(tree, top), LINUX[arch], includes, root=tree,
                    family=SPELLING[family])
            except headers.FactsError as exc:
                raise FactsFileError(f"{tree}: error: {exc}") from None
    return facts


@dataclass
class Derived:
    """What the facts say, keyed by the spec location of each definition, member and value."""

    carried: Dict[Loc, Set[str]] = field(default_factory=dict)  # families that have it
    seen: Dict[Loc, Set[str]] = field(default_factory=dict)  # families it was measured in
    notes: List[str] = field(default_factory=list)  # what `linux:` cannot say (arch splits)
    unmatched: Dict[str, List[str]] = field(default_factory=dict)  # family -> names not in spec

    def families(self, loc: Loc) -> Optional[Tuple[str, ...]]:
        """The families that carry it, or None when no family carrying its definition has it
        in its spelling (an `only:` member of the other view): it then follows its parent."""
        if loc not in self.seen:
            return None
        return tuple(f for f in FAMILIES if f in self.carried.get(loc, ()))


def _guards() -> Set[str]:
    """The include guards of the kernel profile's files: the headers' own, not ABI."""
    from .profiles import load_profiles

    return {f.guard for files in load_profiles().values() for f in files}


def derive(model: m.Model, facts, diag: Diagnostics) -> Derived:
    derived = Derived()
    guards = _guards()
    for family in FAMILIES:
        spelled = project_spelling(model, SPELLING[family], diag)
        # a definition the family cannot hold may not lay out in its spelling (it needs what
        # only the other family has on that arch); _members notes one the family does carry
        layouts = {arch: compute_layout(spelled, arch, Diagnostics()) for arch in ARCHES}
        named: Dict[str, Set[str]] = {}
        for vdef in spelled.definitions:
            named.setdefault(CATEGORY[type(vdef.source)], set()).add(vdef.name)
            _definition(derived, family, vdef, facts, layouts)
        for category in ("macros", "records", "enums", "typedefs"):
            for arch in ARCHES:
                for name in getattr(facts[(family, arch)], category):
                    if name not in named.get(category, ()) and name not in guards:
                        derived.unmatched.setdefault(family, []).append(f"{category} {name}")
    return derived


def _definition(derived: Derived, family: str, vdef, facts, layouts) -> None:
    arches = [vdef.arch] if vdef.arch else list(ARCHES)
    category = CATEGORY[type(vdef.source)]
    where = [a for a in arches if vdef.name in getattr(facts[(family, a)], category)]
    loc = vdef.source.loc
    derived.seen.setdefault(loc, set()).add(family)
    if not where:
        return
    derived.carried.setdefault(loc, set()).add(family)
    if len(where) != len(arches):
        derived.notes.append(f"{loc}: Linux {family} has {vdef.kind} {vdef.name} on "
                             f"{', '.join(where)} only, the spec's arch: on "
                             f"{', '.join(arches)} (arch: decides this, not linux:)")
    for arch in where:
        if isinstance(vdef.source, m.Record):
            _members(derived, family, facts[(family, arch)].records[vdef.name],
                     layouts[arch].records.get(vdef.name))
        elif isinstance(vdef.source, m.Enum):
            constants = {name for name, _ in facts[(family, arch)].enums[vdef.name].constants}
            for value in m.on_arch(vdef.values, arch):
                derived.seen.setdefault(value.loc, set()).add(family)
                if value.name in constants:
                    derived.carried.setdefault(value.loc, set()).add(family)


def _members(derived: Derived, family: str, record, layout) -> None:
    if layout is None:
        derived.notes.append(f"Linux {family} has {record.kind} {record.name}, which does not "
                             f"lay out in its spelling: its members are not measured")
        return
    paths = {member.path for member in record.members}
    for member in layout.members:
        if member.loc is None:
            continue
        derived.seen.setdefault(member.loc, set()).add(family)
        if member.path in paths:
            derived.carried.setdefault(member.loc, set()).add(family)
