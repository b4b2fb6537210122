"""Project the model into one view: `tlfs` (documented only) or `hdk` (everything), or into
what one Linux family carries (project_family: `linux:` decides, in its view's spelling).

In the tlfs view an HDK-only member of a documented record becomes reserved space of the same
type and width, merged into a neighbouring reserved run, so every documented member keeps its
offset and bit position; a trailing HDK-only member of a struct is left out (the documented
struct is shorter, as the kernel's copy is); an HDK-only union alternative is left out.
Definitions come out in spec order, each preceded by the definitions it needs (a stable
depth-first order), so the header always compiles whatever file a dependency lives in.
"""

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Callable, Dict, List, Optional, Tuple

from . import expr
from . import model as m
from . import presence
from .diagnostics import Diagnostics


# A member as a view shows it is the model's member projected (views.project: its name, type
# and arch in the view's spelling, hidden ones folded); the V names stay for their readers.
VField, VNested, VOverlap, VMember = m.Field, m.Nested, m.Overlap, m.Member


@dataclass(frozen=True)
class VDef:
    """A definition as one view shows it; `source` is the model definition it comes from.

    name, kind, arch (which may differ per view) and the names it declares are read often by
    every later stage, so they are computed once here, not on each access."""

    source: m.Definition
    members: Tuple[VMember, ...] = ()
    values: Tuple[m.EnumValue, ...] = ()
    view: str = "hdk"
    name: str = field(init=False, compare=False)
    kind: str = field(init=False, compare=False)
    arch: Optional[str] = field(init=False, compare=False)
    declares: Tuple[str, ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.source.name)
        object.__setattr__(self, "kind", self.source.kind)
        object.__setattr__(self, "arch", view_arch(self.source.tags.arch, self.view))
        object.__setattr__(self, "declares",
                           (self.source.c_name,) + tuple(v.name for v in self.values))

    @property
    def value(self):
        """A define's value as this view spells it (`value:` may differ per view)."""
        return m.in_view(self.source.value, self.view)

    # What a definition needs and refers to is asked for by the ordering, the layout reuse,
    # the checks and the profile order, in every projection that shares this VDef: made once.
    @cached_property
    def dependencies(self) -> Tuple[str, ...]:
        return tuple(_dependencies(self))

    @cached_property
    def references(self) -> frozenset:
        return frozenset(_references(self))

    @cached_property
    def bound_to_arch(self) -> bool:
        """Whether a member or enum value of it is bound to an arch (then it differs by arch)."""
        return any(part.arch is not None for part in m.parts(self))

    @cached_property
    def _per_arch(self) -> dict:
        return {}

    def per_arch(self, what: str, arch: Optional[str], make: Callable):
        """MAKE(arch): what a later stage works out about this projection on ARCH (the texts
        it makes the compiler evaluate, the identifiers c_rules.py finds in it), made once
        and asked for again by every arch, check and projection sharing this VDef; once for
        every arch when nothing in it is bound to one (MAKE then gets None)."""
        key = (what, arch if self.bound_to_arch else None)
        found = self._per_arch.get(key)
        if found is None:
            found = self._per_arch[key] = make(key[1])
        return found


@dataclass
class View:
    """One projection of the model: a view (tlfs, hdk) or what a Linux family carries."""

    name: str
    definitions: List[VDef] = field(default_factory=list)
    family: Optional[str] = None  # the Linux family it projects (project_family), if any
    # render items per definition (render.py), made once for every output file of the view
    rendered: Dict[int, list] = field(default_factory=dict, compare=False, repr=False)
    # what each output file rendering this projection holds (held_by), by id of the file
    held: Dict[int, list] = field(default_factory=dict, compare=False, repr=False)

    def held_by(self, output) -> List[VDef]:
        """The definitions OUTPUT (a profiles.OutputFile that renders this projection) holds,
        in view order: selected once, for the checks, the rendering and the report."""
        found = self.held.get(id(output))
        if found is None:
            found = self.held[id(output)] = [d for d in self.definitions if output.holds(d)]
        return found


