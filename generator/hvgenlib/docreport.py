"""`hvgen report`: what is documented, where — Markdown and one static HTML page.

Per TLFS section (the citation's page) each definition with its status (documented or
HDK-only), the generated headers it appears in, whether the two views differ (and in which
members or values), and its citation as a link to Microsoft Learn. At the top: counts per
status and the documented definitions with no citation; optionally, first on the page, how a
Linux tree's headers stand against the spec (measured and compared by the facts layer:
kernel_tree), and a column of the TLFS audit's verdicts (`hvgen tlfs --json`: audit_cells).

`report_outputs(result)` gives the committed generated/REPORT.md (no tree, no audit), so the
freshness check can compare it like the headers.
"""

import json
import os
import tempfile
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from . import model as m
from .model import HDK, TLFS, VIEWS
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
    """One definition in the documentation report."""

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
        documented = definition.tags.documented
        entry = Entry(definition.name, definition.kind, "documented" if documented else
                      "HDK-only", m.section_of(definition),
                      str(definition.citation) if definition.citation else "none",
                      learn_url(definition.citation), definition.tags.reason,
                      definition.tags.description, [arch] if arch else list(ARCHES), headers)
        in_both = all(definition.name in in_view[v] for v in VIEWS)
        if in_both and definition.kind in ("struct", "union", "enum"):
            tlfs = _parts(result, TLFS, definition.name)
            hdk = _parts(result, HDK, definition.name)
            entry.hdk_only_parts = sorted(hdk - tlfs)
            entry.tlfs_only_parts = sorted(tlfs - hdk)
        entry.in_both = all(definition.name in in_view[v] for v in VIEWS)
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
# What the rest of a tree defines that a family's files leave out (the kernel profile's
# `leave-out:`): 6.12's include/linux/hyperv.h defines union hv_connection_id itself.
ELSEWHERE = ("include/linux/hyperv.h",)
TREE_STATES = ("identical", "differing", "missing in tree", "only in tree")


@dataclass
class TreeItem:
    """One definition (a facts category and name) of the tree or of the spec's view."""

    category: str  # records | enums | macros | typedefs
    name: str
    status: str  # one of TREE_STATES, or "elsewhere in the tree"
    arches: List[str]  # where the status holds (differing: where it differs)
    file: Optional[str] = None  # tree path (identical, differing, only in tree)
    details: List[str] = field(default_factory=list)


@dataclass
class TreeStanding:
    """How a kernel tree stands against the spec's documented definitions."""

    tree: str
    layout: str  # the family (7.x, 6.12)
    items: List[TreeItem]
    documented: List[str]  # the documented definitions of the family's view (spec names)

    def counts(self) -> "OrderedDict[str, int]":
        counted = OrderedDict((state, 0) for state in TREE_STATES)
        for item in self.items:
            if item.status in counted:
                counted[item.status] += 1
        elsewhere = sum(1 for item in self.items if item.status not in counted)
        if elsewhere:
            counted["elsewhere in the tree"] = elsewhere
        return counted

    def by_name(self) -> Dict[str, TreeItem]:
        """{definition name: its item}; a name in two categories takes the worse status."""
        order = {s: i for i, s in enumerate(("differing", "missing in tree", "only in tree",
                                             "elsewhere in the tree", "identical"))}
        out: Dict[str, TreeItem] = {}
        for item in self.items:
            if item.name not in out or order[item.status] < order[out[item.name].status]:
                out[item.name] = item
        return out

    def _documented(self, status: str) -> List[str]:
        found = self.by_name()
        return sorted(n for n in self.documented if n in found and found[n].status == status)

    # The documented definitions of the spec's view only (what kernel_facts_test reads).
    @property
    def checked(self) -> int:
        return len(self.documented)

    @property
    def lacks(self) -> List[str]:
        return self._documented("missing in tree")

    @property
    def differs(self) -> Dict[str, List[str]]:
        found = self.by_name()
        return {n: found[n].details for n in self._documented("differing")}

    @property
    def same(self) -> List[str]:
        return self._documented("identical")


