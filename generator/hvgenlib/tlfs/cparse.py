"""The C syntax blocks of TLFS pages, parsed with libclang and laid out per architecture.

The pages are parsed together: each block is compiled after the blocks of other pages that
define the names it uses (found by a first pass; a type the TLFS defines in a value table under
a heading naming it becomes an enum for this), for the facts layer's TLFS targets: Windows' own
triples with `_AMD64_` or `_ARM64_` (the TLFS describes the hypervisor's MSVC layout), and
facts/windows_shim/ for the Windows base types. A block's own defects are repaired and a name
no page defines is assumed only as repairs.py's tables say, each use recorded (Parsed.repairs,
Parsed.assumed) for the report. Records are laid out by the facts layer (facts.model.Record);
enum constants are read as the TLFS writes them (unsigned, 64-bit where the value needs it).
A block libclang still rejects is reported with its page, line and first error, never raised.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple


from .. import expr
from ..facts import clang
from ..facts.clang import ci
from ..facts.model import Record
from ..facts.targets import TLFS
from . import repairs as repairs_mod
from .markdown import ARCH_WORDS, CodeBlock, Page, Table


UNKNOWN = re.compile(r"unknown type name '(\w+)'|use of undeclared identifier '(\w+)'|"
                     r"(?:variable has )?incomplete type '(?:struct |union |enum )?(\w+)'")


@dataclass
class TDef:
    """One definition a TLFS C block makes, with its facts per architecture."""

    name: str
    kind: str  # struct | union | enum | typedef | define | hypercall
    page: str
    line: int
    layouts: Dict[str, Record] = field(default_factory=dict)  # records, by arch
    values: Dict[str, List[Tuple[str, int]]] = field(default_factory=dict)  # enums, by arch
    value: Optional[int] = None  # defines
    size: Dict[str, int] = field(default_factory=dict)  # typedefs and enums, by arch
    params: List[Tuple[str, str, int]] = field(default_factory=list)  # hypercalls
    aliases: Tuple[str, ...] = ()
    # per arch: why its layout is incomplete (a member of a type the TLFS defines nowhere:
    # that member and the ones after it are left out, and the size is unknown, 0)
    incomplete: Dict[str, str] = field(default_factory=dict)

    @property
    def arches(self):
        return sorted(set(self.layouts) | set(self.values) | set(self.size))


@dataclass
class Failure:
    page: str
    line: int
    reason: str


@dataclass
class Applied:
    """A repair (repairs.REPAIRS) made to one block: a TLFS defect."""

    page: str
    line: int
    what: str


@dataclass
class Parsed:
    blocks: int = 0  # C blocks that define something (types, macros, prototypes)
    parsed: int = 0
    failures: List[Failure] = field(default_factory=list)
    defs: Dict[str, TDef] = field(default_factory=dict)
    repairs: List[Applied] = field(default_factory=list)
    # a name no page defines in C -> the blocks ("page:line") that needed it (repairs.ASSUMED)
    assumed: Dict[str, List[str]] = field(default_factory=dict)
    # a type defined by a value table under a heading naming it -> "page:line" of the table
    table_types: Dict[str, str] = field(default_factory=dict)
    # an integer typedef the blocks see (the Windows shim's, the pages') -> its kernel type
    integer_types: Dict[str, str] = field(default_factory=dict)


def block_kind(text: str) -> Optional[str]:
    if re.search(r"^\s*(typedef|struct|union|enum)\b", text, re.M):
        return "type"
    if re.search(r"^\s*#\s*define\s+\w+", text, re.M):
        return "define"
    if re.search(r"\bHvCall\w+\s*\(", text):
        return "prototype"
    return None


def _names_defined(text: str) -> List[str]:
    names = re.findall(r"}\s*(\w+)", text)
    names += re.findall(r"\btypedef\s+[\w\s\*]+?\b(\w+)\s*[,;\[]", text)
    names += re.findall(r"\b(?:struct|union|enum)\s+(\w+)\s*\{", text)
    names += re.findall(r"^\s*#\s*define\s+(\w+)", text, re.M)
    return [n for n in names if n.upper() == n or n.startswith("_")]


def _wanted(name: str) -> bool:
    return not name.startswith("P") or not name[1:].startswith("HV_")


class _Unit:
    def __init__(self, page: str, block: CodeBlock, text: Optional[str] = None,
                 assumed: Optional[str] = None) -> None:
        self.page, self.block = page, block
        self.text = (block.text if text is None else text).replace("\r", "")
        self.assumed = assumed  # the ASSUMED name it stands for, None for a TLFS block


VDIR = "/hvgen-tlfs/"
OWN = VDIR + "block.h"


def _tu(index, text: str, deps: List[str], arch: str):
    main = VDIR + "main.c"
    includes = [f"dep{i}.h" for i in range(len(deps))] + ["block.h"]
    source = "".join(f'#include "{name}"\n' for name in includes)
    files = [(main, source), (OWN, text + "\n")] + \
        [(f"{VDIR}dep{i}.h", d + "\n") for i, d in enumerate(deps)]
    return clang.parse(index, main, files, TLFS[arch].args([VDIR]))


def _errors(tu) -> List[Tuple[int, str]]:
    out = []
    for d in tu.diagnostics:
        if d.severity >= ci.Diagnostic.Error:
            line = d.location.line if d.location.file and d.location.file.name == OWN \
                else 0
            out.append((line, d.spelling))
    return out


def _own(cursor) -> bool:
    return cursor.location.file is not None and cursor.location.file.name == OWN


def _layout(name: str, ctype) -> Record:
    return clang.record(name, ctype.get_canonical().get_declaration(), expand=clang.anonymous)


def _macro_value(tokens: List[str], macros: Dict[str, str],
                 casts: Optional[Dict[str, str]] = None) -> Optional[int]:
    """The value of a macro's tokens: other macros of MACROS expanded, a cast to a type of
    CASTS (a TLFS or Windows integer type -> the kernel type of its size and sign) read as
    that cast, as the spec's evaluator reads `(u8)`."""
    casts = casts or {}
    seen = set()

    def kernel(text: str) -> str:
        return _CAST_NAME.sub(lambda m: f"({casts[m.group(1)]})" if m.group(1) in casts
                              else m.group(0), text)

    def lookup(name):
        if name in macros and name not in seen:
            seen.add(name)
            return evaluator.evaluate(kernel(macros[name]))
        raise expr.ExprError(name)

    evaluator = expr.Evaluator(lookup, lambda t: (_ for _ in ()).throw(expr.ExprError(t)))
    try:
        return evaluator.evaluate(kernel(" ".join(tokens))).value
    except Exception:  # noqa: BLE001 - anything not a constant expression has no value
        return None


