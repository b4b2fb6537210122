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
    pairs = {("arm64" if a.lower() == "arm64" else "x86_64"): int(n)
             for n, a in _PER_ARCH.findall(text)}
    if pairs:
        return pairs.get(arch)
    either = _EITHER.match(text.strip().strip("`"))
    if either:
        return int(either.group(1) if arch == "x86_64" else either.group(2))
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
