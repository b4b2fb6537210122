"""Load spec files: YAML (libyaml's C parser, safe tags only) -> plain data + a location per node.

The loader composes the node graph itself instead of calling safe_load, so that every value
keeps its file:line:col, duplicate keys are rejected (PyYAML silently keeps the last one),
aliases are refused (no "billion laughs"), and integers keep their spelling (`0x005c`). It works
on the event stream without recursion, and bounds file size, node count and nesting depth, so
no input can make it hang, exhaust memory or raise a traceback.

Every run parses every file: nothing parsed is kept on disk (a stored parse is data a later run
would have to trust; see bench/README.md for what such a cache saved and cost).
"""

import os
import re
import stat
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

import yaml

from .diagnostics import Diagnostics, Loc

Path = Tuple[Any, ...]
Pos = Tuple[int, int]  # (line, col), 1-based; made into a Loc only when asked for

MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_NODES = 100_000  # per file; ~1 s of parsing. The whole real spec has a few thousand
MAX_DEPTH = 64  # a spec nests about 8 deep; libyaml and Python both have stack limits
DEFAULTABLE_KEYS = ("visibility", "tlfs", "arch", "hdk-file", "linux")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_scalars = yaml.constructor.SafeConstructor()


class SpelledInt(int):
    """An int that remembers how the spec wrote it, so headers show `0x005c`, not `92`."""

    text: str

    def __new__(cls, value: int, text: str):
        obj = super().__new__(cls, value)
        obj.text = text
        return obj

    def __reduce__(self):  # copy and pickle: int's own reduce would drop the spelling
        return SpelledInt, (int(self), self.text)


@dataclass
class SpecFile:
    """One spec file: its data, the position of each mapping (by identity), and on demand
    the position of each node and mapping key by path.

    A run of a valid spec asks only where its definitions, members and enum values are
    (mappings all: node_loc). The positions of every node and key by path are for an error
    at a scalar or a key (the schema's), which valid input never has: they come from reading
    TEXT again, with the paths this time (`_Composer(record_paths=True)`), and not before."""

    path: str
    data: Any
    text: str = field(default="", repr=False)
    mapping_pos: Dict[int, Pos] = field(default_factory=dict, repr=False)
    # (path, path whose position it takes): keys a file's `defaults:` gave a definition
    aliases: List[Tuple[Path, Path]] = field(default_factory=list, repr=False)
    _locs: Optional[Dict[Path, Pos]] = field(default=None, repr=False)
    _key_locs: Dict[Path, Pos] = field(default_factory=dict, repr=False)

    @property
    def locs(self) -> Dict[Path, Pos]:
        if self._locs is None:
            self._locs = {}
            _record_paths(self)
            for path, source in self.aliases:
                if source in self._locs:
                    self._locs[path] = self._locs[source]
        return self._locs

    @property
    def key_locs(self) -> Dict[Path, Pos]:
        self.locs  # noqa: B018 - made with them
        return self._key_locs

    def node_loc(self, node: Any, path: Path) -> Loc:
        """Location of NODE, a mapping of this file's data at PATH."""
        pos = self.mapping_pos.get(id(node))
        return Loc(self.path, *pos) if pos else self.loc(path)

    def loc(self, path: Path) -> Loc:
        """Location of the node at path, or of its nearest ancestor that has one."""
        path = tuple(path)
        locs = self.locs
        while path not in locs and path:
            path = path[:-1]
        return Loc(self.path, *locs.get(path, (1, 1)))

    def key_loc(self, path: Path) -> Loc:
        """Location of the mapping key that ends path, else of the nearest node."""
        pos = self.key_locs.get(tuple(path))
        return Loc(self.path, *pos) if pos else self.loc(path[:-1])


def _record_paths(spec: SpecFile) -> None:
    """Fill SPEC's positions by path from its text (read once already, so no new error)."""
    loader = _Loader(spec.text)
    try:
        _Composer(spec, Diagnostics(), record_paths=True).compose(loader)
    except (yaml.YAMLError, _TooBig):  # pragma: no cover - it parsed the first time
        pass
    finally:
        loader.dispose()


_DISCARD = object()  # path element for values that are dropped (duplicate or non-string key)


class _Frame:
    __slots__ = ("container", "path", "event", "key", "expect_key")

    def __init__(self, container, path: Path, event) -> None:
        self.container = container
        self.path = path
        self.event = event  # the start event: where the container is, asked only for errors
        self.key: Any = None
        self.expect_key = True


