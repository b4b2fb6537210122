"""libclang -> neutral facts: the definitions a set of C headers makes, in source order.

One parse per architecture (`parse_headers(headers, includes, arch)`), with the kernel's flags
for that target and the importer's own kernel shim first on the include path. Definitions are
kept when their file is one of the given headers or lies under a header's folder or an
--include folder (never the shim). Every fact keeps the spelling the source used: member types
as written, array lengths and macro bodies as token text, enum values as written (the computed
value when the source gives none). Each record also carries its measured layout (size and
flattened member offsets, the reference facts' path convention) for `--compare`.
"""

import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple, Union

import clang.cindex as ci

from .. import expr

for _lib in ("/usr/lib/llvm-14/lib/libclang.so.1", "/usr/lib/llvm-14/lib/libclang-14.so.1",
             "/usr/lib/x86_64-linux-gnu/libclang-14.so.1",
             "/usr/lib/aarch64-linux-gnu/libclang-14.so.1"):
    if os.path.exists(_lib):
        if not ci.Config.loaded:
            ci.Config.set_library_file(_lib)
        break

SHIM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kernel_shim")
ARCH_FLAGS = {
    "x86_64": ["--target=x86_64-linux-gnu", "-DCONFIG_X86", "-DCONFIG_X86_64"],
    "arm64": ["--target=aarch64-linux-gnu", "-DCONFIG_ARM64"],
}
RECORDS = (ci.CursorKind.STRUCT_DECL, ci.CursorKind.UNION_DECL)
ARRAYS = (ci.TypeKind.CONSTANTARRAY, ci.TypeKind.INCOMPLETEARRAY)
_INT_TOKEN = re.compile(r"^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)([uU]?[lL]{0,2}|[lL]{1,2}[uU])$")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Punctuation an integer constant expression may use; anything else makes a macro "not integer".
_EXPR_PUNCT = set("( ) + - * / % << >> | & ^ ~ ! < > <= >= == != && || ? : ,".split())
_TYPE_WORDS = {"unsigned", "signed", "char", "short", "int", "long", "struct", "union", "enum",
               "_Bool", "bool"}


class ImportError_(Exception):
    """Bad input: a header that does not parse, a file that does not exist."""


@dataclass
class Field:
    name: str
    type: str
    bits: Optional[int] = None
    array: Union[None, int, str] = None  # count, constant name, or "flexible"
    volatile: bool = False
    arch: Optional[str] = None  # set when merging two arches
    count: Optional[int] = None  # the array's element count


@dataclass
class Nested:
    kind: str  # struct | union
    members: List["Member"]
    name: Optional[str] = None
    packed: bool = False
    array: Union[None, int, str] = None
    arch: Optional[str] = None
    count: Optional[int] = None


Member = Union[Field, Nested]


@dataclass
class Def:
    kind: str  # define | enum | struct | union | typedef
    name: Optional[str]  # None for an anonymous enum
    file: str
    line: int
    value: Optional[str] = None  # define: body text
    params: Optional[List[str]] = None
    values: List[Tuple[str, str]] = field(default_factory=list)  # enum: (name, text)
    members: List[Member] = field(default_factory=list)
    packed: bool = False
    size: Optional[int] = None
    type: Optional[str] = None  # typedef target
    layout: List[Tuple[str, int, int, Optional[int]]] = field(default_factory=list)
    enum_ints: Dict[str, int] = field(default_factory=dict)
    arch: Optional[str] = None  # set when merging two arches
    value_arch: Dict[tuple, str] = field(default_factory=dict)  # (name, text) -> its only arch

    @property
    def key(self) -> Tuple[str, str]:
        if self.name is None:  # anonymous enum: known by its first value
            return ("enum", "<anonymous:%s>" % (self.values[0][0] if self.values else "?"))
        return ("record" if self.kind in ("struct", "union") else self.kind, self.name)


@dataclass
class Facts:
    arch: str
    definitions: List[Def]
    unsupported: List[str]  # "file:line: what" for constructs the spec language cannot hold
    skipped_macros: List[str]  # non-integer object-like macros (attributes, guards, strings)


