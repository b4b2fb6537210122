"""Short human summaries of a validated spec (counts by kind, visibility, citation and Linux
presence)."""

from collections import Counter

from . import presence


def _label(families) -> str:
    if not families:
        return "neither"
    if len(families) == len(presence.FAMILIES):
        return "all" if len(families) > 2 else "both"
    return " and ".join(families) + " only"


def _presence_line(definitions) -> str:
    """How many definitions each Linux family carries (the kernel profile's files hold them),
    how many no `linux:` records (the kernel profile then assumes the old split)."""
    carried = Counter()
    for definition in definitions:
        tags = definition.tags
        carried[tuple(f for f in presence.FAMILIES if presence.carries(tags, f)
                      and tags.present_in(presence.SPELLING[f]))] += 1
    per_family = ", ".join(f"{family} {sum(n for fams, n in carried.items() if family in fams)}"
                           for family in presence.FAMILIES)
    split = ", ".join(f"{_label(fams)} {carried[fams]}"
                      for fams in sorted(carried, key=lambda f: (-len(f), f)))
    unrecorded = sum(1 for d in definitions if d.tags.linux is None)
    return f"  Linux presence: {per_family} ({split}); {unrecorded} not recorded"


def summary(result) -> str:
    definitions = result.model.definitions
    kinds = Counter(d.kind for d in definitions)
    visibility = Counter(d.tags.visibility for d in definitions)
    documented = [d for d in definitions if d.tags.documented]
    derived = sum(1 for d in documented if d.derived_from)
    cited = sum(1 for d in documented if d.citation and d.citation.page and not d.derived_from)
    claims = Counter(d.tlfs_gives for d in documented if not d.derived_from)
    lines = [
        f"hvgen: spec OK: {len(definitions)} definitions in {len(result.model.spec_files)} files",
        "  kinds: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)),
        f"  documented {visibility['documented']}, hdk {visibility['hdk']}",
        f"  claims: {cited} cited to a TLFS page (layout {claims['layout']}, value "
        f"{claims['value']}, name only {claims['name']}), {derived} derived from a documented "
        f"definition, {len(documented) - cited - derived} `tlfs: none`",
        _presence_line(definitions),
    ]
    return "\n".join(lines)
