"""Find the comments of a spec file and attach each to the entry or key it belongs to.

PyYAML drops comments, so they are found in the source text: a `#` at the start of a line or
after a blank, outside every scalar the parser saw. Attachment, so that a comment moves with
what it describes when keys are reordered:

* own-line comments belong to the next entry (a sequence item) or key below them; where an
  entry and its first key start at the same place, to the entry. Comments above the first key
  of the file stay at the top of the file, comments after the last node at its end;
* an end-of-line comment belongs to the outermost entry or key that starts and ends on its
  line (a key whose block value starts below counts: `members:  # text`); when there is none
  (a flow mapping spread over lines), it goes above the next entry or key.
"""

from typing import Dict, List, Optional, Tuple

from .tree import Document, Mapping, Pair, Scalar, Sequence

Point = Tuple[Tuple[int, int], int, object]  # (start, depth, node or pair)


def _scalars(node, found: List[Scalar]) -> None:
    if isinstance(node, Scalar):
        found.append(node)
    elif isinstance(node, Mapping):
        for pair in node.pairs:
            found.append(pair.key)
            _scalars(pair.value, found)
    elif isinstance(node, Sequence):
        for item in node.items:
            _scalars(item, found)


def _covered(root, count: int) -> Dict[int, List[Tuple[int, float]]]:
    """line -> [(from col, to col)] that scalars occupy (a `#` there is text, not a comment)."""
    spans: Dict[int, List[Tuple[int, float]]] = {}
    scalars: List[Scalar] = []
    _scalars(root, scalars)
    for scalar in scalars:
        (line, col), (end_line, end_col) = scalar.start, scalar.end
        if line == end_line:
            spans.setdefault(line, []).append((col, end_col))
            continue
        spans.setdefault(line, []).append((col, float("inf")))
        for inner in range(line + 1, min(end_line, count)):
            spans.setdefault(inner, []).append((0, float("inf")))
        spans.setdefault(end_line, []).append((0, end_col))
    return spans


def find_comments(lines: List[str], root) -> List[Tuple[int, int, str, bool]]:
    """(line, col, text, own line) of every comment, in order."""
    spans = _covered(root, len(lines))
    found = []
    for number, line in enumerate(lines):
        col = line.find("#")
        while col >= 0:
            free = not any(a <= col < b for a, b in spans.get(number, ()))
            if free and (col == 0 or line[col - 1] in " \t"):
                found.append((number, col, line[col:].rstrip(), not line[:col].strip()))
                break
            col = line.find("#", col + 1)
    return found


def _points(node, depth: int, found: List[Point]) -> None:
    """Every sequence item and every key, with its start and nesting depth."""
    if isinstance(node, Mapping):
        for pair in node.pairs:
            found.append((pair.start, depth + 1, pair))
            _points(pair.value, depth + 1, found)
    elif isinstance(node, Sequence):
        for item in node.items:
            found.append((item.start, depth + 1, item))
            _points(item, depth + 1, found)


def _one_line_on(target, line: int) -> bool:
    """target starts on line and nothing of it follows there but a block below (`key:`)."""
    if target.start[0] != line:
        return False
    if isinstance(target, Pair) and not isinstance(target.value, Scalar) \
            and target.value.start[0] > line:
        return True
    return target.end[0] == line


class _Attacher:
    def __init__(self, document: Document, lines: List[str]) -> None:
        self.document = document
        self.lines = lines
        points: List[Point] = []
        if document.root is not None:
            points.append((document.root.start, 0, document.root))
            _points(document.root, 0, points)
        self.points = sorted(points, key=lambda p: (p[0], p[1]))

    def next_point(self, line: int) -> Optional[object]:
        """The outermost entry or key that starts first below line."""
        for start, _, target in self.points:
            if start[0] > line:
                return target
        return None

    def on_line(self, line: int) -> Optional[object]:
        """The outermost entry or key that starts and ends on line."""
        fitting = [(depth, start, t) for start, depth, t in self.points
                   if _one_line_on(t, line)]
        return min(fitting, key=lambda f: (f[0], f[1]))[2] if fitting else None

    def leading(self, target, texts: List[str]) -> None:
        if target is None:  # nothing below: the comments end the file
            self.document.trailing.extend(texts)
            return
        comments = target.comments
        if comments.leading and comments.leading[-1] and texts:
            comments.leading.append("")  # two groups of comments: keep them apart
        comments.leading.extend(texts)

    def attach(self, found) -> None:
        group: List[str] = []
        last = -1
        for line, _, text, own_line in found:
            if not own_line:
                self.trailing(line, text)
                continue
            if group and any(self.lines[n].strip() and not self.lines[n].lstrip().startswith("#")
                             for n in range(last + 1, line)):
                self.flush(group, last)  # code between: the earlier comments are done
                group = []
            if group and any(not self.lines[n].strip() for n in range(last + 1, line)):
                group.append("")
            group.append(text)
            last = line
        if group:
            self.flush(group, last)

    def flush(self, group: List[str], last: int) -> None:
        target = self.next_point(last)
        if target is not None:
            below = range(last + 1, target.start[0])
            if any(not self.lines[n].strip() for n in below):
                group = group + [""]  # a blank line kept the comments apart from the entry
        self.leading(target, group)

    def trailing(self, line: int, text: str) -> None:
        target = self.on_line(line)
        if target is not None and target.comments.trailing is None:
            target.comments.trailing = text
        else:
            self.leading(self.next_point(line), [text])


def attach_comments(document: Document, lines: List[str]) -> None:
    _Attacher(document, lines).attach(find_comments(lines, document.root))
