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
    records: List[str] = field(default_factory=list)  # records in the imported files
    skipped: List[str] = field(default_factory=list)  # TLFS records not imported: why
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
        out.append(f"import records: {len(self.records)} imported, {len(self.skipped)} "
                   f"not importable")
        out += [f"import: not imported: {why}" for why in self.skipped]
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


def _value_rows(page: Page):
    """(table, line, name cell, value cell) of each row of the page's name | value tables
    (cparse.value_columns finds the two columns)."""
    from .cparse import value_columns

    for table in page.tables:
        cols = value_columns(table)
        if cols is None:
            continue
        for i, row in enumerate(table.rows):
            if len(row) > max(cols):
                yield table, table.line + 2 + i, row[cols[0]], row[cols[1]]


def read_register_tables(source: Source, page: Page) -> List[Entry]:
    """The `Register | Identifier` rows (`HvArm64RegisterCcsidrEl1 / Ccsidr2El1` with
    `0x00040030 / 0x00040031` is two registers: the second name takes the first's prefix)."""
    out = []
    for table, line, name_cell, value_cell in _value_rows(page):
        pairs = names.register_pairs(name_cell, value_cell)
        if not all(_HEX.match(value) for _, value in pairs):
            continue
        for tname, value in pairs:
            if not _NAME.match(tname):
                continue
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
    out = []
    for table, line, name_cell, value_cell in _value_rows(page):
        tname, value = name_cell.strip().strip("`"), value_cell.strip().strip("`")
        if not _NAME.match(tname) or not _HEX.match(value):
            continue
        out.append(Entry(source.key, tname, names.constant_name(tname),
                         int(value, 0), value, _name_arch(tname),
                         _cite(page, table.heading), line))
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


def _spec_names(spec_dir: str, skip_imported: bool = False):
    """Every name the spec defines (definitions and enum values) and its tlfs_name: keys
    (SKIP_IMPORTED: of the hand-kept files only, as the import writes its own files anew)."""
    from ..load import list_spec_files

    defined, tlfs_names = set(), {}
    for path in list_spec_files(spec_dir):
        if skip_imported and path.endswith(IMPORTED):
            continue
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
    vis = next((it.visibility for it in items), "documented") if source.enum else "documented"
    added, new_lines = [], []
    present = _sort_entries(entries, kept, {it.name for it in removed}, set(by_name), display,
                            defined, tlfs_names, outcome, added)
    for e in added:
        new_lines.append(_define_line(e, indent, defaults) if define
                         else _value_line(e, indent, vis))
    outcome.present[source.key] = outcome.present.get(source.key, 0) + present
    if not added and not removed:
        return None
    outcome.added.setdefault(source.key, []).extend(added)
    outcome.removed.setdefault(source.key, []).extend(it.name for it in removed)
    if define and new_lines:
        new_lines = [""] + new_lines
    new = _splice(text, removed, last, new_lines)
    _check(text, new, display, source, removed,
           [yaml.load(line.strip()[2:], Loader=_LOADER) for line in new_lines if line.strip()])
    return new


def _sort_entries(entries, kept, removed_names, rule_names, display, defined, tlfs_names,
                  outcome: Outcome, added: list) -> int:
    """How many ENTRIES the spec has (by name, or under Linux's name); ADDED gets the rest.
    A spec value or architecture that is not the TLFS's is reported in OUTCOME."""
    kept_names = {it.name for it in kept}
    gone = removed_names - kept_names
    present = 0
    for e in entries:
        known = (e.name in defined and e.name not in gone) or e.name in kept_names or \
            e.tlfs_name in tlfs_names
        if known:
            present += 1
            _report_difference(e, kept, display, tlfs_names, outcome)
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
    return present


def _report_difference(e: Entry, kept, display: str, tlfs_names, outcome: Outcome) -> None:
    """The spec's value or architecture of an entry it has, where it is not the TLFS's."""
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


def _splice(text: str, removed, last, new_lines: List[str]) -> str:
    """TEXT without the lines of the REMOVED items, NEW_LINES after the LAST item's."""
    drop = set()
    for it in removed:
        first, end = _item_lines(text, it.node)
        drop.update(range(first, end + 1))
    _, after = _item_lines(text, last)
    out = []
    for i, line in enumerate(text.split("\n")):
        if i not in drop:
            out.append(line)
        if i == after:
            out.extend(new_lines)
    return "\n".join(out)


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


def run_import(pages: Dict[str, Page], spec_dir: str, sources=SOURCES,
               records: bool = True) -> Outcome:
    """Import the SOURCES' tables of a snapshot into the spec below spec_dir, then (RECORDS)
    the TLFS records the spec lacks."""
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
    if records:
        import_records(pages, spec_dir, outcome)
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


