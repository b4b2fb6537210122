"""`hvgen patch`: write the generated headers into a Linux tree and make an mbox patch of it.

The tree's layout decides the files: Linux 7.x's include/hyperv/ HDK headers, or Linux 6.12's
hyperv-tlfs.h family (include/asm-generic/ + arch/<arch>/include/asm/). The files come from the
`kernel` output profile (generator/profiles.yaml) when it exists; otherwise from the default
profile, generated/hvhdk.h -> include/hyperv/hvhdk.h and generated/hyperv-tlfs.h ->
include/asm-generic/hyperv-tlfs.h (said so in the output).

The mbox has `git format-patch` shape (`git am` applies it): a "hyperv: ..." subject, a body
listing the added and changed definitions grouped by TLFS section with their citations (from a
semantic diff against `--base REV` of this repository, or, without it, against the names the
tree's headers already carry), and a Signed-off-by from the user's git identity.
"""

import difflib
import email.utils
import hashlib
import os
import re
import subprocess
import textwrap
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from . import model as m
from .docreport import LAYOUTS, detect_layout, learn_url
from .profiles import load_profiles

FALLBACK = {"hvhdk.h": "include/hyperv/hvhdk.h",
            "hyperv-tlfs.h": "include/asm-generic/hyperv-tlfs.h"}
KERNEL_PREFIX = "linux/"


class PatchError(Exception):
    pass


@dataclass
class Plan:
    layout: str
    files: "OrderedDict[str, str]"  # tree path -> generated output name
    notes: List[str] = field(default_factory=list)


def plan(tree: str, outputs: Dict[str, str]) -> Plan:
    layout = detect_layout(tree)
    profiles = load_profiles()
    notes: List[str] = []
    files: "OrderedDict[str, str]" = OrderedDict()
    if "kernel" in profiles:
        for output in profiles["kernel"]:
            path = output.file[len(KERNEL_PREFIX):] if output.file.startswith(KERNEL_PREFIX) \
                else output.file
            if layout == "7.x" and not path.startswith("include/hyperv/"):
                continue
            if layout == "6.12" and "hyperv-tlfs.h" not in path:
                continue
            arch_dir = re.match(r"arch/([^/]+)/", path)
            if arch_dir and not os.path.isdir(os.path.join(tree, "arch", arch_dir.group(1))):
                notes.append(f"skipped {path}: the tree has no arch/{arch_dir.group(1)}/")
                continue
            files[path] = output.file
    else:
        notes.append("no `kernel` output profile yet: writing generated/hvhdk.h as "
                     "include/hyperv/hvhdk.h and generated/hyperv-tlfs.h as "
                     "include/asm-generic/hyperv-tlfs.h")
        for name, path in FALLBACK.items():
            files[path] = name
    missing = [name for name in files.values() if name not in outputs]
    if missing:
        raise PatchError(f"generated output(s) missing: {', '.join(missing)}")
    return Plan(layout, files, notes)


def _read(path: str) -> Optional[str]:
    """A tree file's text, None when absent; PatchError when it is not UTF-8 text (a patch
    could neither show its old lines nor apply to it)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PatchError(f"{path}: not UTF-8 text (byte {exc.start}); hvgen patches UTF-8 "
                         f"headers only") from None


def _blob(text: Optional[str]) -> str:
    if text is None:
        return "0" * 7
    data = text.encode("utf-8")
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()[:7]


def git_diff(path: str, old: Optional[str], new: str) -> Tuple[str, int, int]:
    """One file's diff in git's format: (text, insertions, deletions)."""
    old_lines = (old or "").splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    body = list(difflib.unified_diff(old_lines, new_lines,
                                     "/dev/null" if old is None else f"a/{path}",
                                     f"b/{path}", n=3))
    if not body:
        return "", 0, 0
    out = [f"diff --git a/{path} b/{path}\n"]
    if old is None:
        out += ["new file mode 100644\n", f"index {_blob(None)}..{_blob(new)}\n"]
    else:
        out.append(f"index {_blob(old)}..{_blob(new)} 100644\n")
    out += body[:2]  # the ---/+++ lines
    added = removed = 0
    for line in body[2:]:
        if line.startswith("+"):
            added += 1
        elif line.startswith("-"):
            removed += 1
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    return "".join(out), added, removed


def identity(*repos: str) -> Tuple[str, str]:
    for repo in repos:
        values = []
        for key in ("user.name", "user.email"):
            run = subprocess.run(["git", "-C", repo, "config", key], capture_output=True,
                                 text=True, check=False)
            values.append(run.stdout.strip())
        if all(values):
            return values[0], values[1]
    raise PatchError("no git identity: set `git config user.name` and `user.email`")


# -- what changed -----------------------------------------------------------------------------
@dataclass
class Item:
    name: str
    kind: str
    status: str  # added | changed
    section: str
    citation: str
    url: Optional[str]
    details: List[str] = field(default_factory=list)


def _definition_index(result) -> Dict[str, object]:
    return {d.name: d for d in result.model.definitions}


def items_from_diff(changes, result) -> List[Item]:
    """Added/changed definitions from a semantic diff (semdiff.Change list)."""
    index = _definition_index(result)
    out: "OrderedDict[str, Item]" = OrderedDict()
    for change in changes:
        definition = index.get(change.definition)
        if definition is None:
            status = "removed"
        elif change.subject is None and change.what in ("added",):
            status = "added"
        else:
            status = "changed"
        item = out.get(change.definition)
        if item is None:
            item = Item(change.definition, change.kind, status, change.section,
                        change.citation, learn_url(definition.citation) if definition else None)
            out[change.definition] = item
        elif status == "added":
            item.status = "added"
        if status != "added" and change.detail not in item.details:
            item.details.append(change.detail)
    for item in out.values():
        if item.status == "added":
            item.details = []
    return list(out.values())


def items_from_tree(result, written: Dict[str, str], old_texts: Dict[str, Optional[str]],
                    views) -> List[Item]:
    """Without a base: definitions whose name the tree's old headers do not carry."""
    old = "\n".join(text for text in old_texts.values() if text)
    out = []
    for definition in result.model.definitions:
        if not any(definition.name in {v.name for v in result.views[view].definitions}
                   for view in views):
            continue
        if re.search(rf"\b{re.escape(definition.name)}\b", old):
            continue
        if any(item.name == definition.name for item in out):
            continue
        out.append(Item(definition.name, definition.kind, "added", m.section_of(definition),
                        str(definition.citation) if definition.citation else "none",
                        learn_url(definition.citation)))
    return out


