"""Load spec files: YAML (libyaml's C parser, safe tags only) -> plain data + a location per node.

The loader composes the node graph itself instead of calling safe_load, so that every value
keeps its file:line:col, duplicate keys are rejected (PyYAML silently keeps the last one),
aliases are refused (no "billion laughs"), and integers keep their spelling (`0x005c`).
"""

import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Tuple

import yaml

from .diagnostics import Diagnostics, Loc

Path = Tuple[Any, ...]

MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_NODES = 500_000
DEFAULTABLE_KEYS = ("visibility", "tlfs", "arch")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_scalars = yaml.constructor.SafeConstructor()


class SpelledInt(int):
    """An int that remembers how the spec wrote it, so headers show `0x005c`, not `92`."""

    text: str

    def __new__(cls, value: int, text: str):
        obj = super().__new__(cls, value)
        obj.text = text
        return obj


@dataclass
class SpecFile:
    """One spec file: its data, and the location of each node by path."""

    path: str
    data: Any
    locs: Dict[Path, Loc] = field(default_factory=dict)
    key_locs: Dict[Path, Loc] = field(default_factory=dict)

    def loc(self, path: Path) -> Loc:
        """Location of the node at path, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path not in self.locs and path:
            path = path[:-1]
        return self.locs.get(path, Loc(self.path, 1, 1))


class _Composer:
    def __init__(self, spec: SpecFile, diag: Diagnostics) -> None:
        self.spec = spec
        self.diag = diag
        self.seen: set = set()

    def loc_of(self, node) -> Loc:
        mark = node.start_mark
        return Loc(self.spec.path, mark.line + 1, mark.column + 1)

    def convert(self, node, path: Path) -> Any:
        if id(node) in self.seen:
            self.diag.error(self.loc_of(node), "yaml",
                            "anchors and aliases are not allowed in a spec; write the value out")
            return None
        self.seen.add(id(node))
        if len(self.seen) > MAX_NODES:
            raise _TooBig(self.loc_of(node))
        self.spec.locs[path] = self.loc_of(node)
        if isinstance(node, yaml.MappingNode):
            return self.convert_mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, path + (i,)) for i, item in enumerate(node.value)]
        return self.convert_scalar(node)

    def convert_mapping(self, node, path: Path) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.convert_scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.diag.error(self.loc_of(key_node), "yaml",
                                "mapping keys must be plain strings")
                continue
            if key in out:
                self.diag.error(self.loc_of(key_node), "dup-key",
                                f"duplicate key '{key}' in one mapping; keep one of them")
                continue
            self.spec.key_locs[path + (key,)] = self.loc_of(key_node)
            out[key] = self.convert(value_node, path + (key,))
        return out

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


class _TooBig(Exception):
    def __init__(self, loc: Loc) -> None:
        super().__init__(str(loc))
        self.loc = loc


def list_spec_files(spec_dir: str) -> List[str]:
    """Every *.yaml below spec_dir, sorted by path: the order definitions reach the headers."""
    found = []
    for root, dirs, files in os.walk(spec_dir):
        dirs.sort()
        found.extend(os.path.join(root, f) for f in files if f.endswith(".yaml"))
    return sorted(found)


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
    size = os.path.getsize(path)
    if size > MAX_FILE_BYTES:
        diag.error(Loc(path, 1, 1), "too-big",
                   f"file is {size} bytes, over the {MAX_FILE_BYTES}-byte limit; split it")
        return None
    with open(path, "rb") as handle:
        return _decode(handle.read(), path, diag)


def load_file(path: str, display: str, diag: Diagnostics):
    """Parse one file; report problems into diag and return a SpecFile or None."""
    text = _read(path, diag)
    if text is None:
        return None
    spec = SpecFile(display, None)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = Loc(display, mark.line + 1, mark.column + 1) if mark else Loc(display, 1, 1)
        problem = exc.problem or exc.context or "malformed YAML"
        diag.error(loc, "yaml", f"{problem}; fix the YAML syntax here")
        return None
    except yaml.YAMLError as exc:
        diag.error(Loc(display, 1, 1), "yaml", f"{exc}")
        return None
    if node is None:
        diag.error(Loc(display, 1, 1), "empty",
                   "the file holds no YAML document; add `definitions:` or delete it")
        return None
    try:
        spec.data = _Composer(spec, diag).convert(node, ())
    except _TooBig as exc:
        diag.error(exc.loc, "too-big", f"more than {MAX_NODES} YAML nodes; split the file")
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
            if key in defaults and key not in definition:
                definition[key] = defaults[key]
                spec.locs[("definitions", index, key)] = spec.locs[("defaults", key)]


def display_path(path: str) -> str:
    """Relative to the working directory when below it (as compilers print), else absolute."""
    relative = os.path.relpath(path)
    return os.path.abspath(path) if relative.startswith("..") else relative


def load_spec(spec_dir: str, diag: Diagnostics) -> List[SpecFile]:
    """Load every spec file below spec_dir; paths in diagnostics are relative to the cwd."""
    files = list_spec_files(spec_dir)
    if not files:
        diag.error(Loc(spec_dir), "no-spec", "no *.yaml files found; point --spec at spec/")
    loaded = []
    for path in files:
        spec = load_file(path, display_path(path), diag)
        if spec is not None:
            loaded.append(spec)
    return loaded
