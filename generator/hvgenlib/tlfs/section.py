"""Value verification by section: a define's number against the section its citation names.

A define claiming `tlfs_gives: value` cited PAGE#ANCHOR is value verified when the cited
section (tables.section_rows: from the anchor's heading to the next heading of the same or a
higher level; markdown, HTML and commented-out ASCII grid tables, and the prose's sentences)
gives its number *for it*:

- a row identifies it: a cell names it (the name rule's spelling or `tlfs_name:`, as a whole
  identifier), or a cell starts with the words of `tlfs_row:` (a sentence: contains them);
- and the same row carries the number: a cell equal to it (hex or decimal; in a row's prose a
  hex literal, in a sentence any number, `six` too); for a single-bit mask (`BIT(n)`, `1 << n`, or a
  `*_BIT`/`*_MASK`/`*_ENABLE`/... name) the bit number n (a sentence: `bit n`); for a
  contiguous mask (`GENMASK(h, l)`) the bits `h-l` / `h:l`; for a shift (`*_SHIFT`,
  `*_OFFSET`) the low bit of the bits the row gives the field;
- or the cited heading itself holds the number (`Hypervisor Feature Identification -
  0x40000003`).

A number found in the section but not in an identifying row verifies nothing: the verdict
says where it is and stays `not found`; an identifying row that gives another number is a
disagreement; one that gives no number at all is `name only`. `tlfs_row:` words no row or
sentence of the section has are `not found`.
"""

import re
from dataclasses import dataclass
from typing import List, Optional, Set, Tuple

from .tables import Row, section_rows, section_span

_HEX = re.compile(r"(?<![\w])0x[0-9A-Fa-f]+(?![\w])")
_NUM = re.compile(r"(?<![\w.])(0x[0-9A-Fa-f]+|\d+)(?![\w])")
_RANGE = re.compile(r"^\s*(\d+)\s*[-:–]\s*(\d+)\s*$")
_RANGE_IN = re.compile(r"(?<![\w])(\d+)\s*[-:–]\s*(\d+)(?![\w])")
_INT = re.compile(r"^\s*(0x[0-9A-Fa-f]+|\d+)[uUlL]*\s*$")
_BIT_WORD = re.compile(r"\bbits?\s+(\d+)(?:\s*(?:-|:|–|through|to)\s*(\d+))?", re.I)
_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen".split())}
_WORD_NUM = re.compile(r"\b(" + "|".join(_WORDS) + r")\b", re.I)


def number_word(text: str) -> int:
    """12, or twelve (zero..sixteen)."""
    return int(text) if text.isdigit() else _WORDS[text.lower()]


_MASK_NAME = re.compile(r"_(BIT|MASK|MASKED|ENABLE|ENABLED|AVAILABLE|RECOMMENDED|FLAG)$")
_SHIFT_NAME = re.compile(r"(_SHIFT|_OFFSET)$")


@dataclass
class Forms:
    """The ways a row may state the number: the number itself, a bit, bits, a low bit."""
    number: int
    bit: Optional[int] = None  # a single-bit mask's bit number
    span: Optional[Tuple[int, int]] = None  # a contiguous mask's (high, low)
    low: Optional[int] = None  # a shift: the field's low bit
    run: Optional[Tuple[int, int]] = None  # a plain number that is a run of bits: a range cell

    def describe(self) -> str:
        if self.low is not None:
            return f"a field's low bit {self.low}"
        if self.bit is not None:
            return f"bit {self.bit} ({self.number:#x})"
        if self.span is not None:
            return f"bits {self.span[0]}-{self.span[1]} ({self.number:#x})"
        return f"{self.number:#x}" if self.number > 9 else str(self.number)


def forms(name: str, spelling: str, number: int) -> Forms:
    number &= 0xFFFFFFFFFFFFFFFF
    out = Forms(number)
    masky = any(k in spelling for k in ("BIT", "GENMASK", "<<")) or bool(_MASK_NAME.search(name))
    if _SHIFT_NAME.search(name) and "MASK" not in name:
        out.low = number
    elif number:
        low = (number & -number).bit_length() - 1
        high = number.bit_length() - 1
        if number == ((1 << (high + 1)) - 1) ^ ((1 << low) - 1):
            if not masky:
                # a plain 0xff may be the mask of bits 7-0 (HV_X64_ENLIGHTENED_VMCS_VERSION):
                # only a range cell of an identifying row says so, never a bit number
                out.run = (high, low) if high > low else None
            elif high == low:
                out.bit = low
            else:
                out.span = (high, low)
    return out


def _whole(cell: str) -> Tuple[Optional[int], Optional[Tuple[int, int]]]:
    """A cell that is one number, or one bit range (high, low)."""
    text = cell.strip().strip("`").strip()
    found = _INT.match(text)
    if found:
        return int(found.group(1), 0), None
    found = _RANGE.match(text)
    if found:
        a, b = int(found.group(1)), int(found.group(2))
        return None, (max(a, b), min(a, b))
    return None, None


