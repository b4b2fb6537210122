"""libclang -> neutral facts: the definitions a set of C headers makes, in source order.

One parse per architecture (`parse_headers(headers, includes, arch)`), with the facts layer's
Linux target for that arch and its kernel shim first on the include path. Definitions are
kept when their file is one of the given headers or lies under a header's folder or an
--include folder (never the shim). Every fact keeps the spelling the source used: member types
as written, array lengths and macro bodies as token text, enum values as written (the computed
value when the source gives none). Each record also carries its measured facts (facts.model:
size, alignment, flattened member offsets) for `--compare`.

Kernel constructs with their own spec keys: `__aligned(N)` (read from the attribute's source
text) -> `aligned: N`; DECLARE_FLEX_ARRAY(T, name) -> the plain member `name: T[]`;
__TRAILING_OVERLAP -> an Overlap (recognised by the shim's `__hvref_offset_to_FAM` padding);
a flexible array of an anonymous struct -> a nested member with `array: flexible`; a macro
#undef'd after a record -> `undef_after`; a macro that does not evaluate -> `evaluate: false`.
"""

import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple, Union

from .. import expr
from ..facts import clang
from ..facts.clang import ci
from ..facts.headers import Scope
from ..facts.includes import UnsafeInclude
from ..facts.model import Record
from ..facts.targets import LINUX, SHIM
from ..model import Kind

RECORDS = clang.RECORD_KINDS
ARRAYS = clang.ARRAY_KINDS
OVERLAP_PREFIX = "__hvref_offset_to_"  # the shim's __TRAILING_OVERLAP padding member
SHIM_PREFIX = "__hvref_"  # members the shim adds (not the source's): skipped in layouts
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
    kind: Kind  # STRUCT | UNION
    members: List["Member"]
    name: Optional[str] = None
    packed: bool = False
    array: Union[None, int, str] = None
    arch: Optional[str] = None
    count: Optional[int] = None


@dataclass
class Overlap:
    """The kernel's __TRAILING_OVERLAP(TYPE, NAME, FAM, ATTRS, MEMBERS): a member `name` of
    record type `type` whose trailing flexible array `fam` the `members` overlay."""
    name: str
    type: str
    fam: str
    members: List["Member"]
    packed: bool = False  # ATTRS is __packed
    arch: Optional[str] = None


Member = Union[Field, Nested, Overlap]


@dataclass
class Def:
    kind: Kind
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
    measured: Optional[Record] = None  # record: what the compiler lays out (for --compare)
    enum_ints: Dict[str, int] = field(default_factory=dict)
    arch: Optional[str] = None  # set when merging two arches
    value_arch: Dict[tuple, str] = field(default_factory=dict)  # (name, text) -> its only arch
    evaluate: bool = True  # define: False for a macro that is not an integer constant
    undef_after: Optional[str] = None  # define: #undef'd after this record
    aligned: Optional[int] = None  # record: __aligned(N)

    def __post_init__(self) -> None:
        self.kind = Kind(self.kind)

    @property
    def key(self) -> Tuple[str, str]:
        if self.name is None:  # anonymous enum: known by its first value
            return ("enum", "<anonymous:%s>" % (self.values[0][0] if self.values else "?"))
        return ("record" if self.kind.is_record else self.kind, self.name)


@dataclass
class Facts:
    arch: str
    definitions: List[Def]
    unsupported: List[str]  # "file:line: what" for constructs the spec language cannot hold
    skipped_macros: List[str]  # non-integer object-like macros (attributes, guards, strings)


_FAILED = object()  # a member the spec language cannot express: the record is not imported


def _named_by(child, follower):
    """FOLLOWER when it is the field whose type is the record CHILD defines, else None."""
    if follower is not None and follower.kind == ci.CursorKind.FIELD_DECL:
        decl = clang.strip_arrays(follower.type).get_declaration()
        if decl is not None and decl == child:
            return follower
    return None