# --- records: the TLFS's composite data types and hypercall input/output blocks -----------
#
# A TLFS record the spec lacks (what the audit lists as "in the TLFS, absent from the spec":
# a struct or union of a C block, or a hypercall page's Input/Output Parameters or List
# Element table) becomes a spec record: named by the rule (HV_FOO -> hv_foo; HvCallFoo's
# input -> hv_input_foo, output -> hv_output_foo, list element -> hv_input_foo_list_element
# with tlfs_name:), members in kernel snake_case (names.field_name) with kernel types
# (UINT64 -> u64 ... BOOLEAN -> u8; a TLFS scalar typedef or enum -> the unsigned type of its
# size, as Linux writes them; a TLFS record -> the spec's record of that name), `reserved:
# true` where the name says reserved, arrays and bitfields as the C block has them; tables:
# each row a member of its size's type (the prototype's type where the page has one), the
# record `packed: true` as the kernel's hypercall inputs are. Documented with the citation
# (page#anchor of the heading above the block or table), `linux: []`, `arch:` as the page
# says (its `Architecture:` line, the block's heading, the name's X64/AMD64/ARM64 word).
#
# They are written to files of their own, <chapter>/<topic>-imported.yaml next to the spec
# file that cites the page most (the import owns those files: each import writes them anew
# from its snapshot, so an update replaces and removes what the TLFS changed). What cannot be
# expressed is skipped with the reason: a type the TLFS defines nowhere or the spec lacks, a
# variable-size or overlapping row, a pointer, sizes that differ per architecture. Then the
# import checks its own work: the spec must validate (also with every `linux:` taken out, where
# tools/derive-presence --write starts: 6.12 then carries what is documented, so the 6.12 file
# split must be able to place it), each table row must be its member's offset and size in the
# layout engine, and `hvgen tlfs` must give every
# imported record the verdict "layout verified" with no member it cannot verify; a record
# that fails is taken out again, with the validator's or the audit's words as the reason.

IMPORTED = "-imported.yaml"
_SCALAR = {"UINT64": "u64", "UINT32": "u32", "UINT16": "u16", "UINT8": "u8", "BOOLEAN": "u8",
           "UCHAR": "u8", "USHORT": "u16", "ULONG": "u32", "ULONG64": "u64",
           "ULONGLONG": "u64", "INT64": "s64", "INT32": "s32", "INT16": "s16", "INT8": "s8"}
_BY_SIZE = {1: "u8", 2: "u16", 4: "u32", 8: "u64"}
_SIZES = {v: k for k, v in _BY_SIZE.items()}
_C_WORDS = {"auto", "break", "case", "char", "const", "continue", "default", "do", "double",
            "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
            "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
            "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "bool"}
RESERVED_NAME = re.compile(r"^(reserved|rsvd|res\d|res$|padding|pad\d*$)", re.I)


def member_name(tlfs: str) -> str:
    """A TLFS member's kernel name: names.field_name, a `UINT64` inside a name read as one
    word (`AsUINT64` -> `as_uint64`, as the kernel writes it)."""
    return names.field_name(re.sub(r"U?INT\d+", lambda m: m.group(0).capitalize(), tlfs))


class _Skip(Exception):
    """A TLFS record the spec language cannot hold as the TLFS gives it (the reason)."""


@dataclass
class RecordEntry:
    name: str  # the spec name
    kind: str  # struct | union
    tlfs_name: str  # the TLFS's (the audit's label)
    explicit: Optional[str]  # tlfs_name: to write (the rule would not find it)
    page: str
    line: int
    citation: str
    arch: Optional[str]
    members: list  # spec members
    packed: bool = False
    uses: Tuple[str, ...] = ()  # spec records it needs (imported ones among them)
    file: str = ""  # below spec/
    rows: Tuple[Tuple[str, int, int], ...] = ()  # a table's (member, byte offset, bytes)

    def definition(self) -> dict:
        d = {self.kind: self.name, "tlfs": self.citation}
        if self.explicit:
            d["tlfs_name"] = self.explicit
        if self.arch:
            d["arch"] = str(self.arch)  # an ArchName is a str YAML cannot represent as one
        if self.packed:
            d["packed"] = True
        d["values" if self.kind == "enum" else "members"] = self.members
        return d


def _type_arch(tlfs_name: str) -> Optional[str]:
    for word in re.split(r"[_\s]+", tlfs_name.upper()):
        if word in ("X64", "AMD64"):
            return "x86_64"
        if word == "ARM64":
            return "arm64"
    return None


def _spec_records(spec_dir: str, skip_imported: bool = True):
    """{audit key: (kind, name)} of the spec's records and typedefs (imported files left out:
    the import writes those anew), {spec file: [pages it cites]}, {page#anchor: [names
    cited to it]} and {name: the arch the documented view binds it to, where one does}."""
    from ..load import list_spec_files

    records, cites, cited, bound = {}, {}, {}, {}
    for path in list_spec_files(spec_dir):
        if skip_imported and path.endswith(IMPORTED):
            continue
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_LOADER) or {}
        defaults = data.get("defaults") or {}
        rel = os.path.relpath(path, spec_dir)
        for d in data.get("definitions") or ():
            if not isinstance(d, dict):
                continue
            tlfs = d.get("tlfs", defaults.get("tlfs"))
            if isinstance(tlfs, str) and tlfs != "none":
                cites.setdefault(rel, []).append(tlfs.split("#")[0])
            arch = d.get("arch", defaults.get("arch"))
            arch = arch.get("tlfs") if isinstance(arch, dict) else arch
            for kind in ("struct", "union", "typedef", "enum"):
                if isinstance(d.get(kind), str) and arch not in (None, "none"):
                    bound.setdefault(d[kind], set()).add(arch)
                if isinstance(d.get(kind), str) and isinstance(tlfs, str) and "#" in tlfs:
                    cited.setdefault(tlfs, []).append(d[kind])
                if isinstance(d.get(kind), str):
                    key = names.type_key(d["tlfs_name"]) if d.get("tlfs_name") else \
                        d[kind].lower()
                    records[key] = (kind, d[kind])
                    records.setdefault(d[kind].lower(), (kind, d[kind]))
    return records, cites, cited, bound


