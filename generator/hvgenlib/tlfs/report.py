"""The audit as text (default), JSON (--json) and Markdown (generated/TLFS-AUDIT.md)."""

import json
from dataclasses import asdict
import os
from typing import Optional

from .. import backlog


def figures_text(audit) -> str:
    f = audit.figures()
    lines = [f"pages read: {f['pages']}",
             f"C blocks: {f['c_blocks']} ({f['c_blocks_parsed']} parsed, "
             f"{f['c_blocks_failed']} failed)",
             f"TLFS defects repaired: {f['c_block_repairs']}; names the TLFS defines nowhere, "
             f"assumed: {f['tlfs_names_assumed']}",
             f"TLFS definitions: {f['tlfs_definitions']}",
             f"spec definitions: {f['spec_definitions']}, matched {f['matched']}",
             f"citations verified: {f['citations_verified']} (unconfirmed "
             f"{f['citations_unconfirmed']}, broken {f['citations_broken']})",
             f"layout disagreements: {f['layout_disagreements']} (explained in the spec "
             f"by tlfs_differs: {f['layout_disagreements_explained']})",
             f"documented claims: {f['claims']} (" + ", ".join(
                 f"{k} {v}" for k, v in audit.verdicts().items()) + f"); gate errors "
             f"{f['gate_errors']}",
             f"promotion candidates: {f['promotion_candidates']} "
             f"({f['promotion_members']} single members)",
             f"documented in spec, on no TLFS page: {f['documented_not_in_tlfs']}",
             f"in TLFS, absent from spec: {f['tlfs_not_in_spec']} (with a reason "
             f"{f['tlfs_not_in_spec_with_reason']}, unexplained "
             f"{f['tlfs_not_in_spec_unexplained']}, reason problems "
             f"{f['tlfs_not_in_spec_reason_problems']})"]
    return "\n".join(lines)


def text(audit, since: Optional[dict] = None) -> str:
    out = [figures_text(audit), ""]
    for fail in audit.parsed.failures:
        out.append(f"{fail.page}:{fail.line}: C block not parsed: {fail.reason}")
    for fix in audit.parsed.repairs:
        out.append(f"{fix.page}:{fix.line}: TLFS defect repaired: {fix.what}")
    for f in audit.findings:
        if f.verdict == "broken":
            out.append(f"{f.file}:{f.line}: broken citation {f.citation}: {'; '.join(f.notes)}")
        if f.problems and not f.differs:
            for p in f.problems:
                out.append(f"{f.file}:{f.line}: layout disagreement in {f.name} ({f.tlfs}): {p}")
    for f in audit.explained:
        out.append(f"{f.file}:{f.line}: explained layout disagreement in {f.name} ({f.tlfs}): "
                   f"{f.differs}")
        for p in f.problems:
            out.append(f"  {p}")
    for f in audit.differs_unused:
        out.append(f"{f.file}:{f.line}: note: {f.name} has tlfs_differs, but its layout agrees "
                   f"with the TLFS ({f.tlfs})")
    for f in audit.promote_whole:
        out.append(f"{f.file}:{f.line}: promote {f.name}: TLFS defines it ({f.tlfs})")
    for f in audit.findings:
        for p in f.promotions:
            out.append(f"{f.file}:{f.line}: promote member of {f.name}: {p}")
    for f in audit.undocumented:
        out.append(f"{f.file}:{f.line}: {f.name} is documented in the spec, on no TLFS page")
    explained, unexplained, stale = audit.absent_reasons()
    for x in explained:
        e = x.entity
        out.append(f"{e.page}:{e.line}: {e.tlfs_name} ({e.kind}) is absent from the spec: "
                   f"{x.reason.why}{x.evidence()}")
        out += [f"  reason problem: {p}" for p in x.problems]
    for e in unexplained:
        out.append(f"{e.page}:{e.line}: {e.tlfs_name} ({e.kind}) is absent from the spec")
    out += [f"absent.py: reason problem: {why}" for why in stale]
    if since is not None:
        out.append("")
        out.append(since_text(since))
    return "\n".join(out) + "\n"