class _Parser:
    def __init__(self, headers, includes, arch):
        self.arch = arch
        self.scope = Scope(headers, includes, SHIM)
        self.unsupported: List[str] = []
        self.skipped: List[str] = []
        self.defs: List[Def] = []
        self.seen: set = set()
        self.records: List[Tuple[str, int, int, str]] = []  # (file, first, last line, name)

    # -- files ----------------------------------------------------------------------------
    def wanted(self, cursor) -> Optional[str]:
        """The file of a definition the headers make (not the shim's), or None."""
        return cursor.location.file.name if self.scope.of(cursor) is not None else None

    def where(self, cursor) -> str:
        loc = cursor.location
        return f"{os.path.basename(loc.file.name) if loc.file else '?'}:{loc.line}"

    def note_at(self, d: "Def", text: str) -> None:
        self.unsupported.append(f"{os.path.basename(d.file)}:{d.line}: {text}")

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
                if clang.is_unnamed(cursor):
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
        self.add(Def(Kind.DEFINE, name, path, cursor.location.line, value=text, params=params))

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
        name = None if clang.is_unnamed(cursor) else cursor.spelling
        if not values:
            self.note(cursor, f"empty enum {name}")
            return
        self.add(Def(Kind.ENUM, name, path, cursor.location.line, values=values, enum_ints=ints))

    # -- typedefs -------------------------------------------------------------------------
    def typedef(self, cursor, path) -> None:
        under = cursor.underlying_typedef_type
        decl = under.get_canonical().get_declaration()
        if decl is not None and decl.kind in RECORDS + (ci.CursorKind.ENUM_DECL,) and \
                clang.is_unnamed(decl):
            self.note(cursor, f"typedef {cursor.spelling} of an anonymous "
                      f"{decl.kind.name.split('_')[0].lower()}: not expressible")
            return
        spelled = _type_spelling(under)
        if not _type_ok(spelled):
            self.note(cursor, f"typedef {cursor.spelling} = '{spelled}': not a type name the "
                      "spec language accepts (pointer, function or array type)")
            return
        self.add(Def(Kind.TYPEDEF, cursor.spelling, path, cursor.location.line, type=spelled))

    # -- records --------------------------------------------------------------------------
    def record(self, cursor, path) -> None:
        kind = Kind.STRUCT if cursor.kind == ci.CursorKind.STRUCT_DECL else Kind.UNION
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
        d.aligned = self._aligned(cursor)
        d.measured = clang.record(name, cursor)
        self.add(d)
        self.records.append((path, cursor.extent.start.line, cursor.extent.end.line, name))

    def _aligned(self, cursor) -> Optional[int]:
        """N of the record's __aligned(N), read from the attribute's source text (the
        measured alignment where the text does not give a number)."""
        for child in cursor.get_children():
            if child.kind != ci.CursorKind.ALIGNED_ATTR:
                continue
            text = _source_text(child.extent)
            found = re.search(r"\(\s*\(?\s*([0-9]+)\s*\)?\s*\)\s*$", text or "")
            if found:
                return int(found.group(1))
            return cursor.type.get_align()
        return None

    def members(self, cursor, path) -> Optional[List[Member]]:
        """The members of a record cursor, or None when one cannot be expressed."""
        out: List[Member] = []
        children = list(cursor.get_children())
        consumed = set()  # fields that name a nested record already taken
        for index, child in enumerate(children):
            member = None
            if child.kind in RECORDS and child.is_definition():
                follower = children[index + 1] if index + 1 < len(children) else None
                member = self.record_member(cursor, child, _named_by(child, follower), path,
                                            consumed)
            elif child.kind == ci.CursorKind.FIELD_DECL and child.hash not in consumed:
                member = self.field(child) or _FAILED
            elif child.kind == ci.CursorKind.ENUM_DECL:
                self.note(child, "enum declared inside a record: hoisted")
                self.enum(child, path)
            if member is _FAILED:
                return None
            if member is not None:
                out.append(member)
        return out

    def record_member(self, cursor, child, named_by, path, consumed):
        """A record defined inside CURSOR: hoisted when tagged; else a trailing overlap, the
        plain member of DECLARE_FLEX_ARRAY, or a Nested member (named by NAMED_BY, the field
        of its type). None when it adds no member, _FAILED when it cannot be expressed."""
        if not clang.is_unnamed(child):
            return self.hoist(cursor, child, path)
        if named_by is None and child.kind == ci.CursorKind.UNION_DECL:
            overlap = self.overlap(child, path)
            if overlap is not None:
                return overlap
        inner = self.members(child, path)
        if inner is None:
            return _FAILED
        kind = Kind.STRUCT if child.kind == ci.CursorKind.STRUCT_DECL else Kind.UNION
        if not inner:
            if named_by is None or not named_by.spelling.startswith(SHIM_PREFIX):
                self.note(child, "empty struct member: dropped, it takes no space in GNU C")
            if named_by is not None:
                consumed.add(named_by.hash)
            return None
        if named_by is None and kind == Kind.STRUCT and len(inner) == 1 and \
                isinstance(inner[0], Field) and inner[0].array == "flexible":
            return self.flex_array(cursor, child, inner[0])
        nested = Nested(kind, inner, packed=_packed(child))
        if named_by is not None:
            consumed.add(named_by.hash)
            self.name_nested(nested, named_by)
        elif not child.is_anonymous():
            self.note(child, "unnamed record type with no member of it: dropped")
            return None
        return nested

    def hoist(self, cursor, child, path) -> None:
        """A tag declared inside a record belongs to file scope in C: hoist it."""
        self.note(child, f"{child.kind.name.split('_')[0].lower()} {child.spelling} is "
                  f"declared inside {cursor.spelling or 'an anonymous record'}; imported as "
                  "a file-scope definition used by name")
        self.record(child, path)

    def flex_array(self, cursor, child, member: Field) -> Field:
        """DECLARE_FLEX_ARRAY(T, name): the plain member `name: T[]`; the generator writes the
        macro back where C needs it (the record's sole member)."""
        if cursor.kind == ci.CursorKind.UNION_DECL:
            self.note(child, f"DECLARE_FLEX_ARRAY({member.type}, {member.name}) in a union: "
                      "imported as a plain flexible array member, which the generator "
                      "writes without the macro")
        return member

    def name_nested(self, nested: Nested, named_by) -> None:
        """The name, array length and packing the field of a nested record's type gives."""
        nested.name = named_by.spelling
        nested.array = self.array(named_by)
        nested.count = _count(named_by)
        if _packed(named_by) and not nested.packed:
            nested.packed = True
            self.note(named_by, f"__packed on the member {named_by.spelling} (not "
                      "its type): imported as a packed nested type, the same layout "
                      "only while that type has no internal padding")
        canon = named_by.type.get_canonical()
        if canon.kind in ARRAYS and canon.element_type.get_canonical().kind in ARRAYS:
            self.note(named_by, "multi-dimensional array member: not expressible")

    def overlap(self, union, path) -> Optional[Overlap]:
        """__TRAILING_OVERLAP as the shim expands it: union { TYPE NAME; struct {
        unsigned char __hvref_offset_to_FAM[...]; MEMBERS } ATTRS; }."""
        kids = [c for c in union.get_children() if not c.kind.is_attribute()]
        if len(kids) != 2 or kids[0].kind != ci.CursorKind.FIELD_DECL or \
                kids[1].kind != ci.CursorKind.STRUCT_DECL or not clang.is_unnamed(kids[1]):
            return None
        tail = [c for c in kids[1].get_children() if not c.kind.is_attribute()]
        if not tail or tail[0].kind != ci.CursorKind.FIELD_DECL or \
                not tail[0].spelling.startswith(OVERLAP_PREFIX):
            return None
        head = kids[0]
        decl = head.type.get_canonical().get_declaration()
        if decl is None or decl.kind not in RECORDS or clang.is_unnamed(decl):
            return None
        fam = tail[0].spelling[len(OVERLAP_PREFIX):]
        members = self.members(kids[1], path)
        if members is None:
            return None
        members = [m for m in members if getattr(m, "name", None) != tail[0].spelling]
        if not members:
            self.note(union, f"__TRAILING_OVERLAP of {head.spelling} with no members")
            return None
        return Overlap(head.spelling, _type_spelling(head.type), fam, members,
                       packed=_packed(kids[1]))

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
        toks = [t for t in cursor.get_tokens() if t.kind != ci.TokenKind.COMMENT]
        tokens = [t.spelling for t in toks]
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
                if inner:  # an expression: its text, as the source spells it
                    return _join(toks[i + 2:j])
                return count
        if count == 0:
            self.note(cursor, f"zero-length array {name}[0]: imported as flexible")
            return "flexible"
        return count