def _record_differences(name: str, old, new) -> List[str]:
    """What differs between two records' facts, one line each, leaving out the members the
    facts layer's kernel shim adds (__hvref_*: how __TRAILING_OVERLAP or a flexible array is
    spelled, not the ABI)."""
    from .facts import compare, reference
    from .patching.surgical import _detail

    found = compare.diff_record(name, old, new, member_fields=(
        compare.What.MEMBER_MOVED, compare.What.BIT_WIDTH, compare.What.MEMBER_SIZE,
        compare.What.ARRAY, compare.What.MEMBER_TYPE),
        keep=lambda m: not reference.shim_artefact(m.path))
    return [_detail(d) for d in found]


def _elsewhere(tree: str, names) -> Dict[str, str]:
    """{name: tree path} of the NAMES (facts names) that the rest of the tree defines in one of
    the ELSEWHERE files (read as text: those files include half the kernel)."""
    from .patching import extents

    found: Dict[str, str] = {}
    for path in ELSEWHERE:
        try:
            with open(os.path.join(tree, path), encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        except OSError:
            continue
        defined = {e.name for e in extents.scan(text)}
        for name in names:
            if name not in found and {name, f"struct {name}", f"union {name}",
                                      f"enum {name}"} & defined:
                found[name] = path
    return found


def kernel_tree(result, outputs: Dict[str, str], tree: str) -> TreeStanding:
    """The tree's Hyper-V headers against the spec, measured by the facts layer on every arch,
    in two parts. Against the spec's view of the tree's family (the kernel profile's files for
    it, what `hvgen check --kernel-tree` and `patch` measure and the consumer suite builds):
    each definition identical, differing (its facts differ on some arch), missing in tree or
    only in tree. Then the spec's whole view of the family (the view's default header: every
    definition, whatever its Linux presence): what the tree lacks of it is missing in tree too,
    but for a definition the family's files leave out because the rest of the tree defines it
    (ELSEWHERE). Include guards are not definitions."""
    layout = detect_family(tree)
    family = FAMILIES[layout]
    theirs, profile = _measure_tree(tree, layout, outputs)
    header = default_header(family.view)
    whole = _whole_view(outputs, header.file, theirs)
    kernel = [o for o in load_profiles().get("kernel", ()) if o.file.startswith("linux/")
              and family.owns(o.file[len("linux/"):])]
    guards = {header.guard} | {o.guard for o in kernel}
    items = _tree_items(theirs, profile, whole, guards)
    _mark_elsewhere(tree, items, {name for o in kernel for name in o.leave_out})
    in_view = {vdef.name for vdef in result.views[family.view].definitions}
    documented = sorted({d.name for d in result.model.definitions
                         if d.tags.documented and d.name in in_view})
    return TreeStanding(tree, layout, list(items.values()), documented)


def _measure_tree(tree: str, layout: str, outputs: Dict[str, str]):
    """The tree's facts per arch as it is, and with hvgen's files for it (the kernel
    profile's) laid over it in a temporary overlay: the tree itself is not changed."""
    from .patching import surgical
    from .patching import tree as kernel_files

    try:
        plan = kernel_files.plan(tree, outputs)
        theirs = surgical.measure(tree, layout, list(plan.files))
        overlay = surgical.overlay_tree({p: outputs[o] for p, o in plan.files.items()})
        try:
            return theirs, surgical.measure(tree, layout, list(plan.files), overlay=overlay)
        finally:
            import shutil

            shutil.rmtree(overlay, ignore_errors=True)
    except (kernel_files.PatchError, surgical.SurgeryError) as exc:
        raise RuntimeError(f"measuring {tree}: {exc}") from exc


def _whole_view(outputs: Dict[str, str], file: str, arches) -> Dict[str, set]:
    """(category, name) of every definition hvgen's FILE has, on each of ARCHES."""
    from .facts import headers
    from .facts.compare import CATEGORIES
    from .facts.targets import LINUX

    whole: Dict[str, set] = {}
    with tempfile.TemporaryDirectory(prefix="hvgen-report-") as gen:
        with open(os.path.join(gen, file), "w", encoding="utf-8") as handle:
            handle.write(outputs[file])
        for arch in arches:
            try:
                facts = headers.read(os.path.join(gen, file), LINUX[arch], [gen], root=gen)
            except headers.FactsError as exc:
                raise RuntimeError(f"measuring hvgen's {file} ({arch}): {exc}") from exc
            whole[arch] = {(category, name) for category in CATEGORIES
                           for name in getattr(facts, category)}
    return whole


_TREE_RANK = ("identical", "only in tree", "missing in tree", "differing")  # worst last


def _tree_items(theirs, profile, whole, guards) -> "OrderedDict[tuple, TreeItem]":
    """One item per (category, name) the tree, the profile or the whole view has (an include
    guard is no definition): its worst status over the arches, with the arches that have it."""
    items: "OrderedDict[tuple, TreeItem]" = OrderedDict()
    for arch in theirs:
        a, b = theirs[arch], profile.get(arch, {})
        for key in sorted(set(a) | set(b) | whole.get(arch, set())):
            category, name = key
            if category == "macros" and name in guards:
                continue
            status, details = _tree_status(key, a, b)
            file = a[key][1] if key in a else None
            item = items.get(key)
            if item is None:
                items[key] = TreeItem(category, name, status, [arch], file, details)
            elif _TREE_RANK.index(status) > _TREE_RANK.index(item.status):
                item.status, item.arches, item.details = status, [arch], list(details)
                item.file = item.file or file
            elif status == item.status:
                item.arches.append(arch)
                item.details += [d for d in details if d not in item.details]
    return items


def _tree_status(key, tree_facts, profile_facts):
    """(status, details) of KEY on one arch: the tree's facts against the profile's."""
    from .patching import surgical

    category, name = key
    if key not in tree_facts:
        return "missing in tree", []
    if key not in profile_facts:
        return "only in tree", []
    old, new = tree_facts[key][0], profile_facts[key][0]
    details = (_record_differences(name, old, new) if category == "records" else
               surgical._differences(category, name, old, new))
    return ("differing" if details else "identical"), details


def _mark_elsewhere(tree: str, items, left_out) -> None:
    """A definition missing in tree that the family's files leave out (LEFT_OUT) is elsewhere
    in the tree when one of its other headers (ELSEWHERE) defines it."""
    away = _elsewhere(tree, sorted(i.name for i in items.values()
                                   if i.status == "missing in tree" and i.name in left_out))
    for item in items.values():
        if item.status == "missing in tree" and item.name in away:
            item.status, item.file = "elsewhere in the tree", away[item.name]


def load_audit(path: str) -> Dict[str, str]:
    """Verdict per definition from a TLFS audit JSON file (see audit_cells)."""
    with open(path, encoding="utf-8") as handle:
        return audit_cells(json.load(handle))


NOT_AUDITED = "not in the audit"  # the audit gave no finding for the definition
AUDIT_LISTS = ("findings", "definitions", "results", "items")
VERDICT_KEYS = ("verdict", "status", "result", "outcome")


def _finding_cell(finding: dict) -> str:
    """One finding of the audit as a table cell: its verdict, the claim it judged, the TLFS
    text it rests on (its evidence, or the TLFS definition it matched), what it found wrong
    (and whether the spec explains it), the members it would promote. A field that is absent
    or of another type is left out."""
    def text(key):
        value = finding.get(key)
        return value if isinstance(value, str) and value else None

    verdict = next((text(k) for k in VERDICT_KEYS if text(k)), None)
    head = verdict or "audited"
    claim = text("claim")
    if claim and claim != verdict:
        head += f": {claim}"
    source = text("evidence") or text("tlfs")
    if source:
        head += f" ({source})"
    parts = [head]
    problems = finding.get("problems")
    if isinstance(problems, list) and problems:
        explained = " (explained in the spec)" if finding.get("differs") else ""
        parts.append(f"{len(problems)} layout difference(s) from the TLFS{explained}: "
                     + "; ".join(str(p) for p in problems[:2])
                     + ("; …" if len(problems) > 2 else ""))
    promotions = finding.get("promotions")
    if isinstance(promotions, list) and promotions:
        parts.append("the TLFS documents: " + ", ".join(str(p) for p in promotions))
    return "; ".join(parts)


def audit_cells(data) -> Dict[str, str]:
    """{definition: audit cell} from `hvgen tlfs --json`'s output (its "findings": one per
    definition and arch, with "name" and "verdict"), or any of: {name: verdict}, a list of
    {name, verdict|status}, such a list under "definitions"/"results"/"items". Fields the cell
    does not know are ignored; a finding with no verdict field is "audited"; two findings of one
    name (one per arch) that say different things are both shown."""
    if isinstance(data, dict):
        for key in AUDIT_LISTS:
            if isinstance(data.get(key), (list, dict)):
                data = data[key]
                break
    cells: Dict[str, List[str]] = {}
    if isinstance(data, dict):
        for name, value in data.items():
            cell = _finding_cell(value) if isinstance(value, dict) else str(value)
            cells.setdefault(str(name), []).append(cell)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                cell = _finding_cell(item)
                if cell not in cells.setdefault(item["name"], []):
                    cells[item["name"]].append(cell)
    return {name: " / ".join(found) for name, found in cells.items()}


def run_tlfs_audit(spec: str, tlfs: str) -> Dict[str, str]:
    """The audit cells of `hvgen tlfs --json --tlfs TLFS` on SPEC (run as the command, its
    public interface; exit 1 only says the audit found something). ValueError on failure."""
    import subprocess
    import sys

    hvgen = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "hvgen")
    run = subprocess.run([sys.executable, hvgen, "tlfs", "--spec", spec, "--tlfs", tlfs,
                          "--json"], capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        raise ValueError(f"hvgen tlfs exited {run.returncode}: "
                         f"{(run.stderr.strip().splitlines() or ['no message'])[-1]}")
    try:
        return audit_cells(json.loads(run.stdout))
    except json.JSONDecodeError as exc:
        raise ValueError(f"hvgen tlfs --json: not JSON ({exc.msg})") from None


def default_tlfs() -> Optional[str]:
    """The newest TLFS snapshot where the tlfs tests find them (Meson's tlfs_dir option,
    ../shared/tlfs from the repository: <date>/tlfs/), or None."""
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    base = os.path.join(os.path.dirname(repo), "shared", "tlfs")
    try:
        dated = sorted(d for d in os.listdir(base) if os.path.isdir(os.path.join(base, d, "tlfs")))
    except OSError:
        return None
    return os.path.join(base, dated[-1], "tlfs") if dated else None


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
                    audit: Optional[Dict[str, str]] = None, backlog=None) -> str:
    out = ["# Hyper-V ABI documentation report", "",
           "Generated by `hvgen report` from spec/. Do not edit; run `make` to refresh."]
    if standing is not None:  # what the reader came for, first
        out += _tree_markdown(standing, items)
    out += ["", "## Summary", "", "| status | definitions |", "|---|---:|"]
    out += [f"| {key} | {value} |" for key, value in summary_counts(items).items()]
    if backlog is not None:  # the Linux backlog's counts at the top, its lists further down
        from .backlog import counts_table

        out += ["", "## Linux backlog: counts", "", "Listed under *Linux backlog* below.", ""]
        out += counts_table(backlog)
    uncited = [e for e in items if e.status == "documented" and not e.url]
    out += ["", "## Documented definitions with no citation", ""]
    out += [f"- `{e.name}` ({e.kind}): {_md(e.reason or 'no reason given')}"
            for e in sorted(uncited, key=lambda e: e.name)] or ["None."]
    extra = " audit |" if audit is not None else ""
    tree = " tree |" if standing is not None else ""
    found = standing.by_name() if standing is not None else {}
    for section, group in sections(items).items():
        title = section if section.startswith("(") else f"TLFS `{section}`"
        out += ["", f"## {title}", "",
                f"| definition | kind | status | headers | views | citation |{extra}{tree}",
                "|---|---|---|---|---|---|" + "---|" * (bool(extra) + bool(tree))]
        for e in group:
            row = (f"| `{e.name}` | {e.kind} | {e.status} | {', '.join(e.headers)} | "
                   f"{_md(_diff_text(e))} | {_citation_md(e)} |")
            if audit is not None:
                row += f" {_md(audit.get(e.name, NOT_AUDITED))} |"
            if standing is not None:
                row += f" {_md(_tree_cell(found, e))} |"
            out.append(row)
    if backlog is not None:
        from .backlog import markdown as backlog_markdown

        out += [""] + backlog_markdown(backlog)
    return "\n".join(out) + "\n"