_CAST_NAME = re.compile(r"\(\s*([A-Za-z_]\w*)\s*\)")
_INTEGER_KINDS = {
    ci.TypeKind.UCHAR: (1, False), ci.TypeKind.CHAR_U: (1, False), ci.TypeKind.BOOL: (1, False),
    ci.TypeKind.USHORT: (2, False), ci.TypeKind.UINT: (4, False),
    ci.TypeKind.ULONG: (8, False), ci.TypeKind.ULONGLONG: (8, False),
    ci.TypeKind.SCHAR: (1, True), ci.TypeKind.CHAR_S: (1, True), ci.TypeKind.SHORT: (2, True),
    ci.TypeKind.INT: (4, True), ci.TypeKind.LONG: (8, True), ci.TypeKind.LONGLONG: (8, True)}


def _integer_typedefs(tu) -> Dict[str, str]:
    """{typedef name: kernel type} of every integer typedef the unit sees (the Windows
    shim's UINT64, a page's `typedef UINT8 HV_VTL`): the types a macro may cast to."""
    out = {}
    for c in tu.cursor.get_children():
        if c.kind != ci.CursorKind.TYPEDEF_DECL:
            continue
        kind = _INTEGER_KINDS.get(c.underlying_typedef_type.get_canonical().kind)
        if kind is not None:
            out[c.spelling] = f"{'s' if kind[1] else 'u'}{kind[0] * 8}"
    return out