def compile_args(arch: str, includes: List[str]) -> List[str]:
    args = ["-x", "c", "-std=gnu11", "-ffreestanding", "-nostdinc", *ARCH_FLAGS[arch],
            "-I", SHIM, "-include", os.path.join(SHIM, "linux", "kconfig.h")]
    for inc in includes:
        args += ["-I", inc]
    return args


def _under(path: str, folder: str) -> bool:
    return os.path.commonpath([path, folder]) == folder


class _Parser:
    def __init__(self, headers, includes, arch):
        self.arch = arch
        self.headers = [os.path.realpath(h) for h in headers]
        roots = {os.path.dirname(h) for h in self.headers}
        roots |= {os.path.realpath(i) for i in includes}
        self.roots = sorted(roots)
        self.shim = os.path.realpath(SHIM)
        self.unsupported: List[str] = []
        self.skipped: List[str] = []
        self.defs: List[Def] = []
        self.seen: set = set()
        self._file_ok: Dict[str, bool] = {}

    # -- files ----------------------------------------------------------------------------
    def wanted(self, cursor) -> Optional[str]:
        loc = cursor.location
        if loc.file is None:
            return None
        path = loc.file.name
        ok = self._file_ok.get(path)
        if ok is None:
            real = os.path.realpath(path)
            ok = not _under(real, self.shim) and (
                real in self.headers or any(_under(real, r) for r in self.roots))
            self._file_ok[path] = ok
        return path if ok else None

    def where(self, cursor) -> str:
        loc = cursor.location
        return f"{os.path.basename(loc.file.name) if loc.file else '?'}:{loc.line}"

    def note(self, cursor, text: str) -> None:
        self.unsupported.append(f"{self.where(cursor)}: {text}")

    # -- the translation unit -------------------------------------------------------------
    def run(self, tu) -> None:
        children = list(tu.cursor.get_children())
        for index, cursor in enumerate(children):
            path = self.wanted(cursor)
            if path is None:
                continue
            kind = cursor.kind
            if kind == ci.CursorKind.MACRO_DEFINITION:
                self.macro(cursor, path)
            elif kind in RECORDS and cursor.is_definition():
                if _unnamed(cursor):
                    self.note(cursor, "anonymous record at file scope (only a typedef names "
                              "it): the spec language has no typedef of an anonymous record")
                    continue
                self.record(cursor, path)
            elif kind == ci.CursorKind.ENUM_DECL and cursor.is_definition():
                self.enum(cursor, path)
            elif kind == ci.CursorKind.TYPEDEF_DECL:
                self.typedef(cursor, path)
            elif kind in (ci.CursorKind.MACRO_INSTANTIATION, ci.CursorKind.INCLUSION_DIRECTIVE):
                continue
            elif kind in RECORDS or kind == ci.CursorKind.ENUM_DECL:
                continue  # a forward declaration
            elif kind == ci.CursorKind.STATIC_ASSERT:
                self.note(cursor, "static_assert: not expressed (the spec's size: and layout "
                          "checks take its place)")
            else:
                self.note(cursor, f"{kind.name.lower()} '{cursor.spelling}' not imported")

    def add(self, d: Def) -> None:
        if d.name is not None and (d.kind, d.name) in self.seen:
            return
        self.seen.add((d.kind, d.name))
        self.defs.append(d)

    # -- macros ---------------------------------------------------------------------------
    def macro(self, cursor, path) -> None:
        tokens = [t for t in cursor.get_tokens() if t.kind != ci.TokenKind.COMMENT]
        if not tokens:
            return
        name = tokens[0].spelling
        body = tokens[1:]
        params = None
        if body and body[0].spelling == "(" and \
                body[0].extent.start.offset == tokens[0].extent.end.offset:
            close = next((i for i, t in enumerate(body) if t.spelling == ")"), None)
            params = [t.spelling for t in body[1:close] if t.spelling != ","]
            body = body[close + 1:]
        if not body:
            if params is None:
                self.skipped.append(f"{self.where(cursor)}: {name} (empty)")
            else:
                self.note(cursor, f"function-like macro {name} with an empty body")
            return
        text = _join(body)
        if params is None and not _integer_body(body):
            self.skipped.append(f"{self.where(cursor)}: {name} = {text}")
            return
        if params is not None and not params:
            self.note(cursor, f"function-like macro {name}() without parameters: the spec "
                      "language needs params: with at least one name")
            return
        if params is not None and any(not _IDENT.match(p) for p in params):
            self.note(cursor, f"variadic macro {name}: params must be C names")
            return
        self.add(Def("define", name, path, cursor.location.line, value=text, params=params))

    # -- enums ----------------------------------------------------------------------------
    def enum(self, cursor, path) -> None:
        values, ints = [], {}
        for child in cursor.get_children():
            if child.kind != ci.CursorKind.ENUM_CONSTANT_DECL:
                continue
            tokens = [t for t in child.get_tokens() if t.kind != ci.TokenKind.COMMENT]
            eq = next((i for i, t in enumerate(tokens) if t.spelling == "="), None)
            if eq is None:
                text = str(child.enum_value)
            else:
                text = _join(tokens[eq + 1:])
            values.append((child.spelling, text))
            ints[child.spelling] = child.enum_value
        name = None if _unnamed(cursor) else cursor.spelling
        if not values:
            self.note(cursor, f"empty enum {name}")
            return
        self.add(Def("enum", name, path, cursor.location.line, values=values, enum_ints=ints))

    # -- typedefs -------------------------------------------------------------------------
    def typedef(self, cursor, path) -> None:
        under = cursor.underlying_typedef_type
        decl = under.get_canonical().get_declaration()
        if decl is not None and decl.kind in RECORDS + (ci.CursorKind.ENUM_DECL,) and \
                _unnamed(decl):
            self.note(cursor, f"typedef {cursor.spelling} of an anonymous "
                      f"{decl.kind.name.split('_')[0].lower()}: not expressible")
            return
        spelled = _type_spelling(under)
        if not _type_ok(spelled):
            self.note(cursor, f"typedef {cursor.spelling} = '{spelled}': not a type name the "
                      "spec language accepts (pointer, function or array type)")
            return
        self.add(Def("typedef", cursor.spelling, path, cursor.location.line, type=spelled))

    # -- records --------------------------------------------------------------------------
    def record(self, cursor, path) -> None:
        kind = "struct" if cursor.kind == ci.CursorKind.STRUCT_DECL else "union"
        name = cursor.spelling
        if (kind, name) in self.seen:
            return
        members = self.members(cursor, path)
        if members is None:
            return
        rtype = cursor.type
        d = Def(kind, name, path, cursor.location.line, members=members,
                packed=_packed(cursor), size=rtype.get_size())
        if not members:
            self.note(cursor, f"{kind} {name} has no members (the spec needs at least one)")
            return
        if kind == "struct" and len(members) == 1 and isinstance(members[0], Field) and \
                members[0].array == "flexible":
            self.note(cursor, f"struct {name} holds only the flexible array "
                      f"{members[0].name}[] (DECLARE_FLEX_ARRAY): C needs the kernel's empty "
                      "struct marker, which the spec language cannot spell; left out")
            return
        self._check_aligned(cursor, f"{kind} {name}")
        _flatten(cursor, 0, "", d.layout)
        self.add(d)

    def _check_aligned(self, cursor, what) -> None:
        if any(c.kind == ci.CursorKind.ALIGNED_ATTR for c in cursor.get_children()):
            self.note(cursor, f"{what} carries __aligned({cursor.type.get_align()}): the spec "
                      "language has no alignment attribute (size/alignment differ from the "
                      "spec's layout unless the members give the same)")

    def members(self, cursor, path) -> Optional[List[Member]]:
        out: List[Member] = []
        children = list(cursor.get_children())
        consumed = set()
        for index, child in enumerate(children):
            if child.kind in RECORDS and child.is_definition():
                follower = children[index + 1] if index + 1 < len(children) else None
                named_by = None
                if follower is not None and follower.kind == ci.CursorKind.FIELD_DECL:
                    decl = _strip(follower.type).get_declaration()
                    if decl is not None and decl == child:
                        named_by = follower
                if not _unnamed(child):
                    # A tag declared inside a record belongs to file scope in C: hoist it.
                    self.note(child, f"{child.kind.name.split('_')[0].lower()} {child.spelling} "
                              f"is declared inside {cursor.spelling or 'an anonymous record'}; "
                              "imported as a file-scope definition used by name")
                    self.record(child, path)
                    continue
                inner = self.members(child, path)
                if inner is None:
                    return None
                kind = "struct" if child.kind == ci.CursorKind.STRUCT_DECL else "union"
                if not inner:
                    self.note(child, "empty struct member (DECLARE_FLEX_ARRAY's __empty_ marker):"
                              " dropped, it takes no space in GNU C")
                    if named_by is not None:
                        consumed.add(named_by.hash)
                    continue
                if named_by is None and kind == "struct" and len(inner) == 1 and \
                        isinstance(inner[0], Field) and inner[0].array == "flexible":
                    self.note(child, f"anonymous struct around the lone flexible array "
                              f"{inner[0].name} (DECLARE_FLEX_ARRAY): imported as the array")
                    out.append(inner[0])
                    continue
                nested = Nested(kind, inner, packed=_packed(child))
                if named_by is not None:
                    consumed.add(named_by.hash)
                    nested.name = named_by.spelling
                    nested.array = self.array(named_by)
                    nested.count = _count(named_by)
                    if _packed(named_by) and not nested.packed:
                        nested.packed = True
                        self.note(named_by, f"__packed on the member {named_by.spelling} (not "
                                  "its type): imported as a packed nested type, the same layout "
                                  "only while that type has no internal padding")
                    if nested.array == "flexible":
                        tag = f"{cursor.spelling or 'anonymous'}_{named_by.spelling}"
                        self.note(named_by, f"flexible array {named_by.spelling}[] of an "
                                  "anonymous struct: the spec language allows no flexible "
                                  f"nested array; imported as {kind} {tag} (a new tag)")
                        self.add(Def(kind, tag, path, child.location.line, members=inner,
                                     packed=nested.packed, size=child.type.get_size()))
                        out.append(Field(named_by.spelling, f"{kind} {tag}", array="flexible"))
                        continue
                    if named_by.type.get_canonical().kind in ARRAYS and \
                            named_by.type.get_canonical().element_type.get_canonical().kind \
                            in ARRAYS:
                        self.note(named_by, "multi-dimensional array member: not expressible")
                elif not child.is_anonymous():
                    self.note(child, "unnamed record type with no member of it: dropped")
                    continue
                out.append(nested)
            elif child.kind == ci.CursorKind.FIELD_DECL:
                if child.hash in consumed:
                    continue
                member = self.field(child)
                if member is None:
                    return None
                out.append(member)
            elif child.kind in (ci.CursorKind.PACKED_ATTR, ci.CursorKind.ENUM_DECL) or \
                    child.kind.is_attribute() or child.kind in RECORDS:
                if child.kind == ci.CursorKind.ENUM_DECL:
                    self.note(child, "enum declared inside a record: hoisted")
                    self.enum(child, path)
                continue
        return out

    def field(self, cursor) -> Optional[Field]:
        ftype = cursor.type
        canon = ftype.get_canonical()
        elem = ftype
        if canon.kind in ARRAYS:
            elem = ftype.get_canonical().element_type if ftype.kind not in ARRAYS and \
                ftype.kind != ci.TypeKind.ELABORATED else ftype.element_type
            if ftype.kind in ARRAYS:
                elem = ftype.element_type
            if elem.get_canonical().kind in ARRAYS:
                self.note(cursor, f"multi-dimensional array {cursor.spelling}: not expressible")
                return None
        volatile = elem.is_volatile_qualified()
        spelled = _type_spelling(elem)
        if not _type_ok(spelled):
            self.note(cursor, f"member {cursor.spelling} of type '{ftype.spelling}': pointer "
                      "or function types are not in the spec language")
            return None
        bits = cursor.get_bitfield_width() if cursor.is_bitfield() else None
        if _packed(cursor):
            self.note(cursor, f"__packed on the member {cursor.spelling}: the spec language "
                      "has no member attribute; left without it (alignment may differ)")
        return Field(cursor.spelling, spelled, bits=bits, array=self.array(cursor),
                     volatile=volatile, count=_count(cursor))

    def array(self, cursor) -> Union[None, int, str]:
        canon = cursor.type.get_canonical()
        if canon.kind == ci.TypeKind.INCOMPLETEARRAY:
            return "flexible"
        if canon.kind != ci.TypeKind.CONSTANTARRAY:
            return None
        count = canon.element_count
        tokens = [t.spelling for t in cursor.get_tokens()]
        name = cursor.spelling
        for i in range(len(tokens) - 2):
            if tokens[i] == name and tokens[i + 1] == "[":
                depth, j = 0, i + 1
                while j < len(tokens):
                    if tokens[j] == "[":
                        depth += 1
                    elif tokens[j] == "]":
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                inner = tokens[i + 2:j]
                if len(inner) == 1 and _IDENT.match(inner[0]):
                    return inner[0]
                if len(inner) == 1 and _INT_TOKEN.match(inner[0]):
                    return count
                if inner:
                    self.note(cursor, f"array length '{' '.join(inner)}' of {name} is an "
                              f"expression; imported as its value {count}")
                return count
        if count == 0:
            self.note(cursor, f"zero-length array {name}[0]: imported as flexible")
            return "flexible"
        return count


