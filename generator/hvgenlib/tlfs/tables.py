"""The facts TLFS tables give, read as the TLFS writes them (pure text; no libclang here).

- layout tables (`Name | Offset | Size`): members at byte offsets; a size of `Var`/`Variable`
  (a variable-size member) is read as a member of size 0 with `array="variable"`: where it
  starts is still a fact;
- bit tables (`Bits | Field | ...`, `Bit | Description`, `Bits | Description | Attributes`):
  members at bit positions (`63:12`, `15-0`, `1`) of the register the section defines (the
  `#define` of the C block just above, else the heading when it is a type name);
- constants tables (a name column and a value column: `Name | Value`, `Value | Name`,
  `Register | Identifier`, `MSR Address | Register Name`, `Call Code | Type | Hypercall`):
  named numbers.
"""

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ..facts.model import Member, Record
from ..targets import ArchName
from .cparse import table_rows
from .markdown import Page, Table
from .names import hypercall_code

RESERVED = re.compile(r"^(reserved|rsvd|res\d|res$|padding|pad\d*$|preserved|mbz)", re.I)
VARIABLE = re.compile(r"^var(iable)?\w*$", re.I)


def _int(text: str) -> Optional[int]:
    text = text.strip().strip("`")
    try:
        return int(text, 0)
    except ValueError:
        return None


_PER_ARCH = re.compile(r"(\d+)\s*\(\s*(x64|amd64|x86|arm64)\s*\)", re.I)
_EITHER = re.compile(r"^\s*(\d+)\s+or\s+(\d+)\s*$")


def _cell(text: str, arch: str) -> Optional[int]:
    """A number of a layout table's cell on ARCH: `8`; `4 (x64) or 8 (ARM64)`; `4 or 8`
    (x64's first: the form the cell's row gives with the arches named)."""
    value = _int(text)
    if value is not None:
        return value
    pairs = {(ArchName.ARM64 if a.lower() == "arm64" else ArchName.X86_64): int(n)
             for n, a in _PER_ARCH.findall(text)}
    if pairs:
        return pairs.get(arch)
    either = _EITHER.match(text.strip().strip("`"))
    if either:
        return int(either.group(1) if arch == ArchName.X86_64 else either.group(2))
    return None


def layout_table(table: Table, arch: str = "x86_64") -> Optional[Record]:
    """A `Name | Offset | Size` table as a record on ARCH (bytes -> bits); rows whose offset
    is no number are skipped, a variable size is a member of size 0 (array "variable")."""
    cols = [table.column(c) for c in ("name", "field", "offset", "size")]
    name = cols[0] if cols[0] is not None else cols[1]
    if name is None or cols[2] is None or cols[3] is None:
        return None
    layout = Record("", "struct", table.total_size or 0, 0)
    for row in table.rows:
        if len(row) <= max(name, cols[2], cols[3]):
            continue
        off, size = _cell(row[cols[2]], arch), _cell(row[cols[3]], arch)
        if off is None:
            continue
        if size is None:
            if not VARIABLE.match(row[cols[3]].strip().strip("`")):
                continue
            layout.members.append(Member(row[name].strip("`").strip(), off * 8, 0,
                                         array="variable"))
            continue
        layout.members.append(Member(row[name].strip("`").strip(), off * 8, size))
    return layout if layout.members else None


_BITS = re.compile(r"^\s*(\d+)\s*(?:[:\-–]\s*(\d+))?\s*$")


def _bit_span(text: str) -> Optional[Tuple[int, int]]:
    found = _BITS.match(text.strip().strip("`"))
    if found is None:
        return None
    a = int(found.group(1))
    b = int(found.group(2)) if found.group(2) is not None else a
    lo, hi = min(a, b), max(a, b)
    return lo, hi - lo + 1


def _field_name(text: str) -> str:
    """A bit's name from a description cell: up to the first `.`, ` - ` or `(`."""
    text = text.strip().strip("`").strip()
    return re.split(r"\.\s|\.$| - | – |\(|:", text, maxsplit=1)[0].strip() or text


def bit_table(table: Table) -> Optional[Record]:
    """A bit table as a record of bitfields (offset_bits and bits), None when it is none."""
    bits = table.column("bits")
    if bits is None:
        bits = table.column("bit")
    if bits is None:
        return None
    name = next((c for c in (table.column("field"), table.column("name"),
                             table.column("description"), table.column("meaning"))
                 if c is not None and c != bits), None)
    if name is None:
        return None
    layout = Record("", "union", 0, 0)
    for row in table.rows:
        if len(row) <= max(bits, name):
            continue
        span = _bit_span(row[bits])
        if span is None:
            continue
        layout.members.append(Member(_field_name(row[name]), span[0], 0, bits=span[1]))
    if not layout.members:
        return None
    top = max(m.offset_bits + m.bits for m in layout.members)
    layout.size = 8 if top > 32 else 4 if top > 16 else 0
    return layout


