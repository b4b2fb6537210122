"""`hvgen tlfs --import`: TLFS constant tables the spec lacks, written into the spec as entries.

Tables read (SOURCES): the register names (datatypes/hv_register_name.md: its
`Register | Identifier` tables), the message types, partition property codes and intercept types
(the enum of each page's C block, read by the one libclang reader, cparse.parse_pages), and the
hypercall codes (hypercalls/overview.md's `Call Code | Type | Hypercall` tables, then the
`## Call Code` of each hypercalls/HvCall*.md page overview.md lacks, cited by that page, on the
architecture of its `Architecture:` line). Each row is an
Entry: the TLFS name, the kernel name by the name rule (names.constant_name), the value as the
TLFS writes it, the architecture as the TLFS gives it (the innermost heading that names one, a
`/* x64 */` comment on the enumerator's line, the page's `(x64 only)` / "x64-specific" prose,
else the `X64` / `Arm64` word of the name; none of those: common) and the citation (page and
anchor of the heading above the table or block).

What happens to an entry:
- the spec has its name (a definition, an enum value, or a definition whose `tlfs_name:` is the
  TLFS name): nothing; where the spec's value or architecture is not the TLFS's it is reported,
  never changed (the kernel's ABI is what the spec keeps);
- the table's enum (or, for hypercall codes, the file's defines) has a documented value of the
  same number the kernel names otherwise (`HVMSG_X64_MSR_INTERCEPT` for
  `HvMessageTypeMsrIntercept`): Linux's name wins; reported as a name the rule does not give;
- otherwise it is added: to the table's enum, as a value (`linux: []`, `arch:` where the TLFS
  gives one); hypercall codes as defines at the end of hypercall-codes.yaml, with `tlfs:`.

An entry the import owns is a documented one no kernel family carries (`linux: []`) in the
table's enum (or define file): its only source is the TLFS, so an import from a newer snapshot
replaces it where the TLFS changed its value or architecture and removes it where the TLFS no
longer lists it. Nothing else is ever removed or changed. The files are edited as text (the
lines of the removed items go, new items are appended after the last item), the result is
checked to hold exactly the old data but for those items, then written by `hvgen fmt`.
Importing with nothing to import changes no file.
"""

import os
import re
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

import yaml

from . import names
from .markdown import Page, _arch_of
from .spec_edit import EditError, read_spec_text

_HEX = re.compile(r"^(0[xX][0-9A-Fa-f]+|\d+)[uUlL]*$")
_ENUMERATOR = re.compile(r"^\s*(\w+)\s*=\s*([^,/\n]+?)\s*,?\s*(?:/\*\s*(.*?)\s*\*/)?\s*$")
_NAME = re.compile(r"[A-Za-z_]\w*$")


@dataclass(frozen=True)
class Entry:
    table: str  # the SOURCES key
    tlfs_name: str
    name: str  # by the name rule
    value: int
    spelling: str  # as the TLFS writes it
    arch: Optional[str]  # x86_64 | arm64 | None (common)
    citation: str  # page#anchor
    line: int


@dataclass
class Source:
    key: str
    what: str
    page: str
    reader: Callable[["Source", Page], List[Entry]]
    enum: Optional[str] = None  # the spec enum the entries are values of
    file: Optional[str] = None  # else: the spec file (below spec/) the defines go to
    type_name: Optional[str] = None  # the C block's typedef name
    # more entries of the same target from other pages (the hypercall pages' own call codes)
    more: Optional[Callable[[Dict[str, Page]], List[Entry]]] = None


