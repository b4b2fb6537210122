"""TLFS pages as data: headings with their Microsoft Learn anchors, code blocks, call codes,
layout tables. Pure text processing; no libclang here."""

import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

FENCE = re.compile(r"^(\s*)(```|~~~)\s*([A-Za-z0-9_+-]*)\s*$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
CALL_CODE = re.compile(r"`?(0x[0-9A-Fa-f]+)`?\s*(?:\(([^)]*)\))?")
ARCH_WORDS = (("arm64", "arm64"), ("amd64", "x86_64"), ("x64", "x86_64"), ("x86", "x86_64"))


@dataclass
class Heading:
    level: int
    text: str
    anchor: str
    line: int


@dataclass
class CodeBlock:
    lang: str
    text: str
    line: int  # line of the first code line (1-based)
    heading: Optional[Heading]


@dataclass
class Table:
    line: int
    heading: Optional[Heading]
    arch: Optional[str]  # from the nearest heading naming an architecture
    header: List[str]
    rows: List[List[str]]
    total_size: Optional[int] = None

    def column(self, name: str) -> Optional[int]:
        for i, title in enumerate(self.header):
            if title.strip().lower() == name:
                return i
        return None


@dataclass
class Page:
    path: str  # relative to the tlfs folder, "/"-separated
    title: str
    headings: List[Heading] = field(default_factory=list)
    blocks: List[CodeBlock] = field(default_factory=list)
    tables: List[Table] = field(default_factory=list)
    call_code: Optional[Tuple[int, str, int]] = None  # (value, kind, line)
    text: str = ""

    @property
    def anchors(self) -> List[str]:
        return [h.anchor for h in self.headings]


def strip_inline(text: str) -> str:
    """Markdown inline markup removed: links keep their text, code keeps its content."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    return text.replace("`", "").replace("**", "").replace("__", "_")


def anchor(text: str) -> str:
    """The anchor Microsoft Learn derives from a heading (GitHub style, as DocFX/markdig does):
    inline markup removed, lower case, every character but letters, digits, space, `-` and `_`
    dropped, then each space becomes `-`."""
    text = strip_inline(text).strip().lower()
    text = re.sub(r"[^a-z0-9 _-]", "", text)
    return text.replace(" ", "-")


def _arch_of(text: str) -> Optional[str]:
    lower = text.lower()
    for word, arch in ARCH_WORDS:
        if re.search(r"\b" + word + r"\b", lower):
            return arch
    return None


def _cells(line: str) -> List[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [strip_inline(c).strip() for c in line.split("|")]


def parse_page(path: str, text: str) -> Page:
    """A TLFS page read: its headings (with Learn's anchors), fenced code blocks, tables (with
    the arch of the heading they are under) and a hypercall page's call code."""
    return _PageReader(path, text).read()


def _after_front_matter(lines: List[str]) -> int:
    """The first line after the page's `---` front matter (0: it has none)."""
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                return j + 1
    return 0


class _PageReader:
    """One pass over a page's lines: each reader of a construct returns the line after it."""

    def __init__(self, path: str, text: str) -> None:
        self.lines = text.split("\n")
        self.page = Page(path=path, title="", text=text)
        self.seen: Dict[str, int] = {}  # anchor -> headings so far with it (Learn numbers them)
        self.current: Optional[Heading] = None  # the heading the line is under
        self.arch_heading: Optional[Heading] = None  # the arch-named heading it is under

    def read(self) -> Page:
        lines, i = self.lines, _after_front_matter(self.lines)
        while i < len(lines):
            fence = FENCE.match(lines[i])
            heading = None if fence else HEADING.match(lines[i])
            if fence:
                i = self._block(i, fence)
            elif heading:
                i = self._heading(i, heading)
            elif lines[i].strip().startswith("|") and i + 1 < len(lines) and \
                    re.match(r"^\s*\|?\s*:?-{2,}", lines[i + 1]):  # a header, then its rule
                i = self._table(i)
            else:
                i += 1
        return self.page

    def _block(self, i: int, fence) -> int:
        lines = self.lines
        marker, lang, start = fence.group(2), fence.group(3).lower(), i + 1
        body = []
        i += 1
        while i < len(lines) and not lines[i].strip().startswith(marker):
            body.append(lines[i])
            i += 1
        self.page.blocks.append(CodeBlock(lang, "\n".join(body), start + 1, self.current))
        return i + 1

    def _heading(self, i: int, heading) -> int:
        text_h = strip_inline(heading.group(2))
        base = anchor(heading.group(2))
        n = self.seen.get(base, 0)
        self.seen[base] = n + 1
        current = self.current = Heading(len(heading.group(1)), text_h,
                                         base if n == 0 else f"{base}-{n}", i + 1)
        self.page.headings.append(current)
        if not self.page.title and current.level == 1:
            self.page.title = text_h
        if _arch_of(text_h):
            self.arch_heading = current
        elif self.arch_heading is not None and current.level <= self.arch_heading.level:
            self.arch_heading = None  # a sibling or parent heading ends the arch's section
        if text_h.strip().lower() == "call code":
            self._call_code(i)
        return i + 1

    def _call_code(self, i: int) -> None:
        """The call code a "Call code" heading at line I gives within its next 5 lines."""
        lines = self.lines
        for j in range(i + 1, min(i + 6, len(lines))):
            found = CALL_CODE.search(lines[j])
            if found and lines[j].strip():
                self.page.call_code = (int(found.group(1), 16), (found.group(2) or "").strip(),
                                       j + 1)
                return

    def _table(self, i: int) -> int:
        lines, arch_heading = self.lines, self.arch_heading
        table = Table(i + 1, self.current, _arch_of(arch_heading.text) if arch_heading else None,
                      _cells(lines[i]), [])
        if arch_heading is not None:
            size = re.search(r"total size (\d+)", arch_heading.text)
            table.total_size = int(size.group(1)) if size else None
        i += 2
        while i < len(lines) and lines[i].strip().startswith("|"):
            table.rows.append(_cells(lines[i]))
            i += 1
        self.page.tables.append(table)
        return i


def read_tree(folder: str) -> Dict[str, Page]:
    """Every *.md page below folder, by relative path; raises OSError when it is no folder."""
    if not os.path.isdir(folder):
        raise OSError(f"{folder}: not a TLFS folder")
    pages = {}
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            full = os.path.join(root, name)
            rel = os.path.relpath(full, folder).replace(os.sep, "/")
            try:
                rel.encode("utf-8")
            except UnicodeEncodeError:  # citations and reports name pages: they must be text
                shown = os.fsencode(full).decode("utf-8", "backslashreplace")
                raise OSError(f"{shown}: the page's name is not UTF-8; rename it") from None
            with open(full, encoding="utf-8", errors="replace") as handle:
                pages[rel] = parse_page(rel, handle.read())
    if not pages:
        raise OSError(f"{folder}: no Markdown pages")
    return pages
