"""Write outputs atomically, or compare them with what is on disk and show a unified diff."""

import difflib
import os
import tempfile
from typing import Dict, List


def stale_files(outputs: Dict[str, str], out_dir: str) -> List[str]:
    """Names of outputs whose file is missing or differs from the rendered text."""
    stale = []
    for name, text in sorted(outputs.items()):
        path = os.path.join(out_dir, name)
        try:
            with open(path, encoding="utf-8") as handle:
                if handle.read() == text:
                    continue
        except (OSError, UnicodeDecodeError):
            pass
        stale.append(name)
    return stale


def unified_diff(outputs: Dict[str, str], out_dir: str, names: List[str]) -> str:
    chunks = []
    for name in names:
        path = os.path.join(out_dir, name)
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                old = handle.read().splitlines(keepends=True)
        except OSError:
            old = []
        new = outputs[name].splitlines(keepends=True)
        chunks.extend(difflib.unified_diff(old, new, fromfile=f"a/{path}", tofile=f"b/{path}"))
    return "".join(chunks)


def write_outputs(outputs: Dict[str, str], out_dir: str) -> List[str]:
    """Write every changed output: all temp files first, then rename each into place.

    Unchanged files are not touched (their mtime stays, so builds that depend on them do not
    rerun). A failure before the renames leaves every old file as it was.
    """
    os.makedirs(out_dir, exist_ok=True)
    changed = stale_files(outputs, out_dir)
    staged = []
    try:
        for name in changed:
            final_dir = os.path.dirname(os.path.join(out_dir, name))
            os.makedirs(final_dir, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(name)}.", suffix=".tmp",
                                       dir=final_dir)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(outputs[name])
            staged.append((tmp, os.path.join(out_dir, name)))
        for tmp, final in staged:
            os.chmod(tmp, 0o644)
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return changed