def _count(cursor) -> Optional[int]:
    canon = cursor.type.get_canonical()
    return canon.element_count if canon.kind == ci.TypeKind.CONSTANTARRAY else None


def _join(tokens) -> str:
    """Tokens as the source spells them: one space where the source had whitespace, none where
    the tokens touch."""
    out = []
    prev = None
    for tok in tokens:
        if prev is not None:
            if tok.extent.start.line != prev.extent.end.line or \
                    tok.extent.start.column != prev.extent.end.column:
                out.append(" ")
        out.append(tok.spelling)
        prev = tok
    return "".join(out)


def _integer_body(tokens) -> bool:
    """An object-like macro body that reads as an integer constant expression (heuristic on
    tokens: literals, names, sizeof(type), arithmetic punctuation; no strings, braces, `;`)."""
    saw_value = False
    for tok in tokens:
        s = tok.spelling
        if tok.kind == ci.TokenKind.LITERAL:
            if not _INT_TOKEN.match(s):
                return False
            saw_value = True
        elif tok.kind == ci.TokenKind.IDENTIFIER:
            if s.startswith("__attribute"):
                return False
            saw_value = True
        elif tok.kind == ci.TokenKind.KEYWORD:
            if s not in _TYPE_WORDS and s != "sizeof":
                return False
        elif tok.kind == ci.TokenKind.PUNCTUATION:
            if s not in _EXPR_PUNCT:
                return False
    return saw_value


