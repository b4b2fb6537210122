"""Read the facts of a C header tree (Linux kernel headers, or generated ones) for a target.

Facts are kept for definitions made in the top header's folder or an include folder (never the
shim): named records at any depth plus those only a typedef names, enums (an anonymous one is
`<anonymous:FIRST_CONSTANT>`), typedefs, and macros with the value of every object-like macro
that is an integer constant expression at the end of the translation unit. Values come from a
probe (`(unsigned long long)(NAME)`, `(NAME) < 0`, `sizeof(NAME)`, its type's signedness) that
libclang parses and evaluates in memory.
"""

import os
from typing import Dict, List, Optional, Sequence

from . import clang
from .clang import ci
from .includes import UnsafeInclude
from .model import Enum, FactSet, Macro, Typedef
from .targets import LINUX, SHIM, Target

PROBE_PREFIX = "hvfacts_"
PROBE = "/hvgen-facts/probe.c"  # in memory only, as is the translation unit
UNIT = "/hvgen-facts/unit.c"


class FactsError(Exception):
    """The header does not compile for the target."""


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class Scope:
    """Which files count: those under a top header's folder or an include folder, except
    anything under the shim; their paths relative to ROOT."""

    def __init__(self, tops: Sequence[str], includes: Sequence[str], shim: str = SHIM,
                 root: Optional[str] = None):
        self.roots = [os.path.realpath(os.path.dirname(t)) for t in tops] + \
            [os.path.realpath(d) for d in includes]
        self.shim = os.path.realpath(shim)
        self.root = os.path.realpath(root) if root else os.path.commonpath(self.roots)
        self.cache: Dict[str, Optional[str]] = {}

    def rel(self, filename: Optional[str]) -> Optional[str]:
        if not filename:
            return None
        if filename not in self.cache:
            p = os.path.realpath(filename)
            keep = not _under(p, self.shim) and any(_under(p, d) for d in self.roots)
            self.cache[filename] = os.path.relpath(p, self.root) if keep else None
        return self.cache[filename]

    def of(self, cursor) -> Optional[str]:
        f = cursor.location.file
        return self.rel(f.name if f is not None else None)


# -- macros -----------------------------------------------------------------------------------
def _macro(cursor, rel: str, previous: Optional[Macro]) -> Macro:
    """Function-like when NAME is immediately followed by '('."""
    toks = list(cursor.get_tokens())
    fn = len(toks) >= 2 and toks[1].spelling == "(" and \
        toks[1].extent.start.offset == toks[0].extent.end.offset
    params = None
    if fn:
        params = []
        for t in toks[2:]:
            if t.spelling == ")":
                break
            if t.spelling != ",":
                params.append(t.spelling)
    macro = Macro(cursor.spelling, fn, params, file=rel)
    if previous is not None:  # defined again: the last definition is the one in effect
        macro.definitions = (previous.definitions or 1) + 1
        macro.also_defined_in = sorted(set((previous.also_defined_in or []) + [previous.file])
                                       - {rel})
    return macro


def _probe_line(name: str) -> str:
    p = PROBE_PREFIX
    return (f"const unsigned long long {p}v_{name} = (unsigned long long)({name}); "
            f"const int {p}n_{name} = (({name}) < 0); "
            f"const int {p}s_{name} = sizeof({name}); "
            f"const int {p}g_{name} = ((__typeof__({name}))-1 < 0); "
            f'_Static_assert(__builtin_constant_p({name}), "{name}");')


def _probe_source(top: str, names: List[str]):
    lines = [f'#include "{top}"'] + [_probe_line(n) for n in names]
    return "\n".join(lines) + "\n", 2


def _probe(index, args, top: str, names: List[str]) -> Dict[str, int]:
    """{probe variable: value} for the NAMES whose probe line compiles: lines with errors are
    dropped until none is left; the set is split in halves when an error cannot be tied to a
    line. libclang evaluates the probe's initialisers (integer constant expressions)."""
    live = list(names)
    while live:
        src, first = _probe_source(top, live)
        tu = clang.parse(index, PROBE, [(PROBE, src)], args + ["-ferror-limit=0"], 0)
        bad, unplaced = set(), False
        for d in clang.errors(tu):
            loc = d.location
            if loc.file is not None and loc.file.name == PROBE and \
                    first <= loc.line < first + len(live):
                bad.add(live[loc.line - first])
            else:
                unplaced = True
        if not bad and not unplaced:
            return {c.spelling: clang.evaluate_int(c) for c in tu.cursor.get_children()
                    if c.kind == ci.CursorKind.VAR_DECL and c.spelling.startswith(PROBE_PREFIX)}
        if unplaced and not bad:
            break
        live = [n for n in live if n not in bad]
    if len(live) <= 1:
        return {}
    half = len(live) // 2
    return {**_probe(index, args, top, live[:half]), **_probe(index, args, top, live[half:])}