def _tree_cell(found: Dict[str, TreeItem], entry: Entry) -> str:
    """The tree column: the definition's standing in the tree; "-" when the spec's view of the
    tree's family does not hold it (e.g. an HDK-only definition against a 6.12 tree)."""
    item = found.get(entry.name)
    if item is None:
        return "-"
    if item.status == "differing":
        return "differs: " + "; ".join(item.details[:3])
    if item.status == "elsewhere in the tree":
        return f"in {item.file}"
    return {"missing in tree": "lacks"}.get(item.status, item.status) + (
        f" ({'+'.join(item.arches)})" if item.status != "identical" or len(item.arches) == 1
        else "")


def _tree_lists(standing: TreeStanding, items: List[Entry]):
    """(heading, [line]) per list under the kernel-tree summary (empty lists say None.)."""
    documented = {e.name for e in items if e.status == "documented"}
    ordered = sorted(standing.items, key=lambda i: (i.name.lower(), i.category))
    missing = [i for i in ordered if i.status == "missing in tree"]

    def where(item):
        return f" ({'+'.join(item.arches)})" if len(item.arches) < len(ARCHES) else ""
    return [
        ("Definitions the tree carries differently",
         [f"`{i.name}` ({i.file}{where(i)}): " + "; ".join(i.details[:6]) +
          (f"; … {len(i.details) - 6} more" if len(i.details) > 6 else "")
          for i in ordered if i.status == "differing"]),
        ("Documented definitions the tree lacks",
         [f"`{i.name}`{where(i)}" for i in missing if i.name in documented]),
        ("HDK-only definitions the tree lacks",
         [f"`{i.name}`{where(i)}" for i in missing if i.name not in documented]),
        ("Definitions only in the tree", [f"`{i.name}` ({i.file}{where(i)})"
                                          for i in ordered if i.status == "only in tree"]),
        ("Left out of the family's files: the rest of the tree defines them",
         [f"`{i.name}` ({i.file})" for i in ordered if i.status == "elsewhere in the tree"]),
    ]


