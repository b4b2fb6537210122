"""Read the facts of a C header tree (Linux kernel headers, or generated ones) for a target.

Facts are kept for definitions made in the top header's folder or an include folder (never the
shim): named records at any depth plus those only a typedef names, enums (an anonymous one is
`<anonymous:FIRST_CONSTANT>`), typedefs, and macros with the value of every object-like macro
that is an integer constant expression at the end of the translation unit. Values come from one
`clang -S -emit-llvm` compile of a probe; libclang first finds the macros whose probe compiles.
"""

import os
import re
import shutil
import subprocess
import tempfile
from typing import Dict, List, Optional, Sequence

from . import clang
from .clang import ci
from .model import Enum, FactSet, Macro, Typedef
from .targets import LINUX, SHIM, Target

PROBE_PREFIX = "hvfacts_"


class FactsError(Exception):
    """The header does not compile for the target, or clang is missing."""


def find_clang() -> str:
    for name in ("clang-14", "clang"):
        path = shutil.which(name)
        if path:
            return path
    raise FactsError("clang-14 not found")


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


def _bad_probe_lines(index, args, top, names, probe_path):
    """Names whose probe line has an error (libclang, in memory), or None when an error cannot
    be tied to a line."""
    src, first = _probe_source(top, names)
    tu = clang.parse(index, probe_path, [(probe_path, src)], args + ["-ferror-limit=0"], 0)
    bad, unplaced = set(), False
    for d in clang.errors(tu):
        loc = d.location
        if loc.file is not None and loc.file.name == probe_path and \
                first <= loc.line < first + len(names):
            bad.add(names[loc.line - first])
        else:
            unplaced = True
    return None if unplaced and not bad else bad


def _constant_names(index, args, top, names, probe_path) -> List[str]:
    """The NAMES whose probe line compiles: drop the lines with errors until none is left; split
    the set in halves when an error cannot be tied to a line."""
    live = list(names)
    while live:
        bad = _bad_probe_lines(index, args, top, live, probe_path)
        if bad is None:
            break
        if not bad:
            return live
        live = [n for n in live if n not in bad]
    if len(live) <= 1:
        return []
    half = len(live) // 2
    return (_constant_names(index, args, top, live[:half], probe_path)
            + _constant_names(index, args, top, live[half:], probe_path))


_IR_GLOBAL = re.compile(r"^@%s([vnsg])_(\w+) = [^\n]*?\bi\d+ (-?\d+)" % PROBE_PREFIX, re.M)


def _emit_values(compiler, args, top, names, tmp):
    """Compile the probe for NAMES with clang -S -emit-llvm: {(kind, name): int}, or None."""
    path = os.path.join(tmp, "hvfacts_probe.c")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(_probe_source(top, names)[0])
    r = subprocess.run([compiler] + args + ["-S", "-emit-llvm", "-O0", "-Wno-everything",
                                            "-o", "-", path], capture_output=True, text=True)
    if r.returncode != 0:
        return None
    return {(m.group(1), m.group(2)): int(m.group(3)) for m in _IR_GLOBAL.finditer(r.stdout)}


def _evaluate(index, args, top, macros: Dict[str, Macro]) -> None:
    names = sorted(n for n, m in macros.items() if not m.function_like)
    compiler = find_clang()
    with tempfile.TemporaryDirectory(prefix="hvfacts.") as tmp:
        ok = _constant_names(index, args, top, names, os.path.join(tmp, "hvfacts_probe.c"))
        vals = _emit_values(compiler, args, top, ok, tmp)
        if vals is None:  # libclang and clang disagree: one compile per macro
            vals = {}
            for n in ok:
                vals.update(_emit_values(compiler, args, top, [n], tmp) or {})
    for n in names:
        if ("v", n) not in vals:
            continue
        m = macros[n]
        m.negative = bool(vals[("n", n)])
        u = vals[("v", n)] & 0xFFFFFFFFFFFFFFFF
        m.value = str(u - (1 << 64) if m.negative else u)
        m.type_size = vals[("s", n)]
        m.type_signed = bool(vals[("g", n)])


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
        consts = [(e.spelling, e.enum_value) for e in c.get_children()
                  if e.kind == ci.CursorKind.ENUM_CONSTANT_DECL]
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
    with tempfile.TemporaryDirectory(prefix="hvfacts.") as tmp:
        tu_path = os.path.join(tmp, "hvfacts_tu.c")
        tu = clang.parse(index, tu_path, [(tu_path, f'#include "{top}"\n')], args)
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