_LINES: Dict[str, List[str]] = {}


def _source_lines(path: str) -> List[str]:
    if path not in _LINES:
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                _LINES[path] = fh.read().split("\n")
        except OSError:
            _LINES[path] = []
    return _LINES[path]


def _source_text(extent) -> Optional[str]:
    """The source text of an extent (where libclang gives no tokens: a macro's expansion)."""
    start, end = extent.start, extent.end
    if start.file is None or end.file is None or start.file.name != end.file.name:
        return None
    lines = _source_lines(start.file.name)
    if end.line > len(lines):
        return None
    if start.line == end.line:
        return lines[start.line - 1][start.column - 1:end.column - 1]
    return "\n".join([lines[start.line - 1][start.column - 1:]] + lines[start.line:end.line - 1]
                     + [lines[end.line - 1][:end.column - 1]])


_UNDEF = re.compile(r"^\s*#\s*undef\s+([A-Za-z_][A-Za-z0-9_]*)")


def _undefs(path: str) -> List[Tuple[int, str]]:
    return [(n + 1, m.group(1)) for n, line in enumerate(_source_lines(path))
            for m in [_UNDEF.match(line)] if m]


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
                gap = _source_text(ci.SourceRange.from_locations(prev.extent.end,
                                                                 tok.extent.start)) or " "
                if "/*" not in gap and "//" not in gap or \
                        (_WORD.match(prev.spelling[-1]) and _WORD.match(tok.spelling[0])):
                    out.append(" ")  # a comment in between (left out) is no space
        out.append(tok.spelling)
        prev = tok
    return "".join(out)