def same_projection(a: VDef, b: Optional[VDef]) -> bool:
    """Whether two projections of one definition show it alike: the same members, values,
    arch and (a define) value. Members a view spells as the model has them are shared
    objects, so this is mostly identity checks."""
    if a is b:  # projections that show a definition alike share its VDef (_projected)
        return True
    if b is None or a.source is not b.source or a.members != b.members \
            or a.values != b.values or a.arch != b.arch:
        return False
    return not isinstance(a.source, m.Constant) or a.value == b.value


def view_arch(arch, view: str) -> Optional[str]:
    """The arch a definition or member has in one view (`arch:` may differ per view)."""
    arch = m.in_view(arch, view) if arch else None
    return None if arch == "none" else arch


def _include(tags: m.Tags, view: str, shown) -> bool:
    """In the view's spelling (`only:`) and shown by the projection."""
    return tags.present_in(view) and shown(tags)


class _Folder:
    """Applies the fold to one record's member lists: a member the projection does not show
    becomes reserved space (tlfs: an HDK-only member; a family: one it does not carry)."""

    def __init__(self, view: str, shown, diag: Diagnostics) -> None:
        self.view = view
        self.shown = shown
        self.diag = diag
        self.counter = 0

    def members(self, members, container: m.Kind, top_level: bool) -> Tuple[VMember, ...]:
        out: List[VMember] = []
        for member in members:
            if not member.tags.present_in(self.view):
                continue
            hidden = not self.shown(member.tags)
            if hidden and container == m.Kind.UNION:
                continue
            out.append(self.project(member, hidden))
        if top_level and container == m.Kind.STRUCT:
            while out and isinstance(out[-1], VField) and out[-1].folded:
                out.pop()
        return tuple(self.merge(out))

    def project(self, member: m.Member, hidden: bool) -> VMember:
        """The member in the view's spelling (name, type, arch); hidden, reserved space."""
        tags = member.tags
        arch = view_arch(tags.arch, self.view)
        spelled = dict(tags=tags if arch == tags.arch else replace(tags, arch=arch),
                       name=None if member.name is None else m.in_view(member.name, self.view),
                       ctype=m.in_view(getattr(member, "ctype", None), self.view))
        # a member the view spells as the model has it is shared, not copied (most are)
        as_is = spelled["tags"] is tags and spelled["name"] == member.name
        if isinstance(member, VField):
            if not hidden and as_is and spelled["ctype"] == member.ctype:
                return member
            folded = dict(at=None, reserved=True, volatile=False, folded=True) if hidden else {}
            return replace(member, **spelled, **folded)
        if isinstance(member, VNested):
            del spelled["ctype"]
        elif spelled["ctype"] != member.ctype:
            as_is = False
        if hidden:
            form = "nested struct/union" if isinstance(member, VNested) else "trailing overlap"
            self.diag.error(member.loc, "fold-nested", f"an HDK-only {form} inside a documented "
                            f"struct cannot be folded to reserved space; tag its members instead")
        inner = self.members(member.members, getattr(member, "kind", m.Kind.STRUCT),
                             top_level=False)
        if as_is and not hidden and len(inner) == len(member.members) and all(
                a is b for a, b in zip(inner, member.members)):
            return member
        return replace(member, members=inner, **spelled)

    def merge(self, members: List[VMember]) -> List[VMember]:
        """Merge each folded member into an adjacent reserved run of the same shape."""
        out: List[VMember] = []
        for member in members:
            previous = out[-1] if out else None
            if previous is not None and self._mergeable(previous, member):
                out[-1] = self._joined(previous, member)
            else:
                out.append(member)
        return [self._named(member) for member in out]

    @staticmethod
    def _mergeable(a: VMember, b: VMember) -> bool:
        if not (isinstance(a, VField) and isinstance(b, VField)):
            return False
        if not (a.reserved and b.reserved and (a.folded or b.folded)):
            return False
        if a.ctype != b.ctype or a.arch != b.arch or a.array == "flexible":
            return False
        if (a.bits is None) != (b.bits is None):
            return False
        return a.bits is not None or (isinstance(a.array or 1, int) and
                                      isinstance(b.array or 1, int))

    @staticmethod
    def _joined(a: VField, b: VField) -> VField:
        """One reserved run covering a then b; a declared reserved name wins over a folded one."""
        keep = a if not a.folded or b.folded else b
        if a.bits is not None:
            merged = replace(keep, bits=a.bits + b.bits)
        else:
            merged = replace(keep, array=(a.array or 1) + (b.array or 1))
        return replace(merged, folded=a.folded and b.folded, at=None, loc=a.loc)

    def _named(self, member: VMember) -> VMember:
        if isinstance(member, VField) and member.folded:
            name = f"reserved_hdk{self.counter}"
            self.counter += 1
            return replace(member, name=name)
        return member