def gate_errors(audit, spec_root: Optional[str] = None) -> list:
    """What --gate fails on, one `spec/FILE:LINE:COL: error: ...` line each: every
    unexplained disagreement, every documented claim no TLFS page has, every value or layout
    claim the TLFS only names (audit.open_claims;
    a member or value that only shares its definition's verdict is that definition's line)."""
    out = []
    for c in audit.open_claims:
        where = f"{_relative(c.file, spec_root)}:{c.line}:{c.col or 1}"
        if c.uncited and c.member is None:
            out.append(f"{where}: error: {c.subject}: documented with `tlfs: none`: cite the "
                       f"page#anchor where the TLFS gives it, name the documented definition it "
                       f"is derived_from, or make it hdk (the audit found: {c.verdict})")
        else:
            out.append(f"{where}: error: {c.subject}: {c.verdict}: {c.evidence}")
    return out


def _since_figures(since: dict) -> str:
    f = since["figures"]
    return (f"newly documented {f['newly_documented']} ({f['newly_documented_definitions']} "
            f"definitions, {f['newly_documented_members']} members/values): promoted "
            f"{f['promoted']}, still hdk {f['still_hdk']}, documented before "
            f"{f['documented_before']}")


def _since_item(i: dict) -> str:
    what = "whole definition" if i["member"] is None else i["what"]
    return f"{i['name']}: {what} [{i['state']}] ({i['tlfs']})"


def since_text(since: dict) -> str:
    out = [f"since: pages +{len(since['pages_added'])} -{len(since['pages_removed'])} "
           f"~{len(since['pages_changed'])}; definitions +{len(since['definitions_added'])} "
           f"-{len(since['definitions_removed'])} ~{len(since['definitions_changed'])}",
           f"since: {_since_figures(since)}"]
    for i in since["newly_documented"]:
        out.append(f"  newly documented: {_since_item(i)}")
    return "\n".join(out)


def _assumed(name: str, users) -> dict:
    from .repairs import ASSUMED_BY_NAME, pointer

    a = ASSUMED_BY_NAME.get(name) or pointer(name)
    return {"name": name, "c": a.text, "why": a.why, "opaque": a.opaque, "used_by": list(users)}


def _disagreement(f) -> dict:
    return {"name": f.name, "file": f.file, "line": f.line, "tlfs": f.tlfs,
            "problems": list(f.problems), "reason": f.differs}


def to_json(audit, since: Optional[dict] = None) -> str:
    data = {
        "figures": audit.figures(),
        "failures": [asdict(f) for f in audit.parsed.failures],
        "repairs": [asdict(r) for r in audit.parsed.repairs],
        "assumed": [_assumed(name, users) for name, users in sorted(audit.parsed.assumed.items())],
        "findings": [asdict(f) for f in audit.findings],
        "layout_disagreements": [_disagreement(f) for f in audit.disagreements],
        "layout_disagreements_explained": [_disagreement(f) for f in audit.explained],
        "tlfs_differs_unused": [f.name for f in audit.differs_unused],
        "promote_whole": [f.name for f in audit.promote_whole],
        "documented_not_in_tlfs": [f.name for f in audit.undocumented],
        "tlfs_not_in_spec": [{"name": e.tlfs_name, "kind": e.kind, "page": e.page,
                              "line": e.line, "reason": _absent_reason(audit, e)}
                             for e in audit.absent],
        "verdicts": audit.verdicts(),
        "claims": [dict(asdict(c), subject=c.subject) for c in audit.claims],
    }
    data["backlog"] = _backlog(audit).to_json()
    if since is not None:
        data["since"] = since
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def _backlog(audit, spec_root: Optional[str] = None):
    """What each Linux family lacks and gets wrong (backlog.py), with the TLFS definitions
    this audit found absent from the spec."""
    return backlog.compute(audit.result, audit, spec_root)