def _evaluate(index, args, top, macros: Dict[str, Macro]) -> None:
    """The value, sign, size and signedness of every object-like macro that has them."""
    values = _probe(index, args, top, sorted(n for n, m in macros.items() if not m.function_like))
    for name, m in macros.items():
        v, negative, size, signed = (values.get(f"{PROBE_PREFIX}{k}_{name}") for k in "vnsg")
        if m.function_like or None in (v, negative, size, signed):
            continue
        m.negative, m.type_size, m.type_signed = bool(negative), size, bool(signed)
        u = v & 0xFFFFFFFFFFFFFFFF
        m.value = str(u - (1 << 64) if m.negative else u)


# -- the translation unit ---------------------------------------------------------------------
class _Walk:
    def __init__(self, scope: Scope, facts: FactSet) -> None:
        self.scope, self.facts = scope, facts
        self.typedef_records = []

    def run(self, parent) -> None:
        for c in parent.get_children():
            rel = self.scope.of(c)
            if rel is None:
                continue
            k = c.kind
            if k in clang.RECORD_KINDS and c.is_definition():
                if not clang.is_unnamed(c):
                    self.facts.records[c.spelling] = clang.record(c.spelling, c, rel)
                self.run(c)
            elif k == ci.CursorKind.ENUM_DECL and c.is_definition():
                self.enum(c, rel)
            elif k == ci.CursorKind.TYPEDEF_DECL:
                self.typedef(c, rel)
            elif k == ci.CursorKind.MACRO_DEFINITION:
                self.facts.macros[c.spelling] = _macro(c, rel, self.facts.macros.get(c.spelling))

    def enum(self, c, rel: str) -> None:
        consts = clang.constants(c)
        name = c.spelling
        if clang.is_unnamed(c):
            name = "<anonymous:%s>" % (consts[0][0] if consts else "?")
        self.facts.enums[name] = Enum(name, consts, c.enum_type.get_canonical().spelling,
                                      c.type.get_size(), rel)

    def typedef(self, c, rel: str) -> None:
        ut = c.underlying_typedef_type
        uc = ut.get_canonical()
        self.facts.typedefs[c.spelling] = Typedef(c.spelling, clang.tidy(uc.spelling),
                                                  c.type.get_size(), clang.tidy(ut.spelling), rel)
        d = clang.record_decl(uc)
        if d is not None and clang.is_unnamed(d):
            self.typedef_records.append((c.spelling, d, rel))


def read(top: str, target: Target = LINUX["x86_64"], includes: Sequence[str] = (),
         defines: Sequence[str] = (), shim: Optional[str] = None, root: Optional[str] = None,
         family: str = "") -> FactSet:
    """The facts of TOP (and what it includes from its folder and INCLUDES) on TARGET."""
    top, shim = os.path.abspath(top), os.path.abspath(shim or target.shim)
    includes = [os.path.abspath(d) for d in includes]
    scope = Scope([top], includes, shim, root)
    args = target.args(includes, defines, shim)
    index = ci.Index.create()
    try:
        tu = clang.parse(index, UNIT, [(UNIT, f'#include "{top}"\n')], args)
    except UnsafeInclude as exc:
        raise FactsError(str(exc)) from None
    errors = clang.errors(tu)
    if errors:
        raise FactsError(f"{top}: {len(errors)} errors, first: {errors[0]}")
    facts = FactSet(target.arch, family, top_header=scope.rel(top) or os.path.basename(top),
                    compile_flags=target.flags)
    facts.warnings = sorted({"%s: %s" % (scope.rel(d.location.file.name if d.location.file
                                                   else None) or "?", d.spelling)
                             for d in tu.diagnostics if d.severity == ci.Diagnostic.Warning})
    walk = _Walk(scope, facts)
    walk.run(tu.cursor)
    for name, d, rel in walk.typedef_records:
        facts.records[name] = clang.record(name, d, rel, typedef_only=True)
    _evaluate(index, args, top, facts.macros)
    return facts
