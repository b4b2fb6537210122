"""The C syntax blocks of TLFS pages, parsed with libclang and laid out per architecture.

Each block is compiled alone, after the blocks of other pages that define the names it uses
(found by a first pass), for the facts layer's TLFS targets: Windows' own triples with `_AMD64_`
or `_ARM64_` (the TLFS describes the hypervisor's MSVC layout), and facts/windows_shim/ for the
Windows base types. Records are laid out by the facts layer (facts.model.Record). A block
libclang rejects is reported with its page, line and first error, never raised.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple


from .. import expr
from ..facts import clang
from ..facts.clang import ci
from ..facts.model import Record
from ..facts.targets import TLFS
from .markdown import CodeBlock, Page


# HV_* scalar aliases that hypercall prototypes use but no page defines (UINT64-sized handles
# and flag words); used only when no block defines the name.
FALLBACK_ALIASES = {
    "HV_STATUS": "UINT16", "HV_ADDRESS_SPACE_ID": "UINT64", "HV_FLUSH_FLAGS": "UINT64",
    "HV_COMPATIBILITY_VERSION": "UINT32", "HV_PARTITION_PROPERTY": "UINT64",
    "HV_VP_INDEX": "UINT32", "HV_PARTITION_ID": "UINT64", "HV_GPA_PAGE_NUMBER": "UINT64",
    "HV_GVA": "UINT64", "HV_GPA": "UINT64", "HV_SPA": "UINT64", "HV_VTL": "UINT8",
    "HV_INPUT_VTL": "UINT8", "HV_PORT_ID": "UINT32", "HV_CONNECTION_ID": "UINT32",
    "HV_INTERRUPT_VECTOR": "UINT32", "HV_SYNIC_SINT_INDEX": "UINT32", "HV_NODE_ID": "UINT32",
    "HV_REGISTER_NAME": "UINT32", "HV_MAP_GPA_FLAGS": "UINT32", "HV_UNMAP_GPA_FLAGS": "UINT32",
    "HV_SPA_PAGE_NUMBER": "UINT64", "HV_GVA_PAGE_NUMBER": "UINT64",
    "HV_PROXIMITY_DOMAIN_ID": "UINT32", "HV_LOGICAL_PROCESSOR_INDEX": "UINT32",
    "HV_TRANSLATE_GVA_CONTROL_FLAGS": "UINT64", "HV_INTERCEPT_ACCESS_TYPE_MASK": "UINT32",
    "HV_IO_PORT": "UINT16", "HV_EVENTLOG_TYPE": "UINT32", "HV_SAVE_RESTORE_STATE_FLAGS": "UINT64",
}

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

    @property
    def arches(self):
        return sorted(set(self.layouts) | set(self.values) | set(self.size))


@dataclass
class Failure:
    page: str
    line: int
    reason: str


@dataclass
class Parsed:
    blocks: int = 0  # C blocks that define something (types, macros, prototypes)
    parsed: int = 0
    failures: List[Failure] = field(default_factory=list)
    defs: Dict[str, TDef] = field(default_factory=dict)


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
    def __init__(self, page: str, block: CodeBlock) -> None:
        self.page, self.block = page, block
        self.text = block.text.replace("\r", "")


VDIR = "/hvgen-tlfs/"
OWN = VDIR + "block.h"


def _tu(index, text: str, deps: List[str], arch: str, extra: str = ""):
    main = VDIR + "main.c"
    includes = ["extra.h"] + [f"dep{i}.h" for i in range(len(deps))] + ["block.h"]
    source = "".join(f'#include "{name}"\n' for name in includes)
    files = [(main, source), (VDIR + "extra.h", extra),
             (OWN, text + "\n")] + [(f"{VDIR}dep{i}.h", d + "\n") for i, d in enumerate(deps)]
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


def _macro_value(tokens: List[str], macros: Dict[str, str]) -> Optional[int]:
    text = " ".join(tokens)
    seen = set()

    def lookup(name):
        if name in macros and name not in seen:
            seen.add(name)
            return evaluator.evaluate(macros[name])
        raise expr.ExprError(name)

    evaluator = expr.Evaluator(lookup, lambda t: (_ for _ in ()).throw(expr.ExprError(t)))
    try:
        return evaluator.evaluate(text).value
    except Exception:  # noqa: BLE001 - anything not a constant expression has no value
        return None


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
            d.layouts[self.arch] = _layout(c.spelling, under)
            self.alias(d, decl)
        elif under.kind == ci.TypeKind.ENUM:
            d = self.get(c.spelling, "enum", line)
            decl = under.get_declaration()
            d.values[self.arch] = clang.constants(decl)
            d.size[self.arch] = under.get_size()
            self.alias(d, decl)
        else:
            self.get(c.spelling, "typedef", line).size[self.arch] = under.get_size()

    def run(self, tu) -> None:
        children = [c for c in tu.cursor.get_children() if _own(c)]
        macros = {}
        for c in children:
            if c.kind == ci.CursorKind.MACRO_DEFINITION:
                toks = [t.spelling for t in c.get_tokens()][1:]
                if toks:
                    macros[c.spelling] = " ".join(toks)
        for c in children:
            line, named = c.location.line, c.is_definition() and not c.is_anonymous()
            if c.kind == ci.CursorKind.MACRO_DEFINITION and c.spelling in macros:
                self.get(c.spelling, "define", line).value = \
                    _macro_value(macros[c.spelling].split(), macros)
            elif c.kind == ci.CursorKind.TYPEDEF_DECL:
                self.typedef(c, line)
            elif c.kind in clang.RECORD_KINDS and named and not self.aliased(_strip(c.spelling)):
                name = _strip(c.spelling)
                kind = "union" if c.kind == ci.CursorKind.UNION_DECL else "struct"
                self.get(name, kind, line).layouts[self.arch] = _layout(name, c.type)
            elif c.kind == ci.CursorKind.ENUM_DECL and named and \
                    not self.aliased(_strip(c.spelling)):
                d = self.get(_strip(c.spelling), "enum", line)
                d.values[self.arch] = clang.constants(c)
                d.size[self.arch] = c.type.get_size()
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


def _compile(index, unit: _Unit, arch: str, providers: Dict[str, _Unit]):
    """(translation unit, errors) of UNIT on ARCH, after the blocks and fallback aliases the
    names it lacks need (at most 12 rounds, each adding what the last one's errors named)."""
    deps: List[_Unit] = []
    extra = ""
    for _ in range(12):
        tu = _tu(index, unit.text, [d.text for d in deps], arch, extra)
        errors = _errors(tu)
        missing = [next(g for g in found.groups() if g) for found in
                   (UNKNOWN.search(message) for _, message in errors) if found]
        progress = False
        for name in missing:
            provider = providers.get(name)
            if provider is not None and provider is not unit and provider not in deps:
                deps.insert(0, provider)
                progress = True
            elif name in FALLBACK_ALIASES and f" {name};" not in extra:
                extra += f"typedef {FALLBACK_ALIASES[name]} {name};\n"
                progress = True
        if not errors or not progress:
            break
    return tu, errors


def parse_pages(pages: Dict[str, Page]) -> Parsed:
    """Every C block of every page, laid out on both architectures."""
    result = Parsed()
    units = [_Unit(path, block) for path in sorted(pages) for block in pages[path].blocks
             if block.lang in ("c", "cpp", "c++", "h") and block_kind(block.text)]
    result.blocks = len(units)
    providers = _providers(units)
    index = ci.Index.create()
    for unit in units:
        ok = True
        for arch in TLFS:
            tu, errors = _compile(index, unit, arch, providers)
            if errors and ok:
                line, message = errors[0]
                result.failures.append(Failure(unit.page, unit.block.line + max(line, 1) - 1,
                                               f"{arch}: {message}"))
            ok = ok and not errors
            if not errors:  # a block with errors has no trustworthy layout
                _Collect(unit, arch, result.defs).run(tu)
        if ok:
            result.parsed += 1
    return result