def _relative(path: str, spec_root: Optional[str]) -> str:
    """A spec file as the committed report names it: from the spec folder's parent, so the
    report does not depend on where the repository is checked out or the command runs."""
    if spec_root is None:
        return path
    return os.path.relpath(os.path.abspath(path), spec_root).replace(os.sep, "/")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _listed(heading: str, rows: list, *intro: str, empty=("none",)) -> list:
    """A section: HEADING, each INTRO paragraph, then ROWS (EMPTY when there are none)."""
    out = ["", heading, ""]
    for paragraph in intro:
        out += [paragraph, ""]
    return out + (rows or list(empty))


def _with_problems(line: str, finding) -> str:
    """LINE, then the finding's problems as a sub-list (the report joins lines with \\n)."""
    return "\n".join([line] + [f"  - {p}" for p in finding.problems])


def _verdict_sections(audit, where) -> list:
    from .verdicts import DISAGREES, EXPLAINED, NAME, NOT_FOUND

    claims = audit.claims
    kinds = (("definitions", lambda c: c.member is None),
             ("members", lambda c: c.kind == "member"),
             ("enum values", lambda c: c.kind == "value"))
    out = ["", "## Verdicts of the documented claims", "",
           "Every documented definition, member and enum value of the spec, judged on the "
           "documented view (generated/hyperv-tlfs.h's) on each arch it has (x86_64, arm64): "
           "`layout verified` (a C block, layout table or bit table lays it out and the spec "
           "matches; members matched by position), `value verified` (a C block or table gives "
           "the number and it matches), `name only` (a page names it, none gives its number "
           "or layout), `disagrees` (the TLFS says otherwise; `explained` when the spec's "
           "`tlfs_differs:` says why), `not found` (no TLFS page has it), `derived` "
           "(`derived_from:` a documented definition). A member or value the comparison did "
           "not judge on its own shares its definition's verdict (*inherited* below).", "",
           "| verdict | definitions | members | enum values | of which inherited |",
           "|---|---|---|---|---|"]
    for verdict, count in audit.verdicts().items():
        cells = [sum(1 for c in claims if c.verdict == verdict and test(c))
                 for _, test in kinds]
        inherited = sum(1 for c in claims if c.verdict == verdict and c.inherited)
        out.append(f"| {verdict} | {' | '.join(map(str, cells))} | {inherited} |")
    out.append(f"| all | {' | '.join(str(sum(1 for c in claims if t(c))) for _, t in kinds)}"
               f" | {sum(1 for c in claims if c.inherited)} |")
    gate = audit.open_claims
    out += ["", f"## The gate: {len(gate)} open claims", "",
            "`hvgen tlfs --gate` exits 1 on each of these: an unexplained disagreement, a "
            "documented claim no TLFS page has, or a claim of a value or layout the TLFS only "
            "names. Fix the spec (its file:line is given), cite "
            "what the TLFS has, mark it `hdk`, or explain a real-ABI difference with "
            "`tlfs_differs:`."]

    def rows(of, verdict, test=lambda c: True):
        return [f"- `{c.subject}` ({where(c)}): {_cell(c.evidence)}" for c in of
                if c.verdict == verdict and test(c)]

    out += _listed("### Unexplained disagreements", rows(gate, DISAGREES))
    out += _listed("### Documented, and no TLFS page has it", rows(gate, NOT_FOUND))
    out += _listed("### Claimed stronger than the evidence (`tlfs_gives:` value or layout, "
                   "the TLFS only names it)", rows(gate, NAME))
    out += _listed("## Disagreements explained by `tlfs_differs:`",
                   rows(claims, EXPLAINED, lambda c: not c.inherited))
    out += _listed("## Name only: the TLFS names it, no page gives its number or layout",
                   rows(claims, NAME, lambda c: c.member is None))
    return out