def dependencies(vdef: VDef) -> Tuple[str, ...]:
    """Names (tags as `struct x`, identifiers plain) a definition needs declared before it."""
    return vdef.dependencies


def _dependencies(vdef: VDef) -> List[str]:
    source = vdef.source
    if isinstance(source, m.Constant):
        if source.params is not None:
            return []
        names = sorted(expr.identifiers(vdef.value))
        return names + [t for t in expr.sizeof_types(vdef.value) if " " in t]
    if isinstance(source, m.Enum):
        return sorted(set().union(*(expr.identifiers(v.value) for v in vdef.values)))
    if isinstance(source, m.Typedef):
        return [source.ctype]
    needed: List[str] = []
    _member_dependencies(vdef.members, needed)
    return needed


def references(vdef: VDef) -> frozenset:
    """Every name a definition's layout can look up: its dependencies, the types its sizeof
    expressions name (which dependency order does not need) and a function-like macro's body
    (views.py's order leaves macros out; the layout engine expands them)."""
    return vdef.references


def _references(vdef: VDef) -> set:
    texts = list(evaluated_texts(vdef))
    if isinstance(vdef.source, m.Constant):
        texts.append(vdef.value)
    names = set(vdef.dependencies)
    for text in texts:
        names.update(expr.identifiers(text))
        names.update(" ".join(t.split()) for t in expr.sizeof_types(text))
    return names


def evaluated_texts(vdef: VDef, arch: Optional[str] = None) -> tuple:
    """The expressions a compiler evaluates where the definition is declared: its enum values
    and array counts (those on ARCH, when given). Made once per VDef and arch (the include
    check asks on each arch, in each projection sharing it); one arch stands for all when
    nothing in the definition is bound to one."""
    return vdef.per_arch("evaluated", arch, lambda on: tuple(_evaluated(m.parts(vdef, on))))


def _evaluated(parts):
    for part in parts:
        if isinstance(part, m.EnumValue):
            yield part.value
        elif isinstance(getattr(part, "array", None), str) and part.array != "flexible":
            yield part.array


def _member_dependencies(members, needed: List[str]) -> None:
    for member in members:
        array = getattr(member, "array", None)
        if isinstance(array, str) and array != "flexible":
            needed.extend(sorted(expr.identifiers(array)))
        if isinstance(member, VOverlap):
            needed.append(member.ctype)
        if isinstance(member, (VNested, VOverlap)):
            _member_dependencies(member.members, needed)
        else:
            needed.append(member.ctype)


def _ordered(defs: List[VDef]) -> List[VDef]:
    """Spec order, with each definition's dependencies pulled in front of it (stable DFS)."""
    provider: Dict[str, List[VDef]] = {}
    for vdef in defs:
        for name in vdef.declares:
            provider.setdefault(name, []).append(vdef)  # one per arch variant
    done: set = set()
    active: set = set()
    out: List[VDef] = []

    def visit(vdef: VDef) -> None:
        if id(vdef) in done or id(vdef) in active:
            return  # a cycle is reported by checks.py
        active.add(id(vdef))
        for name in vdef.dependencies:
            for dep in provider.get(name, ()):
                visit(dep)
        active.discard(id(vdef))
        done.add(id(vdef))
        out.append(vdef)

    for vdef in defs:
        visit(vdef)
    return out