def _unit_macros(tu) -> Dict[str, str]:
    """{name: body} of the macros the unit defines itself and those it includes (the shim's
    MAXUINT64, a provider block's constant); its own win."""
    own, seen = {}, {}
    for c in tu.cursor.get_children():
        if c.kind != ci.CursorKind.MACRO_DEFINITION or c.location.file is None:
            continue
        toks = [t.spelling for t in c.get_tokens()][1:]
        if toks:
            (own if _own(c) else seen)[c.spelling] = " ".join(toks)
    return {**seen, **own}


def _strip(name: str) -> str:
    return name[1:] if name.startswith("_") else name


class _Collect:
    """The definitions one block makes on one arch, merged into DEFS (by TLFS name)."""

    def __init__(self, unit: _Unit, arch: str, defs: Dict[str, TDef]) -> None:
        self.unit, self.arch, self.defs = unit, arch, defs

    def get(self, name: str, kind: str, line: int) -> TDef:
        d = self.defs.get(name)
        if d is None:
            d = self.defs[name] = TDef(name, kind, self.unit.page, self.unit.block.line + line - 1)
        return d

    def aliased(self, name: str) -> bool:
        return any(name in d.aliases for d in self.defs.values())

    def alias(self, d: TDef, decl) -> None:
        """A typedef of a tagged type: the tag is another name of the typedef's definition."""
        tag = _strip(decl.spelling) if not decl.is_anonymous() else ""
        if tag and tag != d.name:
            d.aliases = tuple(sorted(set(d.aliases) | {tag}))
            self.defs.pop(tag, None)

    def typedef(self, c, line: int) -> None:
        under = c.underlying_typedef_type.get_canonical()
        if not _wanted(c.spelling) or under.kind == ci.TypeKind.POINTER:
            return
        if under.kind == ci.TypeKind.RECORD:
            decl = under.get_declaration()
            d = self.get(c.spelling, "union" if decl.kind == ci.CursorKind.UNION_DECL else
                         "struct", line)
            layout = _layout(c.spelling, under)
            current = d.layouts.get(self.arch)
            if current is not None and d.page == self.unit.page and d.kind == "union" and \
                    current.kind == "union":
                # a later block of the page adds alternatives ("the union additionally
                # includes"): its members join the first block's
                have = {m.path for m in current.members}
                current.members += [m for m in layout.members if m.path not in have]
                current.size = max(current.size, layout.size)
            else:
                d.layouts[self.arch] = layout
            self.alias(d, decl)
        elif under.kind == ci.TypeKind.ENUM:
            d = self.get(c.spelling, "enum", line)
            decl = under.get_declaration()
            d.size[self.arch] = under.get_size()
            d.values[self.arch] = _enum_constants(decl, d.size[self.arch])
            self.alias(d, decl)
        else:
            self.get(c.spelling, "typedef", line).size[self.arch] = under.get_size()

    def run(self, tu, integer_types: Dict[str, str]) -> None:
        children = [c for c in tu.cursor.get_children() if _own(c)]
        macros, casts = _unit_macros(tu), _integer_typedefs(tu)
        integer_types.update(casts)
        for c in children:
            line, named = c.location.line, c.is_definition() and not c.is_anonymous()
            if c.kind == ci.CursorKind.MACRO_DEFINITION and c.spelling in macros:
                self.get(c.spelling, "define", line).value = \
                    _macro_value(macros[c.spelling].split(), macros, casts)
            elif c.kind == ci.CursorKind.TYPEDEF_DECL:
                self.typedef(c, line)
            elif c.kind in clang.RECORD_KINDS and named and not self.aliased(_strip(c.spelling)):
                name = _strip(c.spelling)
                kind = "union" if c.kind == ci.CursorKind.UNION_DECL else "struct"
                self.get(name, kind, line).layouts[self.arch] = _layout(name, c.type)
            elif c.kind == ci.CursorKind.ENUM_DECL and named and \
                    not self.aliased(_strip(c.spelling)):
                d = self.get(_strip(c.spelling), "enum", line)
                d.size[self.arch] = c.type.get_size()
                d.values[self.arch] = _enum_constants(c, d.size[self.arch])
            elif c.kind == ci.CursorKind.FUNCTION_DECL and c.spelling.startswith("HvCall"):
                self.get(c.spelling, "hypercall", line).params = [
                    (a.spelling, a.type.spelling, max(a.type.get_size(), 0))
                    for a in c.get_arguments()]