_WORD = re.compile(r"[A-Za-z0-9_]")


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


def _packed(cursor) -> bool:
    return any(c.kind == ci.CursorKind.PACKED_ATTR for c in cursor.get_children())


def _type_spelling(t) -> str:
    s = t.spelling
    s = re.sub(r"\b(volatile|const)\s+", "", s).strip()
    return " ".join(s.split())


def _type_ok(spelled: str) -> bool:
    return bool(re.match(r"^(struct |union |enum )?[A-Za-z_][A-Za-z0-9_ ]*$", spelled)) and \
        "(" not in spelled


class ImportedValues:
    """Evaluates imported macro and enum text with hvgen's evaluator."""

    def __init__(self, defs: List[Def]) -> None:
        self.macros = {d.name: d for d in defs if d.kind == Kind.DEFINE and d.params is None
                       and d.evaluate}
        self.functions = {d.name: (d.params, d.value) for d in defs
                          if d.kind == Kind.DEFINE and d.params is not None}
        self.enum_values: Dict[str, int] = {}
        self.sizes: Dict[str, int] = {}
        for d in defs:
            if d.kind == Kind.ENUM:
                self.enum_values.update(d.enum_ints)
            elif d.kind.is_record:
                self.sizes[f"{d.kind} {d.name}"] = d.size
        self.cache: Dict[str, expr.CValue] = {}
        self.active: set = set()
        self.evaluator = expr.Evaluator(self.lookup, self.sizeof, self.functions.get)

    def lookup(self, name: str) -> expr.CValue:
        if name in self.cache:
            return self.cache[name]
        if name in self.enum_values:
            return expr.CValue(self.enum_values[name])
        if name not in self.macros and name in expr.KERNEL_CONSTANTS:
            return expr.KERNEL_CONSTANTS[name]
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
    """Mark object-like macros hvgen's evaluator cannot read as `evaluate: false` (a macro
    naming a type: `#define HV_GENERIC_SET_FORMAT hv_generic_set_format`); their text is kept.
    The evaluator knows the kernel constants (PAGE_SIZE, NSEC_PER_SEC) and the headers' own
    function-like macros, as the generator's does. An array length using such a macro becomes
    its value."""
    values = ImportedValues(parser.defs)
    opaque = set()
    for d in parser.defs:
        if d.kind != Kind.DEFINE or d.params is not None:
            continue
        try:
            values.lookup(d.name)
        except (expr.ExprError, ZeroDivisionError, RecursionError) as exc:
            opaque.add(d.name)
            d.evaluate = False
            parser.unsupported.append(f"{os.path.basename(d.file)}:{d.line}: #define {d.name} "
                                      f"{d.value}: not an integer constant ({exc}); imported "
                                      "with evaluate: false")
    if not opaque:
        return
    values = ImportedValues(parser.defs)
    for d in parser.defs:
        for m in _walk_fields(d.members):
            array = getattr(m, "array", None)
            if isinstance(array, str) and array != "flexible" and \
                    (set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", array)) & opaque):
                m.array = m.count


def _scope_undefs(parser: "_Parser") -> None:
    """A macro #undef'd after the record that uses it (7.2's BITSET_BUFFER_SIZE): the record
    holding the #undef, else the last one that ends before it."""
    undefs: Dict[str, List[Tuple[int, str]]] = {}
    for d in parser.defs:
        if d.kind != Kind.DEFINE:
            continue
        if d.file not in undefs:
            undefs[d.file] = _undefs(d.file)
        line = next((n for n, name in undefs[d.file] if name == d.name and n > d.line), None)
        if line is None:
            continue
        mine = [r for r in parser.records if r[0] == d.file]
        inside = [r for r in mine if r[1] <= line <= r[2]]
        before = [r for r in mine if d.line < r[2] < line]
        if inside:
            d.undef_after = max(inside, key=lambda r: r[1])[3]
        elif before:
            d.undef_after = max(before, key=lambda r: r[2])[3]
        else:
            parser.note_at(d, f"#undef {d.name} at line {line} follows no record; "
                           "imported without undef-after")


def parse_headers(headers: List[str], includes: List[str], arch: str) -> Facts:
    for h in headers:
        if not os.path.isfile(h):
            raise ImportError_(f"{h}: no such header")
    index = ci.Index.create()
    source = "".join(f'#include "{os.path.abspath(h)}"\n' for h in headers)
    opts = ci.TranslationUnit.PARSE_DETAILED_PROCESSING_RECORD | \
        ci.TranslationUnit.PARSE_SKIP_FUNCTION_BODIES
    try:
        tu = clang.parse(index, "hvgen-import.c", [("hvgen-import.c", source)],
                         LINUX[arch].args(includes), opts)
    except UnsafeInclude as exc:
        raise ImportError_(str(exc)) from None
    errors = clang.errors(tu)
    if errors:
        raise ImportError_("; ".join(f"{d.location.file}:{d.location.line}: {d.spelling}"
                                     for d in errors[:5]))
    parser = _Parser(headers, includes, arch)
    parser.run(tu)
    _scope_undefs(parser)
    _prune(parser)
    return Facts(arch, parser.defs, parser.unsupported, parser.skipped)