def _unnamed(cursor) -> bool:
    s = cursor.spelling
    return not s or "(anonymous" in s or "(unnamed" in s


def _strip(t):
    t = t.get_canonical()
    while t.kind in ARRAYS:
        t = t.element_type.get_canonical()
    return t


def _packed(cursor) -> bool:
    return any(c.kind == ci.CursorKind.PACKED_ATTR for c in cursor.get_children())


def _type_spelling(t) -> str:
    s = t.spelling
    s = re.sub(r"\b(volatile|const)\s+", "", s).strip()
    return " ".join(s.split())


def _type_ok(spelled: str) -> bool:
    return bool(re.match(r"^(struct |union |enum )?[A-Za-z_][A-Za-z0-9_ ]*$", spelled)) and \
        "(" not in spelled


def _flatten(cursor, base, prefix, out) -> None:
    """Member paths and offsets (bits), the reference facts' convention: anonymous members are
    flattened into the parent, a named member of anonymous type gives `name` and `name.x`."""
    children = list(cursor.get_children())
    for index, child in enumerate(children):
        follower = children[index + 1] if index + 1 < len(children) else None
        if follower is not None and follower.kind == ci.CursorKind.FIELD_DECL:
            decl = _strip(follower.type).get_declaration()
            if decl is not None and decl == child:
                continue  # the type of a named member: that member flattens it
        if child.kind in RECORDS and child.is_definition() and _unnamed(child):
            sub = []
            _flatten(child, 0, "", sub)
            start = 0
            for p, o, _, _ in sub:  # place it by a field the parent can name directly
                if "." not in p and "[" not in p:
                    off = cursor.type.get_offset(p)
                    start = off - o if off >= 0 else 0
                    break
            out.extend((prefix + p, base + start + o, s, b) for p, o, s, b in sub)
        elif child.kind == ci.CursorKind.FIELD_DECL:
            off = child.get_field_offsetof()
            t = child.type.get_canonical()
            size = 0 if t.kind == ci.TypeKind.INCOMPLETEARRAY else max(t.get_size(), 0)
            bits = child.get_bitfield_width() if child.is_bitfield() else None
            path = prefix + child.spelling
            out.append((path, base + off, size, bits))
            decl = _strip(child.type).get_declaration()
            if decl is not None and decl.kind in RECORDS and _unnamed(decl):
                sub = []
                _flatten(decl, 0, "", sub)
                suffix = "[0]." if t.kind in ARRAYS else "."
                out.extend((path + suffix + p, base + off + o, s, b) for p, o, s, b in sub)


