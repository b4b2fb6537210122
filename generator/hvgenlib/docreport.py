"""`hvgen report`: what is documented, where — Markdown and one static HTML page.

Per TLFS section (the citation's page) each definition with its status (documented or
HDK-only), the generated headers it appears in, whether the two views differ (and in which
members or values), and its citation as a link to Microsoft Learn. At the top: counts per
status and the documented definitions with no citation; optionally how a Linux tree's headers
stand against the spec (measured and compared by the facts layer) and the TLFS audit's verdicts.

`report_outputs(result)` gives the committed generated/REPORT.md (no tree, no audit), so the
freshness check can compare it like the headers.
"""

import html
import json
import os
import tempfile
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from . import model as m
from .profiles import default_header, load_profiles
from .targets import ARCHES, FAMILIES, detect_family

LEARN = "https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/"


def learn_url(citation: Optional[m.Citation]) -> Optional[str]:
    if citation is None or not citation.page:
        return None
    page = citation.page[:-3] if citation.page.endswith(".md") else citation.page
    return LEARN + page + (f"#{citation.anchor}" if citation.anchor else "")


@dataclass
class Entry:
    name: str
    kind: str
    status: str  # documented | HDK-only
    section: str
    citation: str
    url: Optional[str]
    reason: Optional[str]
    description: Optional[str]
    arches: List[str]
    headers: List[str]
    hdk_only_parts: List[str] = field(default_factory=list)  # members/values only in hvhdk.h
    tlfs_only_parts: List[str] = field(default_factory=list)
    audit: Optional[str] = None
    tree: Optional[str] = None  # present | lacks | differs: ...

    @property
    def modified(self) -> bool:
        return bool(self.hdk_only_parts or self.tlfs_only_parts)

    in_both: bool = False

    @property
    def views(self) -> str:
        if not self.in_both:
            return "one header"
        return "modified" if self.modified else "identical"


def _parts(result, view: str, name: str) -> Dict[str, set]:
    """Named members (records) or values (enums) of a definition in one view, per arch."""
    out = set()
    for arch in ARCHES:
        layout = result.layouts[(view, arch)]
        if name in layout.records:
            out.update(mm.path for mm in layout.records[name].members
                       if not (mm.reserved and not mm.documented))
        if name in layout.enums:
            out.update(value for value, _ in layout.enums[name])
    return out


def entries(result) -> List[Entry]:
    in_view = {view: {vdef.name for vdef in result.views[view].definitions}
               for view in result.views}
    files: Dict[str, List[str]] = {}
    for profile in load_profiles().values():
        for output in profile:
            for vdef in result.views[output.view].definitions:
                if output.holds(vdef) and output.file not in files.setdefault(vdef.name, []):
                    files[vdef.name].append(output.file)
    seen: "OrderedDict[str, Entry]" = OrderedDict()
    for definition in result.model.definitions:
        arch = definition.tags.arch
        if definition.name in seen:
            entry = seen[definition.name]
            for a in ([arch] if arch else ARCHES):
                if a not in entry.arches:
                    entry.arches.append(a)
            continue
        headers = files.get(definition.name, [])
        documented = definition.tags.visibility == "documented"
        entry = Entry(definition.name, definition.kind, "documented" if documented else
                      "HDK-only", m.section_of(definition),
                      str(definition.citation) if definition.citation else "none",
                      learn_url(definition.citation), definition.tags.reason,
                      definition.tags.description, [arch] if arch else list(ARCHES), headers)
        in_both = all(definition.name in in_view[v] for v in ("tlfs", "hdk"))
        if in_both and definition.kind in ("struct", "union", "enum"):
            tlfs = _parts(result, "tlfs", definition.name)
            hdk = _parts(result, "hdk", definition.name)
            entry.hdk_only_parts = sorted(hdk - tlfs)
            entry.tlfs_only_parts = sorted(tlfs - hdk)
        entry.in_both = all(definition.name in in_view[v] for v in ("tlfs", "hdk"))
        seen[definition.name] = entry
    return list(seen.values())


