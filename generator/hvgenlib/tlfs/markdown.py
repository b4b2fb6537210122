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
    lines = text.split("\n")
    page = Page(path=path, title="", text=text)
    seen: Dict[str, int] = {}
    current: Optional[Heading] = None
    arch_heading: Optional[Heading] = None
    i = 0
    if lines and lines[0].strip() == "---":  # front matter
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                i = j + 1
                break
    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        if fence:
            marker, lang, start = fence.group(2), fence.group(3).lower(), i + 1
            body = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(marker):
                body.append(lines[i])
                i += 1
            page.blocks.append(CodeBlock(lang, "\n".join(body), start + 1, current))
            i += 1
            continue
        heading = HEADING.match(line)
        if heading:
            text_h = strip_inline(heading.group(2))
            base = anchor(heading.group(2))
            n = seen.get(base, 0)
            seen[base] = n + 1
            current = Heading(len(heading.group(1)), text_h, base if n == 0 else f"{base}-{n}",
                              i + 1)
            page.headings.append(current)
            if not page.title and current.level == 1:
                page.title = text_h
            if _arch_of(text_h):
                arch_heading = current
            elif arch_heading is not None and current.level <= arch_heading.level:
                arch_heading = None
            if text_h.strip().lower() == "call code":
                for j in range(i + 1, min(i + 6, len(lines))):
                    found = CALL_CODE.search(lines[j])
                    if found and lines[j].strip():
                        page.call_code = (int(found.group(1), 16), (found.group(2) or "").strip(),
                                          j + 1)
                        break
            i += 1
            continue
        if line.strip().startswith("|") and i + 1 < len(lines) and \
                re.match(r"^\s*\|?\s*:?-{2,}", lines[i + 1]):
            table = Table(i + 1, current, _arch_of(arch_heading.text) if arch_heading else None,
                          _cells(line), [])
            if arch_heading is not None:
                size = re.search(r"total size (\d+)", arch_heading.text)
                table.total_size = int(size.group(1)) if size else None
            i += 2
            while i < len(lines) and lines[i].strip().startswith("|"):
                table.rows.append(_cells(lines[i]))
                i += 1
            page.tables.append(table)
            continue
        i += 1
    return page


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