def _providers(units: List[_Unit]) -> Dict[str, _Unit]:
    """The block that defines each name (TLFS spelling, and without a leading underscore),
    preferring the data-type page named after the type."""
    providers: Dict[str, _Unit] = {}
    for unit in units:
        for name in _names_defined(unit.text):
            for key in (name, _strip(name)):
                current = providers.get(key)
                own = unit.page.endswith("/" + key.lower() + ".md")
                if current is None or (own and not current.page.endswith(
                        "/" + key.lower() + ".md")):
                    providers[key] = unit
    return providers


TYPE_HEADING = re.compile(r"_?HV_[A-Z0-9_]+")
_NUMBER = re.compile(r"(?:0[xX][0-9A-Fa-f]+|\d+)[uUlL]*")


def value_columns(table: Table) -> Optional[Tuple[int, int]]:
    """(name column, value column) of a table that lists named constants, else None."""
    names = [table.column(c) for c in ("name", "enum", "register", "flag", "status code",
                                       "register name", "hypercall")]
    values = [table.column(c) for c in ("value", "identifier", "msr address", "call code")]
    name = next((c for c in names if c is not None), None)
    value = next((c for c in values if c is not None), None)
    return None if name is None or value is None or name == value else (name, value)


def table_rows(table: Table) -> List[Tuple[str, int, int]]:
    """(name, value, row index) of a constants table's rows: a cell naming one identifier and
    a cell holding one number (`HV_FOO (0x1)` names HV_FOO)."""
    cols = value_columns(table)
    if cols is None:
        return []
    out = []
    for i, row in enumerate(table.rows):
        if len(row) <= max(cols):
            continue
        name = re.match(r"`?([A-Za-z_]\w*)`?(?:\s*\(.*\))?$", row[cols[0]].strip())
        value = row[cols[1]].strip().strip("`").strip()
        if name is None or not _NUMBER.fullmatch(value):
            continue
        out.append((name.group(1), int(value.rstrip("uUlL"), 0), i))
    return out


def table_types(pages: Dict[str, Page]) -> List[Tuple[str, Page, Table]]:
    """Types a page defines by a value table right under a heading that names the type
    (`#### HV_UNIMPLEMENTED_MSR_ACTION`, then `| Value | Name |`): (name, page, table)."""
    out = []
    for path in sorted(pages):
        for table in pages[path].tables:
            heading = table.heading.text.strip() if table.heading else ""
            if TYPE_HEADING.fullmatch(heading) and table_rows(table):
                out.append((heading.lstrip("_"), pages[path], table))
    return out


def _table_unit(name: str, page: Page, table: Table) -> _Unit:
    body = "".join(f"    {n} = {v:#x},\n" for n, v, _ in table_rows(table))
    block = CodeBlock("c", "", table.line, table.heading)
    return _Unit(page.path, block, f"typedef enum\n{{\n{body}}} {name};")


def _compile(index, unit: _Unit, arch: str, providers: Dict[str, _Unit]):
    """(translation unit, errors, the units it needed) of UNIT on ARCH, after the blocks the
    names it lacks need (at most 12 rounds, each adding what the last one's errors named)."""
    deps: List[_Unit] = []
    for _ in range(12):
        tu = _tu(index, unit.text, [d.text for d in deps], arch)
        errors = _errors(tu)
        missing = [next(g for g in found.groups() if g) for found in
                   (UNKNOWN.search(message) for _, message in errors) if found]
        progress = False
        for name in missing:
            provider = providers.get(name)
            if provider is not None and provider is not unit and provider not in deps:
                deps.insert(0, provider)
                progress = True
        if not errors or not progress:
            break
    return tu, errors, deps


