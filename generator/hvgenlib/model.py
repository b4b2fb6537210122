"""The ABI model: frozen definitions as the spec states them, before any view or layout."""

import enum
from dataclasses import dataclass, field
from typing import Optional, Tuple, Union

from .diagnostics import Loc


class Visibility(enum.StrEnum):
    """`visibility:`: what the TLFS documents, or what only the HDK headers have."""

    DOCUMENTED = "documented"
    HDK = "hdk"


class ViewName(enum.StrEnum):
    """A view of the model: TLFS shows what the TLFS documents (hyperv-tlfs.h), HDK shows
    everything (hvhdk.h). Each is also a spelling (`only:`, per-view names and types)."""

    TLFS = "tlfs"
    HDK = "hdk"


VIEWS = tuple(ViewName)
TLFS, HDK = ViewName.TLFS, ViewName.HDK


class Kind(enum.StrEnum):
    """A definition's kind as the spec's key names it (a record's is its C keyword)."""

    DEFINE = "define"
    ENUM = "enum"
    STRUCT = "struct"
    UNION = "union"
    TYPEDEF = "typedef"

    @property
    def is_record(self) -> bool:
        return self in (Kind.STRUCT, Kind.UNION)


def on_arch(items, arch: str) -> list:
    """The items (view definitions and members, enum values) on ARCH: the one arch filter."""
    return [item for item in items if item.arch in (None, arch)]


@dataclass(frozen=True)
class PerView:
    """A value spelled differently in the two views (a member's name or type)."""

    tlfs: str
    hdk: str

    def get(self, view: str):
        return self.tlfs if view == ViewName.TLFS else self.hdk


Spelling = Union[str, PerView]


def in_view(spelling, view: str):
    """The value one view uses of something that may be spelled per view."""
    return spelling.get(view) if isinstance(spelling, PerView) else spelling


@dataclass(frozen=True)
class Tags:
    """What every definition, member and enum value carries besides its shape."""

    visibility: Visibility
    arch: Optional[Spelling] = None  # a definition's may differ per view ("none" = all arches)
    only: Optional[str] = None
    reason: Optional[str] = None
    description: Optional[str] = None
    # The Linux families that carry it (`linux:`, e.g. ("6.12", "7.2")), whatever its
    # visibility; None where the spec records none (presence.py says what that means). Not
    # compared: equal tags mean "printed alike" (render.py gives a run of defines with equal
    # tags one comment), and where a family carries a definition is not printed.
    linux: Optional[Tuple[str, ...]] = field(default=None, compare=False)

    def present_in(self, view: str) -> bool:
        return self.only in (None, view)

    @property
    def documented(self) -> bool:
        return self.visibility is Visibility.DOCUMENTED


@dataclass(frozen=True)
class Citation:
    """Where the TLFS states a definition: a Microsoft Learn page and an anchor on it."""

    page: Optional[str]  # None for `tlfs: none`
    anchor: Optional[str] = None

    def __str__(self) -> str:
        if self.page is None:
            return "none"
        return f"{self.page}#{self.anchor}" if self.anchor else self.page


class Tagged:
    """A member's or enum value's arch and visibility (in a view, the view's; views.py)."""

    @property
    def arch(self) -> Optional[str]:
        return self.tags.arch

    @property
    def documented(self) -> bool:
        return self.tags.documented and not getattr(self, "folded", False)


@dataclass(frozen=True)
class Field(Tagged):
    """A scalar, typed, array or bitfield member."""

    name: Spelling
    ctype: Spelling
    tags: Tags
    loc: Loc
    bits: Optional[int] = None
    at: Optional[Tuple[int, int]] = None  # (lo, hi) double entry for a bitfield
    array: Union[None, int, str] = None  # count, constant name, or "flexible"
    reserved: bool = False
    volatile: bool = False
    folded: bool = False  # in a view: reserved space standing in for members it does not show


@dataclass(frozen=True)
class Nested(Tagged):
    """An anonymous struct or union inside a record, optionally naming a member of that type."""

    kind: Kind  # STRUCT | UNION
    members: Tuple["Member", ...]
    tags: Tags
    loc: Loc
    name: Optional[Spelling] = None
    packed: bool = False
    array: Union[None, int, str] = None


