"""Write outputs atomically, or compare them with what is on disk and show a unified diff.

A set of outputs is replaced as a set: every temp file is written first, then each is renamed
into place. Two guards make the set safe beyond one file's atomic rename:

* a lock (flock on the output folder itself, so no lock file lands in generated/) serialises
  concurrent `hvgen generate` runs into one folder: each computes what is stale and renames its
  whole set while holding it, so the folder never ends up a mix of two runs;
* a journal (JOURNAL, in the output folder) lists the set while the renames run and is removed
  after the last one. A run killed between two renames leaves it behind; the next run reports
  the interrupted set, treats every file it names as stale (so `hvgen check` fails on it) and
  deletes temp files the killed run orphaned.
"""

import contextlib
import difflib
import os
import re
import stat
import sys
import tempfile
from typing import Dict, Iterator, List

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Linux
    fcntl = None

JOURNAL = ".hvgen-pending"
_TEMP = re.compile(r"^\.(?P<base>.+)\.[A-Za-z0-9_]+\.tmp$")


def interrupted_set(out_dir: str) -> List[str]:
    """Outputs a killed run was renaming into out_dir (empty when the last run finished)."""
    try:
        with open(os.path.join(out_dir, JOURNAL), encoding="utf-8") as handle:
            return [line for line in handle.read().splitlines() if line]
    except (OSError, UnicodeDecodeError):
        return []


def stale_files(outputs: Dict[str, str], out_dir: str) -> List[str]:
    """Names of outputs whose file is missing or differs from the rendered text, plus every
    output an interrupted run left half-renamed."""
    pending = set(interrupted_set(out_dir))
    stale = []
    for name, text in sorted(outputs.items()):
        if name in pending:
            stale.append(name)
            continue
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


@contextlib.contextmanager
def _locked(out_dir: str) -> Iterator[None]:
    """Hold an exclusive lock on out_dir (the directory itself) for the block."""
    if fcntl is None:
        yield
        return
    fd = os.open(out_dir, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _remove_orphans(outputs: Dict[str, str], out_dir: str) -> None:
    """Delete temp files of ours that a killed run left (only called while holding the lock)."""
    by_dir: Dict[str, set] = {}
    for name in outputs:
        by_dir.setdefault(os.path.dirname(os.path.join(out_dir, name)), set()).add(
            os.path.basename(name))
    for folder, bases in by_dir.items():
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        for entry in entries:
            match = _TEMP.match(entry)
            if match and match.group("base") in bases:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, entry))


def _write_journal(out_dir: str, names: List[str]) -> str:
    path = os.path.join(out_dir, JOURNAL)
    fd, tmp = tempfile.mkstemp(prefix=f"{JOURNAL}.", suffix=".tmp", dir=out_dir)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("".join(f"{name}\n" for name in names))
    os.replace(tmp, path)
    return path


def write_outputs(outputs: Dict[str, str], out_dir: str) -> List[str]:
    """Write every changed output: all temp files first, then rename each into place.

    Unchanged files are not touched (their mtime stays, so builds that depend on them do not
    rerun). A failure before the renames leaves every old file as it was; a kill during them
    leaves the journal, which the next run reports and repairs.
    """
    os.makedirs(out_dir, exist_ok=True)
    with _locked(out_dir):
        pending = interrupted_set(out_dir)
        if pending:
            print(f"hvgen: note: a previous run into {out_dir} stopped half-way through "
                  f"renaming {', '.join(pending)}; rewriting them", file=sys.stderr)
        _remove_orphans(outputs, out_dir)
        changed = stale_files(outputs, out_dir)
        staged = []
        journal = None
        try:
            for name in changed:
                final_dir = os.path.dirname(os.path.join(out_dir, name))
                os.makedirs(final_dir, exist_ok=True)
                fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(name)}.", suffix=".tmp",
                                           dir=final_dir)
                staged.append((tmp, os.path.join(out_dir, name)))
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(outputs[name])
                os.chmod(tmp, 0o644)
            if len(staged) > 1 or pending:
                journal = _write_journal(out_dir, sorted(set(changed) | set(pending)))
            for tmp, final in staged:
                os.replace(tmp, final)
            if journal:
                os.unlink(journal)
            elif pending:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(out_dir, JOURNAL))
        finally:
            for tmp, _ in staged:
                if os.path.exists(tmp):
                    os.unlink(tmp)
    return changed


def write_file(path: str, text: str) -> bool:
    """Write one file the user named (a report, an mbox, an imported spec, an edited spec file):
    atomically, and only when its content changes. Returns whether it was written.

    The file is replaced by rename from a temp file in its own folder, so a kill or a full disk
    leaves the old file whole; it keeps its permission bits. A symlink or anything that is not a
    regular file (a device such as /dev/stdout, a FIFO, a folder) is refused with OSError: a
    rename would replace the device or the link with a plain file, and writing through a link
    edits a file the user did not name.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        what = "a symlink" if stat.S_ISLNK(info.st_mode) else \
            "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise OSError(f"{path}: {what}; hvgen writes regular files only (name a file, or - where "
                      f"the command prints to standard output)")
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            if handle.read() == text:
                return False
    except (OSError, UnicodeDecodeError):
        pass
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return True


def _umask() -> int:
    """The process's umask (a new file gets the permissions open() would have given it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Every header hvgen generates carries this line (templates/header.h.j2): a file of the output
# folder that has it, but that no output profile produces any more, is an orphan of hvgen's own
# (a removed profile, a renamed file), never a file of the user's.
GENERATED_MARK = b"/* HVGEN-GEN "


def orphaned_outputs(outputs: Dict[str, str], out_dir: str) -> List[str]:
    """Files below out_dir that hvgen generated once and that `outputs` no longer holds."""
    orphans = []
    for folder, dirs, files in os.walk(out_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, out_dir).replace(os.sep, "/")
            if rel in outputs or name.startswith(".") or not os.path.isfile(path) \
                    or os.path.islink(path):
                continue
            try:
                with open(path, "rb") as handle:
                    head = handle.read(4096)
            except OSError:
                continue
            if GENERATED_MARK in head:
                orphans.append(rel)
    return orphans
