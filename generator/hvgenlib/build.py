"""Turn schema-valid spec data into model objects, each carrying its spec location."""

from typing import Any, Dict, List, Optional

from . import model as m
from .diagnostics import Diagnostics
from .presence import families

KINDS = ("define", "enum", "struct", "union", "typedef")


def _spelling(value: Any) -> m.Spelling:
    if isinstance(value, dict):
        return m.PerView(tlfs=value["tlfs"], hdk=value["hdk"])
    return value


def _tags(data: Dict[str, Any], inherited: str, linux=None) -> m.Tags:
    """A thing's tags; a member or enum value inherits visibility and Linux presence."""
    arch = data.get("arch")
    return m.Tags(
        visibility=data.get("visibility", inherited),
        arch=m.PerView(arch["tlfs"], arch["hdk"]) if isinstance(arch, dict) else arch,
        only=data.get("only"),
        reason=data.get("reason"),
        description=data.get("description"),
        linux=families(data["linux"]) if "linux" in data else linux,
    )


def _citation(text: Optional[str]) -> Optional[m.Citation]:
    if text is None:
        return None
    if text == "none":
        return m.Citation(None)
    page, _, anchor = text.partition("#")
    return m.Citation(page, anchor or None)


def _at(value: Any):
    """`at: 19` or `at: "63:52"` -> (lo, hi); the width check happens in checks.py."""
    if value is None:
        return None
    if isinstance(value, int):
        return (int(value), None)
    hi, lo = (int(part) for part in value.split(":"))
    return (lo, hi)


class _Builder:
    def __init__(self, spec) -> None:
        self.spec = spec

    def member(self, data: Dict[str, Any], path, inherited: m.Tags) -> m.Member:
        tags = _tags(data, inherited.visibility, inherited.linux)
        loc = self.spec.loc(path)
        if "trailing-overlap" in data:
            members = self.members(data["members"], path + ("members",), tags)
            return m.Overlap(_spelling(data["name"]), _spelling(data["type"]),
                             data["trailing-overlap"], members, tags, loc,
                             packed=data.get("packed", False))
        for kind in ("struct", "union"):
            if kind in data:
                members = self.members(data[kind], path + (kind,), tags)
                return m.Nested(kind, members, tags, loc, name=_spelling(data.get("name")),
                                packed=data.get("packed", False), array=data.get("array"))
        return m.Field(
            name=_spelling(data["name"]), ctype=_spelling(data["type"]), tags=tags, loc=loc,
            bits=data.get("bits"), at=_at(data.get("at")), array=data.get("array"),
            reserved=data.get("reserved", False), volatile=data.get("volatile", False))

    def members(self, items: List[Any], path, inherited: m.Tags):
        return tuple(self.member(item, path + (i,), inherited) for i, item in enumerate(items))

    def definition(self, data: Dict[str, Any], path) -> m.Definition:
        kind = next(k for k in KINDS if k in data)
        tags = _tags(data, data["visibility"])
        common = dict(tags=tags, citation=_citation(data.get("tlfs")),
                      loc=self.spec.loc(path), file=self.spec.path,
                      hdk_file=data.get("hdk-file"), tlfs_name=data.get("tlfs_name"),
                      tlfs_differs=data.get("tlfs_differs"),
                      tlfs_gives=data.get("tlfs_gives", _default_gives(kind)),
                      derived_from=data.get("derived_from"))
        if kind == "define":
            params = tuple(data["params"]) if "params" in data else None
            value = data["value"]
            if isinstance(value, dict):
                value = m.PerView(value["tlfs"], value["hdk"])
            return m.Constant(name=data["define"], kind=kind, value=value,
                              undef_after=data.get("undef-after"),
                              params=params, ctype=data.get("type"),
                              evaluate=data.get("evaluate", True), **common)
        if kind == "enum":
            values = tuple(
                m.EnumValue(v["name"], v["value"], _tags(v, tags.visibility, tags.linux),
                            self.spec.loc(path + ("values", i)))
                for i, v in enumerate(data["values"]))
            anonymous = data["enum"] is None
            name = f"<anonymous:{values[0].name}>" if anonymous else data["enum"]
            return m.Enum(name=name, kind=kind, values=values, anonymous=anonymous, **common)
        if kind == "typedef":
            return m.Typedef(name=data["typedef"], kind=kind, ctype=data["type"], **common)
        members = self.members(data["members"], path + ("members",), tags)
        return m.Record(name=data[kind], kind=kind, members=members,
                        packed=data.get("packed", False), size=data.get("size"),
                        aligned=data.get("aligned"), **common)


def _default_gives(kind: str) -> str:
    """A cited define claims its value; any other kind its whole layout (spec/README.md)."""
    return "value" if kind == "define" else "layout"


def build_model(specs, diag: Diagnostics) -> m.Model:
    definitions = []
    for spec in specs:
        builder = _Builder(spec)
        for index, data in enumerate(spec.data.get("definitions", [])):
            definitions.append(builder.definition(data, ("definitions", index)))
    return m.Model(tuple(definitions), tuple(spec.path for spec in specs))