def markdown(audit, since: Optional[dict], label: str, old_label: Optional[str],
             spec_root: Optional[str] = None) -> str:
    """generated/TLFS-AUDIT.md: the figures, the verdicts and the gate, the Linux backlog,
    what reading the C blocks repaired and assumed, the findings, and (SINCE given) what
    changed since the OLD_LABEL snapshot."""
    f = audit.figures()
    where = lambda x: f"{_relative(x.file, spec_root)}:{x.line}"  # noqa: E731
    out = ["# TLFS audit", "",
           "Generated by `hvgen tlfs --report`; do not edit. The spec (spec/) checked against "
           f"the TLFS snapshot `{label}`.", "", "## Figures", "", "| figure | count |",
           "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in f.items()]
    linux = _backlog(audit, spec_root)
    out += [f"| {k} | {v} |" for k, v in linux.figures().items()]
    out += _verdict_sections(audit, where)
    out += [""] + backlog.markdown(linux)
    out += _parsing_sections(audit.parsed)
    out += _finding_sections(audit, where)
    if since is not None:
        out += _since_sections(since, old_label, spec_root)
    return "\n".join(out) + "\n"


def _parsing_sections(parsed) -> list:
    """What reading the TLFS's C blocks failed on, repaired, and assumed."""
    out = _listed("## C blocks libclang could not parse",
                  [f"- `{x.page}:{x.line}`: {x.reason}" for x in parsed.failures])
    out += _listed("## TLFS defects repaired before parsing",
                   [f"- `{x.page}:{x.line}`: {x.what}" for x in parsed.repairs],
                   "A block's own sloppiness, repaired as generator/hvgenlib/tlfs/repairs.py's "
                   "REPAIRS table says (the layout the page means is unchanged).")
    return out + _listed(
        "## Names the TLFS uses and defines nowhere",
        [_assumed_item(name, users) for name, users in sorted(parsed.assumed.items())],
        "What the audit assumes for them (repairs.py's ASSUMED). An *opaque* one has no size "
        "the TLFS gives: a record holding it is compared only up to that member.")


def _assumed_item(name: str, users) -> str:
    a = _assumed(name, users)
    c = a["c"].splitlines()
    what = "opaque" if a["opaque"] else f"`{c[0]}`" if len(c) == 1 else "per arch"
    return f"- `{name}`: {what}: {a['why']} (used by {', '.join(users)})"


# How a `tlfs_differs:` says the TLFS disagrees with itself rather than with the kernel's ABI
# (spec/README.md, `tlfs_differs:`).
SELF_CONTRADICTION = "The TLFS contradicts itself"


def _self_contradiction(differs: Optional[str]) -> bool:
    return bool(differs) and differs.startswith(SELF_CONTRADICTION)


def _finding_sections(audit, where) -> list:
    """The findings: broken citations, layout disagreements (unexplained, explained),
    promotion candidates, each citation's verdict, and what only one side has."""
    out = _listed("## Broken citations",
                  [f"- `{x.name}` ({where(x)}): {x.citation}: {'; '.join(x.notes)}"
                   for x in audit.broken])
    out += _listed("## Layout disagreements",
                   [_with_problems(f"- `{x.name}` ({where(x)}; TLFS {x.tlfs})", x)
                    for x in audit.disagreements])
    out += _listed("## Layout disagreements explained in the spec (`tlfs_differs:`)",
                   [_with_problems(f"- `{x.name}` ({where(x)}; TLFS {x.tlfs}): {x.differs}", x)
                    for x in audit.explained],
                   "The spec keeps the kernel's layout knowingly; the reason is its own. These "
                   "do not fail the audit.")
    out += _listed("## Where the TLFS contradicts itself",
                   [f"- `{x.name}` ({where(x)}; TLFS {x.tlfs}): {x.differs}"
                    for x in audit.findings if _self_contradiction(x.differs)],
                   "A page's table and its prototype or C block disagree (or a table with "
                   "itself); the spec's `tlfs_differs:` says which reading it follows and why.")
    if audit.differs_unused:
        out += _listed("`tlfs_differs:` given where the layouts agree (stale?):",
                       [f"- `{x.name}` ({where(x)})" for x in audit.differs_unused])
    out += _listed("## Promotion candidates (documented in the TLFS, hdk in the spec)",
                   [f"- `{x.name}` whole definition ({x.tlfs})" for x in audit.promote_whole] +
                   [f"- `{x.name}` member {p}" for x in audit.findings for p in x.promotions],
                   empty=())
    out += _listed("## Citations by verdict", ["| definition | verdict | citation |",
                                               "|---|---|---|"] +
                   [f"| `{x.name}` | {x.verdict} | {x.citation} |" for x in audit.findings
                    if x.citation])
    out += _listed("## Documented in the spec, on no TLFS page",
                   [f"- `{x.name}` ({where(x)})" for x in audit.undocumented])
    return out + _absent_section(audit)


def _absent_reason(audit, entity) -> Optional[str]:
    """The reason absent.py gives for ENTITY and its evidence, or None."""
    return next((x.reason.why + x.evidence() for x in audit.absent_reasons()[0]
                 if x.entity is entity), None)


def _absent_section(audit) -> list:
    """The absent definitions: first those without a reason, then each with its reason and the
    evidence the audit measured for it (generator/hvgenlib/tlfs/absent.py), then any problem of
    that table."""
    explained, unexplained, stale = audit.absent_reasons()
    out = ["", "## In the TLFS, absent from the spec", "",
           f"{len(audit.absent)} TLFS definitions no spec definition matches: "
           f"{len(unexplained)} without a reason, {len(explained)} with the reason "
           f"generator/hvgenlib/tlfs/absent.py gives (a kernel maintainer's: why it is no C "
           f"definition of its own), with what the audit measured to back it."]
    out += _listed("### Without a reason",
                   [f"- `{e.tlfs_name}` ({e.kind}, {e.page})" for e in unexplained])
    out += _listed("### With a reason",
                   [f"- `{x.entity.tlfs_name}` ({x.entity.kind}, {x.entity.page}): "
                    f"{x.reason.why}{x.evidence()}" for x in explained])
    problems = stale + [f"{x.entity.tlfs_name}: {p}" for x in explained for p in x.problems]
    return out + _listed("### Problems of the reasons", [f"- {p}" for p in problems])


def _since_sections(since: dict, old_label: Optional[str], spec_root: Optional[str]) -> list:
    """What changed since the old snapshot: what it newly documents of the spec, and the
    definitions and pages added, changed and removed."""
    out = ["", f"## Since `{old_label}`", "",
           f"Pages added {len(since['pages_added'])}, removed "
           f"{len(since['pages_removed'])}, changed {len(since['pages_changed'])}; "
           f"definitions added {len(since['definitions_added'])}, removed "
           f"{len(since['definitions_removed'])}, changed "
           f"{len(since['definitions_changed'])}."]
    out += _listed("### What the update newly documents of the spec",
                   ["| figure | count |", "|---|---|"] +
                   [f"| {k} | {v} |" for k, v in since["figures"].items()],
                   "Spec definitions, members and enum values the new snapshot documents and the "
                   "old one does not (absent, or reserved there), with their state in the spec "
                   "now: `promoted` (documented, on a citation only the new snapshot proves), "
                   "`still hdk` (a promotion candidate), `documented before` (documented on a "
                   "citation the old snapshot already proved, or `tlfs: none`).")
    out += [""] + ([_newly_item(i, spec_root) for i in since["newly_documented"]] or ["none"])
    out += _listed("### Definitions added",
                   [f"- `{d['name']}` ({d['page']})" for d in since["definitions_added"]])
    out += _listed("### Definitions changed",
                   [f"- `{d['name']}` ({d['page']}): +{len(d['members_added'])} "
                    f"-{len(d['members_removed'])} ~{len(d['members_changed'])} members"
                    for d in since["definitions_changed"]], empty=())
    out += _listed("### Definitions removed",
                   [f"- `{d['name']}` ({d['page']})" for d in since["definitions_removed"]])
    return out + _listed("### Pages added", [f"- {p}" for p in since["pages_added"]], empty=())


def _newly_item(i: dict, spec_root: Optional[str]) -> str:
    member = "" if i["member"] is None else f" member `{i['member']}`"
    what = "whole definition" if i["member"] is None else i["what"]
    return (f"- `{i['name']}`{member}: {what} — **{i['state']}** "
            f"({_relative(i['file'], spec_root)}:{i['line']}; TLFS {i['tlfs']})")