class _Types:
    """TLFS type spellings -> spec types (for a record of one arch, ARCH: a spec record the
    documented view has only on other arches is not one it can use)."""

    def __init__(self, parsed, records, wanted, bound=None, arch=None) -> None:
        self.parsed, self.records, self.wanted = parsed, records, wanted
        self.bound, self.arch = bound or {}, arch

    def on_arch(self, arch: Optional[str]) -> "_Types":
        return _Types(self.parsed, self.records, self.wanted, self.bound, arch)

    def named(self, tlfs: str, size: Optional[int], uses: set) -> str:
        tlfs = re.sub(r"^(const|volatile|struct|union|enum)\s+", "", tlfs.strip())
        if tlfs in _SCALAR:
            return _SCALAR[tlfs]
        key = names.type_key(tlfs)
        spec = self.records.get(key)
        arches = self.bound.get(spec[1]) if spec is not None else None
        if spec is not None and self.arch is not None and arches and self.arch not in arches:
            raise _Skip(f"{tlfs} is the spec's {spec[0]} {spec[1]}, which the documented "
                        f"view has on {', '.join(sorted(arches))} only, not on {self.arch}")
        if spec is not None and spec[0] in ("struct", "union"):
            uses.add(spec[1])
            return f"{spec[0]} {spec[1]}"
        if key in self.wanted and self.wanted[key][0] != "enum":  # a member of an enum: u32
            kind, name = self.wanted[key]
            uses.add(name)
            return f"{kind} {name}"
        tdef = self.parsed.defs.get(tlfs)
        if tlfs in self.parsed.table_types and size in _BY_SIZE:
            return _BY_SIZE[size]  # an enum the TLFS gives by a value table under its heading
        if tdef is not None and tdef.kind in ("typedef", "enum") and size in _BY_SIZE:
            return _BY_SIZE[size]  # HV_PARTITION_ID -> u64, an enum -> u32, as Linux has them
        if tdef is not None and tdef.kind in ("struct", "union"):
            raise _Skip(f"uses TLFS type {tlfs}, which the spec lacks")
        if _assumed_scalar(tlfs) and size in _BY_SIZE:
            return _BY_SIZE[size]  # no page defines it; its size is the one the audit assumes
        raise _Skip(f"uses type {tlfs}, which the TLFS defines nowhere")


def _assumed_scalar(tlfs: str) -> bool:
    """A type no page defines that the audit assumes to be a scalar, for a reason repairs.py
    gives (HV_TRANSLATE_GVA_RESULT_CODE: a UINT32 beside 32 bits of bitfields)."""
    from .repairs import ASSUMED_BY_NAME

    assumed = ASSUMED_BY_NAME.get(tlfs)
    return assumed is not None and not assumed.opaque and assumed.text.startswith("typedef U")


def _c_members(decl, types: _Types, uses: set, where: str) -> list:
    from ..facts import clang
    from ..facts.clang import ci

    out = []
    children = list(decl.get_children())
    field_types = [d for d in (clang.record_decl(clang.strip_arrays(c.type)) for c in children
                               if c.kind == ci.CursorKind.FIELD_DECL) if d is not None]
    for c in children:
        if c.kind == ci.CursorKind.FIELD_DECL:
            if not c.spelling:
                raise _Skip(f"{where}: an unnamed bitfield")
            out.append(_c_field(c, types, uses, where))
        elif c.kind in clang.RECORD_KINDS and c.is_definition() and clang.is_unnamed(c) and \
                not any(c == d for d in field_types):
            kind = "union" if c.kind == ci.CursorKind.UNION_DECL else "struct"
            out.append({kind: _c_members(c, types, uses, where)})
    return out


def _c_field(c, types: _Types, uses: set, where: str) -> dict:
    from ..facts import clang
    from ..facts.clang import ci

    name = member_name(c.spelling)
    if name in _C_WORDS:
        raise _Skip(f"{where}: member {c.spelling} is the C word {name}")
    member = {"name": name}
    t, array = c.type, None
    if t.get_canonical().kind == ci.TypeKind.CONSTANTARRAY:
        array, t = t.get_canonical().element_count, t.element_type
        if t.get_canonical().kind in clang.ARRAY_KINDS:
            raise _Skip(f"{where}: {c.spelling} is an array of arrays")
    elif t.get_canonical().kind == ci.TypeKind.INCOMPLETEARRAY:
        array, t = "flexible", t.element_type
    canonical = t.get_canonical()
    if canonical.kind == ci.TypeKind.POINTER:
        raise _Skip(f"{where}: {c.spelling} is a pointer")
    inner = clang.record_decl(canonical)
    if inner is not None and inner.is_anonymous():
        kind = "union" if inner.kind == ci.CursorKind.UNION_DECL else "struct"
        member = {kind: _c_members(inner, types, uses, where), "name": name}
    else:
        spelled = t.spelling if inner is None else (t.get_typedef_name() or t.spelling)
        member["type"] = types.named(spelled, canonical.get_size(), uses)
    if c.is_bitfield():
        member["bits"] = c.get_bitfield_width()
    if array is not None:
        member["array"] = array
    if RESERVED_NAME.match(c.spelling):
        member["reserved"] = True
    return member