def carries(row: Row, f: Forms) -> Optional[str]:
    """How ROW states F's number (text for the evidence), or None."""
    if row.kind == "sentence":
        text = row.cells[0]
        bits = [(int(m.group(1)), int(m.group(2) or m.group(1)))
                for m in _BIT_WORD.finditer(text)]
        spans = {(max(a, b), min(a, b)) for a, b in bits}
        numbers = {int(m, 0) for m in _NUM.findall(text)} | \
            {_WORDS[w.lower()] for w in _WORD_NUM.findall(text)}  # "uses six XMM registers"
        if f.low is not None:
            if any(lo == f.low for _, lo in spans):
                return f"bits with low bit {f.low}"
            return None
        if f.bit is not None and (f.bit, f.bit) in spans:
            return f"bit {f.bit}"
        if f.span is not None and f.span in spans | {(a, b) for a, b in (
                (max(int(x), int(y)), min(int(x), int(y))) for x, y in _RANGE_IN.findall(text))}:
            return f"bits {f.span[0]}-{f.span[1]}"
        if f.number in numbers and f.bit is None and f.span is None:
            return f"{f.number:#x}" if f.number > 9 else str(f.number)
        return None
    for cell in row.cells:
        number, span = _whole(cell)
        if f.low is not None:
            if span is not None and span[1] == f.low:
                return f"bits {span[0]}-{span[1]} (low bit {f.low})"
            if number is not None and number == f.low and _INT.match(cell.strip("` ")) \
                    and not cell.strip().lower().startswith("0x"):
                return f"bit {f.low}"
            continue
        if f.bit is not None and (number == f.bit or span == (f.bit, f.bit)):
            return f"bit {f.bit}"
        if f.span is not None and span == f.span:
            return f"bits {f.span[0]}-{f.span[1]}"
        if f.run is not None and span == f.run:
            return f"bits {f.run[0]}-{f.run[1]} ({f.number:#x})"
        if number is not None and number == f.number and (
                (f.bit is None and f.span is None) or cell.strip("` ").lower().startswith("0x")):
            return cell.strip()
    if f.low is None:
        for cell in row.cells:
            for literal in _HEX.findall(cell):
                if int(literal, 16) == f.number:
                    return literal
    return None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def identifies(row: Row, spellings: List[str], words: Optional[str]) -> bool:
    for s in spellings:
        pattern = re.compile(r"(?<![\w])" + re.escape(s) + r"(?![\w])")
        if any(pattern.search(c) for c in row.cells):
            return True
    if words:
        key = _norm(words)
        if row.kind == "sentence":
            return key in _norm(row.cells[0])
        for cell in row.cells:
            cell = _norm(cell)
            if cell.startswith(key) and (len(cell) == len(key) or
                                         not (cell[len(key)].isalnum() and key[-1].isalnum())):
                return True
    return False


def _numbers(row: Row) -> Set[str]:
    out = set()
    for cell in row.cells:
        number, span = _whole(cell)
        if number is not None:
            out.add(cell.strip())
        elif span is not None:
            out.add(f"{span[0]}-{span[1]}")
        out.update(_HEX.findall(cell))
    if row.kind == "sentence":
        out.update(m.group(0) for m in _BIT_WORD.finditer(row.cells[0]))
        out.update(_HEX.findall(row.cells[0]))
    return out


def _show(row: Row) -> str:
    text = row.text
    return text if len(text) <= 70 else text[:67] + "..."


def judge(page, cit, name: str, spellings: List[str], words: Optional[str], spelling: str,
          number: int) -> Optional[Tuple[str, str, bool]]:
    """(verdict, evidence, open): value verified; disagrees (an identifying row gives another
    number); name only (an identifying row gives no number); not found (the number is in the
    section, in no identifying row; or no row has the words of `tlfs_row:`). None when the
    cited section has nothing to say (no such section, nothing identifies it and the number
    is nowhere in it)."""
    from .verdicts import DISAGREES, NAME, NOT_FOUND, VALUE

    rows = section_rows(page, cit.anchor)
    if rows is None:
        return None
    where = f"{cit.page}#{cit.anchor}"
    f = forms(name, spelling, number)
    heading = section_span(page, cit.anchor)[0]
    if heading is not None and f.low is None and \
            any(int(h, 16) == f.number for h in _HEX.findall(heading.text)):
        return VALUE, f"{cit.page}:{heading.line} the heading '{heading.text}' gives " \
                      f"{f.number:#x}", False
    mine = [r for r in rows if identifies(r, spellings, words)]
    for row in mine:
        how = carries(row, f)
        if how is not None:
            return VALUE, f"{cit.page}:{row.line} '{_show(row)}' gives {how}", False
    if mine:
        table = [r for r in mine if r.kind == "table" and _numbers(r)]
        if table:
            row = table[0]
            return DISAGREES, f"{cit.page}:{row.line} '{_show(row)}' gives " \
                              f"{', '.join(sorted(_numbers(row)))}, spec {f.describe()}", True
        row = mine[0]
        return NAME, f"{cit.page}:{row.line} '{_show(row)}' names it but gives no number", \
            False
    elsewhere = [r for r in rows if carries(r, f) is not None]
    ident = f"'{words}'" if words else " or ".join(spellings)
    if elsewhere:
        row = elsewhere[0]
        return NOT_FOUND, f"{where} gives {f.describe()} at line {row.line} " \
                          f"('{_show(row)}'), in a row that does not identify it (no cell " \
                          f"names {ident})", True
    if words:
        return NOT_FOUND, f"{where}: no row or sentence starts with {ident}", True
    return None
