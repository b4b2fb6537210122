"""A `git format-patch`-shaped mbox of one commit: headers, message, trailers, diffstat, diff."""

import difflib
import email.utils
import hashlib
import os
from typing import List, Optional, Tuple



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


def _diffstat(stats: List[Tuple[str, int, int, bool]]) -> List[str]:
    """git's diffstat: ` path | N +++--`, the graph scaled to fit 80 columns."""
    width = max((len(p) for p, *_ in stats), default=0)
    most = max((a + d for _, a, d, _ in stats), default=0)
    room = max(80 - width - 10, 10)
    lines = []
    for path, added, removed, _ in stats:
        scale = min(1.0, room / most) if most else 1.0
        plus, minus = round(added * scale), round(removed * scale)
        plus, minus = max(plus, 1 if added else 0), max(minus, 1 if removed else 0)
        lines.append(f" {path.ljust(width)} | {str(added + removed).rjust(len(str(most)))} "
                     f"{'+' * plus}{'-' * minus}".rstrip())
    added, removed = sum(s[1] for s in stats), sum(s[2] for s in stats)
    summary = f" {len(stats)} file{'s' if len(stats) != 1 else ''} changed"
    if added:
        summary += f", {added} insertion{'s' if added != 1 else ''}(+)"
    if removed:
        summary += f", {removed} deletion{'s' if removed != 1 else ''}(-)"
    return lines + [summary] + [f" create mode 100644 {p}" for p, _, _, new in stats if new]


def _date() -> str:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds' convention), as mail writes it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return email.utils.formatdate(int(epoch), usegmt=True)
    return email.utils.formatdate(localtime=True)


def mbox(files: List[Tuple[str, Optional[str], str]], subject: str, body: List[str],
         trailers: List[str], name: str, mail: str, date: Optional[str] = None,
         tag: str = "PATCH") -> str:
    """One patch; TAG is "PATCH", or "PATCH 2/5" in a series."""
    diffs, stats = [], []
    for path, old, new in files:
        text, added, removed = git_diff(path, old, new)
        if text:
            diffs.append(text)
            stats.append((path, added, removed, old is None))
    head = ["From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001",
            f"From: {name} <{mail}>", f"Date: {date or _date()}",
            f"Subject: [{tag}] {subject}", ""]
    text = "\n".join(head + body + [""] + trailers + ["---"] + _diffstat(stats) + [""]) + "\n"
    return text + "".join(diffs) + "-- \nhvgen\n\n"


def cover_letter(subject: str, body: List[str], shortlog: List[str],
                 files: List[Tuple[str, Optional[str], str]], name: str, mail: str,
                 count: int) -> str:
    """A series' patch 0: what the series does, its patches, and the whole diffstat."""
    stats = []
    for path, old, new in files:
        _, added, removed = git_diff(path, old, new)
        if added or removed:
            stats.append((path, added, removed, old is None))
    head = ["From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001",
            f"From: {name} <{mail}>", f"Date: {_date()}",
            f"Subject: [PATCH 0/{count}] {subject}", ""]
    return "\n".join(head + body + [""] + shortlog + [""] + _diffstat(stats) + [""]) + \
        "\n-- \nhvgen\n\n"
