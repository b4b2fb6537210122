"""Linux presence: which of the kernel families hvgen reproduces carry a definition, member or
enum value (`linux: [6.12, 7.2]`), kept apart from visibility (what the TLFS documents).

6.12 is Linux 6.12's hyperv-tlfs.h family (include/asm-generic/ + arch/*/include/asm/), 7.2
is Linux 7.2's include/hyperv/ family. Each family writes the spelling of one view: 6.12 the
`tlfs` one (per-view names, types, arches, `only: tlfs`), 7.2 the `hdk` one. The kernel
profile's files hold what their family carries (profiles.yaml `select: {linux: ...}`).
"""

from typing import Any, Iterable, Tuple

from .model import ViewName

# family -> the view whose spelling its headers use
SPELLING = {"6.12": ViewName.TLFS, "7.2": ViewName.HDK}
FAMILIES = tuple(SPELLING)
# YAML reads `6.12` and `7.2` as floats; the schema admits exactly these (spec.schema.yaml)
_BY_NUMBER = {float(name): name for name in FAMILIES}


def family(value: Any) -> str:
    """One family's name from its YAML spelling (6.12, 7.2, or the same quoted)."""
    if isinstance(value, str) and value in SPELLING:
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) \
            and float(value) in _BY_NUMBER:
        return _BY_NUMBER[float(value)]
    raise ValueError(f"{value!r} is not a Linux family hvgen reproduces "
                     f"({', '.join(FAMILIES)})")


def families(values: Iterable[Any]) -> Tuple[str, ...]:
    """A `linux:` list as family names, in FAMILIES order."""
    named = {family(v) for v in values}
    return tuple(f for f in FAMILIES if f in named)


def carries(tags, name: str) -> bool:
    """Whether family NAME carries something with these tags.

    Where the spec records no presence (a spec written before `linux:`, a test's fixture),
    the kernel profile keeps what it did before presence was recorded: 7.2 carries
    everything, 6.12 what is documented. The real spec records presence everywhere (tools/
    derive-presence), so this rule decides nothing there; `hvgen validate` counts it."""
    if tags.linux is not None:
        return name in tags.linux
    return SPELLING[name] is ViewName.HDK or tags.documented