@dataclass
class Outcome:
    """What an import did and found, per table."""

    added: Dict[str, List[Entry]] = field(default_factory=dict)
    removed: Dict[str, List[str]] = field(default_factory=dict)  # owned entries gone
    present: Dict[str, int] = field(default_factory=dict)  # entries the spec has by name
    differs: List[str] = field(default_factory=list)  # spec value/arch is not the TLFS's
    linux_names: List[Tuple[str, str, str]] = field(default_factory=list)  # (spec, tlfs, why)
    missing_pages: List[str] = field(default_factory=list)
    files: List[str] = field(default_factory=list)  # spec files written

    def lines(self) -> List[str]:
        out = []
        for key in sorted(set(self.added) | set(self.removed) | set(self.present)):
            out.append(f"import {key}: {self.present.get(key, 0)} in the spec, "
                       f"{len(self.added.get(key, []))} added, "
                       f"{len(self.removed.get(key, []))} removed")
        out += [f"import: {page}: not in this snapshot; its entries left as they are"
                for page in self.missing_pages]
        out += [f"import: differs: {d}" for d in self.differs]
        out += [f"import: Linux's name {spec} is the TLFS's {tlfs} ({why})"
                for spec, tlfs, why in self.linux_names]
        out += [f"import: wrote {path}" for path in self.files]
        return out


# --- reading the TLFS -------------------------------------------------------------------

def _name_arch(tlfs_name: str) -> Optional[str]:
    """The architecture the name itself says: `HvX64Register...`, `HvMessageTypeX64Halt`."""
    for word in names.words(tlfs_name)[:4]:
        if word in ("X64", "Amd64"):
            return "x86_64"
        if word in ("Arm64", "ARM64"):
            return "arm64"
    return None


def _heading_arch(page: Page, line: int) -> Optional[str]:
    """The architecture the innermost heading above LINE that names one gives."""
    stack = []
    for h in page.headings:
        if h.line > line:
            break
        stack = [s for s in stack if s.level < h.level] + [h]
    for h in reversed(stack):
        found = _arch_of(h.text)
        if found:
            return found
    return None


def _cite(page: Page, heading) -> str:
    return f"{page.path}#{heading.anchor}" if heading is not None else page.path


def _split_cell(text: str) -> List[str]:
    return [part.strip().strip("`").strip() for part in text.split("/")]


def read_register_tables(source: Source, page: Page) -> List[Entry]:
    """The `Register | Identifier` rows (`HvArm64RegisterCcsidrEl1 / Ccsidr2El1` with
    `0x00040030 / 0x00040031` is two registers: the second name takes the first's prefix)."""
    from .cparse import value_columns

    out = []
    for table in page.tables:
        cols = value_columns(table)
        if cols is None:
            continue
        for i, row in enumerate(table.rows):
            if len(row) <= max(cols):
                continue
            tnames, values = _split_cell(row[cols[0]]), _split_cell(row[cols[1]])
            if len(tnames) != len(values) or not all(_HEX.match(v) for v in values):
                continue
            prefix = next((p for p, _ in sorted(names.CONSTANT_PREFIXES, key=lambda p: -len(p[0]))
                           if tnames[0].startswith(p)), "")
            for j, (tname, value) in enumerate(zip(tnames, values)):
                if j and not tname.startswith(prefix):
                    tname = prefix + tname
                if not _NAME.match(tname):
                    continue
                line = table.line + 2 + i
                arch = _heading_arch(page, table.line) or _name_arch(tname)
                out.append(Entry(source.key, tname, names.constant_name(tname),
                                 int(value.rstrip("uUlL"), 0), value, arch,
                                 _cite(page, table.heading), line))
    return out


def _prose_arch(page: Page, tlfs_name: str) -> Optional[str]:
    """`- **Name**: (x64 only) ...`, or Name in a list under "The following ... are
    x64-specific:"."""
    lines = page.text.split("\n")
    word = re.compile(r"\b" + re.escape(tlfs_name) + r"\b")
    for i, text in enumerate(lines):
        if not word.search(text):
            continue
        only = re.search(r"\((x64|arm64|amd64)\s+only\)", text, re.I)
        if only:
            return _arch_of(only.group(1))
        if text.lstrip().startswith(("-", "*")):
            for above in reversed(lines[:i]):
                if above.strip() and not above.lstrip().startswith(("-", "*")):
                    specific = re.search(r"\b(x64|arm64|amd64)-specific\b", above, re.I)
                    if specific:
                        return _arch_of(specific.group(1))
                    break
    return None


