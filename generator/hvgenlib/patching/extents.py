"""Where each definition of a kernel header stands in its text: the lines of a `#define`, a
struct, union or enum body, a typedef, and the comment block right above it.

The scan is textual on purpose: a patch must edit the kernel's own lines, so it needs the exact
lines, which a compiler does not give for macros or for comments. It understands what kernel
headers are made of: block and line comments, `#if`/`#elif`/`#else`/`#endif` nesting (each
extent records the conditions it sits under), backslash continuations, braces, and statements
that end with `;` at brace depth 0 (or, for an inline function, with its closing brace).
"""

import re
from dataclasses import dataclass
from typing import Dict, List, Tuple

_DEFINE = re.compile(r"^\s*#\s*define\s+([A-Za-z_]\w*)")
_CONDITION = re.compile(r"^\s*#\s*(if|ifdef|ifndef|elif|else|endif)\b(.*)$")
_RECORD = re.compile(r"^\s*(typedef\s+)?(struct|union|enum)\s*([A-Za-z_]\w*)?\s*\{")
_TRAILING_NAME = re.compile(r"\}\s*(?:__packed\s*|__aligned\s*\([^)]*\)\s*|__attribute__\s*\(\(.*\)\)\s*)*"
                            r"([A-Za-z_]\w*)?\s*(?:\[[^\]]*\])?\s*;\s*$", re.S)
_TYPEDEF = re.compile(r"^\s*typedef\s+[^;{]*?\b([A-Za-z_]\w*)\s*(?:\[[^\]]*\])?\s*;", re.S)
_FIRST_ENUMERATOR = re.compile(r"\{\s*([A-Za-z_]\w*)")


@dataclass(frozen=True)
class Extent:
    name: str  # macro or typedef name; "struct X", "union X", "enum X"; "enum <anonymous:C>"
    kind: str  # define | struct | union | enum | typedef | other
    first: int  # first line of the definition (0-based)
    last: int  # its last line (inclusive)
    comment_first: int  # first line of the comment block right above it (== first if none)
    conditions: Tuple[str, ...]  # the #if conditions it sits under, outermost first


def _strip_comments(line: str, in_comment: bool) -> Tuple[str, bool]:
    """The code of one line without its comments, and whether a block comment stays open."""
    code, i = [], 0
    while i < len(line):
        if in_comment:
            end = line.find("*/", i)
            if end < 0:
                return "".join(code), True
            in_comment, i = False, end + 2
            code.append(" ")
        elif line.startswith("/*", i):
            in_comment, i = True, i + 2
        elif line.startswith("//", i):
            break
        else:
            code.append(line[i])
            i += 1
    return "".join(code), in_comment


def _comment_above(lines: List[str], first: int, comment_lines: set) -> int:
    """The first line of the comment block that ends right above line `first`, or `first`."""
    start = first
    while start > 0 and (start - 1) in comment_lines:
        start -= 1
    return start


def _name_of(statement: str) -> Tuple[str, str]:
    """(name, kind) of one statement at brace depth 0."""
    record = _RECORD.match(statement)
    if record:
        typedef, kind, tag = record.groups()
        if typedef:
            trailing = _TRAILING_NAME.search(statement)
            return (trailing.group(1) if trailing and trailing.group(1) else tag or "", "typedef")
        if tag:
            return f"{kind} {tag}", kind
        if kind == "enum":
            first = _FIRST_ENUMERATOR.search(statement)
            return (f"enum <anonymous:{first.group(1)}>" if first else "", "enum")
        return "", "other"
    typedef = _TYPEDEF.match(statement)
    if typedef:
        return typedef.group(1), "typedef"
    return "", "other"


def scan(text: str) -> List[Extent]:
    """Every definition of a header's text, in file order."""
    lines = text.split("\n")
    extents: List[Extent] = []
    conditions: List[str] = []
    comment_lines: set = set()
    in_comment = False
    depth, start, statement = 0, None, []
    index = 0
    while index < len(lines):
        line = lines[index]
        code, still_open = _strip_comments(line, in_comment)
        if (in_comment or "/*" in line or "//" in line) and not code.strip():
            comment_lines.add(index)
        in_comment = still_open
        if code.lstrip().startswith("#"):  # also inside a body: a #define may stand there
            index = _preprocessor(lines, index, code, conditions, comment_lines, extents)
            continue
        if code.strip() and start is None:
            start, statement = index, []
        if start is not None:
            statement.append(code)
            depth += code.count("{") - code.count("}")
            joined = "\n".join(statement)
            ends = depth == 0 and (code.rstrip().endswith(";") or
                                   (code.rstrip().endswith("}") and "(" in joined.split("{")[0]
                                    and "=" not in joined.split("{")[0]))
            if ends:
                name, kind = _name_of(joined)
                extents.append(Extent(name, kind, start, index,
                                      _comment_above(lines, start, comment_lines),
                                      tuple(conditions)))
                start = None
        index += 1
    return extents


def _preprocessor(lines, index, code, conditions, comment_lines, extents) -> int:
    """Read one preprocessor line (and its continuations); returns the next line's index."""
    last = index
    while lines[last].rstrip().endswith("\\") and last + 1 < len(lines):
        last += 1
    condition = _CONDITION.match(code)
    if condition:
        word, rest = condition.group(1), condition.group(2).strip()
        if word in ("if", "ifdef", "ifndef"):
            conditions.append(f"{word} {rest}")
        elif word in ("elif", "else") and conditions:
            conditions[-1] = f"{word} {rest}".strip()
        elif word == "endif" and conditions:
            conditions.pop()
    define = _DEFINE.match(code)
    if define:
        extents.append(Extent(define.group(1), "define", index, last,
                              _comment_above(lines, index, comment_lines), tuple(conditions)))
    return last + 1


def by_name(extents: List[Extent]) -> Dict[str, List[Extent]]:
    found: Dict[str, List[Extent]] = {}
    for extent in extents:
        if extent.name:
            found.setdefault(extent.name, []).append(extent)
    return found

