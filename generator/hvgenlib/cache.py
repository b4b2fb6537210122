"""A small on-disk cache of facts that depend only on file contents (never on time or place).

Used for three costs: parsing and validating unchanged spec files (libyaml, then jsonschema,
which is slow to import and to run; load.py), compiling the Jinja templates, and, for a
regeneration whose inputs (every spec file, every generator source, template and data file) are
byte-for-byte those of an earlier run, the whole analysis and rendering (fingerprint.py makes
that key). Entries are named by a hash of everything they depend on, so a stale entry can
never be found; set HVGEN_NO_CACHE=1 to bypass it, HVGEN_CACHE_DIR to move it.
"""

import contextlib
import hashlib
import importlib.util
import json
import os
import pickle
import tempfile
from typing import Optional


def cache_dir() -> Optional[str]:
    if os.environ.get("HVGEN_NO_CACHE"):
        return None
    base = os.environ.get("HVGEN_CACHE_DIR")
    if not base:
        root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(root, "hvgen")
    try:
        os.makedirs(base, exist_ok=True)
    except OSError:
        return None
    return base


def library_stamp(module: str) -> bytes:
    """Names an installed library's version without importing it (an import can cost 0.1 s):
    where its package lives, and that file's size and time."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin:
        return b"missing"
    info = os.stat(spec.origin)
    return f"{spec.origin}:{info.st_size}:{info.st_mtime_ns}".encode()


def digest(*parts: bytes) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(len(part).to_bytes(8, "little"))
        hasher.update(part)
    return hasher.hexdigest()


KEEP_ENTRIES = 2048  # per kind, at least: ~12 KB each, ~25 MB (prune() may keep more)


class _Unpickler(pickle.Unpickler):
    """Unpickles plain data and the named classes only: a cache entry can never run code."""

    def __init__(self, handle, classes) -> None:
        super().__init__(handle)
        self.classes = {(c.__module__, c.__qualname__): c for c in classes}

    def find_class(self, module, name):
        try:
            return self.classes[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the cache") from None


def load_entry(kind: str, key: str, classes=()):
    """The object stored under (kind, key) by an earlier run, or None."""
    base = cache_dir()
    if base is None:
        return None
    path = os.path.join(base, f"{kind}-{key}.pickle")
    try:
        with open(path, "rb") as handle:
            value = _Unpickler(handle, classes).load()
        os.utime(path)  # recently used: prune() keeps the newest entries
        return value
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None  # absent, or torn by a crash: recompute it


def store_entry(kind: str, key: str, value) -> None:
    """Store value under (kind, key), atomically. Call prune() once after a batch of these."""
    base = cache_dir()
    if base is not None:
        _write_atomically(os.path.join(base, f"{kind}-{key}.pickle"),
                          lambda handle: pickle.dump(value, handle, pickle.HIGHEST_PROTOCOL))


def _write_atomically(path: str, dump) -> bool:
    """dump(binary handle) into a temp file beside path, then rename it over path; whether it
    worked. Failures are swallowed: a cache that cannot be written only costs time."""
    folder, name = os.path.split(path)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            dump(handle)
        os.replace(tmp, path)
        tmp = None
        return True
    except (OSError, pickle.PicklingError):
        return False
    finally:
        if tmp is not None:  # the entry was not completed: leave no temp file behind
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def prune(kind: str, in_use: int = 0) -> None:
    """Drop the kind's least recently used entries beyond KEEP_ENTRIES, or beyond twice the
    `in_use` entries one run needs, if more (so a big spec never evicts its own files)."""
    base = cache_dir()
    if base is not None:
        with contextlib.suppress(OSError):
            _prune(base, f"{kind}-", max(KEEP_ENTRIES, 2 * in_use))


def _prune(base: str, prefix: str, keep: int) -> None:
    names = [n for n in os.listdir(base) if n.startswith(prefix)]
    if len(names) <= keep:
        return
    paths = sorted((os.path.join(base, n) for n in names), key=os.path.getmtime)
    for stale in paths[:-keep]:
        try:
            os.unlink(stale)
        except OSError:
            pass  # another run pruned it first


KEEP_OUTPUT_ENTRIES = 8


def load_outputs(key: str) -> Optional[dict]:
    """Rendered outputs stored under key by an earlier run, or None."""
    base = cache_dir()
    if base is None:
        return None
    try:
        with open(os.path.join(base, f"outputs-{key}.json"), encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def store_outputs(key: str, outputs: dict) -> None:
    """Remember outputs (written atomically), keeping only the newest few entries."""
    base = cache_dir()
    if base is None:
        return
    text = json.dumps(outputs).encode("utf-8")
    if _write_atomically(os.path.join(base, f"outputs-{key}.json"), lambda h: h.write(text)):
        with contextlib.suppress(OSError):
            _prune(base, "outputs-", KEEP_OUTPUT_ENTRIES)
