"""The commit message of a surgical patch: it says exactly what the diff does.

Subject in the subsystem's style ("hyperv: Add ... from the TLFS"); a body listing every
definition the diff adds, changes and removes, grouped by the TLFS page that documents it (or
as HDK-only), each change's details; then the trailers, unindented in the last paragraph so git
reads them: one `Link:` per TLFS page to its Microsoft Learn page (none for HDK-only
definitions), and `Signed-off-by:`.
"""

import textwrap
from dataclasses import dataclass
from typing import Dict, List, Optional

from ..docreport.entries import learn_url

FAMILY_FILES = {"7.x": "the include/hyperv/ headers", "6.12": "the hyperv-tlfs.h headers"}
VERBS = {"added": "Add", "changed": "Update", "removed": "Remove"}


@dataclass
class Described:
    """One changed definition, as the message names it."""

    status: str  # added | changed | removed
    label: str  # "struct hv_input_foo", "HVCALL_FOO"
    documented: bool
    page: Optional[str]  # the TLFS page it cites (documented only)
    url: Optional[str]
    details: List[str]


def documented_page(definition) -> Optional[str]:
    """The TLFS page a spec definition is documented on, None when it is HDK-only or absent."""
    if definition is None or not definition.tags.documented or \
            definition.citation is None:
        return None
    return definition.citation.page


def describe(changes, spec_index: Dict[str, object]) -> List[Described]:
    """Each surgical Change with what the spec says of it (visibility, citation)."""
    out = []
    for change in changes:
        definition = spec_index.get(change.name)
        page = documented_page(definition)
        out.append(Described(change.status, change.label or change.name, page is not None,
                             page, learn_url(definition.citation) if page else None,
                             list(change.details)))
    return out


def _names(labels: List[str]) -> str:
    return " and ".join(labels) if len(labels) <= 2 else f"{len(labels)} definitions"


def subject(items: List[Described]) -> str:
    parts = []
    for status in ("added", "changed", "removed"):
        labels = [i.label for i in items if i.status == status]
        if labels:
            verb = VERBS[status] if not parts else VERBS[status].lower()
            parts.append(f"{verb} {_names(labels)}")
    text = "hyperv: " + ", ".join(parts)
    if items and all(i.documented for i in items):
        text += " from the TLFS"
    if len(text) > 75:
        counts = {s: sum(1 for i in items if i.status == s) for s in VERBS}
        text = "hyperv: " + ", ".join(
            f"{(VERBS[s] if k == 0 else VERBS[s].lower())} {counts[s]} definition"
            f"{'s' if counts[s] != 1 else ''}"
            for k, s in enumerate([s for s in VERBS if counts[s]]))
        if all(i.documented for i in items):
            text += " from the TLFS"
    return text


def _wrap(text: str, indent: str = "", hang: str = "") -> List[str]:
    return textwrap.wrap(text, 72, initial_indent=indent, subsequent_indent=indent + hang,
                         break_long_words=False, break_on_hyphens=False) or [indent]


def body(items: List[Described], layout: str, files: List[str], abi_break: bool) -> List[str]:
    """The message's paragraphs, without the trailers."""
    where = FAMILY_FILES.get(layout, "the Hyper-V headers")
    lines = _wrap(f"Bring {where} ({', '.join(files)}) in line with the Hyper-V ABI as the "
                  f"hvgen spec describes it. Each definition below is named with the TLFS page "
                  f"that documents it, or as HDK-only when the TLFS does not.")
    groups: Dict[str, List[Described]] = {}
    for item in items:
        groups.setdefault(item.page or "", []).append(item)
    for page in sorted(groups, key=lambda p: (p == "", p)):
        lines += ["", f"{page}:" if page else "HDK-only (not in the TLFS):"]
        for item in groups[page]:
            lines += _wrap(f"{item.status} {item.label}", "  - ", "  ")
            for detail in item.details[:6]:
                lines += _wrap(detail, "      ", "  ")
            if len(item.details) > 6:
                lines.append(f"      ... and {len(item.details) - 6} more")
    if abi_break:
        lines += [""] + _wrap("This changes or removes definitions the kernel already has: an "
                              "ABI change, made on purpose (hvgen patch --allow-abi-break).")
    return lines


def trailers(items: List[Described], name: str, mail: str) -> List[str]:
    urls = sorted({i.url.split("#")[0] for i in items if i.url})
    return [f"Link: {url}" for url in urls] + [f"Signed-off-by: {name} <{mail}>"]
