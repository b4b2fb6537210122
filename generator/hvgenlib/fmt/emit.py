"""Write a spec tree back as text, in the canonical layout.

Two spaces per level; a list under a key is indented two more than the key; a mapping that
is a list item starts on the dash line. A collection goes on one line when style.flow_text
gives it a text and the line fits WIDTH columns, else in block form. Definitions are
separated by a blank line, except that one-line definitions in a row form a table (a comment
above one starts a new group); the file's top keys are separated by a blank line.
"""

from typing import List, Optional

from .style import WIDTH, flow_text, ordered_pairs, role_of, spell
from .tree import Comments, Document, Mapping, Node, Pair, Scalar, Sequence
from .verify import Changed

SPACED_LISTS = ("definition",)  # lists whose block items are set apart by a blank line


def _comment_lines(comments: Comments, indent: int) -> List[str]:
    return [(" " * indent + text) if text else "" for text in comments.leading]


def _with_trailing(line: str, comments: Comments) -> str:
    return f"{line}  {comments.trailing}" if comments.trailing else line


def _block_spelling(scalar: Scalar) -> str:
    text = spell(scalar, flow=False)
    if text is None:  # only a multi-line scalar that is not a string (none is known)
        raise Changed(f"line {scalar.start[0] + 1}: a scalar with no one-line spelling")
    return text


def _hoist(first_comments: Comments, into: Comments) -> None:
    """The first key's own-line comments go above the item: `- # text` would read badly."""
    if first_comments.leading:
        into.leading.extend(first_comments.leading)
        first_comments.leading = []


def _pair(pair: Pair, role: Optional[str], indent: int) -> List[str]:
    lines = _comment_lines(pair.comments, indent)
    head = " " * indent + _block_spelling(pair.key) + ":"
    value = pair.value
    child = role_of(role, pair.key.value)
    if isinstance(value, Scalar):
        text = _block_spelling(value)
        return lines + [_with_trailing(head + (" " + text if text else ""), pair.comments)]
    flow = flow_text(value, child)
    if (flow is not None and len(head) + 1 + len(flow) <= WIDTH) or not _items(value):
        flow = flow if flow is not None else ("{}" if isinstance(value, Mapping) else "[]")
        return lines + [_with_trailing(f"{head} {flow}", pair.comments)]
    lines.append(_with_trailing(head, pair.comments))
    return lines + _block(value, child, indent + 2)


def _items(node: Node) -> list:
    return node.pairs if isinstance(node, Mapping) else node.items


def _block(node: Node, role: Optional[str], indent: int) -> List[str]:
    if isinstance(node, Mapping):
        return _mapping(node, role, indent)
    return _sequence(node, role, indent)


def _mapping(mapping: Mapping, role: Optional[str], indent: int) -> List[str]:
    lines: List[str] = []
    for number, pair in enumerate(ordered_pairs(mapping, role)):
        if number and role == "file":
            lines.append("")
        lines.extend(_pair(pair, role, indent))
    return lines


def _item(item: Node, role: Optional[str], indent: int) -> List[str]:
    """A list item whose dash is at indent: its comments, then its lines."""
    dash = " " * indent + "- "
    if isinstance(item, Scalar):
        text = _block_spelling(item)
        return _comment_lines(item.comments, indent) + \
            [_with_trailing(dash + text if text else dash.rstrip(), item.comments)]
    flow = flow_text(item, role)
    if (flow is not None and len(dash) + len(flow) <= WIDTH) or not _items(item):
        flow = flow if flow is not None else ("{}" if isinstance(item, Mapping) else "[]")
        return _comment_lines(item.comments, indent) + [_with_trailing(dash + flow, item.comments)]
    first = ordered_pairs(item, role)[0] if isinstance(item, Mapping) else item.items[0]
    _hoist(first.comments, item.comments)
    if item.comments.trailing:  # its line is gone: the comment goes above the item
        item.comments.leading.append(item.comments.trailing)
        item.comments.trailing = None
    inner = _block(item, role, indent + 2)
    return _comment_lines(item.comments, indent) + [dash + inner[0].lstrip()] + inner[1:]


def _sequence(sequence: Sequence, role: Optional[str], indent: int) -> List[str]:
    lines: List[str] = []
    previous_one_line = False
    for number, item in enumerate(sequence.items):
        item_lines = _item(item, role, indent)
        one_line = len(item_lines) - len(item.comments.leading) == 1
        if number and role in SPACED_LISTS and (not (one_line and previous_one_line)
                                                or item.comments.leading):
            lines.append("")
        lines.extend(item_lines)
        previous_one_line = one_line
    return lines


def emit(document: Document) -> str:
    """The canonical text of a spec tree."""
    root = document.root
    lines: List[str] = []
    if isinstance(root, Scalar):
        lines = _comment_lines(root.comments, 0) + \
            [_with_trailing(_block_spelling(root), root.comments)]
    elif root is not None:
        lines = _comment_lines(root.comments, 0)
        if _items(root):
            lines += _block(root, "file", 0)
        else:
            lines.append("{}" if isinstance(root, Mapping) else "[]")
    lines += [text for text in document.trailing]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""
