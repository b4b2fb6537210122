"""Turn schema-valid spec data into model objects, each carrying its spec location."""

from typing import Any, Dict, List, Optional

from . import model as m
from .diagnostics import Diagnostics
from .presence import families


def _spelling(value: Any) -> m.Spelling:
    if isinstance(value, dict):
        return m.PerView(tlfs=value["tlfs"], hdk=value["hdk"])
    return value


def _tags(made: Dict[tuple, m.Tags], data: Dict[str, Any], inherited: str,
          linux=None) -> m.Tags:
    """A thing's tags; a member or enum value inherits visibility and Linux presence. MADE:
    the Tags made so far, by what they were made from (immutable, so things tagged alike
    share one)."""
    arch = data.get("arch")
    key = (data.get("visibility", inherited), arch if not isinstance(arch, dict) else
           (arch.get("tlfs"), arch.get("hdk")), data.get("only"), data.get("reason"),
           data.get("description"), tuple(data["linux"]) if "linux" in data else linux)
    tags = made.get(key)
    if tags is None:  # most members and values of a file are tagged alike: one object each
        tags = made[key] = m.Tags(
            visibility=m.Visibility(key[0]),
            arch=m.PerView(arch["tlfs"], arch["hdk"]) if isinstance(arch, dict) else arch,
            only=key[2], reason=key[3], description=key[4],
            linux=families(data["linux"]) if "linux" in data else linux)
    return tags


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
    """One spec file's definitions and members, each built by the builder of its form."""

    def __init__(self, spec, tags: Dict[tuple, m.Tags]) -> None:
        self.spec = spec
        self.tags = tags  # the Tags made in this build (_tags)

    def member(self, data: Dict[str, Any], path, inherited: m.Tags) -> m.Member:
        tags = _tags(self.tags, data, inherited.visibility, inherited.linux)
        form = next((key for key in MEMBER_FORMS if key in data), None)
        return MEMBER_FORMS[form](self, data, path, tags, self.spec.node_loc(data, path))

    def overlap(self, data, path, tags, loc) -> m.Overlap:
        members = self.members(data["members"], path + ("members",), tags)
        return m.Overlap(_spelling(data["name"]), _spelling(data["type"]),
                         data["trailing-overlap"], members, tags, loc,
                         packed=data.get("packed", False))

    def nested(self, data, path, tags, loc) -> m.Nested:
        kind = m.Kind.STRUCT if "struct" in data else m.Kind.UNION
        members = self.members(data[kind], path + (kind,), tags)
        return m.Nested(kind, members, tags, loc, name=_spelling(data.get("name")),
                        packed=data.get("packed", False), array=data.get("array"))

    def field(self, data, path, tags, loc) -> m.Field:
        return m.Field(
            name=_spelling(data["name"]), ctype=_spelling(data["type"]), tags=tags, loc=loc,
            bits=data.get("bits"), at=_at(data.get("at")), array=data.get("array"),
            reserved=data.get("reserved", False), volatile=data.get("volatile", False))

    def members(self, items: List[Any], path, inherited: m.Tags):
        return tuple(self.member(item, path + (i,), inherited) for i, item in enumerate(items))

    def definition(self, data: Dict[str, Any], path) -> m.Definition:
        kind = next(k for k in m.Kind if k in data)
        tags = _tags(self.tags, data, data["visibility"])
        common = dict(name=data[kind], kind=kind, tags=tags, citation=_citation(data.get("tlfs")),
                      loc=self.spec.node_loc(data, path), file=self.spec.path,
                      hdk_file=data.get("hdk-file"), tlfs_name=data.get("tlfs_name"),
                      tlfs_row=data.get("tlfs_row"),
                      tlfs_differs=data.get("tlfs_differs"),
                      tlfs_gives=data.get("tlfs_gives", _default_gives(kind)),
                      derived_from=data.get("derived_from"))
        return DEFINITIONS[kind](self, data, path, common)

    def constant(self, data, path, common) -> m.Constant:
        params = tuple(data["params"]) if "params" in data else None
        return m.Constant(value=_spelling(data["value"]), undef_after=data.get("undef-after"),
                          params=params, ctype=data.get("type"),
                          evaluate=data.get("evaluate", True), **common)

    def enum(self, data, path, common) -> m.Enum:
        tags = common["tags"]
        values = tuple(
            m.EnumValue(v["name"], v["value"], _tags(self.tags, v, tags.visibility, tags.linux),
                        self.spec.node_loc(v, path + ("values", i)), tlfs_row=v.get("tlfs_row"))
            for i, v in enumerate(data["values"]))
        if data["enum"] is None:
            common["name"] = f"<anonymous:{values[0].name}>"
        return m.Enum(values=values, anonymous=data["enum"] is None, **common)

    def typedef(self, data, path, common) -> m.Typedef:
        return m.Typedef(ctype=data["type"], **common)

    def record(self, data, path, common) -> m.Record:
        members = self.members(data["members"], path + ("members",), common["tags"])
        return m.Record(members=members, packed=data.get("packed", False),
                        size=data.get("size"), aligned=data.get("aligned"), **common)


# The builder of each member form, by the key that marks it (a field has none of them), and
# of each definition kind.
MEMBER_FORMS = {"trailing-overlap": _Builder.overlap, "struct": _Builder.nested,
                "union": _Builder.nested, None: _Builder.field}
DEFINITIONS = {m.Kind.DEFINE: _Builder.constant, m.Kind.ENUM: _Builder.enum,
               m.Kind.STRUCT: _Builder.record, m.Kind.UNION: _Builder.record,
               m.Kind.TYPEDEF: _Builder.typedef}


def _default_gives(kind: str) -> str:
    """A cited define claims its value; any other kind its whole layout (spec/README.md)."""
    return "value" if kind == "define" else "layout"


def build_model(specs, diag: Diagnostics) -> m.Model:
    definitions, tags = [], {}
    for spec in specs:
        builder = _Builder(spec, tags)
        for index, data in enumerate(spec.data.get("definitions", [])):
            definitions.append(builder.definition(data, ("definitions", index)))
    return m.Model(tuple(definitions), tuple(spec.path for spec in specs))