# -- the mbox ---------------------------------------------------------------------------------
def _subject(items: List[Item], layout: str) -> str:
    added = [i.name for i in items if i.status == "added"]
    changed = [i.name for i in items if i.status == "changed"]
    removed = [i.name for i in items if i.status == "removed"]
    target = "HDK headers" if layout == "7.x" else "hyperv-tlfs.h"

    def names(values):
        if len(values) <= 2:
            return " and ".join(values)
        return f"{len(values)} definitions"

    parts = []
    if added:
        parts.append(f"Add {names(added)}")
    if changed:
        parts.append(f"{'update' if parts else 'Update'} {names(changed)}")
    if removed:
        parts.append(f"{'remove' if parts else 'Remove'} {names(removed)}")
    if not parts:
        return f"hyperv: Regenerate the {target} from the hvgen spec"
    text = "hyperv: " + ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    if len(text) > 72:
        text = f"hyperv: Update the {target}: {len(added)} added, " \
               f"{len(changed) + len(removed)} changed"
    return text


def _wrap(text: str, indent: str = "", width: int = 72, hang: str = "  ") -> List[str]:
    return textwrap.wrap(text, width, initial_indent=indent,
                         subsequent_indent=indent + hang, break_long_words=False,
                         break_on_hyphens=False) or [indent]


def body(items: List[Item], plan_: Plan, base: Optional[str], spec_label: str) -> List[str]:
    target = LAYOUTS[plan_.layout]["label"]
    since = f"hvgen spec revision {base}" if base else "the headers now in the tree"
    lines = _wrap(f"Regenerate the Hyper-V ABI headers ({target}) from the hvgen spec "
                  f"({spec_label}). Compared with {since}:", hang="")
    sections: "OrderedDict[str, List[Item]]" = OrderedDict()
    for item in sorted(items, key=lambda i: (i.section.startswith("("), i.section, i.name)):
        sections.setdefault(item.section, []).append(item)
    if not items:
        lines += ["", "No definition was added or changed."]
    for section, group in sections.items():
        title = section if section.startswith("(") else f"TLFS {section}"
        lines += ["", title + ":"]
        for item in group:
            lines += _wrap(f"{item.status} {item.kind} {item.name}", "  - ")
            for detail in item.details[:8]:
                lines += _wrap(detail, "      ")
            if len(item.details) > 8:
                lines.append(f"      ... {len(item.details) - 8} more")
            if item.url:
                lines.append(f"    Link: {item.url}")
    if plan_.notes:
        lines += [""] + sum((_wrap("Note: " + note, hang="") for note in plan_.notes), [])
    return lines


def mbox(files: List[Tuple[str, Optional[str], str]], subject: str, body_lines: List[str],
         name: str, mail: str, date: Optional[str] = None) -> str:
    diffs, stats = [], []
    total_add = total_del = 0
    for path, old, new in files:
        text, added, removed = git_diff(path, old, new)
        if text:
            diffs.append(text)
            stats.append((path, added, removed, old is None))
            total_add += added
            total_del += removed
    width = max((len(p) for p, *_ in stats), default=0)
    stat_lines = [f" {p.ljust(width)} | {a + d}" for p, a, d, _ in stats]
    summary = f" {len(stats)} file{'s' if len(stats) != 1 else ''} changed"
    if total_add:
        summary += f", {total_add} insertion{'s' if total_add != 1 else ''}(+)"
    if total_del:
        summary += f", {total_del} deletion{'s' if total_del != 1 else ''}(-)"
    creates = [f" create mode 100644 {p}" for p, _, _, new in stats if new]
    when = date or email.utils.formatdate(localtime=True)
    head = ["From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001",
            f"From: {name} <{mail}>", f"Date: {when}", f"Subject: [PATCH] {subject}", ""]
    text = "\n".join(head + body_lines + ["", f"Signed-off-by: {name} <{mail}>", "---"] +
                     stat_lines + [summary] + creates + [""]) + "\n"
    return text + "".join(diffs) + "-- \nhvgen\n\n"