_COMMENT_ARCH = {"x64": "x86_64", "amd64": "x86_64", "arm64": "arm64", "all": None}


def read_c_enum(source: Source, page: Page) -> List[Entry]:
    """The enumerators of the page's C block that defines source.type_name, as libclang reads
    them (cparse), with the architecture of each (see the module's docstring)."""
    from .cparse import parse_pages

    parsed = parse_pages({page.path: page})
    tdef = parsed.defs.get(source.type_name)
    if tdef is None or tdef.kind != "enum" or not tdef.values:
        return []
    values = tdef.values.get("x86_64") or next(iter(tdef.values.values()))
    block = next((b for b in page.blocks if b.line <= tdef.line <= b.line + b.text.count("\n")),
                 None)
    written: Dict[str, Tuple[str, Optional[str], int]] = {}
    if block is not None:
        for k, text in enumerate(block.text.split("\n")):
            found = _ENUMERATOR.match(text)
            if found:
                written[found.group(1)] = (found.group(2).strip(), found.group(3), block.line + k)
    out = []
    for tname, value in values:
        spelling, comment, line = written.get(tname, (None, None, tdef.line))
        if spelling is None or not _HEX.match(spelling):
            spelling = f"{value:#010x}"
        arch = None
        if comment is not None and comment.strip().lower() in _COMMENT_ARCH:
            arch = _COMMENT_ARCH[comment.strip().lower()]
        else:
            arch = _prose_arch(page, tname) or _name_arch(tname)
        out.append(Entry(source.key, tname, names.constant_name(tname), value, spelling, arch,
                         _cite(page, block.heading if block else None), line))
    return out


def read_call_codes(source: Source, page: Page) -> List[Entry]:
    """The `Call Code | Type | Hypercall` rows (hypercalls and extended hypercalls)."""
    from .cparse import value_columns

    out = []
    for table in page.tables:
        cols = value_columns(table)
        if cols is None:
            continue
        for i, row in enumerate(table.rows):
            if len(row) <= max(cols):
                continue
            tname, value = row[cols[0]].strip().strip("`"), row[cols[1]].strip().strip("`")
            if not _NAME.match(tname) or not _HEX.match(value):
                continue
            out.append(Entry(source.key, tname, names.constant_name(tname),
                             int(value, 0), value, _name_arch(tname),
                             _cite(page, table.heading), table.line + 2 + i))
    return out


_PAGE_ARCH = re.compile(r"^\s*(?:[-*]\s*)?Architecture:\s*(.*)$", re.I | re.M)


def page_arch(page: Page) -> Optional[str]:
    """The architecture a page says it is for: the first architecture word of its
    `Architecture: x64 only.` line, else None (common)."""
    found = _PAGE_ARCH.search(page.text)
    if found is None:
        return None
    words = re.finditer(r"\b(x64|amd64|x86|arm64)\b", found.group(1), re.I)
    first = next(words, None)  # "x64 only (not available on arm64)" is x64
    return _arch_of(first.group(1)) if first else None


def read_page_call_codes(pages: Dict[str, Page]) -> List[Entry]:
    """The call code of each hypercalls/HvCall*.md page (its `## Call Code` section, as the
    audit reads it: Page.call_code), cited by the page, with the page's architecture."""
    out = []
    for path in sorted(pages):
        page = pages[path]
        base = path.rsplit("/", 1)[-1][:-3]
        if not path.startswith("hypercalls/") or not base.startswith("HvCall") or \
                page.call_code is None:
            continue
        value, _, line = page.call_code
        spelling = re.search(r"0[xX][0-9A-Fa-f]+", page.text.split("\n")[line - 1]).group(0)
        out.append(Entry("hypercalls", base, names.constant_name(base), value, spelling,
                         page_arch(page) or _name_arch(base), path, line))
    return out


