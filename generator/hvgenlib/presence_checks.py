"""`hvgen validate`'s checks of Linux presence (`linux:`): what a family is said to carry must
be something its headers can hold.

- [presence] a definition, member or enum value said to be in a family whose spelling leaves it
  out (`only:` the other view): that family's headers could not show it;
- [presence] a definition a family carries that needs a type or constant the family does not
  carry on that arch: the family's headers would not compile.
"""

from dataclasses import replace
from typing import Dict, Iterable

from . import model as m
from .diagnostics import Diagnostics
from .presence import SPELLING
from .views import View, dependencies, view_arch


def tagged(definition: m.Definition) -> Iterable:
    """(tags, loc, what, parent's loc) of a definition (parent None) and of every member and
    enum value in it."""
    yield definition.tags, definition.loc, f"{definition.kind} {definition.name}", None
    for value in getattr(definition, "values", ()):
        yield value.tags, value.loc, f"enum value {value.name}", definition.loc
    pending = [(member, definition.loc) for member in getattr(definition, "members", ())]
    while pending:
        member, parent = pending.pop(0)
        name = m.in_view(member.name, "hdk") if member.name is not None else "(anonymous)"
        yield member.tags, member.loc, f"member {name} of {definition.name}", parent
        pending.extend((inner, member.loc) for inner in getattr(member, "members", ()))


def _check_spelling(model: m.Model, diag: Diagnostics) -> None:
    for definition in model.definitions:
        for tags, loc, what, _ in tagged(definition):
            for family in tags.linux or ():
                if not tags.present_in(SPELLING[family]):
                    diag.error(loc, "presence",
                               f"{what} is said to be in Linux {family} (linux:), but `only: "
                               f"{tags.only}` leaves it out of the {SPELLING[family]} spelling "
                               f"that family's headers use; drop {family} from linux: or "
                               f"the only:")


def _missing(view: View, every: Dict[str, set], arch: str):
    """(definition, name) of each dependency the family's view lacks on ARCH."""
    here = m.on_arch(view.definitions, arch)
    carried = {name for vdef in here for name in vdef.declares}
    # unrecorded presence is the old split by visibility, which [documented-uses-hdk] and
    # [profile-order] already hold to what the headers need
    for vdef in (v for v in here if v.source.tags.linux is not None):
        for name in _needs(vdef, arch):
            if name in every[arch] and name not in carried:
                yield vdef, name


def check_presence(model: m.Model, families: Dict[str, View], arches, diag: Diagnostics) -> None:
    """Report every presence a family's headers could not hold (see the module docstring)."""
    _check_spelling(model, diag)
    # every name the spec declares on an arch, in either spelling: a dependency outside the
    # spec (PAGE_SIZE, u64) is the rest of the kernel's, not a family's to carry
    every = {arch: {name for definition in model.definitions
                    for view in SPELLING.values()
                    if definition.tags.present_in(view)
                    and _arch(definition, view) in (None, arch)
                    for name in _declares(definition)} for arch in arches}
    for family, view in families.items():
        missing: Dict[tuple, list] = {}
        for arch in arches:
            for vdef, name in _missing(view, every, arch):
                missing.setdefault((id(vdef.source), name), [vdef]).append(arch)
        for (_, name), (vdef, *on) in missing.items():
            diag.error(vdef.source.loc, "presence",
                       f"{vdef.kind} {vdef.name} is in Linux {family} but needs {name}, "
                       f"which that family does not carry on {' and '.join(on)} (linux:); "
                       f"its {family} header would not compile")


def _needs(vdef, arch: str):
    """dependencies(), without members that exist on another arch only."""
    if not vdef.members or not vdef.bound_to_arch:
        return dependencies(vdef)
    kept = _on_arch(vdef.members, arch)
    return dependencies(replace(vdef, members=kept))


def _on_arch(members, arch: str):
    return tuple(replace(member, members=_on_arch(member.members, arch))
                 if isinstance(member, (m.Nested, m.Overlap)) else member
                 for member in m.on_arch(members, arch))


def _arch(definition: m.Definition, view: str):
    return view_arch(definition.tags.arch, view)


def _declares(definition: m.Definition):
    yield definition.c_name
    for value in getattr(definition, "values", ()):
        yield value.name