@dataclass(frozen=True)
class Overlap(Tagged):
    """The kernel's __TRAILING_OVERLAP: a member of a record type whose trailing flexible array
    `fam` shares its storage with `members`, which start where `fam` starts."""

    name: str
    ctype: str
    fam: str
    members: Tuple["Member", ...]
    tags: Tags
    loc: Loc
    packed: bool = False


Member = Union[Field, Nested, Overlap]


@dataclass(frozen=True)
class Definition:
    """What every definition has; its kind's class adds the rest."""

    name: str
    kind: Kind
    tags: Tags
    citation: Optional[Citation]
    loc: Loc
    file: str
    hdk_file: Optional[str] = None  # the kernel HDK header that holds it (kernel profile)
    tlfs_name: Optional[str] = None  # the TLFS spelling where the name rule misses it
    tlfs_row: Optional[str] = None  # words of the TLFS row or sentence that identify it
    tlfs_differs: Optional[str] = None  # why its layout knowingly differs from the TLFS
    tlfs_gives: Optional[str] = None  # name | value | layout: how much the cited text gives
    derived_from: Optional[str] = None  # the documented definition a convenience derives from

    @property
    def c_name(self) -> str:
        """The name C declares it by: `struct x`, `union x`, `enum x`, else the identifier."""
        return self.name


@dataclass(frozen=True)
class Constant(Definition):
    """A `#define`: object-like with a value, or function-like with params."""

    value: Union[int, str] = 0  # a SpelledInt, an int, or expression text
    params: Optional[Tuple[str, ...]] = None
    ctype: Optional[str] = None
    evaluate: bool = True  # False for a macro that is not an integer constant
    undef_after: Optional[str] = None  # #undef it after this definition (a scoped helper)


@dataclass(frozen=True)
class EnumValue(Tagged):
    """One constant of an enum."""

    name: str
    value: Union[int, str]
    tags: Tags
    loc: Loc
    tlfs_row: Optional[str] = None  # words of the TLFS row or sentence that identify it


@dataclass(frozen=True)
class Enum(Definition):
    """An enum (anonymous when the spec gives it no name)."""

    values: Tuple[EnumValue, ...] = ()
    anonymous: bool = False

    @property
    def c_name(self) -> str:
        return self.name if self.anonymous else f"enum {self.name}"


@dataclass(frozen=True)
class Record(Definition):
    """A struct or union."""

    members: Tuple[Member, ...] = ()
    packed: bool = False
    size: Optional[int] = None
    aligned: Optional[int] = None

    @property
    def c_name(self) -> str:
        return f"{self.kind} {self.name}"


@dataclass(frozen=True)
class Typedef(Definition):
    """A typedef of a scalar or a spec type."""

    ctype: str = ""


NO_PAGE_DOCUMENTED = "(documented, not in the TLFS)"
NO_PAGE_HDK = "(HDK-only, no TLFS section)"


def parts(definition: Definition, arch: Optional[str] = None):
    """Every member of a definition, nested ones after the member holding them (depth
    first, in spec order), then its enum values: the one walk over what a definition holds.
    With ARCH, only what is on it (a member bound to another arch, and all it holds, is not)."""
    stack = list(reversed(getattr(definition, "members", ())))
    while stack:
        member = stack.pop()
        if arch is not None and member.arch not in (None, arch):
            continue  # and what it holds, which is never pushed
        yield member
        inner = getattr(member, "members", None)
        if inner:
            stack.extend(reversed(inner))
    for value in getattr(definition, "values", ()):
        if arch is None or value.arch in (None, arch):
            yield value


def section_of(definition: Definition) -> str:
    """The TLFS page a definition belongs to, for grouping in diffs, reports and patches."""
    citation = definition.citation
    if citation is not None and citation.page:
        return citation.page
    return NO_PAGE_DOCUMENTED if definition.tags.documented else NO_PAGE_HDK


@dataclass(frozen=True)
class Model:
    """Every definition of the spec, in spec order, and the files they come from."""

    definitions: Tuple[Definition, ...]
    spec_files: Tuple[str, ...]
    # What later stages derive from the model and keep for its lifetime (views.py's
    # projections of each definition, shared by every projection that shows it alike); not
    # part of what the model means, so neither compared nor printed.
    derived: dict = field(default_factory=dict, compare=False, repr=False)