def sections(items: List[Entry]) -> "OrderedDict[str, List[Entry]]":
    grouped: Dict[str, List[Entry]] = {}
    for entry in items:  # one pass, not one scan per section
        grouped.setdefault(entry.section, []).append(entry)
    order = sorted(grouped, key=lambda s: (s.startswith("("), s))
    return OrderedDict((section, sorted(grouped[section], key=lambda e: e.name))
                       for section in order)


def summary_counts(items: List[Entry]) -> "OrderedDict[str, int]":
    documented = [e for e in items if e.status == "documented"]
    return OrderedDict([
        ("definitions", len(items)),
        ("documented", len(documented)),
        ("documented, cited to a TLFS page", sum(1 for e in documented if e.url)),
        ("documented, no citation (tlfs: none)", sum(1 for e in documented if not e.url)),
        ("HDK-only", sum(1 for e in items if e.status == "HDK-only")),
        ("in both headers, identical", sum(1 for e in items if e.views == "identical")),
        ("in both headers, modified", sum(1 for e in items if e.views == "modified")),
    ])


# -- kernel tree ------------------------------------------------------------------------------
@dataclass
class TreeStanding:
    tree: str
    layout: str
    checked: int
    lacks: List[str]
    differs: Dict[str, List[str]]
    same: List[str]


def kernel_tree(result, outputs: Dict[str, str], tree: str) -> TreeStanding:
    """Measure the tree's headers and the generated ones (x86_64) and compare documented
    definitions: which the tree lacks and which it carries with a different layout."""
    from .facts import headers, reference  # loads libclang
    from .facts.targets import LINUX

    layout = detect_family(tree)
    family = FAMILIES[layout]
    names = {vdef.name for vdef in result.views["tlfs"].definitions
             if vdef.arch in (None, "x86_64")}
    with tempfile.TemporaryDirectory(prefix="hvgen-report-") as gen:
        header = default_header(family.view).file
        with open(os.path.join(gen, header), "w", encoding="utf-8") as handle:
            handle.write(outputs[header])
        try:
            ours = headers.read(os.path.join(gen, header), LINUX["x86_64"], [gen], root=gen)
            theirs = headers.read(os.path.join(tree, family.tops["x86_64"][0]), LINUX["x86_64"],
                                  [os.path.join(tree, "include")], root=tree)
        except headers.FactsError as exc:
            raise RuntimeError(f"measuring {tree}: {exc}") from exc
    # hvgen writes an anonymous enum's constants as macros or enum constants; names decide.
    _, _, differing, missing, _ = reference.compare(ours, theirs, names)
    lacks = sorted(name for _, name in missing)
    differs = {name: [reference.difference_line(word, name, *d).strip()
                      for d in diffs] for word, name, diffs in differing}
    checked = len(names)
    same = sorted(names - set(lacks) - set(differs))
    return TreeStanding(tree, layout, checked, lacks, differs, same)


