"""The TLFS audit's verdicts as the report's audit column: audit_cells reads `hvgen tlfs --json`
(run on a TLFS folder by run_tlfs_audit, or saved and read by load_audit) into one cell per
definition; default_tlfs finds the newest TLFS snapshot."""

import json
import os
from typing import Dict, List, Optional

# generator/, this package's grandparent: its hvgen command, the repository above it
GENERATOR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


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

    hvgen = os.path.join(GENERATOR, "hvgen")
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
    repo = os.path.dirname(GENERATOR)
    base = os.path.join(os.path.dirname(repo), "shared", "tlfs")
    try:
        dated = sorted(d for d in os.listdir(base) if os.path.isdir(os.path.join(base, d, "tlfs")))
    except OSError:
        return None
    return os.path.join(base, dated[-1], "tlfs") if dated else None