_DEFINE = re.compile(r"^\s*#\s*define\s+(\w+)\s+", re.M)
_TYPE = re.compile(r"_?HV_[A-Z0-9_]+")


def bit_table_owner(page: Page, table: Table) -> Optional[Tuple[str, int]]:
    """(name, line) of what a bit table describes: the last `#define` of the last C block
    between the table and the heading above it, else that heading when it is a type name."""
    start = table.heading.line if table.heading else 0
    for block in reversed(page.blocks):
        if start <= block.line < table.line:
            names = _DEFINE.findall(block.text)
            if names:
                return names[-1], block.line
            break
    heading = table.heading.text.strip() if table.heading else ""
    if _TYPE.fullmatch(heading):
        return heading.lstrip("_"), table.heading.line
    return None


@dataclass
class Constant:
    name: str
    value: int
    page: str
    line: int  # the table's row


def constants(pages: Dict[str, Page]) -> Dict[str, List[Constant]]:
    """Every named number of every constants table, by name (a name may be given on several
    pages, per architecture differently)."""
    out: Dict[str, List[Constant]] = {}
    for path in sorted(pages):
        for table in pages[path].tables:
            for name, value, i in table_rows(table):
                c = Constant(name, value, path, table.line + 2 + i)
                out.setdefault(name, []).append(c)
                if name.startswith("HvCall"):  # the hypercall table's call codes
                    out.setdefault(hypercall_code(name), []).append(c)
    return out


# -- a cited section's rows ------------------------------------------------------------------

@dataclass
class Row:
    """A row of a table in a section (markdown, HTML, or an ASCII grid table the page keeps in
    an HTML comment), or a sentence of its prose (kind "sentence", one cell)."""
    cells: List[str]
    line: int
    kind: str  # "table" | "sentence"

    @property
    def text(self) -> str:
        return " | ".join(self.cells)


def section_span(page: Page, anchor: Optional[str]) -> Optional[Tuple[object, int, int]]:
    """(heading, first line, line past the end) of the section ANCHOR names: from its heading
    to the next heading of the same or a higher level (1-based lines of page.text); the
    whole page when ANCHOR is None; None when the page has no such anchor."""
    count = len(page.text.split("\n"))
    if not anchor:
        return None, 1, count + 1
    for i, h in enumerate(page.headings):
        if h.anchor != anchor:
            continue
        end = next((n.line for n in page.headings[i + 1:] if n.level <= h.level), count + 1)
        return h, h.line, end
    return None


_TR = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.S | re.I)
_TD = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_GRID_RULE = re.compile(r"^\s*\+[-=+ ]*\+[-=+ ]*$")


def _clean(text: str) -> str:
    text = _TAG.sub(" ", text).replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
    return re.sub(r"\s+", " ", text.replace("`", "").replace("**", "")).strip()


def _html_rows(lines: List[str], first: int) -> List[Row]:
    text = "\n".join(lines)
    out = []
    for tr in _TR.finditer(text):
        cells = [_clean(c) for c in _TD.findall(tr.group(1))]
        if cells:
            out.append(Row(cells, first + text.count("\n", 0, tr.start()), "table"))
    return out


def _grid_tables(lines: List[str], first: int) -> List[List[Row]]:
    """The ASCII grid tables (`+----+` rules, `| a | b |` lines) among LINES, each a list of
    rows: the lines between two rules are one row, each column's text joined."""
    tables: List[List[Row]] = []
    rows: List[Row] = []
    in_grid, current, start = False, None, 0

    def close_row():
        if current:
            rows.append(Row([_clean(c) for c in current], first + start, "table"))

    for i, line in enumerate(lines):
        if _GRID_RULE.match(line):
            close_row()
            in_grid, current = True, None
            continue
        if in_grid and line.lstrip().startswith("|"):
            cells = line.strip()[1:]
            cells = cells[:-1] if cells.endswith("|") else cells
            parts = cells.split("|")
            if current is None:
                current, start = parts, i
            else:
                current = [(current[j] if j < len(current) else "") + " " +
                           (parts[j] if j < len(parts) else "")
                           for j in range(max(len(current), len(parts)))]
            continue
        close_row()
        current = None
        if in_grid and rows:
            tables.append(rows)
            rows = []
        in_grid = False
    close_row()
    if rows:
        tables.append(rows)
    return tables


