"""C's own rules that the schema cannot express, checked per view and arch before layout:

* member names are unique in each C scope (a record's members and those of its anonymous
  nested records and trailing overlaps share one scope; a named nested member opens a new one);
* a flexible array member is the last member of its struct;
* an anonymous nested struct or union is not an array (`}[];` is not C: it needs a name);
* a function-like macro names each parameter once;
* a `#define` value is one line: a trailing backslash or a newline would pull the next line of
  the header into the macro;
* struct, union and enum tags share one name space: `struct hv_x` and `enum hv_x` collide;
* no member is named like one of the kernel's macros hvgen knows (PAGE_SHIFT, BIT, __packed);
* no macro is named like an identifier the header declares or uses (a member, a tag, a typedef,
  an enum constant, a word of a member's type, the attributes hvgen writes): the preprocessor
  would replace it there (`#define reserved 1` turned every `u32 reserved : 31;` into a syntax
  error).
"""

import re

from typing import Dict, Optional

from . import expr
from . import model as m
from .diagnostics import Diagnostics
from .views import VField, VNested, VOverlap, View


def check_c_rules(view: View, arch: str, diag: Diagnostics) -> None:
    for vdef in view.definitions:
        if vdef.arch not in (None, arch):
            continue
        if vdef.kind in ("struct", "union"):
            _check_scope(vdef.members, arch, {}, diag)
            _check_flexible(vdef.kind, vdef.members, arch, diag)
        elif vdef.kind == "define":
            _check_define(vdef, diag)
    _check_macro_names(view, arch, diag)
    _check_tags(view, arch, diag)


def _check_tags(view: View, arch: str, diag: Diagnostics) -> None:
    seen: Dict[str, tuple] = {}
    for vdef in view.definitions:
        if vdef.arch not in (None, arch) or vdef.kind not in ("struct", "union", "enum"):
            continue
        kind, _, tag = str(vdef.source.c_name or "").partition(" ")
        if kind != vdef.kind or not tag:
            continue  # an anonymous enum has no tag
        if tag in seen and seen[tag][0] != kind:
            diag.error(vdef.source.loc, "c-rule", f"{kind} {tag}: {seen[tag][0]} {tag} is "
                       f"declared at {seen[tag][1]} (on {arch}), and C's struct, union and "
                       f"enum tags share one name space; rename one")
        seen.setdefault(tag, (kind, vdef.source.loc))


# what render.py and its templates write around the spec's own names
WRITTEN_BY_HVGEN = ("__packed", "__aligned", "__attribute__", "__typeof__", "__TRAILING_OVERLAP")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# the kernel's macros a generated header meets (checks.py refuses them as definition names):
# a member so named is replaced by the preprocessor (`u64 PAGE_SHIFT;` became `u64 12;`)
KERNEL_MACROS = frozenset(expr.MACROS) | frozenset(expr.KERNEL_CONSTANTS) | \
    frozenset(WRITTEN_BY_HVGEN)


def _check_macro_names(view: View, arch: str, diag: Diagnostics) -> None:
    here = [vdef for vdef in view.definitions if vdef.arch in (None, arch)]
    named = [vdef for vdef in here if vdef.kind != "define"]
    words = set(WRITTEN_BY_HVGEN).union(*(_words(vdef, arch) for vdef in named))
    for vdef in here:
        if vdef.kind == "define" and vdef.name in words:
            diag.error(vdef.source.loc, "c-rule", f"macro {vdef.name} is named like an "
                       f"identifier of the header ({_first_use(vdef.name, named, arch)}, on "
                       f"{arch}): the preprocessor would replace it there; rename one")


def _uses(vdef, arch: Optional[str]):
    """(text, where) of each identifier-bearing text VDEF writes on ARCH (all when None), in
    header order: its name, a typedef's type, then its members' names and types or its enum
    values (a definition has one or the other)."""
    yield vdef.name, vdef.source.loc
    yield getattr(vdef.source, "ctype", None), vdef.source.loc
    for part in m.parts(vdef, arch):
        yield part.name, part.loc
        yield getattr(part, "ctype", None), part.loc


def _words(vdef, arch: str) -> frozenset:
    """Every identifier VDEF writes on ARCH (made once per VDef where nothing in it is bound
    to an arch: each arch asks again)."""
    return vdef.per_arch("c_words", arch, lambda on: frozenset(_identifiers(_uses(vdef, on))))


def _identifiers(uses):
    for text, _ in uses:
        text = str(text or "")
        if text.isascii() and text.isidentifier():  # most are one word: no regex needed
            yield text
        else:
            yield from _WORD.findall(text)


def _first_use(word: str, named, arch: str):
    """Where WORD is first written in the header (an error message's detail)."""
    if word in WRITTEN_BY_HVGEN:
        return "hvgen's own output"
    for vdef in named:
        for text, loc in _uses(vdef, arch):
            if word in _WORD.findall(str(text or "")):
                return loc
    return None


def _in_arch(member, arch: str) -> bool:
    return member.arch in (None, arch)


def _check_scope(members, arch: str, seen: Dict[str, object], diag: Diagnostics) -> None:
    """Every member name of one C scope once; `seen` maps a name to where it was declared."""
    for member in members:
        if not _in_arch(member, arch):
            continue
        if isinstance(member, VNested) and member.name is None:
            _check_scope(member.members, arch, seen, diag)
            continue
        if isinstance(member, VOverlap):
            _check_scope(member.members, arch, seen, diag)
        if isinstance(member, VNested):
            _check_scope(member.members, arch, {}, diag)
        if member.name in KERNEL_MACROS:
            diag.error(member.loc, "kernel-name", f"member '{member.name}' is named like a "
                       f"macro of the kernel's headers, which would replace it; rename it")
        if member.name in seen:
            diag.error(member.loc, "c-rule", f"member '{member.name}' is already declared in "
                       f"this record at {seen[member.name]} (on {arch}); rename one")
        else:
            seen[member.name] = member.loc


def _check_flexible(kind: str, members, arch: str, diag: Diagnostics) -> None:
    present = [m for m in members if _in_arch(m, arch)]
    for index, member in enumerate(present):
        if isinstance(member, VNested):
            if member.array is not None and not member.name:
                diag.error(member.loc, "c-rule", f"an anonymous nested {member.kind} cannot be "
                           f"an array (C has no `}}[N];` without a member name): give it a "
                           f"name, or drop `array:`")
            _check_flexible(member.kind, member.members, arch, diag)
        elif isinstance(member, VField) and member.array == "flexible" \
                and kind == "struct" and index != len(present) - 1:
            diag.error(member.loc, "c-rule", f"flexible array '{member.name}' must be the last "
                       f"member of its struct (on {arch}); move it to the end")


def _check_define(vdef, diag: Diagnostics) -> None:
    params = vdef.source.params or ()
    repeated = sorted({p for p in params if params.count(p) > 1})
    if repeated:
        diag.error(vdef.source.loc, "c-rule", f"macro {vdef.name} names parameter "
                   f"{', '.join(repeated)} more than once")
    text = str(vdef.value)
    if text.rstrip(" \t").endswith("\\") or "\n" in text or "\r" in text:
        diag.error(vdef.source.loc, "c-rule", f"the value of {vdef.name} must be one line: a "
                   f"trailing backslash or a line break would pull the next line of the header "
                   f"into the macro")