def _enum_constants(decl, size: int) -> List[Tuple[str, int]]:
    """An enum's constants as the TLFS writes them: the initializer's own value (unsigned,
    64-bit where it needs it: 0x80000000 is 2147483648, not the MSVC int's -2147483648), the
    previous one plus one where there is none."""
    out: List[Tuple[str, int]] = []
    known: Dict[str, int] = {}
    previous = -1
    for c in decl.get_children():
        if c.kind != ci.CursorKind.ENUM_CONSTANT_DECL:
            continue
        tokens = [t.spelling for t in c.get_tokens()]
        value = None
        if "=" in tokens:
            text = " ".join(tokens[tokens.index("=") + 1:])
            value = _macro_value(text.split(), {k: str(v) for k, v in known.items()})
        if value is None:
            value = c.enum_value if "=" in tokens else previous + 1
            if value < 0:
                value &= (1 << (8 * max(size, 4))) - 1
        known[c.spelling] = previous = value
        out.append((c.spelling, value))
    return out


def _truncate(defs: Dict[str, TDef]) -> None:
    """A record with members of types the TLFS defines nowhere (repairs.OPAQUE): those
    members and what follows the first of them are not the TLFS's; the size is unknown."""
    for d in defs.values():
        for arch, layout in d.layouts.items():
            hits = [m for m in layout.members if m.ctype in repairs_mod.OPAQUE or
                    m.canonical in repairs_mod.OPAQUE]
            if not hits:
                continue
            first = min(m.offset_bits for m in hits)
            gone = tuple(m.path for m in hits)
            layout.members = [m for m in layout.members if m.offset_bits <= first and
                              m.path not in gone and not m.path.startswith(
                                  tuple(g + "." for g in gone))]
            layout.size = 0
            d.incomplete[arch] = (
                f"member{'s' if len(hits) > 1 else ''} "
                f"{', '.join(m.path + ' (' + m.ctype + ')' for m in hits)} of types the TLFS "
                f"defines nowhere: not compared, nor what follows them")


def _block_arch(block: CodeBlock) -> Optional[str]:
    """The one architecture a block's heading names (`x64-Specific Members`), else None."""
    text = (block.heading.text if block.heading else "").lower()
    found = {arch for word, arch in ARCH_WORDS if re.search(r"\b" + word + r"\b", text)}
    return found.pop() if len(found) == 1 else None


def parse_pages(pages: Dict[str, Page]) -> Parsed:
    """Every C block of every page, laid out on both architectures, the pages together."""
    result = Parsed()
    units = []
    for path in sorted(pages):
        for block in pages[path].blocks:
            if block.lang in ("c", "cpp", "c++", "h") and block_kind(block.text):
                text, done = repairs_mod.repair(pages[path], block.text)
                result.repairs += [Applied(path, block.line, what) for what in done]
                units.append(_Unit(path, block, text))
    result.blocks = len(units)
    providers = _providers(units)
    for name, page, table in table_types(pages):
        result.table_types[name] = f"{page.path}:{table.line}"
        providers.setdefault(name, _table_unit(name, page, table))
    pointers = {m for u in units for m in re.findall(r"\bPC?HV_\w+", u.text)}
    for assumed in repairs_mod.ASSUMED + tuple(filter(None, map(repairs_mod.pointer,
                                                                sorted(pointers)))):
        if assumed.name not in providers:
            providers[assumed.name] = _Unit("", CodeBlock("c", "", 0, None), assumed.text,
                                            assumed.name)
    index = ci.Index.create()
    for unit in units:
        ok = True
        for arch in TLFS:
            tu, errors, deps = _compile(index, unit, arch, providers)
            for dep in deps:
                if dep.assumed is not None:
                    users = result.assumed.setdefault(dep.assumed, [])
                    if f"{unit.page}:{unit.block.line}" not in users:
                        users.append(f"{unit.page}:{unit.block.line}")
            if errors and ok:
                line, message = errors[0]
                result.failures.append(Failure(unit.page, unit.block.line + max(line, 1) - 1,
                                               f"{arch}: {message}"))
            ok = ok and not errors
            if not errors and _block_arch(unit.block) in (None, arch):
                # a block with errors has no trustworthy layout; one under a heading naming
                # one architecture is that architecture's
                _Collect(unit, arch, result.defs).run(tu, result.integer_types)
        if ok:
            result.parsed += 1
    _truncate(result.defs)
    return result