SOURCES = (
    Source("registers", "register names", "datatypes/hv_register_name.md", read_register_tables,
           enum="hv_register_name"),
    Source("messages", "message types", "datatypes/hv_message_type.md", read_c_enum,
           enum="hv_message_type", type_name="HV_MESSAGE_TYPE"),
    Source("properties", "partition property codes", "datatypes/hv_partition_property_code.md",
           read_c_enum, enum="hv_partition_property_code",
           type_name="HV_PARTITION_PROPERTY_CODE"),
    Source("intercepts", "intercept types", "datatypes/hv_intercept_type.md", read_c_enum,
           enum="hv_intercept_type", type_name="HV_INTERCEPT_TYPE"),
    Source("hypercalls", "hypercall codes", "hypercalls/overview.md", read_call_codes,
           file="hypercall-interface/hypercall-codes.yaml", more=read_page_call_codes),
)


def read_entries(pages: Dict[str, Page], sources=SOURCES):
    """{source key: [Entry]} of the tables the snapshot has, and the pages it lacks."""
    found, missing = {}, []
    for source in sources:
        page = pages.get(source.page)
        if page is None:
            missing.append(source.page)
            continue
        entries = source.reader(source, page)
        if source.more is not None and entries:
            # a second table of the same names: what the first one lacks (the first wins)
            have = {e.name for e in entries}
            entries = entries + [e for e in source.more(pages) if e.name not in have]
        if entries:  # a page whose table cannot be read is not an empty table: left alone
            found[source.key] = entries
        else:
            missing.append(f"{source.page} (no {source.what} read)")
    return found, missing


# --- the spec side -------------------------------------------------------------------------

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class _Item:
    """One enum value or define of a target, as the file has it."""

    name: str
    value: object
    arch: Optional[str]
    visibility: str
    linux: Optional[list]
    tlfs: Optional[str]
    node: yaml.Node  # for its lines
    data: dict  # as loaded

    @property
    def owned(self) -> bool:
        return self.visibility == "documented" and self.linux == []

    @property
    def number(self) -> Optional[int]:
        return self.value if isinstance(self.value, int) and not isinstance(self.value, bool) \
            else None


def _spec_names(spec_dir: str):
    """Every name the spec defines (definitions and enum values) and its tlfs_name: keys."""
    from ..load import list_spec_files

    defined, tlfs_names = set(), {}
    for path in list_spec_files(spec_dir):
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_LOADER) or {}
        for d in data.get("definitions") or ():
            if not isinstance(d, dict):
                continue
            name = next((d[k] for k in ("define", "enum", "struct", "union", "typedef")
                         if isinstance(d.get(k), str)), None)
            if name:
                defined.add(name)
            if d.get("tlfs_name"):
                tlfs_names[d["tlfs_name"]] = name
            for v in d.get("values") or ():
                if isinstance(v, dict) and "name" in v:
                    defined.add(v["name"])
    return defined, tlfs_names


def _mapping_get(node: yaml.MappingNode, key: str):
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            return v
    return None


def _items_of(text: str, display: str, source: Source):
    """(items, the node after whose end new items go, the indentation of an item's dash,
    the file's defaults) of the source's enum or define file."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    data = yaml.load(text, Loader=_LOADER)
    defaults = data.get("defaults") or {}
    definitions = _mapping_get(root, "definitions")
    if not isinstance(definitions, yaml.SequenceNode):
        raise EditError(f"{display}: no definitions list")
    items = []
    if source.enum:
        for node, d in zip(definitions.value, data["definitions"]):
            if isinstance(d, dict) and d.get("enum") == source.enum:
                seq = _mapping_get(node, "values")
                vis = d.get("visibility", defaults.get("visibility"))
                linux = d.get("linux", defaults.get("linux"))
                for vnode, v in zip(seq.value, d["values"]):
                    items.append(_Item(v["name"], v["value"], v.get("arch"),
                                       v.get("visibility", vis), v.get("linux", linux), None,
                                       vnode, v))
                return items, seq.value[-1], seq.value[0].start_mark.column - 2, defaults
        raise EditError(f"{display}: no enum {source.enum}")
    for node, d in zip(definitions.value, data["definitions"]):
        if isinstance(d, dict) and "define" in d:
            arch = d.get("arch", defaults.get("arch"))
            items.append(_Item(d["define"], d["value"], arch if isinstance(arch, str) else None,
                               d.get("visibility", defaults.get("visibility")),
                               d.get("linux", defaults.get("linux")), d.get("tlfs"), node, d))
    last = definitions.value[-1]
    return items, last, last.start_mark.column - 2, defaults


def _end(node: yaml.Node) -> yaml.Mark:
    """Where a node's own text ends (a block collection's end mark is the next token's)."""
    if isinstance(node, yaml.ScalarNode) or node.flow_style or not node.value:
        return node.end_mark
    last = node.value[-1]
    return _end(last[1] if isinstance(node, yaml.MappingNode) else last)