def _grid_rows(lines: List[str], first: int) -> List[Row]:
    return [row for table in _grid_tables(lines, first) for row in table]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"“(])")


def section_rows(page: Page, anchor: Optional[str]) -> Optional[List[Row]]:
    """Every table row and prose sentence of the section ANCHOR names (None: no such
    section). Code blocks are left out (their definitions are the C parser's)."""
    span = section_span(page, anchor)
    if span is None:
        return None
    _, lo, hi = span
    lines = page.text.split("\n")[lo - 1:hi - 1]
    rows: List[Row] = []
    for table in page.tables:
        if lo <= table.line < hi:
            rows += [Row(list(r), table.line + 2 + i, "table") for i, r in enumerate(table.rows)]
    rows += _html_rows(lines, lo)
    rows += _grid_rows(lines, lo)
    prose, para, start, fence = [], [], 0, False
    for i, line in enumerate(lines[1:], 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
        plain = not fence and s and not s.startswith(("|", "+", "<", "#", "```", "~~~", "-->"))
        if plain:
            if not para:
                start = i
            para.append(s)
            continue
        if para:
            prose.append((start, " ".join(para)))
            para = []
    if para:
        prose.append((start, " ".join(para)))
    for start, text in prose:
        for sentence in _SENTENCE_END.split(strip_md(text)):
            rows.append(Row([sentence.strip()], lo + start, "sentence"))
    return rows


def strip_md(text: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return _clean(text)


_TABLE = re.compile(r"<table\b.*?</table\s*>", re.S | re.I)


def _filled(rows: List[List[str]], width: int) -> List[List[str]]:
    """Rows short of WIDTH cells (an HTML rowspan above them) take their leading cells from
    the row before."""
    out: List[List[str]] = []
    for cells in rows:
        if out and len(cells) < width:
            cells = out[-1][:width - len(cells)] + cells
        out.append(cells)
    return out


def section_tables(page: Page, anchor: Optional[str]) -> List[Table]:
    """The tables of the section ANCHOR names, as Tables: its markdown ones, its HTML ones
    (the first row the header; a rowspan's cells repeated in the rows below it) and the ASCII
    grid tables a page keeps in a comment (the first row the header; a row's empty leading
    cell is the cell above it, as the grid's spanning rules mean)."""
    span = section_span(page, anchor)
    if span is None:
        return []
    heading, lo, hi = span
    lines = page.text.split("\n")[lo - 1:hi - 1]
    out = [t for t in page.tables if lo <= t.line < hi]
    text = "\n".join(lines)
    for found in _TABLE.finditer(text):
        rows = [[_clean(c) for c in _TD.findall(tr.group(1))]
                for tr in _TR.finditer(found.group(0))]
        rows = [r for r in rows if r]
        if len(rows) > 1:
            out.append(Table(lo + text.count("\n", 0, found.start()), heading, None, rows[0],
                             _filled(rows[1:], len(rows[0]))))
    groups = _grid_tables(lines, lo)
    for rows in groups:
        if len(rows) < 2:
            continue
        body: List[List[str]] = []
        for r in rows[1:]:
            cells = list(r.cells)
            if body and cells and not cells[0]:
                cells[0] = body[-1][0]
            body.append(cells)
        out.append(Table(rows[0].line, heading, None, rows[0].cells, body))
    return out


_REGISTERS = ("eax", "ebx", "ecx", "edx")


def register_bit_table(table: Table) -> Optional[Record]:
    """A CPUID leaf's `Register | Bits | Information Provided` table as one record of the
    four registers: EAX bits 0-31, EBX 32-63, ECX 64-95, EDX 96-127; a row without bits is
    its whole register."""
    reg, bits = table.column("register"), table.column("bits")
    name = table.column("information provided")
    if reg is None or bits is None or name is None:
        return None
    layout = Record("", "struct", 16, 0)
    for row in table.rows:
        if len(row) <= max(reg, bits, name) or row[reg].strip().lower() not in _REGISTERS:
            continue
        base = 32 * _REGISTERS.index(row[reg].strip().lower())
        span = _bit_span(row[bits]) if row[bits].strip() else (0, 32)
        if span is None:
            continue
        layout.members.append(Member(_field_name(row[name]), base + span[0], 0, bits=span[1]))
    return layout if layout.members else None