def _record_cursors(pages: Dict[str, Page], wanted: List[str]):
    """{TLFS name: {arch: record cursor}} of the C blocks defining WANTED, compiled as
    cparse.parse_pages compiles them (its providers, table types and assumed names)."""
    from . import cparse, repairs as repairs_mod
    from ..facts.clang import ci
    from ..facts.targets import TLFS
    from .markdown import CodeBlock

    units = []
    for path in sorted(pages):
        for block in pages[path].blocks:
            if block.lang in ("c", "cpp", "c++", "h") and cparse.block_kind(block.text):
                text, _ = repairs_mod.repair(pages[path], block.text)
                units.append(cparse._Unit(path, block, text))
    providers = cparse._providers(units)
    for name, page, table in cparse.table_types(pages):
        providers.setdefault(name, cparse._table_unit(name, page, table))
    pointers = {m for u in units for m in re.findall(r"\bPC?HV_\w+", u.text)}
    for assumed in repairs_mod.ASSUMED + tuple(filter(None, map(repairs_mod.pointer,
                                                                sorted(pointers)))):
        if assumed.name not in providers:
            providers[assumed.name] = cparse._Unit("", CodeBlock("c", "", 0, None),
                                                   assumed.text, assumed.name)
    index = ci.Index.create()
    out, keep = {}, []
    for name in wanted:
        unit = providers.get(name)
        if unit is None or unit.assumed is not None:
            continue
        for arch in TLFS:
            if cparse._block_arch(unit.block) not in (None, arch):
                continue
            tu, errors, _ = cparse._compile(index, unit, arch, providers)
            if errors:
                continue
            keep.append(tu)
            for c in tu.cursor.get_children():
                if c.location.file is None or c.location.file.name != cparse.OWN:
                    continue
                if c.kind == ci.CursorKind.TYPEDEF_DECL and c.spelling == name:
                    decl = c.underlying_typedef_type.get_canonical().get_declaration()
                    out.setdefault(name, {})[arch] = (decl, keep)
                elif c.kind in (ci.CursorKind.STRUCT_DECL, ci.CursorKind.UNION_DECL) and \
                        c.is_definition() and c.spelling.lstrip("_") == name:
                    out.setdefault(name, {}).setdefault(arch, (c, keep))
    return out


def _block_of(page: Page, line: int):
    return next((b for b in page.blocks if b.line <= line <= b.line + b.text.count("\n")),
                None)


def _table_of(page: Page, line: int):
    return next((t for t in page.tables if t.line == line), None)


def _arch_of_record(page: Page, tlfs_name: str, heading_line: int) -> Optional[str]:
    return page_arch(page) or _heading_arch(page, heading_line) or _type_arch(tlfs_name)


def _table_records(ent, pages, parsed, types: _Types, wanted) -> List[RecordEntry]:
    """The record a parameter table lays out: one, or, where its rows differ per
    architecture (an `x64 Layout` and an `ARM64 Layout` table, a row `4 (x64) or 8 (ARM64)`
    bytes), one per architecture under the same name, each bound to its arch (`arch:`, as
    the spec writes hv_msi_entry's two layouts)."""
    layouts = dict(ent.tables)
    shapes = {arch: tuple((m.path, m.offset_bits, m.size, m.array) for m in lay.members
                          if m.size or m.array) for arch, lay in layouts.items()}
    if len(set(shapes.values())) == 1:
        return [_table_record(ent, pages, parsed, types, wanted, None, layouts)]
    return [_table_record(ent, pages, parsed, types, wanted, arch, {arch: layouts[arch]})
            for arch in sorted(layouts)]


def _table_record(ent, pages, parsed, types: _Types, wanted, per_arch: Optional[str],
                  layouts) -> RecordEntry:
    """The record of ENT's table on every arch of LAYOUTS (PER_ARCH: only that one)."""
    page = pages[ent.page]
    table = _arch_table(ent, page, per_arch)
    base = ent.page.rsplit("/", 1)[-1][:-3]
    kind, name = wanted[ent.key]
    where = f"{ent.page}:{ent.line} {ent.tlfs_name}" + (f" ({per_arch})" if per_arch else "")
    rows = [m for m in next(iter(layouts.values())).members if m.size or m.array]
    proto = parsed.defs.get(base)
    params = {p[0]: p for p in (proto.params if proto is not None else ())}
    members, uses, sizes = _row_members(rows, params, types.on_arch(per_arch), where)
    explicit = ent.tlfs_name if "ListElement" in ent.tlfs_name else None
    arch = per_arch or _arch_of_record(page, base, table.line if table else ent.line)
    if len(layouts) == 1 and arch is None:
        arch = next(iter(layouts))
    return RecordEntry(name, kind, ent.tlfs_name, explicit, ent.page, ent.line,
                       _cite(page, table.heading if table else None), arch, members,
                       packed=True, uses=tuple(sorted(uses)), rows=tuple(sizes))