def _project(model: m.Model, view: str, shown: Callable[[m.Tags], bool],
             diag: Diagnostics) -> List[VDef]:
    """The definitions, members (folded) and enum values in the view's spelling that SHOWN
    keeps, in dependency order."""
    memo = model.derived.setdefault("projections", _Projections())
    defs: List[VDef] = []
    for definition in (d for d in model.definitions if _include(d.tags, view, shown)):
        defs.append(_projected(definition, view, shown, memo, diag))
    return _ordered(defs)


class _Projections:
    """A model's projected definitions, kept for every projection of it to share."""

    def __init__(self) -> None:
        # id of a definition -> (the tags of each of its parts, whether every view spells
        # each part as the model has it)
        self.parts: Dict[int, tuple] = {}
        # (id of a definition, spelling, what SHOWN keeps of each part) -> (VDef, errors)
        self.made: Dict[tuple, tuple] = {}


def _projected(definition: m.Definition, view: str, shown, memo: _Projections,
               diag: Diagnostics) -> VDef:
    """DEFINITION as the view's spelling shows what SHOWN keeps of it. The projections of a
    model share it (the views, the Linux families, the backlog's restored views): one whose
    SHOWN keeps every part of the definition as an earlier one of the same spelling did
    gets that one's VDef, and the errors folding it reported then are reported again."""
    held = memo.parts.get(id(definition))
    if held is None:
        parts = list(m.parts(definition))
        held = memo.parts[id(definition)] = ([part.tags for part in parts],
                                             all(map(_as_is, parts)))
    tags, as_is = held
    shows = tuple(map(shown, tags))
    key = (id(definition), view, shows)
    found = memo.made.get(key)
    if found is None:
        errors = Diagnostics()
        if not isinstance(definition, m.Record):
            members = ()
        elif as_is and all(shows):  # what the folder would give: each member as it is
            members = definition.members
        else:
            members = _Folder(view, shown, errors).members(definition.members, definition.kind,
                                                           top_level=True)
        values = tuple(v for v in getattr(definition, "values", ())
                       if _include(v.tags, view, shown))
        found = memo.made[key] = (VDef(definition, members=members, values=values, view=view),
                                  errors.items)
    for error in found[1]:
        diag.error(error.loc, error.code, error.message)
    return found[0]


def _as_is(part) -> bool:
    """Whether every view spells a member as the model has it: no `only:`, no name, type or
    arch per view, no `arch: none` (which a view reads as no arch)."""
    tags = part.tags
    return tags.only is None and not isinstance(tags.arch, m.PerView) \
        and tags.arch != "none" and not isinstance(getattr(part, "name", None), m.PerView) \
        and not isinstance(getattr(part, "ctype", None), m.PerView)


def project_view(model: m.Model, view: str, diag: Diagnostics) -> View:
    """What a view shows of what its spelling has: tlfs the documented, hdk everything."""
    shown = (lambda tags: True) if view == m.ViewName.HDK else (lambda tags: tags.documented)
    return View(view, _project(model, view, shown, diag))


def project_spelling(model: m.Model, view: str, diag: Diagnostics) -> View:
    """Every definition, member and enum value a view's spelling has, nothing folded: what a
    family's real headers are measured against (presence_facts.py)."""
    return View(view, _project(model, view, lambda tags: True, diag))


def project_family(model: m.Model, family: str, diag: Diagnostics) -> View:
    """What a Linux family's headers hold: the definitions, members and enum values it
    carries, in the spelling of its view; a member it lacks folds as an HDK-only member
    folds in the tlfs view. Named by its view, so it renders as that view does."""
    view = presence.SPELLING[family]
    return View(view, _project(model, view, lambda tags: presence.carries(tags, family), diag),
                family=family)
