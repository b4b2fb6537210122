"""The one door to libclang: Debian's library located once, translation units parsed for a
target, and the cursor questions every reader asks (is a tag unnamed, what does an array hold,
how does a record lay out).

This is the only module in hvgen that imports clang.cindex; readers take `ci` from here.
"""

import ctypes
import os
import re
from typing import List, Optional, Tuple

import clang.cindex as ci

from . import includes
from .model import Member, Record

LIBRARIES = ("/usr/lib/llvm-14/lib/libclang.so.1", "/usr/lib/llvm-14/lib/libclang-14.so.1",
             "/usr/lib/x86_64-linux-gnu/libclang-14.so.1",
             "/usr/lib/aarch64-linux-gnu/libclang-14.so.1")
for _library in LIBRARIES:
    if os.path.exists(_library):
        if not ci.Config.loaded:
            ci.Config.set_library_file(_library)
        break

# libclang's evaluator, which the Python binding of clang 14 does not wrap.
_lib = ci.conf.lib
for _name, _args, _result in (
        ("clang_Cursor_Evaluate", [ci.Cursor], ctypes.c_void_p),
        ("clang_EvalResult_getKind", [ctypes.c_void_p], ctypes.c_int),
        ("clang_EvalResult_isUnsignedInt", [ctypes.c_void_p], ctypes.c_uint),
        ("clang_EvalResult_getAsUnsigned", [ctypes.c_void_p], ctypes.c_ulonglong),
        ("clang_EvalResult_getAsLongLong", [ctypes.c_void_p], ctypes.c_longlong),
        ("clang_EvalResult_dispose", [ctypes.c_void_p], None)):
    getattr(_lib, _name).argtypes, getattr(_lib, _name).restype = _args, _result
_EVAL_INT = 1  # CXEval_Int

RECORD_KINDS = (ci.CursorKind.STRUCT_DECL, ci.CursorKind.UNION_DECL)
ARRAY_KINDS = (ci.TypeKind.CONSTANTARRAY, ci.TypeKind.INCOMPLETEARRAY)
# clang 14 spells an unnamed tag type "struct (anonymous at FILE:L:C)" or "(unnamed ... at ...)"
_ANON_SPELLING = re.compile(r"\b(struct|union|enum) (?:\w+::)*\((?:anonymous|unnamed)\b[^)]*\)")
DETAILED = ci.TranslationUnit.PARSE_DETAILED_PROCESSING_RECORD


def parse(index, path: str, files, args: List[str], options: int = DETAILED):
    """A translation unit of in-memory FILES ([(path, text)], the first one is parsed).

    includes.UnsafeInclude when an include would open a device, a FIFO or a file outside the
    folders given: libclang would follow it."""
    includes.check(files, args)
    return index.parse(path, args=args, unsaved_files=files, options=options)


def errors(tu) -> list:
    return [d for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]


def evaluate_int(cursor) -> Optional[int]:
    """The integer value of an expression or of a variable's initialiser, or None."""
    result = _lib.clang_Cursor_Evaluate(cursor)
    if not result:
        return None
    try:
        if _lib.clang_EvalResult_getKind(result) != _EVAL_INT:
            return None
        if _lib.clang_EvalResult_isUnsignedInt(result):
            return _lib.clang_EvalResult_getAsUnsigned(result)
        return _lib.clang_EvalResult_getAsLongLong(result)
    finally:
        _lib.clang_EvalResult_dispose(result)


def tidy(spelling: str) -> str:
    """A type spelling without the location clang puts in an unnamed tag's name."""
    return _ANON_SPELLING.sub(lambda m: m.group(1) + " <anonymous>", spelling)


def is_unnamed(cursor) -> bool:
    s = cursor.spelling
    return not s or "(anonymous" in s or "(unnamed" in s


def strip_arrays(t):
    """Canonical element type of a (possibly multi-dimensional) array type."""
    t = t.get_canonical()
    while t.kind in ARRAY_KINDS:
        t = t.element_type.get_canonical()
    return t


def record_decl(t):
    """The record declaration a canonical type names, or None."""
    if t.kind != ci.TypeKind.RECORD:
        return None
    d = t.get_declaration()
    return d if d is not None and d.kind in RECORD_KINDS else None


def constants(decl) -> List[Tuple[str, int]]:
    """(name, value) of an enum declaration's constants, in order."""
    return [(c.spelling, c.enum_value) for c in decl.get_children()
            if c.kind == ci.CursorKind.ENUM_CONSTANT_DECL]


def _member(cursor, offset: int, path: str) -> Member:
    canon = cursor.type.get_canonical()
    flexible = canon.kind == ci.TypeKind.INCOMPLETEARRAY
    array = "flexible" if flexible else canon.get_array_size() \
        if canon.kind == ci.TypeKind.CONSTANTARRAY else None
    return Member(path, offset, 0 if flexible else canon.get_size(),
                  cursor.get_bitfield_width() if cursor.is_bitfield() else None, array,
                  tidy(cursor.type.spelling), tidy(canon.spelling))


def untagged(decl) -> bool:
    """The reference facts' rule for a member type to expand: a record with no tag, even when
    a typedef names it (kernel headers)."""
    return is_unnamed(decl)


def anonymous(decl) -> bool:
    """C's own rule: a record with neither a tag nor a typedef name (the TLFS's blocks, whose
    types are typedef names)."""
    return decl.is_anonymous()


def flatten(rec, lookup, base: int, prefix: str, out: List[Member], expand=untagged) -> None:
    """Append the members of record cursor REC to OUT, the reference facts' convention:
    anonymous members flattened into the parent, a named member of a type EXPAND accepts as
    `name` and `name.field` (`name[0].field` for an array of it), unnamed bitfields left out.
    Offsets come from LOOKUP, the nearest named record type (it sees through anonymous
    members), plus BASE."""
    children = list(rec.get_children())
    field_types = [d for d in (record_decl(strip_arrays(c.type)) for c in children
                               if c.kind == ci.CursorKind.FIELD_DECL) if d is not None]
    for c in children:
        if c.kind == ci.CursorKind.FIELD_DECL and c.spelling:
            offset = lookup.get_offset(c.spelling)
            if offset < 0:
                raise RuntimeError(f"no offset for {prefix}{c.spelling} in {lookup.spelling} "
                                   f"({offset})")
            member = _member(c, base + offset, prefix + c.spelling)
            out.append(member)
            elem = strip_arrays(c.type)
            d = record_decl(elem)
            if d is not None and expand(d):
                array = c.type.get_canonical().kind in ARRAY_KINDS
                flatten(d, elem, member.offset_bits, member.path + ("[0]." if array else "."),
                        out, expand)
        elif c.kind in RECORD_KINDS and c.is_definition() and is_unnamed(c) \
                and not any(c == d for d in field_types):
            flatten(c, lookup, base, prefix, out, expand)  # an anonymous struct/union member


def record(name: str, decl, file: Optional[str] = None, typedef_only: bool = False,
           expand=untagged) -> Record:
    """The measured layout of a record declaration."""
    t = decl.type
    out = Record(name, "struct" if decl.kind == ci.CursorKind.STRUCT_DECL else "union",
                 t.get_size(), t.get_align(), [], file, typedef_only)
    flatten(decl, t, 0, "", out.members, expand)
    return out
