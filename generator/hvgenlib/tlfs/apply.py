"""--apply and --suggest-citations: set keys of spec definitions in place (spec_edit.py edits
the text at the nodes' marks, so every other byte of the file stays as the user wrote it).

Every edit is made first on a temporary copy of the spec folder, which the pipeline
(`hvgenlib.pipeline.analyse`) then checks; an edit that makes the spec invalid (a documented
definition that uses an HDK-only type, say) is dropped with the error that condemns it, and
only the edits that leave a valid spec are written to the real files, each atomically."""

import os
import shutil
import tempfile
from typing import Dict, List, Tuple

from ..write import write_file
from .spec_edit import Edit, definition_spans, edit_text, read_spec_text


def _edit_tree(root: str, edits: Dict[str, List[Tuple[str, int, Edit]]]) -> List[Tuple[str, str, int]]:
    """Apply edits (spec path relative to root -> [(definition, line, edit)]) to the files
    under root; returns what changed as (path, name, line)."""
    done = []
    for rel, todo in sorted(edits.items()):
        path = os.path.join(root, rel)
        text = read_spec_text(path)
        new, changed = edit_text(text, todo, path)
        if new != text:  # atomically: a kill or a full disk leaves the old file whole
            write_file(path, new)
        done.extend((rel, name, line) for name, line in changed)
    return done


def _spans(path: str) -> List[Tuple[int, int, str]]:
    """(first line, last line, name) of each definition of a spec file (1-based)."""
    return definition_spans(read_spec_text(path), path)


def _check(spec_copy: str):
    from ..diagnostics import SpecErrors
    from ..pipeline import analyse

    try:
        analyse(spec_copy)
    except SpecErrors as exc:
        return list(exc.diagnostics)
    return []


def _validated(spec_dir: str, edits: Dict[str, List[Tuple[str, int, Edit]]]):
    """Edits that leave a valid spec, and the dropped ones with the reason: (kept, dropped)."""
    spec_dir = os.path.abspath(spec_dir)
    base = _check(spec_dir)
    known = {(os.path.relpath(d.loc.file, spec_dir), d.code, d.message) for d in base}
    pending = {(rel, name, line): edit for rel, todo in edits.items()
               for name, line, edit in todo}
    dropped: Dict[Tuple[str, str, int], str] = {}
    for _ in range(len(pending) + 1):
        with tempfile.TemporaryDirectory(prefix="hvgen-apply-") as tmp:
            copy_dir = os.path.join(tmp, "spec")
            shutil.copytree(spec_dir, copy_dir)
            grouped: Dict[str, list] = {}
            for (rel, name, line), edit in sorted(pending.items(), key=lambda x: x[0]):
                grouped.setdefault(rel, []).append((name, line, edit))
            done = set(_edit_tree(copy_dir, grouped))
            errors = [d for d in _check(copy_dir)
                      if (os.path.relpath(d.loc.file, copy_dir), d.code, d.message) not in known]
            if not errors:
                return {k: v for k, v in pending.items() if k in done}, dropped
            # Blame the edited definition whose lines hold the error (or that it names).
            spans = {rel: _spans(os.path.join(copy_dir, rel)) for rel in grouped}
            blamed = set()
            for d in errors:
                rel = os.path.relpath(d.loc.file, copy_dir)
                for key in pending:
                    if key[0] == rel and any(s <= d.loc.line <= e and n == key[1]
                                             for s, e, n in spans[rel]):
                        blamed.add(key)
                        dropped.setdefault(key, f"[{d.code}] {d.message}")
                    elif key[1] in d.message.split() or f"'{key[1]}'" in d.message \
                            or f"`{key[1]}`" in d.message:
                        blamed.add(key)
                        dropped.setdefault(key, f"[{d.code}] {d.message}")
            if not blamed:  # nothing to pin it on: drop them all rather than write a bad spec
                for key in pending:
                    dropped[key] = f"the spec would not validate: {errors[0]}"
                return {}, dropped
            for key in blamed:
                pending.pop(key)
    return {}, dropped


def _run(spec_dir: str, edits, verb: str) -> List[str]:
    kept, dropped = _validated(spec_dir, edits)
    grouped: Dict[str, list] = {}
    for (rel, name, line), edit in sorted(kept.items(), key=lambda x: x[0]):
        grouped.setdefault(rel, []).append((name, line, edit))
    done = _edit_tree(os.path.abspath(spec_dir), grouped)
    lines = [f"{verb} spec/{rel}:{line}: {name}" for rel, name, line in done]
    lines += [f"not {verb} spec/{rel}:{line}: {name}: {why}"
              for (rel, name, line), why in sorted(dropped.items())]
    return lines


def _rel(spec_dir: str, file: str) -> str:
    return os.path.relpath(os.path.abspath(file), os.path.abspath(spec_dir))


def _page_of(finding) -> str:
    return finding.tlfs.split(":", 1)[0] if finding.tlfs else ""


def apply_promotions(audit, spec_dir: str) -> List[str]:
    """Whole definitions the TLFS defines become documented, citing the page that defines
    them; a promotion that would make the spec invalid is dropped, with the reason. (Single
    members are listed by the audit; promoting them is left to the lead.)"""
    edits: Dict[str, list] = {}
    for f in audit.promote_whole:
        page = _page_of(f)

        def edit(definition, page=page):
            if definition.visibility != "hdk":
                return False
            definition.set("visibility", "documented")
            definition.set("tlfs", page)
            return True
        edits.setdefault(_rel(spec_dir, f.file), []).append((f.name, f.line, edit))
    return _run(spec_dir, edits, "promoted")


def suggest_citations(audit, spec_dir: str) -> List[str]:
    """Write `tlfs:` where a documented definition has none of its own (or an unconfirmed
    one) and the audit found the page that defines it. Never on an hdk definition."""
    edits: Dict[str, list] = {}
    for f in audit.findings:
        page = _page_of(f)
        if not page or f.visibility != "documented" or \
                f.verdict in ("verified", "broken", "none") or f.problems:
            continue

        def edit(definition, page=page):
            if definition.visibility != "documented" or definition.get("tlfs") == page:
                return False
            definition.set("tlfs", page)
            return True
        edits.setdefault(_rel(spec_dir, f.file), []).append((f.name, f.line, edit))
    return _run(spec_dir, edits, "cited")