class ImportedValues:
    """Evaluates imported macro and enum text with hvgen's evaluator."""

    def __init__(self, defs: List[Def]) -> None:
        self.macros = {d.name: d for d in defs if d.kind == "define" and d.params is None}
        self.enum_values: Dict[str, int] = {}
        self.sizes: Dict[str, int] = {}
        for d in defs:
            if d.kind == "enum":
                self.enum_values.update(d.enum_ints)
            elif d.kind in ("struct", "union"):
                self.sizes[f"{d.kind} {d.name}"] = d.size
        self.cache: Dict[str, expr.CValue] = {}
        self.active: set = set()
        self.evaluator = expr.Evaluator(self.lookup, self.sizeof)

    def lookup(self, name: str) -> expr.CValue:
        if name in self.cache:
            return self.cache[name]
        if name in self.enum_values:
            return expr.CValue(self.enum_values[name])
        if name not in self.macros or name in self.active:
            raise expr.ExprError(f"unknown constant '{name}'")
        self.active.add(name)
        try:
            value = self.evaluator.evaluate(self.macros[name].value)
        finally:
            self.active.discard(name)
        self.cache[name] = value
        return value

    def sizeof(self, ctype: str) -> int:
        ctype = " ".join(ctype.split())
        if ctype in expr.SCALARS:
            return expr.SCALARS[ctype][0]
        if ctype in self.sizes:
            return self.sizes[ctype]
        raise expr.ExprError(f"unknown type '{ctype}'")

    def value(self, name: str):
        try:
            return self.lookup(name).value
        except (expr.ExprError, ZeroDivisionError, RecursionError):
            return None