def _arch_table(ent, page: Page, arch: Optional[str]):
    """ENT's table on ARCH: the entity's own, or the page's table of that arch laying out
    the same record (StartVirtualProcessor's `ARM64 Layout` below its `x64 Layout`)."""
    own = _table_of(page, ent.line)
    if arch is None or own is None or own.arch in (None, arch):
        return own
    from .audit import _parameter_table

    base = ent.page.rsplit("/", 1)[-1][:-3]
    mine = _parameter_table(base, page, own)
    return next((t for t in page.tables if t.arch == arch and
                 _parameter_table(base, page, t) == mine), own)


def _row_members(rows, params, types: _Types, where: str):
    """(members, records used, [(member, byte offset, bytes)]) of a table's rows, in order;
    the bytes between two rows a reserved filler."""
    members, uses, cursor, sizes = [], set(), 0, []
    for i, m in enumerate(rows):
        if m.offset_bits < cursor:
            raise _Skip(f"{where}: {m.path} at offset {m.offset_bits // 8} overlaps the row "
                        f"before it (which ends at offset {cursor // 8})")
        if m.offset_bits > cursor:  # bytes the table skips: reserved, as the kernel spells it
            members.append(_filler(len(members), (m.offset_bits - cursor) // 8))
        cursor = m.offset_bits + m.size * 8
        mname = member_name(m.path)
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", mname) or mname in _C_WORDS:
            raise _Skip(f"{where}: row {m.path!r} is no member name")
        param = params.get(m.path)
        if m.array == "variable":
            if i != len(rows) - 1:
                raise _Skip(f"{where}: {m.path} has a variable size and no element type")
            members.append(_variable_member(mname, m, param, types, uses, where))
            continue
        members.append(_sized_member(mname, m, param, types, uses, where))
        sizes.append((mname, m.offset_bits // 8, m.size))
    return members, uses, sizes


def _variable_member(mname: str, m, param, types: _Types, uses: set, where: str) -> dict:
    """A variable-size last row: a flexible array of the prototype's element type, or, where
    the prototype passes a union, that union (its alternatives are the row's sizes)."""
    element = re.sub(r"\s*(\[\]|\*)$", "", param[1].strip()) if param else None
    if element is not None and element == param[1].strip():
        try:
            ctype = types.named(element, None, uses)
        except _Skip as why:
            raise _Skip(f"{where}: the variable-size {m.path} {why}") from None
        if ctype.startswith("union "):
            return {"name": mname, "type": ctype}
    if element is None or element == param[1].strip():
        raise _Skip(f"{where}: {m.path} has a variable size and no element type")
    try:
        ctype = types.named(element, None, uses)
    except _Skip as why:
        raise _Skip(f"{where}: the variable-size {m.path} {why}") from None
    if ctype in ("VOID", "PCVOID"):
        raise _Skip(f"{where}: {m.path} has a variable size and no element type")
    return {"name": mname, "type": ctype, "array": "flexible"}


def _sized_member(mname: str, m, param, types: _Types, uses: set, where: str) -> dict:
    """A row of a fixed size: the prototype's type where it is the row's size, else the
    unsigned type of the row's size (a reserved row of another size: bytes)."""
    member = {"name": mname}
    ctype = _param_type(param, m.size, types, uses)
    if ctype is None:
        if (RESERVED_NAME.match(m.path) or _bytes_param(param)) and m.size not in _BY_SIZE:
            ctype, member["array"] = "u8", m.size  # reserved bytes, or bytes passed as such
        elif m.size not in _BY_SIZE:
            raise _Skip(f"{where}: no type for the {m.size}-byte row {m.path}")
        else:
            ctype = _BY_SIZE[m.size]
    member = {"name": mname, "type": ctype, **{k: v for k, v in member.items()
                                              if k not in ("name", "type")}}
    if RESERVED_NAME.match(m.path):
        member["reserved"] = True
    return member


_BYTES = re.compile(r"^(?:const\s+)?(?:P?C?VOID|PUINT8|(?:VOID|void|UINT8)\s*\*)$")


def _bytes_param(param) -> bool:
    """Whether the prototype passes the row as bytes (`PCVOID Message`, the 240-byte
    payload of HvCallPostMessage; `UINT8* Message`): the row is then that many u8."""
    return param is not None and bool(_BYTES.match(param[1].strip()))


def _param_type(param, size: int, types: _Types, uses: set) -> Optional[str]:
    """The prototype's type of a row (an output parameter is a pointer to the row's type),
    or None where the prototype gives none that is the row's size."""
    if param is None:
        return None
    spelled = re.sub(r"\s*\*$", "", param[1].strip())
    try:
        ctype = types.named(spelled, size, uses)
    except _Skip:
        return None
    if ctype in _BY_SIZE.values() and _SIZES[ctype] != size:
        return None  # the prototype's type is not the row's size
    return ctype


def _filler(index: int, size: int) -> dict:
    if size in _BY_SIZE:
        return {"name": f"reserved_{index}", "type": _BY_SIZE[size], "reserved": True}
    return {"name": f"reserved_{index}", "type": "u8", "array": size, "reserved": True}


def _c_records(ent, pages, cursors, types: _Types, wanted) -> List[RecordEntry]:
    """The record of ENT's C block: one, or, where the block's members differ per
    architecture (an `#if defined(_AMD64_)` part), one per architecture under the same name,
    each bound to its arch."""
    page = pages[ent.page]
    kind, name = wanted[ent.key]
    where = f"{ent.page}:{ent.line} {ent.tlfs_name}"
    found = cursors.get(ent.tlfs_name)
    if not found:
        raise _Skip(f"{where}: its C block does not compile on its own")
    converted = _c_layouts(found, types, where)
    block = _block_of(page, ent.line)
    cite = _cite(page, block.heading if block else None)
    if len({repr(members) for members, _ in converted.values()}) > 1:
        # one per arch: each may use only what the documented view has on its arch
        converted = _c_layouts(found, types, where, per_arch=True)
        return [RecordEntry(name, kind, ent.tlfs_name, None, ent.page, ent.line, cite, arch,
                            members, uses=tuple(sorted(uses)))
                for arch, (members, uses) in converted.items()]
    arch = _arch_of_record(page, ent.tlfs_name, block.line if block else ent.line)
    if arch is None and len(found) == 1:
        arch = next(iter(found))
    members, uses = next(iter(converted.values()))
    return [RecordEntry(name, kind, ent.tlfs_name, None, ent.page, ent.line, cite, arch,
                        members, uses=tuple(sorted(uses)))]


def _enum_records(ent, pages, wanted) -> List[RecordEntry]:
    """The enum of ENT's C block, its values named by the rule (`HvVtlEntryVtlCall` ->
    `HV_VTL_ENTRY_VTL_CALL`): one for every arch the block gives the same values."""
    kind, name = wanted[ent.key]
    where = f"{ent.page}:{ent.line} {ent.tlfs_name}"
    per_arch = {arch: tuple(values) for arch, values in ent.tdef.values.items()}
    if len(set(per_arch.values())) > 1:
        raise _Skip(f"{where}: its values differ per architecture")
    values = [{"name": names.constant_name(tlfs), "value": number}
              for tlfs, number in next(iter(per_arch.values()))]
    page = pages[ent.page]
    block = _block_of(page, ent.line)
    arch = _arch_of_record(page, ent.tlfs_name, block.line if block else ent.line)
    return [RecordEntry(name, kind, ent.tlfs_name, None, ent.page, ent.line,
                        _cite(page, block.heading if block else None), arch, values)]


def _c_layouts(found, types: _Types, where: str, per_arch: bool = False) -> dict:
    """{arch: (spec members, records used)} of a C block's record compiled per arch."""
    converted = {}
    for arch, (decl, _) in sorted(found.items()):
        uses: set = set()
        arch_types = types.on_arch(arch) if per_arch else types
        converted[arch] = (_c_members(decl, arch_types, uses, where), uses)
    return converted


def _wanted_name(ent) -> Tuple[str, str]:
    """(kind, spec name) the rule gives a TLFS record entity."""
    if ent.kind == "table":
        if "ListElement" in ent.tlfs_name:
            base, what = ent.tlfs_name.split("_", 1)
            inp, outp = names.hypercall_records(base)
            return "struct", (outp if what.startswith("Output") else inp) + "_list_element"
        return "struct", ent.key
    return ent.kind, ent.key


def read_records(pages: Dict[str, Page], spec_dir: str, skipped: List[str],
                 linux_names: Optional[list] = None):
    """[RecordEntry] of the TLFS records the spec lacks that convert, dependencies first;
    SKIPPED gets `TLFS name (page:line): reason` of each one that does not, LINUX_NAMES
    (spec name, TLFS name, why) each one a spec record cited to the same page#anchor is
    (Linux's name wins: not imported)."""
    linux_names = [] if linux_names is None else linux_names
    from . import audit
    from .cparse import parse_pages
    from .import_defines import read_defines

    parsed = parse_pages(pages)
    ents = audit.entities(pages, parsed)
    records, cites, cited, bound = _spec_records(spec_dir)
    candidates = _candidates(ents, records)
    wanted = {key: _wanted_name(ent) for key, ent in candidates.items()}
    done, reasons = _convert(candidates, wanted, pages, parsed, records, bound)
    for key, why in sorted(reasons.items()):
        skipped.append(why if why.startswith(candidates[key].page) else
                       f"{candidates[key].page}:{candidates[key].line} "
                       f"{candidates[key].tlfs_name}: {why}")
    _drop_linux_twins(done, candidates, cited, linux_names)
    defined, tlfs_names = _spec_names(spec_dir, skip_imported=True)
    entries = [e for twins in done.values() for e in twins] + \
        read_defines(pages, ents, defined | set(tlfs_names), parsed.integer_types)
    for entry in entries:
        entry.file = _record_file(entry, cites)
    return _ordered(entries)


def _candidates(ents, records) -> dict:
    """{audit key: entity} of the TLFS's structs, unions and laid-out tables the spec lacks."""
    candidates, seen = {}, set()
    for key, ent in sorted(ents.items()):
        if id(ent) in seen or ent.kind not in ("struct", "union", "enum", "table") or \
                key != ent.key \
                or not key:
            continue
        seen.add(id(ent))
        if key in records:
            continue
        if ent.kind == "enum" and (ent.tdef is None or not ent.tdef.values):
            continue
        if ent.kind == "table" and not ent.tables:
            continue
        candidates[key] = ent
    return candidates


def _convert(candidates, wanted, pages, parsed, records, bound):
    """({key: [RecordEntry, one per arch where the TLFS's layouts differ]}, {key: why
    not}) of the candidates: converted until nothing changes, as a record that needs one
    that failed fails too."""
    cursors = _record_cursors(pages, [e.tlfs_name for e in candidates.values()
                                      if e.kind not in ("table", "enum")])
    done: Dict[str, List[RecordEntry]] = {}
    reasons: Dict[str, str] = {}
    for _ in range(len(candidates) + 1):
        types = _Types(parsed, records, {k: v for k, v in wanted.items() if k not in reasons},
                       bound)
        progress = False
        for key, ent in candidates.items():
            if key in done or key in reasons:
                continue
            try:
                done[key] = (_table_records(ent, pages, parsed, types, wanted)
                             if ent.kind == "table" else _enum_records(ent, pages, wanted)
                             if ent.kind == "enum"
                             else _c_records(ent, pages, cursors, types, wanted))
            except _Skip as why:
                reasons[key] = str(why)
            progress = True
        progress = _drop_needing(done, reasons, wanted) or progress
        if not progress:
            break
    return done, reasons


def _drop_needing(done, reasons, wanted) -> bool:
    """Take out of DONE each record that needs one REASONS has: whether any was."""
    gone = {wanted[k][1] for k in reasons}
    dropped = False
    for key, twins in list(done.items()):
        entry = twins[0]
        bad = [u for e in twins for u in e.uses if u in gone]
        if bad:
            reasons[key] = f"{entry.page}:{entry.line} {entry.tlfs_name}: needs " \
                           f"{bad[0]}, which is not imported"
            del done[key]
            dropped = True
    return dropped


def _drop_linux_twins(done, candidates, cited, linux_names: list) -> None:
    """A table is one record: a spec record cited to that table's heading is it, under
    Linux's name (a C block's heading may hold several records: the name rule decides)."""
    for key, twins in list(done.items()):
        entry = twins[0]
        twin = cited.get(entry.citation) if candidates[key].kind == "table" else None
        if twin:
            linux_names.append((twin[0], entry.tlfs_name, f"{entry.citation}; the spec's "
                                f"{twin[0]} lacks tlfs_name: {entry.tlfs_name}"))
            del done[key]


def _ordered(entries: List[RecordEntry]) -> List[RecordEntry]:
    """Dependencies first (then records by name, defines after them in the TLFS's order),
    so each file reads top-down."""
    by_name: Dict[str, List[RecordEntry]] = {}
    for e in entries:
        by_name.setdefault(e.name, []).append(e)
    out, placed = [], set()

    def place(e, depth=0):
        if id(e) in placed or depth > 20:
            return
        for u in e.uses:
            for twin in by_name.get(u, ()):
                place(twin, depth + 1)
        placed.add(id(e))
        out.append(e)

    for e in sorted(entries, key=lambda e: (True, e.page, e.line) if e.kind == "define"
                    else (False, e.name, 0)):
        place(e)
    return out


_CHAPTER_FALLBACK = {"hypercalls": "hypercall-interface/hypercalls", "datatypes": "datatypes/types"}


def _record_file(entry: RecordEntry, cites: Dict[str, List[str]]) -> str:
    """<chapter>/<topic>-imported.yaml: next to the spec file citing the page most (the
    hypercall-code table aside), else by the page's folder."""
    best = max(((files.count(entry.page), rel) for rel, files in cites.items()
                if not rel.endswith("hypercall-codes.yaml") and entry.page in files),
               default=None)
    if best is not None:
        stem = best[1][:-len(".yaml")]
    else:
        stem = _CHAPTER_FALLBACK.get(entry.page.split("/")[0], "datatypes/types")
    return stem + IMPORTED


_HEADER = ("# Imported from the TLFS by `hvgen tlfs --import` (generator/hvgenlib/tlfs/"
           "importing.py):\n# the TLFS's records and defines the rest of the spec lacks. The "
           "import writes this file\n# anew from each snapshot; move a definition to another "
           "file to keep it as you edit it.\n")


def _file_text(entries: List[RecordEntry], display: str) -> str:
    from ..fmt import format_text

    data = {"defaults": {"visibility": "documented", "linux": [], "hdk-file": "hvhdk.h"},
            "definitions": [e.definition() for e in entries]}
    text = _HEADER + yaml.dump(data, Dumper=_Dumper, sort_keys=False, default_flow_style=False,
                               width=90)
    return format_text(text, display)


class Spelled(str):
    """An integer as the TLFS writes it (`0xF`): written as a plain YAML integer, so the
    header keeps the spelling (spec/README.md: a value is emitted as spelled)."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(Spelled, lambda dumper, value: dumper.represent_scalar(
    "tag:yaml.org,2002:int", str(value)))


def write_records(spec_dir: str, entries: List[RecordEntry]) -> List[str]:
    """Write the imported files (and remove the ones nothing is imported to any more):
    the files changed."""
    from ..load import list_spec_files

    by_file: Dict[str, List[RecordEntry]] = {}
    for e in entries:
        by_file.setdefault(e.file, []).append(e)
    changed = []
    for path in list_spec_files(spec_dir):
        rel = os.path.relpath(path, spec_dir)
        if path.endswith(IMPORTED) and rel not in by_file:
            os.remove(path)
            changed.append(os.path.relpath(path))
    for rel, items in sorted(by_file.items()):
        path = os.path.join(spec_dir, rel)
        text = _file_text(items, os.path.relpath(path))
        try:
            with open(path, encoding="utf-8") as handle:
                if handle.read() == text:
                    continue
        except OSError:
            pass
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        changed.append(os.path.relpath(path))
    return changed


def _verify(pages: Dict[str, Page], spec_dir: str, entries: List[RecordEntry]):
    """{record name: why it fails} of the imported records the spec does not validate with,
    or the audit does not verify (definition: "layout verified", a define "value verified";
    no member it cannot verify)."""
    from ..diagnostics import SpecErrors
    from ..pipeline import analyse
    from .spec_edit import definition_spans

    spans = {}
    for rel in {e.file for e in entries}:
        path = os.path.realpath(os.path.join(spec_dir, rel))
        with open(path, encoding="utf-8") as handle:
            spans[path] = definition_spans(handle.read(), path)
    try:
        result = analyse(spec_dir)
    except SpecErrors as errors:
        return _invalid(errors, spans)
    bad = _row_mismatches(result, entries)
    _unverified(result, pages, entries, bad)
    return bad


def _invalid(errors, spans) -> Dict[str, str]:
    """{record: the validator's words} of the imported records the errors point into."""
    bad, other = {}, []
    for d in errors.diagnostics:
        path = os.path.realpath(d.loc.file)
        hit = next((name for first, last, name in spans.get(path, ())
                    if first <= d.loc.line <= last), None)
        if hit is None:
            other.append(str(d.loc) + ": " + d.message)
        else:
            bad.setdefault(hit, f"hvgen validate: [{d.code}] {d.message}")
    if other and not bad:
        raise EditError("the imported records leave errors elsewhere in the spec: " +
                        "; ".join(other[:3])) from None
    return bad


def _row_mismatches(result, entries: List[RecordEntry]) -> Dict[str, str]:
    """{record: why} where a table's row is not its member's offset and size (the audit's
    table comparison allows a member within a row; an imported member must be the row)."""
    from ..facts.from_layout import record_facts

    bad = {}
    for e in entries:
        for arch in (e.arch,) if e.arch else ("x86_64", "arm64"):
            laid = result.layouts[("tlfs", arch)].records.get(e.name)
            if laid is None or not e.rows:
                continue
            have = {m.path: (m.offset_bits // 8, m.size)
                    for m in record_facts(e.name, laid).members}
            for member, offset, size in e.rows:
                if have.get(member) != (offset, size):
                    bad.setdefault(e.name, f"{arch}: {member} is {have.get(member)} (offset, "
                                           f"bytes), the TLFS's row ({offset}, {size})")
    return bad


def _unverified(result, pages, entries: List[RecordEntry], bad: Dict[str, str]) -> None:
    """BAD gets each imported definition the audit does not give its verdict, or one of
    whose members it disagrees with or cannot find."""
    from .audit import run_audit
    from .verdicts import DISAGREES, LAYOUT, NOT_FOUND, VALUE

    audit = run_audit(result, pages)
    expected = {e.name: VALUE if e.kind == "define" else LAYOUT for e in entries}
    for c in audit.claims:
        if c.definition not in expected or c.definition in bad:
            continue
        if (c.member is None and c.verdict != expected[c.definition]) or \
                (c.member is not None and c.verdict in (DISAGREES, NOT_FOUND)):
            bad[c.definition] = f"hvgen tlfs: {c.subject} is {c.verdict}: {c.evidence}"


def import_records(pages: Dict[str, Page], spec_dir: str, outcome: "Outcome") -> None:
    """Import the TLFS records the spec lacks (see above), checked by validate and the audit."""
    from ..load import list_spec_files

    before = {}
    for path in list_spec_files(spec_dir):
        if path.endswith(IMPORTED):
            with open(path, "rb") as handle:
                before[os.path.relpath(path)] = handle.read()
    entries = read_records(pages, spec_dir, outcome.skipped, outcome.linux_names)
    for _ in range(len(entries) + 1):
        write_records(spec_dir, entries)
        if not entries:
            break
        bad = _verify(pages, spec_dir, entries)
        if not bad:
            break
        for e in entries:
            if e.name in bad:
                outcome.skipped.append(f"{e.page}:{e.line} {e.tlfs_name}: converted as "
                                       f"{e.kind} {e.name}, but {bad[e.name]}")
        entries = [e for e in entries if e.name not in bad]
    after = {}
    for path in list_spec_files(spec_dir):
        if path.endswith(IMPORTED):
            with open(path, "rb") as handle:
                after[os.path.relpath(path)] = handle.read()
    outcome.records = [f"{e.kind} {e.name}" for e in entries]
    outcome.files += sorted(p for p in set(before) | set(after)
                            if before.get(p) != after.get(p) and p not in outcome.files)