def _tree_intro(standing: TreeStanding) -> str:
    family = FAMILIES[standing.layout]
    return (f"{family.label}, measured by the facts layer on {' and '.join(ARCHES)} against "
            f"the spec's view of that family (its kernel-profile files, as `hvgen check "
            f"--kernel-tree` measures them): identical, differing, only in tree. Missing in "
            f"tree: what those files or the spec's whole {family.view} view (hvgen's "
            f"`{default_header(family.view).file}`, whatever the Linux presence) have and the "
            f"tree lacks. Comments, order and spelling do not count; include guards are not "
            f"definitions.")


def _tree_markdown(standing: TreeStanding, items: List[Entry]) -> List[str]:
    out = ["", f"## Kernel tree `{standing.tree}`", "", _tree_intro(standing), "",
           "| kernel tree | definitions |", "|---|---:|"]
    out += [f"| {state} | {count} |" for state, count in standing.counts().items()]
    for heading, lines in _tree_lists(standing, items):
        if not lines and heading.startswith("Left out"):
            continue
        out += ["", f"### {heading}", ""]
        out += [f"- {_md(line)}" for line in lines] or ["None."]
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
    import html  # the HTML report's only: REPORT.md, which every generate makes, needs none

    return html.escape(str(text), quote=True)


def render_html(items: List[Entry], standing: Optional[TreeStanding] = None,
                audit: Optional[Dict[str, str]] = None) -> str:
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           "<title>Hyper-V ABI documentation report</title>",
           f"<style>{CSS}</style></head><body>",
           "<h1>Hyper-V ABI documentation report</h1>",
           "<p>Generated by <code>hvgen report</code> from the spec.</p>",
           '<input id="search" type="search" placeholder="Filter definitions…" '
           'aria-label="Filter definitions" hidden>']
    if standing is not None:
        out += _tree_html(standing, items)
    out += ['<h2>Summary</h2><table id="summary"><thead><tr><th>status</th>'
           "<th>definitions</th></tr></thead><tbody>"]
    out += [f"<tr><td>{_e(k)}</td><td>{v}</td></tr>" for k, v in summary_counts(items).items()]
    out.append("</tbody></table>")
    uncited = sorted((e for e in items if e.status == "documented" and not e.url),
                     key=lambda e: e.name)
    out.append('<h2>Documented definitions with no citation</h2><ul id="uncited">')
    out += [f"<li><code>{_e(e.name)}</code> ({_e(e.kind)}): {_e(e.reason or '')}</li>"
            for e in uncited] or ["<li>None.</li>"]
    out.append("</ul>")
    found = standing.by_name() if standing is not None else {}
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
                row += f"<td>{_e(audit.get(e.name, NOT_AUDITED))}</td>"
            if standing is not None:
                cell = _tree_cell(found, e)
                row += f'<td class="{_e(cell.split()[0].rstrip(":"))}">{_e(cell)}</td>'
            out.append(row + "</tr>")
        out.append("</tbody></table></section>")
    out.append(f"<script>{SCRIPT}</script></body></html>")
    return "\n".join(out) + "\n"


def _tree_html(standing: TreeStanding, items: List[Entry]) -> List[str]:
    out = [f'<h2 id="kernel-tree">Kernel tree <code>{_e(standing.tree)}</code></h2>',
           f"<p>{_e(_tree_intro(standing))}</p>",
           '<table id="tree-summary"><thead><tr><th>kernel tree</th><th>definitions</th></tr>'
           "</thead><tbody>"]
    out += [f"<tr><td>{_e(k)}</td><td>{v}</td></tr>" for k, v in standing.counts().items()]
    out.append("</tbody></table>")
    for heading, lines in _tree_lists(standing, items):
        if not lines and heading.startswith("Left out"):
            continue
        anchor = "tree-" + "".join(c if c.isalnum() else "-" for c in heading.lower())
        out.append(f'<h3>{_e(heading)}</h3><ul id="{anchor}">')
        out += [f"<li>{_e(line)}</li>" for line in lines] or ["<li>None.</li>"]
        out.append("</ul>")
    return out


def report_outputs(result) -> Dict[str, str]:
    """The committed report, fresh-checked with the headers: {"REPORT.md": text}."""
    from .backlog import compute

    return {"REPORT.md": render_markdown(entries(result), backlog=compute(result))}
