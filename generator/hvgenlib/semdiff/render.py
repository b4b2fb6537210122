"""`hvgen diff`'s report of the classified changes, as text or as JSON."""

from typing import List

from .classify import Change, counts, verdict


# -- output -----------------------------------------------------------------------------------
LABEL = {"compatible": "compatible", "unstable": "HDK-only (unstable ABI)", "break": "ABI BREAK"}


def render_text(changes: List[Change], old_label: str, new_label: str) -> str:
    total = counts(changes)
    lines = [f"hvgen diff: {old_label} -> {new_label}",
             f"verdict: {verdict(changes)} ({total['break']} ABI break(s), "
             f"{total['compatible']} compatible, {total['unstable']} HDK-only/unstable)"]
    section = None
    definition = None
    for change in changes:
        if change.section != section:
            section = change.section
            definition = None
            title = section if section.startswith("(") else f"TLFS {section}"
            lines += ["", f"== {title} =="]
        if change.definition != definition:
            definition = change.definition
            cite = "" if change.citation == "none" else f"  [{change.citation}]"
            lines.append(f"  {change.kind} {change.definition}{cite}")
        scope = f"{'+'.join(change.views)}; {'+'.join(change.arches)}"
        lines.append(f"    {LABEL[change.cls]:<24} {change.detail}  [{scope}]")
    if not changes:
        lines += ["", "no ABI-relevant change"]
    return "\n".join(lines) + "\n"


def render_json(changes: List[Change], old_label: str, new_label: str) -> dict:
    return {"old": old_label, "new": new_label, "verdict": verdict(changes),
            "counts": counts(changes), "changes": [c.as_json() for c in changes]}
