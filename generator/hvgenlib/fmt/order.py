"""The one order of keys in each kind of spec mapping (spec/README.md, "Formatting").

What a thing is comes first (its kind and name, and for a constant or a typedef the value or
type that the `#define` line or the TLFS table shows), then what tags it (visibility, TLFS
citation, placement, arch, description), then its layout attributes, then its members or
values. `reason:` stands right after the key it explains: `only:` when there is one, else
`tlfs:`. A key this table does not know (the schema will reject it) keeps its place after
the known ones.
"""

from typing import Iterable, List, Optional, Tuple

from ..model import VIEWS, Kind

KINDS = tuple(kind.value for kind in Kind)
TAGS = ("visibility", "tlfs", "reason", "tlfs_name", "tlfs_row", "tlfs_gives", "derived_from",
        "tlfs_differs", "linux", "hdk-file",
        "undef-after", "only", "arch", "description")

FILE = ("defaults", "definitions")
DEFINITION = KINDS + ("params", "value", "type", "evaluate") + TAGS + (
    "size", "packed", "aligned", "members", "values")
ENUM_VALUE = ("name", "value") + TAGS
FIELD = ("name", "type", "bits", "at", "array", "reserved", "volatile") + TAGS
# An anonymous struct or union member: its member list first, as C writes `struct { ... } name`.
NESTED = ("struct", "union", "name", "array", "packed") + TAGS
OVERLAP = ("name", "type", "trailing-overlap", "packed") + TAGS + ("members",)
PER_VIEW = VIEWS

# Which table orders a mapping, from the key that holds it (None: an item of the list above).
MEMBER_LISTS = ("members", "struct", "union")


def member_order(keys: Iterable[str]) -> Tuple[str, ...]:
    keys = set(keys)
    if "trailing-overlap" in keys:
        return OVERLAP
    if keys & {"struct", "union"}:
        return NESTED
    return FIELD


def ordered(keys: List[str], table: Optional[Tuple[str, ...]]) -> List[str]:
    """keys in the table's order (reason after only when there is one), unknown keys last."""
    if table is None:
        return list(keys)
    if "only" in keys and "reason" in table:
        table = tuple(k for k in table if k != "reason")
        table = table[:table.index("only") + 1] + ("reason",) + table[table.index("only") + 1:]
    rank = {key: index for index, key in enumerate(table)}
    known = sorted((k for k in keys if k in rank), key=rank.__getitem__)
    return known + [k for k in keys if k not in rank]
