"""`hvgen tlfs --import`: the `#define`s of the TLFS's C blocks that the spec lacks.

A define a C block makes (`#define HV_NUM_VTLS 2` in vsm.md) that no spec definition has (by
its name, which the rule keeps as it is, or a hand-kept definition's `tlfs_name:`) becomes a
documented define of the import's own files (<chapter>/<topic>-imported.yaml, beside the
records: importing.py writes them anew from each snapshot and checks them as it checks the
records, here for the verdict "value verified"). Left out: a define absent.py gives a reason
for (the reviewed decision that it is no C definition of its own), and one whose value the
audit cannot evaluate (a name no page or the Windows shim defines): the import never writes a number the
audit cannot check against the page.

The value is spelled as the kernel spells it: a plain number as the TLFS writes it,
`(1ULL << n)` as `BIT_ULL(n)` (`(1 << n)`, `(1UL << n)`: `BIT(n)`), a number cast to a TLFS
integer type as the cast to its kernel type (`((HV_VTL) -1)`: `((u8)-1)`, as the kernel writes
`HV_VP_INDEX_SELF ((u32)-2)`), any other expression as the number it evaluates to, in hex
(`(MAXUINT64/X64_PAGE_SIZE)`: `0xfffffffffffff`: the kernel's headers have neither name). The architecture is the page's or its heading's or the
prose's (`... are x64-specific:`), else the name's X64/ARM64 word, else common.
"""

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Set

from .absent import REASONS
from .markdown import Page

_DEFINE = re.compile(r"^\s*#\s*define\s+(\w+)\s+(.+?)\s*(?://.*|/\*.*)?$", re.M)
_SHIFT = re.compile(r"^\(?\s*1\s*(U?L{0,2})\s*<<\s*(\d+)\s*\)?$", re.I)
_NUMBER = re.compile(r"^(0[xX][0-9A-Fa-f]+|\d+)[uUlL]*$")
_CAST = re.compile(r"^\(\s*\(\s*(\w+)\s*\)\s*(-?)\s*(0[xX][0-9A-Fa-f]+|\d+)\s*\)$")


@dataclass
class DefineEntry:
    """A TLFS define to import, as importing.RecordEntry is a record."""

    name: str
    tlfs_name: str
    page: str
    line: int
    citation: str
    arch: Optional[str]
    value: str  # the kernel spelling
    number: int
    kind: str = "define"
    uses: tuple = ()
    rows: tuple = ()
    file: str = ""  # below spec/

    def definition(self) -> dict:
        from .importing import Spelled

        value = Spelled(self.value) if _NUMBER.match(self.value) else self.value
        d = {"define": self.name, "value": value, "tlfs": self.citation}
        if self.arch:
            d["arch"] = self.arch
        return d


def kernel_spelling(tlfs_text: str, number: int,
                    integer_types: Optional[Dict[str, str]] = None) -> str:
    """The TLFS's value as the kernel writes it (see the module's docstring); INTEGER_TYPES:
    {TLFS integer type: kernel type} (cparse.Parsed.integer_types)."""
    text = tlfs_text.strip()
    if _NUMBER.match(text):
        return text
    cast = _CAST.match(text)
    if cast and cast.group(1) in (integer_types or {}):
        return f"(({integer_types[cast.group(1)]}){cast.group(2)}{cast.group(3)})"
    shift = _SHIFT.match(text)
    if shift:
        macro = "BIT_ULL" if shift.group(1).upper() == "ULL" else "BIT"
        return f"{macro}({shift.group(2)})"
    return f"{number:#x}"


def _written(page: Page, name: str) -> Optional[str]:
    """The text after `#define NAME` in the page's C blocks."""
    for block in page.blocks:
        for found in _DEFINE.finditer(block.text):
            if found.group(1) == name:
                return found.group(2)
    return None


def _arch(page: Page, name: str, line: int) -> Optional[str]:
    from . import importing

    block = importing._block_of(page, line)
    return importing.page_arch(page) or \
        importing._heading_arch(page, block.line if block else line) or \
        importing._prose_arch(page, name) or importing._type_arch(name)


def _entry(ent, page: Page, integer_types: Dict[str, str]) -> Optional[DefineEntry]:
    from . import importing

    text = _written(page, ent.tlfs_name)
    if text is None:
        return None
    block = importing._block_of(page, ent.line)
    return DefineEntry(ent.tlfs_name, ent.tlfs_name, ent.page, ent.line,
                       importing._cite(page, block.heading if block else None),
                       _arch(page, ent.tlfs_name, ent.line),
                       kernel_spelling(text, ent.value, integer_types), ent.value)


def read_defines(pages: Dict[str, Page], ents, have: Set[str],
                 integer_types: Dict[str, str]) -> List[DefineEntry]:
    """The TLFS defines to import: those of ENTS (audit.entities) no name in HAVE (the
    hand-kept spec's definitions and tlfs_name:s) gives, that have no reason in absent.py
    and a value the audit evaluates; INTEGER_TYPES as kernel_spelling takes them."""
    out = []
    for key, ent in sorted(ents.items()):
        if ent.kind != "define" or key != ent.key or ent.value is None or \
                ent.tlfs_name in have or ent.tlfs_name in REASONS:
            continue
        entry = _entry(ent, pages[ent.page], integer_types)
        if entry is not None:
            out.append(entry)
    return out
