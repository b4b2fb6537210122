"""Line-level edits of a spec file at the marks PyYAML gives its nodes.

`tlfs --apply` and `--suggest-citations` set a key of a definition. Re-serialising the file
would change what the user wrote elsewhere (another YAML library reads `-010` or `0x-10` its own
way; quotes, indentation, CRLF and a BOM do not survive), so the edit is made in the text
itself: an existing key's value is replaced where it stands; a new key becomes a line of its
own right after the line that ends the anchor key (the later of `visibility:` and `tlfs:`, else
the definition's name), at that key's indentation, so blank lines and comments that belong to
the next definition stay where they are. In a flow mapping (`- {define: X, value: 1}`) the new
key goes inside the braces. Every byte the edit does not mean to change stays as it was.
"""

import json
import re
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

import yaml

KINDS = ("define", "enum", "struct", "union", "typedef")
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_./#:-]*")


class EditError(ValueError):
    """A file the editor cannot edit safely (not UTF-8, not a spec mapping)."""


def yaml_scalar(value: str) -> str:
    """value as a YAML scalar: plain when YAML 1.1 reads it back as the same string."""
    if _PLAIN.fullmatch(value) and ": " not in value and " #" not in value:
        try:
            if yaml.safe_load(value) == value:
                return value
        except yaml.YAMLError:
            pass
    return json.dumps(value)  # a JSON string is a YAML double-quoted scalar


@dataclass
class Definition:
    """One definition of the file as the edit functions see it: read its keys, set one."""

    name: str
    line: int
    node: yaml.MappingNode
    defaults: Dict[str, str]
    edits: List[Tuple[int, int, str]] = field(default_factory=list)  # (start, end, text)
    assigned: Dict[str, str] = field(default_factory=dict)  # key -> value, what set() asked
    newline: str = "\n"
    text: str = ""

    def _pairs(self):
        return [(k.value, v) for k, v in self.node.value if isinstance(k, yaml.ScalarNode)]

    def get(self, key: str) -> Optional[str]:
        for name, value in self._pairs():
            if name == key and isinstance(value, yaml.ScalarNode):
                return value.value
        return None

    @property
    def visibility(self) -> Optional[str]:
        return self.get("visibility") or self.defaults.get("visibility")

    def set(self, key: str, value: str) -> None:
        self.assigned[key] = value
        scalar = yaml_scalar(value)
        pairs = self._pairs()
        for name, node in pairs:
            if name == key:
                self.edits.append((node.start_mark.index, node.end_mark.index, scalar))
                return
        names = [name for name, _ in pairs]
        anchors = [k for k in ("visibility", "tlfs") if k in names]
        after = max(anchors, key=names.index) if anchors else \
            next(name for name in names if name in KINDS)
        key_node, value_node = next((k, v) for k, v in self.node.value if k.value == after)
        if self.node.flow_style:
            at = value_node.end_mark.index
            self.edits.append((at, at, f", {key}: {scalar}"))
            return
        at = self.text.find("\n", value_node.end_mark.index)
        at = len(self.text) if at < 0 else at
        if self.text[at - 1:at] == "\r":
            at -= 1
        indent = " " * key_node.start_mark.column
        self.edits.append((at, at, f"{self.newline}{indent}{key}: {scalar}"))


def _compose(text: str, display: str) -> yaml.Node:
    try:
        # The pure-Python composer: libyaml's marks count from after a BOM, PyYAML's own from
        # the first character of the text, which is what the edits index into.
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise EditError(f"{display}: not YAML the editor can read: {exc}") from None


def definitions(text: str, display: str = "<spec>") -> List[Definition]:
    """The definitions of a spec file's text, with their nodes and marks."""
    root = _compose(text, display)
    if not isinstance(root, yaml.MappingNode):
        raise EditError(f"{display}: the top level is not a mapping")
    top = {k.value: v for k, v in root.value if isinstance(k, yaml.ScalarNode)}
    defaults = {}
    if isinstance(top.get("defaults"), yaml.MappingNode):
        defaults = {k.value: v.value for k, v in top["defaults"].value
                    if isinstance(v, yaml.ScalarNode)}
    items = top.get("definitions")
    items = items.value if isinstance(items, yaml.SequenceNode) else []
    newline = "\r\n" if "\r\n" in text else "\n"
    found = []
    for item in items:
        if not isinstance(item, yaml.MappingNode):
            continue
        name = next((v.value for k, v in item.value
                     if k.value in KINDS and isinstance(v, yaml.ScalarNode)), "")
        found.append(Definition(name, item.start_mark.line + 1, item, defaults,
                                newline=newline, text=text))
    return found


def definition_spans(text: str, display: str = "<spec>") -> List[Tuple[int, int, str]]:
    """(first line, last line, name) of each definition (1-based; the last runs to the next)."""
    found = definitions(text, display)
    starts = [d.line for d in found]
    ends = starts[1:] + [10 ** 9]
    return [(s, e - 1, d.name) for s, e, d in zip(starts, ends, found)]


Edit = Callable[[Definition], bool]


def edit_text(text: str, todo: List[Tuple[str, int, Edit]], display: str = "<spec>"):
    """Apply edits (definition name, its first line, edit function) to a file's text.

    Returns (new text, [(name, line)] of the definitions an edit changed). The result is parsed
    again and must hold the same data but for the keys set: otherwise EditError, nothing kept.
    """
    by_place = {(d.name, d.line): d for d in definitions(text, display)}
    done, edits = [], []
    for name, line, edit in todo:
        target = by_place.get((name, line))
        if target is not None and edit(target):
            done.append((name, line))
    for target in by_place.values():
        edits.extend(target.edits)
    new = text
    for start, end, replacement in sorted(edits, reverse=True):
        new = new[:start] + replacement + new[end:]
    _same_but_for(text, new, by_place, display)
    return new, done


def _same_but_for(old: str, new: str, by_place, display: str) -> None:
    """The edited text must hold the old data but for the keys the edits set, which must hold
    the values asked for: a check of the editor itself, so no mistake of it reaches a file."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        before, after = yaml.load(old, Loader=loader), yaml.load(new, Loader=loader)
    except yaml.YAMLError as exc:
        raise EditError(f"{display}: the edited text would not parse: {exc}") from None
    rest = lambda data: {k: v for k, v in data.items() if k != "definitions"}  # noqa: E731
    old_items, new_items = before.get("definitions") or [], after.get("definitions") or []
    if rest(before) != rest(after) or len(old_items) != len(new_items):
        raise EditError(f"{display}: an edit changed more than its definitions")
    mappings = [item for item in old_items if isinstance(item, dict)]
    changed = [item for item in new_items if isinstance(item, dict)]
    for target, was, now in zip(by_place.values(), mappings, changed):
        expected = dict(was, **target.assigned)
        if now != expected:
            raise EditError(f"{display}: the edit of {target.name} would change more than "
                            f"{', '.join(target.assigned) or 'nothing'}")


def read_spec_text(path: str) -> str:
    """A spec file's text exactly as stored (a BOM and CRLF kept), or EditError."""
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EditError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
