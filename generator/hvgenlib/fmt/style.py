"""How each scalar is spelled, which mappings are written on one line, and which order and
role every mapping has.

A scalar keeps the file's own spelling (`0x005c`, `-010`, `yes`, `'a'`): that text is what
the loader reads, so it reads back the same. Two cases need another spelling, and both are
strings, which a double-quoted spelling reads back unchanged: a plain string with a flow
indicator (`, [ ] { } : ?`) moved into a one-line mapping, and a scalar spread over several
lines (written on one). A scalar of any other type that cannot be written in flow context keeps
its mapping in block form.
"""

from typing import List, Optional

from . import order
from .tree import Mapping, Node, Scalar, Sequence

WIDTH = 100  # the longest line a one-line (flow) mapping may make
FLOW_UNSAFE = set(",[]{}:?")
ALWAYS_BLOCK = ("file", "defaults")  # the file's top mapping and its defaults


def double_quoted(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly text."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF \
                or ch in "\u2028\u2029\ufeff\ufffe\uffff":
            out.append(f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def spell(scalar: Scalar, flow: bool) -> Optional[str]:
    """The scalar's text in block or flow context, or None when it has none there."""
    if scalar.text is not None and not scalar.plain:
        return scalar.text  # a one-line quoted scalar means the same in either context
    if scalar.text is not None:
        if not flow:
            return scalar.text
        if scalar.text and not FLOW_UNSAFE & set(scalar.text):
            return scalar.text
    if type(scalar.value) is str:  # noqa: E721 - a SpelledInt is an int, and must stay one
        return double_quoted(scalar.value)
    return None


def role_of(role: Optional[str], key: str) -> Optional[str]:
    """The role of the mapping (or of the items of the list) found under key."""
    if role == "file":
        return {"defaults": "defaults", "definitions": "definition"}.get(key)
    if role == "definition":
        return {"values": "enum-value", "members": "member"}.get(key, "per-view")
    if role == "member":
        return "member" if key in order.MEMBER_LISTS else "per-view"
    if role in ("enum-value", "defaults"):
        return "per-view"
    return None


def table_of(role: Optional[str], mapping: Mapping):
    keys = [pair.key.value for pair in mapping.pairs]
    if role == "member":
        return order.member_order(keys)
    return {"file": order.FILE, "defaults": order.DEFINITION, "definition": order.DEFINITION,
            "enum-value": order.ENUM_VALUE, "per-view": order.PER_VIEW}.get(role)


def ordered_pairs(mapping: Mapping, role: Optional[str]):
    by_key = {pair.key.value: pair for pair in mapping.pairs}
    return [by_key[key] for key in order.ordered(list(by_key), table_of(role, mapping))]


def _flow_scalar(node: Node) -> Optional[str]:
    if not isinstance(node, Scalar) or node.comments:
        return None
    return spell(node, flow=True) or None  # an empty (null) scalar has no flow spelling here


def _flow_collection(node: Node, role: Optional[str], nested: bool) -> Optional[str]:
    """node on one line; a collection inside it may hold scalars only."""
    if isinstance(node, Sequence):
        items = [_flow_scalar(item) for item in node.items]
        return None if None in items else "[" + ", ".join(items) + "]"
    parts: List[str] = []
    for pair in ordered_pairs(node, role):
        key = _flow_scalar(pair.key)
        if key is None or pair.comments:
            return None
        if isinstance(pair.value, Scalar):
            value = _flow_scalar(pair.value)
        elif nested:
            return None
        else:
            value = _flow_collection(pair.value, role_of(role, pair.key.value), nested=True)
        if value is None:
            return None
        parts.append(f"{key}: {value}")
    return "{" + ", ".join(parts) + "}"


def flow_text(node: Node, role: Optional[str]) -> Optional[str]:
    """The one-line (flow) text of a collection, or None where the rule wants block form: the
    file's top mapping and `defaults:`, anything holding a mapping or list of mappings below one
    level (members, values), a comment inside, or a scalar without a flow spelling."""
    if role in ALWAYS_BLOCK or isinstance(node, Scalar):
        return None
    if isinstance(node, Sequence):
        return _flow_collection(node, role, nested=True)
    return _flow_collection(node, role, nested=False)
