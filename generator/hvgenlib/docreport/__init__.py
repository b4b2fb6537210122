"""`hvgen report`: what is documented, where — Markdown and one static HTML page.

Per TLFS section (the citation's page) each definition with its status (documented or
HDK-only), the generated headers it appears in, whether the two views differ (and in which
members or values), and its citation as a link to Microsoft Learn. At the top: counts per
status and the documented definitions with no citation; optionally, first on the page, how a
Linux tree's headers stand against the spec (measured and compared by the facts layer:
kernel_tree), and a column of the TLFS audit's verdicts (`hvgen tlfs --json`: audit_cells).

`report_outputs(result)` gives the committed generated/REPORT.md (no tree, no audit), so the
freshness check can compare it like the headers. It imports only what REPORT.md needs; the
modules of a tree, an audit or the HTML page load when `hvgen report` asks for them.

One job per module:
    entries.py     the report's model: Entry per definition (learn_url), sections, summary_counts
    tree.py        a kernel tree's standing against the spec: kernel_tree -> TreeStanding
    audit.py       the TLFS audit's verdicts as cells: audit_cells, load_audit, run_tlfs_audit,
                   default_tlfs
    markdown.py    render_markdown, and the kernel-tree cells and lists the HTML page shares
    html_page.py   render_html: the static HTML page
"""

from typing import Dict


def report_outputs(result) -> Dict[str, str]:
    """The committed report, fresh-checked with the headers: {"REPORT.md": text}."""
    from ..backlog import compute
    from .entries import entries
    from .markdown import render_markdown

    return {"REPORT.md": render_markdown(entries(result), backlog=compute(result))}