# First characters of a plain scalar that some implicit resolver (int, bool, null, float,
# timestamp, merge, value) may claim; any other plain scalar, and every quoted one, is a str.
_RESOLVED_FIRST = frozenset(k for k in _Loader.yaml_implicit_resolvers if k is not None)
_PLAIN_IS_STR = None not in _Loader.yaml_implicit_resolvers and not _Loader.yaml_path_resolvers
_SCALAR, _SEQUENCE_END, _MAPPING_END = yaml.ScalarEvent, yaml.SequenceEndEvent, yaml.MappingEndEvent
_SEQUENCE_START, _MAPPING_START = yaml.SequenceStartEvent, yaml.MappingStartEvent


class _Composer:
    """Build plain data straight from libyaml's events, iteratively.

    No recursion (a 100 000-deep `[[[...]]]` cannot exhaust the Python stack), aliases are
    refused where they appear (so an alias bomb is never expanded), and nesting depth and node
    count are bounded while parsing, so an oversized file fails at the first node over the limit.
    This loop runs once per node of every file (~33 000 events for the real spec), so it
    keeps only each mapping's position; RECORD_PATHS (SpecFile.locs, for an error) instead
    records every node's and key's position by path into SPEC's tables (the data read again
    is thrown away, so its mappings' positions are not kept).
    """

    def __init__(self, spec: SpecFile, diag: Diagnostics, record_paths: bool = False) -> None:
        self.spec = spec
        self.diag = diag
        self.record_paths = record_paths
        if record_paths:
            self.locs, self.key_locs = spec._locs, spec._key_locs

    def loc_of(self, event) -> Loc:
        return Loc(self.spec.path, *self.pos_of(event))

    @staticmethod
    def pos_of(event) -> Pos:
        mark = event.start_mark
        return mark.line + 1, mark.column + 1

    def compose(self, loader) -> Tuple[bool, Any]:
        """(found a document, its data). Raises yaml errors and _TooBig."""
        loader.get_event()  # StreamStart
        if loader.check_event(yaml.StreamEndEvent):
            return False, None
        loader.get_event()  # DocumentStart
        data = self.document(loader)
        loader.get_event()  # DocumentEnd
        if not loader.check_event(yaml.StreamEndEvent):
            event = loader.peek_event()
            self.diag.error(self.loc_of(event), "yaml",
                            "a second YAML document (`---`) in one file; use one per file")
        return True, data

    def document(self, loader) -> Any:
        # Per event only what every event needs; a position is made from the event's mark
        # when an error (or RECORD_PATHS, or a mapping's start) asks for it.
        stack: List[_Frame] = []
        get_event, record, nodes = loader.get_event, self.record_paths, 0
        while True:
            event = get_event()
            kind = type(event)
            if kind is _SEQUENCE_END or kind is _MAPPING_END:
                frame = stack.pop()
                value, event, scalar = frame.container, frame.event, False
            else:
                nodes += 1
                if nodes > MAX_NODES:
                    raise _TooBig(self.loc_of(event), f"more than {MAX_NODES} YAML nodes in one file; split it")
                path = self.record(stack, event) if record else ()
                if kind is _SCALAR:
                    value, scalar = self.scalar(loader, event), True
                elif kind is _MAPPING_START or kind is _SEQUENCE_START:
                    self.open(event, kind, stack, path)
                    continue
                else:
                    value, scalar = self.alias(event), True
            if not stack:
                return value
            self.deliver(stack[-1], value, event, scalar)

    def open(self, event, kind, stack: List[_Frame], path: Any) -> None:
        """A mapping or sequence starts: its frame on STACK, a mapping's position kept."""
        self.check_tag(event)
        if len(stack) >= MAX_DEPTH:
            raise _TooBig(self.loc_of(event), f"nesting deeper than {MAX_DEPTH} levels; a spec needs about 8")
        container = [] if kind is _SEQUENCE_START else {}
        if kind is _MAPPING_START and not self.record_paths:
            self.spec.mapping_pos[id(container)] = self.pos_of(event)
        stack.append(_Frame(container, path if path is not None else (_DISCARD,), event))

    def alias(self, event) -> None:
        if type(event) is not yaml.AliasEvent:  # pragma: no cover - libyaml emits no other
            raise yaml.YAMLError(f"unexpected {type(event).__name__}")
        self.diag.error(self.loc_of(event), "yaml", "anchors and aliases are not allowed "
                        "in a spec; write the value out")

    def check_tag(self, event) -> None:
        tag = event.tag
        if tag is not None and tag != "!":
            self.diag.error(self.loc_of(event), "yaml", f"explicit YAML tag '{tag}' is not "
                            "allowed in a spec; remove it")

    def record(self, stack: List[_Frame], event) -> Any:
        """The path of the node EVENT starts (None for a key), its position recorded."""
        path = self.child_path(stack[-1] if stack else None)
        if path is not None and path[-1:] != (_DISCARD,):
            self.locs[path] = self.pos_of(event)
        return path

    @staticmethod
    def child_path(parent: Any) -> Any:
        if parent is None:
            return ()
        if type(parent.container) is list:
            return parent.path + (len(parent.container),)
        if parent.expect_key:
            return None  # keys have no path of their own; key_locs records them
        return parent.path + (parent.key,)

    def deliver(self, frame: _Frame, value: Any, event, scalar: bool) -> None:
        """VALUE (made from EVENT, a scalar's or a container's start) into FRAME's container."""
        container = frame.container
        if type(container) is list:
            container.append(value)
            return
        if frame.expect_key:
            frame.expect_key = False
            if not scalar or not isinstance(value, str):
                self.diag.error(self.loc_of(event), "yaml", "mapping keys must be plain strings")
                frame.key = _DISCARD
            elif value in container:
                self.diag.error(self.loc_of(event), "dup-key",
                                f"duplicate key '{value}' in one mapping; keep one of them")
                frame.key = _DISCARD
            else:
                frame.key = value
                if self.record_paths:
                    self.key_locs[frame.path + (value,)] = self.pos_of(event)
            return
        frame.expect_key = True
        if frame.key is not _DISCARD:
            container[frame.key] = value

    def scalar(self, loader, event) -> Any:
        tag, value = event.tag, event.value
        plain = tag is None and event.implicit[0]  # its value depends on its text alone
        if tag is None and _PLAIN_IS_STR and (
                not plain or (value and value[0] not in _RESOLVED_FIRST)):
            return value  # most scalars (names, types, descriptions): what resolving makes
        if plain and value in _PLAIN:
            return _PLAIN[value]
        self.check_tag(event)
        if tag in (None, "!"):
            tag = loader.resolve(yaml.ScalarNode, value, event.implicit)
        node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark)
        try:
            converted = self.convert_scalar(node)
        except (ValueError, OverflowError) as exc:
            self.diag.error(self.loc_of(event), "yaml",
                            f"cannot read '{value[:40]}' as {tag}: {exc}")
            return value
        if plain:
            if len(_PLAIN) >= _PLAIN_MAX:
                _PLAIN.clear()
            _PLAIN[value] = converted
        return converted

    @staticmethod
    def convert_scalar(node) -> Any:
        tag = node.tag
        if tag == "tag:yaml.org,2002:int":
            if ":" in node.value:  # YAML 1.1 base-60; never meant in a spec ("63:52")
                return node.value
            return SpelledInt(_scalars.construct_yaml_int(node), node.value)
        if tag == "tag:yaml.org,2002:bool":
            return _scalars.construct_yaml_bool(node)
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:float":
            return _scalars.construct_yaml_float(node)
        return node.value


