"""A spec file as a tree that keeps what a formatter must not lose: each scalar's spelling and
position, and (through comments.py) every comment.

Built from the same libyaml event stream, with the same YAML 1.1 resolution, as load.py's
composer, so a scalar's value here is the value hvgen reads. The file has passed load.py
first (no aliases, tags or duplicate keys; bounded depth), so plain recursion is safe.
"""

import re
from dataclasses import dataclass, field
from typing import Any, List, Optional, Tuple, Union

import yaml

from .. import load

Pos = Tuple[int, int]  # (line, col), 0-based, in characters, as libyaml counts them
LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")  # what YAML 1.1 counts as a line break


@dataclass
class Comments:
    """Comments that belong to a node or key: own-line ones above it ("" stands for a blank
    line between two of them), and one at the end of its line."""

    leading: List[str] = field(default_factory=list)
    trailing: Optional[str] = None

    def __bool__(self) -> bool:
        return bool(self.leading or self.trailing)


@dataclass
class Scalar:
    text: Optional[str]  # the file's own spelling when it is on one line, else None
    value: Any  # as hvgen's loader reads it (SpelledInt, bool, None, str...)
    plain: bool
    start: Pos
    end: Pos
    comments: Comments = field(default_factory=Comments)


@dataclass
class Pair:
    key: Scalar
    value: "Node"
    comments: Comments = field(default_factory=Comments)

    @property
    def start(self) -> Pos:
        return self.key.start

    @property
    def end(self) -> Pos:
        return self.value.end


@dataclass
class Mapping:
    pairs: List[Pair]
    start: Pos
    end: Pos
    comments: Comments = field(default_factory=Comments)


@dataclass
class Sequence:
    items: List["Node"]
    start: Pos
    end: Pos
    comments: Comments = field(default_factory=Comments)


Node = Union[Scalar, Mapping, Sequence]


@dataclass
class Document:
    root: Optional[Node]
    trailing: List[str]  # comments after the last node


def _pos(mark) -> Pos:
    return mark.line, mark.column


class _Reader:
    def __init__(self, text: str) -> None:
        self.lines = LINE_BREAK.split(text)
        self.loader = load._Loader(text)

    def node(self, event) -> Node:
        if isinstance(event, yaml.ScalarEvent):
            return self.scalar(event)
        if isinstance(event, yaml.SequenceStartEvent):
            items = []
            while not self.loader.check_event(yaml.SequenceEndEvent):
                items.append(self.node(self.loader.get_event()))
            end = self.loader.get_event().end_mark
            return Sequence(items, _pos(event.start_mark), _pos(end))
        if isinstance(event, yaml.MappingStartEvent):
            pairs = []
            while not self.loader.check_event(yaml.MappingEndEvent):
                key = self.scalar(self.loader.get_event())  # load.py allows only scalar keys
                pairs.append(Pair(key, self.node(self.loader.get_event())))
            end = self.loader.get_event().end_mark
            return Mapping(pairs, _pos(event.start_mark), _pos(end))
        raise ValueError(f"unexpected YAML event {type(event).__name__}")  # pragma: no cover

    def scalar(self, event) -> Scalar:
        start, end = _pos(event.start_mark), _pos(event.end_mark)
        text = self.lines[start[0]][start[1]:end[1]] if start[0] == end[0] else None
        tag = event.tag
        if tag in (None, "!"):
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark)
        value = load._Composer.convert_scalar(node)
        return Scalar(text, value, not event.style, start, end)

    def document(self) -> Document:
        try:
            self.loader.get_event()  # StreamStart
            root = None
            if not self.loader.check_event(yaml.StreamEndEvent):
                self.loader.get_event()  # DocumentStart
                root = self.node(self.loader.get_event())
        finally:
            self.loader.dispose()
        return Document(root, [])


def read_tree(text: str) -> Document:
    """The tree of one spec file's text, its comments attached (see comments.py)."""
    from .comments import attach_comments  # comments.py reads this module's node types

    if text.startswith("\ufeff"):
        text = text[1:]
    document = _Reader(text).document()
    attach_comments(document, LINE_BREAK.split(text))
    return document
