"""--apply and --suggest-citations: edit spec files in place with ruamel.yaml's round trip,
so comments, order and flow style survive.

Every edit is made first on a temporary copy of the spec folder, which the pipeline
(`hvgenlib.pipeline.analyse`) then checks; an edit that makes the spec invalid (a documented
definition that uses an HDK-only type, say) is dropped with the error that condemns it, and
only the edits that leave a valid spec are written to the real files. A new key goes inside
the definition's mapping, right after its `visibility:` / `tlfs:` key (after its name when it
has neither), so it never lands after a trailing blank line or a comment that belongs to the
next definition."""

import copy
import io
import os
import shutil
import tempfile
from typing import Callable, Dict, List, Optional, Tuple

from ..write import write_file

KINDS = ("define", "enum", "struct", "union", "typedef")


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _def_name(item) -> str:
    for kind in KINDS:
        if kind in item:
            return item[kind]
    return ""


def _visibility(item, data) -> Optional[str]:
    return item.get("visibility", (data.get("defaults") or {}).get("visibility"))


def _insert_after(item, after: str, key: str, value) -> None:
    """Insert key right after `after`, moving the blank lines and own-line comments that
    followed `after` (ruamel keeps them on it) behind the new key; an end-of-line comment
    stays where it was."""
    keys = list(item.keys())
    item.insert(keys.index(after) + 1, key, value)
    entry = item.ca.items.get(after)
    if not entry or len(entry) < 3 or entry[2] is None:
        return
    token = entry[2]
    text = token.value
    if text.startswith("#"):
        first, _, rest = text.partition("\n")
        if not rest.strip(" "):
            return
        token.value = first + "\n"
        moved = "\n" + rest
    else:
        entry[2] = None
        moved = text
    new = copy.copy(token)
    new.value = moved
    item.ca.items[key] = [None, None, new, None]


def set_key(item, key: str, value) -> None:
    """Set key in a definition's mapping: in place when present, else right after its
    `tlfs:` or `visibility:` key (the later of the two), else right after its name."""
    if key in item:
        item[key] = value
        return
    keys = list(item.keys())
    anchors = [k for k in ("visibility", "tlfs") if k in item and k != key]
    after = max(anchors, key=keys.index) if anchors else next(k for k in keys if k in KINDS)
    _insert_after(item, after, key, value)


Edit = Callable[[object, object], bool]


def _edit_tree(root: str, edits: Dict[str, List[Tuple[str, int, Edit]]]) -> List[Tuple[str, str, int]]:
    """Apply edits (spec path relative to root -> [(definition, line, edit)]) to the files
    under root; returns what changed as (path, name, line)."""
    yaml = _yaml()
    done = []
    for rel, todo in sorted(edits.items()):
        path = os.path.join(root, rel)
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle)
        changed = False
        for name, line, edit in todo:
            for item in data.get("definitions", []):
                if _def_name(item) == name and item.lc.line + 1 == line and edit(item, data):
                    changed = True
                    done.append((rel, name, line))
        if changed:  # atomically: a kill or a full disk leaves the old file whole
            text = io.StringIO()
            yaml.dump(data, text)
            write_file(path, text.getvalue())
    return done


def _spans(path: str) -> List[Tuple[int, int, str]]:
    """(first line, last line, name) of each definition of a spec file (1-based)."""
    yaml = _yaml()
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle)
    items = list(data.get("definitions", []) or [])
    starts = [it.lc.line + 1 for it in items]
    ends = starts[1:] + [10 ** 9]
    return [(s, e - 1, _def_name(it)) for s, e, it in zip(starts, ends, items)]


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

        def edit(item, data, page=page):
            if _visibility(item, data) != "hdk":
                return False
            set_key(item, "visibility", "documented")
            set_key(item, "tlfs", page)
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

        def edit(item, data, page=page):
            if _visibility(item, data) != "documented" or item.get("tlfs") == page:
                return False
            set_key(item, "tlfs", page)
            return True
        edits.setdefault(_rel(spec_dir, f.file), []).append((f.name, f.line, edit))
    return _run(spec_dir, edits, "cited")