def _item_lines(text: str, node: yaml.Node) -> Tuple[int, int]:
    """(first, last) 0-based line of an item of a sequence (its `- ` line to its end)."""
    end = _end(node)
    return node.start_mark.line, end.line if end.column > 0 else end.line - 1


def _value_line(entry: Entry, indent: int, inherited_vis: str) -> str:
    keys = [f"name: {entry.name}", f"value: {entry.spelling}"]
    if inherited_vis != "documented":
        keys.append("visibility: documented")
    if entry.arch:
        keys.append(f"arch: {entry.arch}")
    keys.append("linux: []")
    return " " * indent + "- {" + ", ".join(keys) + "}"


@dataclass(frozen=True)
class _Named:
    """A define as names.tlfs_spellings sees one (no tlfs_name of its own yet)."""

    name: str
    kind: str = "define"
    tlfs_name: Optional[str] = None


def _define_line(entry: Entry, indent: int, defaults: dict) -> str:
    keys = [f"define: {entry.name}", f"value: {entry.spelling}"]
    if defaults.get("visibility") != "documented":
        keys.append("visibility: documented")
    keys.append(f"tlfs: {entry.citation}")
    if entry.tlfs_name not in names.tlfs_spellings(_Named(entry.name)):
        keys.append(f"tlfs_name: {entry.tlfs_name}")  # the audit's rule would not find it
    keys.append("linux: []")
    if entry.name.startswith("HV_EXT_CALL_"):
        keys.append("hdk-file: hvgdk_ext.h")
    if entry.arch:
        keys.append(f"arch: {entry.arch}")
    return " " * indent + "- {" + ", ".join(keys) + "}"


def _same(item: _Item, entry: Entry, define: bool) -> bool:
    return item.number == entry.value and item.arch == entry.arch and \
        (not define or item.tlfs == entry.citation)