def load_audit(path: str) -> Dict[str, str]:
    """Verdict per definition from a TLFS audit JSON: {name: verdict}, a list of
    {name, verdict|status}, or such a list under "definitions"/"results"."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    if isinstance(data, dict):
        for key in ("definitions", "results", "items"):
            if isinstance(data.get(key), (list, dict)):
                data = data[key]
                break
    out: Dict[str, str] = {}
    if isinstance(data, dict):
        for name, value in data.items():
            if isinstance(value, dict):
                value = value.get("verdict") or value.get("status") or json.dumps(value)
            out[str(name)] = str(value)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict) and "name" in item:
                out[str(item["name"])] = str(item.get("verdict") or item.get("status") or "")
    return out


# -- Markdown ---------------------------------------------------------------------------------
def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _citation_md(entry: Entry) -> str:
    if entry.url:
        return f"[{_md(entry.citation)}]({entry.url})"
    return "none" + (f" ({_md(entry.reason)})" if entry.reason else "")


def _diff_text(entry: Entry) -> str:
    if entry.views != "modified":
        return entry.views
    parts = []
    if entry.hdk_only_parts:
        parts.append("hvhdk.h only: " + ", ".join(entry.hdk_only_parts))
    if entry.tlfs_only_parts:
        parts.append("hyperv-tlfs.h only: " + ", ".join(entry.tlfs_only_parts))
    return "modified (" + "; ".join(parts) + ")"


def render_markdown(items: List[Entry], standing: Optional[TreeStanding] = None,
                    audit: Optional[Dict[str, str]] = None) -> str:
    out = ["# Hyper-V ABI documentation report", "",
           "Generated by `hvgen report` from spec/. Do not edit; run `make` to refresh.", "",
           "## Summary", "", "| status | definitions |", "|---|---:|"]
    out += [f"| {key} | {value} |" for key, value in summary_counts(items).items()]
    uncited = [e for e in items if e.status == "documented" and not e.url]
    out += ["", "## Documented definitions with no citation", ""]
    out += [f"- `{e.name}` ({e.kind}): {_md(e.reason or 'no reason given')}"
            for e in sorted(uncited, key=lambda e: e.name)] or ["None."]
    if standing is not None:
        out += _tree_markdown(standing)
    extra = " audit |" if audit is not None else ""
    tree = " tree |" if standing is not None else ""
    for section, group in sections(items).items():
        title = section if section.startswith("(") else f"TLFS `{section}`"
        out += ["", f"## {title}", "",
                f"| definition | kind | status | headers | views | citation |{extra}{tree}",
                "|---|---|---|---|---|---|" + "---|" * (bool(extra) + bool(tree))]
        for e in group:
            row = (f"| `{e.name}` | {e.kind} | {e.status} | {', '.join(e.headers)} | "
                   f"{_md(_diff_text(e))} | {_citation_md(e)} |")
            if audit is not None:
                row += f" {_md(audit.get(e.name, '-'))} |"
            if standing is not None:
                row += f" {_md(_tree_cell(standing, e))} |"
            out.append(row)
    return "\n".join(out) + "\n"


def _tree_cell(standing: TreeStanding, entry: Entry) -> str:
    if entry.status != "documented":
        return "-"
    if entry.name in standing.lacks:
        return "lacks"
    if entry.name in standing.differs:
        return "differs"
    return "same" if entry.name in standing.same else "-"


def _tree_markdown(standing: TreeStanding) -> List[str]:
    out = ["", f"## Kernel tree `{standing.tree}`", "",
           f"Layout: {FAMILIES[standing.layout].label}. Documented definitions checked "
           f"(x86_64): {standing.checked}; same layout: {len(standing.same)}; lacking: "
           f"{len(standing.lacks)}; different layout: {len(standing.differs)}.", "",
           "### Documented definitions the tree lacks", ""]
    out += [f"- `{name}`" for name in standing.lacks] or ["None."]
    out += ["", "### Documented definitions the tree carries with a different layout", ""]
    for name, lines in sorted(standing.differs.items()):
        out.append(f"- `{name}`: " + "; ".join(_md(line) for line in lines[:6]) +
                   (f"; … {len(lines) - 6} more" if len(lines) > 6 else ""))
    if not standing.differs:
        out.append("None.")
    return out


# -- HTML -------------------------------------------------------------------------------------
CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;max-width:110em}
table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f0f0f0} code{font-size:95%}
.documented{color:#075e07}.HDK-only{color:#8a4b00}
.lacks,.differs{color:#a00;font-weight:bold}
#search{font-size:110%;padding:.3em;width:30em;max-width:100%}
"""
SCRIPT = """
(function(){
  var box=document.getElementById('search');box.hidden=false;
  box.addEventListener('input',function(){
    var q=box.value.toLowerCase();
    document.querySelectorAll('tr.def').forEach(function(r){
      r.style.display=(!q||r.textContent.toLowerCase().indexOf(q)>=0)?'':'none';});
    document.querySelectorAll('section.tlfs').forEach(function(s){
      var any=s.querySelector('tr.def:not([style*="none"])');
      s.style.display=any?'':'none';});
  });
})();
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def render_html(items: List[Entry], standing: Optional[TreeStanding] = None,
                audit: Optional[Dict[str, str]] = None) -> str:
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           "<title>Hyper-V ABI documentation report</title>",
           f"<style>{CSS}</style></head><body>",
           "<h1>Hyper-V ABI documentation report</h1>",
           "<p>Generated by <code>hvgen report</code> from the spec.</p>",
           '<input id="search" type="search" placeholder="Filter definitions…" '
           'aria-label="Filter definitions" hidden>',
           '<h2>Summary</h2><table id="summary"><thead><tr><th>status</th>'
           "<th>definitions</th></tr></thead><tbody>"]
    out += [f"<tr><td>{_e(k)}</td><td>{v}</td></tr>" for k, v in summary_counts(items).items()]
    out.append("</tbody></table>")
    uncited = sorted((e for e in items if e.status == "documented" and not e.url),
                     key=lambda e: e.name)
    out.append('<h2>Documented definitions with no citation</h2><ul id="uncited">')
    out += [f"<li><code>{_e(e.name)}</code> ({_e(e.kind)}): {_e(e.reason or '')}</li>"
            for e in uncited] or ["<li>None.</li>"]
    out.append("</ul>")
    if standing is not None:
        out.append(f'<h2 id="kernel-tree">Kernel tree <code>{_e(standing.tree)}</code></h2>')
        out.append(f"<p>Layout: {_e(FAMILIES[standing.layout].label)}. Documented "
                   f"definitions checked (x86_64): {standing.checked}; same layout: "
                   f"{len(standing.same)}; lacking: {len(standing.lacks)}; different layout: "
                   f"{len(standing.differs)}.</p>")
        out.append('<h3>Documented definitions the tree lacks</h3><ul id="tree-lacks">')
        out += [f"<li><code>{_e(n)}</code></li>" for n in standing.lacks] or ["<li>None.</li>"]
        out.append('</ul><h3>Carried with a different layout</h3><ul id="tree-differs">')
        out += [f"<li><code>{_e(n)}</code>: {_e('; '.join(lines))}</li>"
                for n, lines in sorted(standing.differs.items())] or ["<li>None.</li>"]
        out.append("</ul>")
    out.append("<h2>Definitions by TLFS section</h2>")
    for section, group in sections(items).items():
        anchor = "sec-" + "".join(c if c.isalnum() else "-" for c in section).strip("-")
        title = _e(section) if section.startswith("(") else f"TLFS <code>{_e(section)}</code>"
        out.append(f'<section class="tlfs" id="{anchor}"><h3>{title}</h3><table>'
                   "<thead><tr><th>definition</th><th>kind</th><th>status</th><th>headers</th>"
                   "<th>views</th><th>citation</th>" + ("<th>audit</th>" if audit is not None
                                                        else "") +
                   ("<th>tree</th>" if standing is not None else "") + "</tr></thead><tbody>")
        for e in group:
            cite = (f'<a href="{_e(e.url)}">{_e(e.citation)}</a>' if e.url else
                    "none" + (f" ({_e(e.reason)})" if e.reason else ""))
            row = (f'<tr class="def" id="def-{_e(e.name)}" data-name="{_e(e.name)}">'
                   f"<td><code>{_e(e.name)}</code></td><td>{_e(e.kind)}</td>"
                   f'<td class="{_e(e.status)}">{_e(e.status)}</td>'
                   f"<td>{_e(', '.join(e.headers))}</td><td>{_e(_diff_text(e))}</td>"
                   f"<td>{cite}</td>")
            if audit is not None:
                row += f"<td>{_e(audit.get(e.name, '-'))}</td>"
            if standing is not None:
                cell = _tree_cell(standing, e)
                row += f'<td class="{_e(cell)}">{_e(cell)}</td>'
            out.append(row + "</tr>")
        out.append("</tbody></table></section>")
    out.append(f"<script>{SCRIPT}</script></body></html>")
    return "\n".join(out) + "\n"


def report_outputs(result) -> Dict[str, str]:
    """The committed report, fresh-checked with the headers: {"REPORT.md": text}."""
    return {"REPORT.md": render_markdown(entries(result))}