# A plain scalar's value depends on its text alone, and the same few hundred texts (`name`,
# `type`, `0`, `u32`, `true`) are most of a spec's 20,000 scalars: each is resolved and
# converted once (YAML's resolver is a Python loop over regular expressions). Only values that
# converted without error are kept, all immutable; the bound keeps hostile input from growing it.
_PLAIN: Dict[str, Any] = {}
_PLAIN_MAX = 100_000


class _TooBig(Exception):
    def __init__(self, loc: Loc, what: str) -> None:
        super().__init__(str(loc))
        self.loc = loc
        self.what = what


def list_spec_files(spec_dir: str) -> List[str]:
    """Every *.yaml below spec_dir, sorted by path: the order definitions reach the headers."""
    found = []
    for root, dirs, files in os.walk(spec_dir):
        dirs.sort()
        found.extend(os.path.join(root, f) for f in files if f.endswith(".yaml"))
    return sorted(found)


_TOP_DEFINITIONS = re.compile(rb"""(?m)^\{?[ \t]*["']?definitions["']?[ \t]*:""")


def spec_folder_problem(folder: str) -> Optional[str]:
    """Why FOLDER cannot be a spec folder (no *.yaml file with a top-level `definitions:` in
    its first 64 KB), or None as soon as one file has it. For commands handed any folder:
    loading a tree that is not a spec reports every one of its YAML files (a kernel tree's
    5,000 device-tree bindings: 10,000 errors)."""
    files = list_spec_files(folder)
    for path in files:
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                continue
            with open(path, "rb") as handle:
                if _TOP_DEFINITIONS.search(handle.read(64 * 1024)):
                    return None
        except OSError:
            continue
    if not files:
        return "no *.yaml files below it"
    return f"none of its {len(files)} *.yaml file(s) has a top-level `definitions:`"


def _decode(raw: bytes, path: str, diag: Diagnostics):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        diag.error(Loc(path, line, col), "encoding",
                   f"byte 0x{raw[exc.start]:02x} is not UTF-8; save the file as UTF-8")
        return None