def plan(source: Source, entries: List[Entry], text: str, display: str, defined, tlfs_names,
         outcome: Outcome):
    """(new text or None) of the source's spec file after the import of ENTRIES."""
    items, last, indent, defaults = _items_of(text, display, source)
    define = source.enum is None
    by_name: Dict[str, List[Entry]] = {}
    for e in entries:
        by_name.setdefault(e.name, []).append(e)
    # owned items the TLFS no longer gives as they are: removed (re-added below if still listed)
    removed = [it for it in items if it.owned and
               not any(_same(it, e, define) for e in by_name.get(it.name, ()))]
    kept = [it for it in items if it not in removed]
    kept_names = {it.name for it in kept}
    gone = {it.name for it in removed} - kept_names
    rule_names = set(by_name)
    vis = "documented"
    if source.enum:
        vis = next((it.visibility for it in items), "documented")
    added, new_lines = [], []
    present = 0
    for e in entries:
        known = (e.name in defined and e.name not in gone) or e.name in kept_names or \
            e.tlfs_name in tlfs_names
        if known:
            present += 1
            name = tlfs_names.get(e.tlfs_name, e.name)
            same = [it for it in kept if it.name == name]
            arches = {it.arch for it in same if it.number == e.value}
            if same and not arches:
                outcome.differs.append(f"{name} = {same[0].value!r} in {display}, the TLFS's "
                                       f"{e.tlfs_name} = {e.spelling} ({e.citation})")
            elif same and e.arch not in arches:
                spec_arch = "/".join(sorted(a or "common" for a in arches))
                outcome.differs.append(f"{name} is {spec_arch} in {display}, the TLFS gives "
                                       f"{e.tlfs_name} {e.arch or 'common'} ({e.citation})")
            continue
        alias = [it for it in kept if not it.owned and it.visibility == "documented" and
                 it.number == e.value and it.arch in (None, e.arch) and
                 it.name not in rule_names]
        if alias:
            outcome.linux_names.append((alias[0].name, e.tlfs_name,
                                        f"{e.spelling}, {e.citation}"))
            present += 1
            continue
        added.append(e)
        kept_names.add(e.name)
        new_lines.append(_define_line(e, indent, defaults) if define
                         else _value_line(e, indent, vis))
    outcome.present[source.key] = outcome.present.get(source.key, 0) + present
    if not added and not removed:
        return None
    outcome.added.setdefault(source.key, []).extend(added)
    outcome.removed.setdefault(source.key, []).extend(it.name for it in removed)
    lines = text.split("\n")
    drop = set()
    for it in removed:
        first, end = _item_lines(text, it.node)
        drop.update(range(first, end + 1))
    _, after = _item_lines(text, last)
    if define and new_lines:
        new_lines = [""] + new_lines
    out = []
    for i, line in enumerate(lines):
        if i not in drop:
            out.append(line)
        if i == after:
            out.extend(new_lines)
    new = "\n".join(out)
    _check(text, new, display, source, removed,
           [yaml.load(line.strip()[2:], Loader=_LOADER) for line in new_lines if line.strip()])
    return new


def _check(old: str, new: str, display: str, source: Source, removed, added) -> None:
    """The new text holds the old data but for the removed and added items: a check of the
    importer itself, so no mistake of it reaches a file."""
    try:
        before, after = yaml.load(old, Loader=_LOADER), yaml.load(new, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise EditError(f"{display}: the imported text would not parse: {exc}") from None
    gone = [it.data for it in removed]
    expected = dict(before, definitions=[])
    for d in before.get("definitions") or ():
        if source.enum and isinstance(d, dict) and d.get("enum") == source.enum:
            values = [v for v in d["values"] if v not in gone] + list(added)
            d = dict(d, values=sorted(values, key=repr))
        elif not source.enum and d in gone:
            continue
        expected["definitions"].append(d)
    if not source.enum:
        expected["definitions"] += list(added)
    got = dict(after, definitions=[
        dict(d, values=sorted(d["values"], key=repr))
        if source.enum and isinstance(d, dict) and d.get("enum") == source.enum else d
        for d in after.get("definitions") or ()])
    if got != expected:
        raise EditError(f"{display}: the import would change more than the entries it adds "
                        f"and removes (a bug of hvgen tlfs --import)")


def run_import(pages: Dict[str, Page], spec_dir: str, sources=SOURCES) -> Outcome:
    """Import the SOURCES' tables of a snapshot into the spec below spec_dir."""
    from ..fmt import format_text

    outcome = Outcome()
    entries, outcome.missing_pages = read_entries(pages, sources)
    defined, tlfs_names = _spec_names(spec_dir)
    targets = {}
    for source in sources:
        if source.key not in entries:
            continue
        path = _target_file(spec_dir, source)
        display = os.path.relpath(path)
        text = targets.get(path) or read_spec_text(path)
        new = plan(source, entries[source.key], text, display, defined, tlfs_names, outcome)
        if new is not None:
            targets[path] = new
    for path, text in targets.items():
        text = format_text(text, os.path.relpath(path))
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        outcome.files.append(os.path.relpath(path))
    return outcome


def _target_file(spec_dir: str, source: Source) -> str:
    if source.file:
        return os.path.join(spec_dir, source.file)
    from ..load import list_spec_files

    for path in list_spec_files(spec_dir):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        if re.search(r"^\s*-\s*\{?\s*enum:\s*" + re.escape(source.enum) + r"\b", text, re.M):
            return path
    raise EditError(f"{spec_dir}: no spec file defines enum {source.enum}")
