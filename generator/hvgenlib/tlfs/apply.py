"""--apply and --suggest-citations: edit spec files in place with ruamel.yaml's round trip,
so comments, order and flow style survive."""

from typing import Dict, List, Tuple


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _def_name(item) -> str:
    for kind in ("define", "enum", "struct", "union", "typedef"):
        if kind in item:
            return item[kind]
    return ""


def _edit(files: Dict[str, List[Tuple[str, callable]]]) -> List[str]:
    yaml = _yaml()
    done = []
    for path, edits in sorted(files.items()):
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle)
        changed = False
        for name, edit in edits:
            for item in data.get("definitions", []):
                if _def_name(item) == name and edit(item, data):
                    changed = True
                    done.append(f"{path}: {name}")
        if changed:
            with open(path, "w", encoding="utf-8") as handle:
                yaml.dump(data, handle)
    return done


def _page_of(finding) -> str:
    return finding.tlfs.split(":", 1)[0] if finding.tlfs else ""


def apply_promotions(audit, spec_dir: str) -> List[str]:
    """Whole definitions the TLFS defines become documented, citing the page that defines
    them. (Single members are listed by the audit; promoting them is left to the lead.)"""
    import os

    files: Dict[str, list] = {}
    root = os.path.dirname(os.path.abspath(spec_dir))
    for f in audit.promote_whole:
        page = _page_of(f)

        def edit(item, data, page=page):
            if item.get("visibility", (data.get("defaults") or {}).get("visibility")) != "hdk":
                return False
            item["visibility"] = "documented"
            item["tlfs"] = page
            return True
        files.setdefault(os.path.join(root, f.file), []).append((f.name, edit))
    return _edit(files)


def suggest_citations(audit, spec_dir: str) -> List[str]:
    """Write `tlfs:` where a definition has none of its own (or an unconfirmed one) and the
    audit found the page that defines it."""
    import os

    files: Dict[str, list] = {}
    root = os.path.dirname(os.path.abspath(spec_dir))
    for f in audit.findings:
        page = _page_of(f)
        if not page or f.verdict in ("verified", "broken", "none") or f.problems:
            continue

        def edit(item, data, page=page):
            if item.get("tlfs") == page:
                return False
            item["tlfs"] = page
            return True
        files.setdefault(os.path.join(root, f.file), []).append((f.name, edit))
    return _edit(files)