def _read(path: str, diag: Diagnostics):
    try:
        info = os.stat(path)
    except OSError as exc:
        diag.error(Loc(path, 1, 1), "io", f"cannot read the file: {exc.strerror}")
        return None
    if not stat.S_ISREG(info.st_mode):  # a FIFO or /dev/zero would block or never end
        diag.error(Loc(path, 1, 1), "io", "not a regular file; spec files must be plain files")
        return None
    if info.st_size > MAX_FILE_BYTES:
        diag.error(Loc(path, 1, 1), "too-big",
                   f"file is {info.st_size} bytes, over the {MAX_FILE_BYTES}-byte limit; split it")
        return None
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)  # the file may grow after the stat
    except OSError as exc:
        diag.error(Loc(path, 1, 1), "io", f"cannot read the file: {exc.strerror}")
        return None
    if len(raw) > MAX_FILE_BYTES:
        diag.error(Loc(path, 1, 1), "too-big", f"file is over the {MAX_FILE_BYTES}-byte limit")
        return None
    return raw


def _text(raw: bytes, path: str, diag: Diagnostics):
    text = _decode(raw, path, diag)
    if text is not None and text.startswith("\ufeff"):
        text = text[1:]  # a UTF-8 byte-order mark; editors on Windows add one
    return text


def _reader_loc(display: str, text: str, exc) -> Loc:
    """ReaderError carries a character offset, not a mark: turn it into line:col."""
    position = getattr(exc, "position", 0) or 0
    before = text[:position]
    return Loc(display, before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1)


def shown_path(path: str) -> str:
    """PATH as text that can be printed and written: a name that is not UTF-8 (os.fsdecode
    made its bytes surrogates, which no UTF-8 file or header can hold) shows them as \\xff."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def load_file(path: str, display: str, diag: Diagnostics):
    """Parse one file; report problems into diag and return a SpecFile or None."""
    if shown_path(display) != display:  # its name is written into headers and reports
        diag.error(Loc(shown_path(display), 1, 1), "file-name",
                   "the file's name is not UTF-8; rename it (hvgen writes spec file names "
                   "into the headers it generates)")
        return None
    raw = _read(path, diag)
    if raw is None:
        return None
    text = _text(raw, path, diag)
    if text is None:
        return None
    spec = SpecFile(display, None, text)
    loader = _Loader(text)
    try:
        found, spec.data = _Composer(spec, diag).compose(loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = Loc(display, mark.line + 1, mark.column + 1) if mark else Loc(display, 1, 1)
        problem = exc.problem or exc.context or "malformed YAML"
        diag.error(loc, "yaml", f"{problem}; fix the YAML syntax here")
        return None
    except yaml.reader.ReaderError as exc:
        diag.error(_reader_loc(display, text, exc), "yaml",
                   f"character #x{exc.character:04x} is not allowed in YAML: {exc.reason}")
        return None
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "malformed YAML"
        diag.error(Loc(display, 1, 1), "yaml", first)
        return None
    except _TooBig as exc:
        diag.error(exc.loc, "too-big", exc.what)
        return None
    finally:
        loader.dispose()
    if not found:
        diag.error(Loc(display, 1, 1), "empty",
                   "the file holds no YAML document; add `definitions:` or delete it")
        return None
    apply_defaults(spec)
    return spec


def apply_defaults(spec: SpecFile) -> None:
    """Copy file-level `defaults:` into each definition that does not set the key itself."""
    data = spec.data
    if not isinstance(data, dict) or not isinstance(data.get("defaults"), dict):
        return
    defaults = data["defaults"]
    definitions = data.get("definitions")
    if not isinstance(definitions, list):
        return
    for index, definition in enumerate(definitions):
        if not isinstance(definition, dict):
            continue
        for key in DEFAULTABLE_KEYS:
            if key == "tlfs" and not _claims_citation(definition, defaults):
                continue
            if key in defaults and key not in definition:
                definition[key] = defaults[key]
                spec.aliases.append((("definitions", index, key), ("defaults", key)))


def _claims_citation(definition: dict, defaults: dict) -> bool:
    """Whether a file's default citation applies: only to a documented definition that cites
    (an hdk one, or a documented convenience `derived_from:` another, cites no TLFS page)."""
    visibility = definition.get("visibility", defaults.get("visibility"))
    return visibility == "documented" and "derived_from" not in definition


def display_path(path: str) -> str:
    """Relative to the working directory when below it (as compilers print), else absolute."""
    relative = os.path.relpath(path)
    return os.path.abspath(path) if relative.startswith("..") else relative


def load_spec(spec_dir: str, diag: Diagnostics) -> List[SpecFile]:
    """Load every spec file below spec_dir; paths in diagnostics are relative to the cwd."""
    files = list_spec_files(spec_dir)
    if not files:
        diag.error(Loc(shown_path(spec_dir)), "no-spec",
                   "no *.yaml files found; point --spec at spec/")
    loaded = []
    for path in files:
        spec = load_file(path, display_path(path), diag)
        if spec is not None:
            loaded.append(spec)
    return loaded