def _walk_fields(members):
    for m in members:
        if isinstance(m, Field):
            yield m
        else:
            yield m
            yield from _walk_fields(m.members)


def _prune(parser: "_Parser") -> None:
    """Drop object-like macros hvgen's evaluator cannot read (a macro naming a type, a body
    that calls a header's own function-like macro, a constant from outside the headers); an
    array length naming a dropped macro becomes its value."""
    values = ImportedValues(parser.defs)
    dropped = set()
    for d in parser.defs:
        if d.kind != "define" or d.params is not None:
            continue
        try:
            values.lookup(d.name)
        except (expr.ExprError, ZeroDivisionError, RecursionError) as exc:
            dropped.add(d.name)
            parser.unsupported.append(f"{os.path.basename(d.file)}:{d.line}: #define {d.name} "
                                      f"{d.value}: not an hvgen constant expression ({exc}); "
                                      "left out")
    parser.defs = [d for d in parser.defs if d.name not in dropped or d.kind != "define"]
    for d in parser.defs:
        for m in _walk_fields(d.members):
            if isinstance(m.array, str) and m.array in dropped:
                m.array = m.count


def parse_headers(headers: List[str], includes: List[str], arch: str) -> Facts:
    for h in headers:
        if not os.path.isfile(h):
            raise ImportError_(f"{h}: no such header")
    index = ci.Index.create()
    source = "".join(f'#include "{os.path.abspath(h)}"\n' for h in headers)
    opts = ci.TranslationUnit.PARSE_DETAILED_PROCESSING_RECORD | \
        ci.TranslationUnit.PARSE_SKIP_FUNCTION_BODIES
    tu = index.parse("hvgen-import.c", args=compile_args(arch, includes),
                     unsaved_files=[("hvgen-import.c", source)], options=opts)
    errors = [d for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]
    if errors:
        raise ImportError_("; ".join(f"{d.location.file}:{d.location.line}: {d.spelling}"
                                     for d in errors[:5]))
    parser = _Parser(headers, includes, arch)
    parser.run(tu)
    _prune(parser)
    return Facts(arch, parser.defs, parser.unsupported, parser.skipped)
