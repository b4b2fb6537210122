"""Short human summaries of a validated spec (counts by kind, visibility and citation)."""

from collections import Counter


def summary(result) -> str:
    definitions = result.model.definitions
    kinds = Counter(d.kind for d in definitions)
    visibility = Counter(d.tags.visibility for d in definitions)
    documented = [d for d in definitions if d.tags.visibility == "documented"]
    cited = sum(1 for d in documented if d.citation and d.citation.page)
    lines = [
        f"hvgen: spec OK: {len(definitions)} definitions in {len(result.model.spec_files)} files",
        "  kinds: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)),
        f"  documented {visibility['documented']}, hdk {visibility['hdk']}",
        f"  citations: {cited} to a TLFS page, {len(documented) - cited} `tlfs: none` with reason",
    ]
    return "\n".join(lines)
