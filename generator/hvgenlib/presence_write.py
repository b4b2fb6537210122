"""Record derived Linux presence in a spec file: `linux:` in the file's `defaults:` (the
presence most of its definitions have) and on each definition, member and enum value whose
presence differs from what it inherits (its file's default, its definition's, its enclosing
member's). Edited in hvgen fmt's tree, so comments and every other scalar's spelling stay;
the result is in fmt's canonical form and is proved to differ from the input only in
`linux:` keys before it is used.
"""

from collections import Counter
from typing import Dict, List, Optional, Sequence as Seq, Tuple

from . import model as m
from .fmt import emit, read_tree
from .fmt.tree import Mapping, Pair, Scalar, Sequence
from .fmt.verify import Changed, _compose, canonical, comment_texts
from .presence import FAMILIES

KEY = "linux"
NOWHERE = (0, 0)


class PresenceEditError(Exception):
    pass


def _scalar(text: str, value) -> Scalar:
    return Scalar(text, value, True, NOWHERE, NOWHERE)


def _families_node(families: Tuple[str, ...]) -> Sequence:
    return Sequence([_scalar(f, float(f)) for f in families], NOWHERE, NOWHERE)


def _pair(mapping: Mapping, key: str) -> Optional[Pair]:
    return next((p for p in mapping.pairs if p.key.value == key), None)


def _set(mapping: Mapping, families: Optional[Tuple[str, ...]], where: str) -> None:
    """Give MAPPING `linux: FAMILIES`, or no `linux:` key when FAMILIES is None."""
    pair = _pair(mapping, KEY)
    if families is None:
        if pair is not None:
            if pair.comments or pair.value.comments:
                raise PresenceEditError(f"{where}: its linux: key carries a comment; "
                                        f"remove that key by hand")
            mapping.pairs.remove(pair)
        return
    if pair is None:
        mapping.pairs.append(Pair(_scalar(KEY, KEY), _families_node(families)))
    else:
        pair.value = _families_node(families)


def _value(mapping: Mapping, key: str):
    pair = _pair(mapping, key)
    return None if pair is None else pair.value


class _Recorder:
    def __init__(self, derived, display: str) -> None:
        self.derived = derived
        self.display = display

    def presence(self, loc, inherited: Tuple[str, ...]) -> Tuple[str, ...]:
        found = self.derived.families(loc)
        return inherited if found is None else found

    def members(self, nodes: Sequence, members: Seq[m.Member], inherited) -> None:
        for node, member in zip(nodes.items, members):
            # an anonymous struct or union is not measured itself (no path): it follows its
            # parent, and its members say where they differ
            named = member.name is not None
            own = self.presence(member.loc, inherited) if named else inherited
            _set(node, own if own != inherited else None, f"{self.display}:{member.loc.line}")
            for key in ("members", "struct", "union"):
                inner = _value(node, key)
                if isinstance(inner, Sequence) and hasattr(member, "members"):
                    self.members(inner, member.members, own)

    def definition(self, node: Mapping, definition: m.Definition,
                   default: Tuple[str, ...]) -> None:
        own = self.presence(definition.loc, ())
        _set(node, own if own != default else None, f"{self.display}:{definition.loc.line}")
        values = _value(node, "values")
        if isinstance(values, Sequence):
            for value_node, value in zip(values.items, definition.values):
                found = self.presence(value.loc, own)
                _set(value_node, found if found != own else None,
                     f"{self.display}:{value.loc.line}")
        members = _value(node, "members")
        if isinstance(members, Sequence) and isinstance(definition, m.Record):
            self.members(members, definition.members, own)


def file_default(derived, definitions: List[m.Definition]) -> Tuple[str, ...]:
    """What a definition added to the file later should get: the presence most of its
    documented definitions have (a new definition comes from the TLFS; one spelled for one
    view only, `only:`, does not count), or most of its definitions' in a file with none
    (ties: the one with more families)."""
    documented = [d for d in definitions if d.tags.documented and d.tags.only is None]
    counts = Counter(derived.families(d.loc) or () for d in documented or definitions)
    return max(counts, key=lambda f: (counts[f], len(f), [-FAMILIES.index(x) for x in f]))


def _defaults_node(root: Mapping) -> Mapping:
    pair = _pair(root, "defaults")
    if pair is None:
        pair = Pair(_scalar("defaults", "defaults"), Mapping([], NOWHERE, NOWHERE))
        root.pairs.insert(0, pair)
    if not isinstance(pair.value, Mapping):
        raise PresenceEditError("defaults: is not a mapping")
    return pair.value


def _without_presence(data):
    if isinstance(data, dict):
        return {k: _without_presence(v) for k, v in data.items() if k != KEY}
    if isinstance(data, list):
        return [_without_presence(v) for v in data]
    return data


def recorded_text(text: str, display: str, derived,
                  definitions: List[m.Definition]) -> str:
    """TEXT with the derived presence of DEFINITIONS (the file's, in order) recorded."""
    document = read_tree(text)
    root = document.root
    items = _value(root, "definitions") if isinstance(root, Mapping) else None
    if not isinstance(items, Sequence) or len(items.items) != len(definitions):
        raise PresenceEditError(f"{display}: its definitions are not those hvgen read")
    default = file_default(derived, definitions)
    _set(_defaults_node(root), default, f"{display}: defaults")
    recorder = _Recorder(derived, display)
    for node, definition in zip(items.items, definitions):
        recorder.definition(node, definition, default)
    result = emit(document)
    try:
        same = canonical(_without_presence(_compose(text, display))) == \
            canonical(_without_presence(_compose(result, display)))
    except Changed as exc:
        raise PresenceEditError(f"{display}: {exc}") from None
    if not same or comment_texts(text) != comment_texts(result):
        raise PresenceEditError(f"{display}: recording presence would change more than "
                                f"linux: keys (a bug in presence_write.py); left as it is")
    return result


def by_file(model: m.Model) -> Dict[str, List[m.Definition]]:
    files: Dict[str, List[m.Definition]] = {}
    for definition in model.definitions:
        files.setdefault(definition.file, []).append(definition)
    return files
