"""A small on-disk cache of facts that depend only on file contents (never on time or place).

Used for three costs: validating unchanged spec files against the JSON Schema (jsonschema
is slow to import and to run), compiling the Jinja templates, and, for a regeneration whose
inputs (every spec file, every generator source, template and data file) are byte-for-byte
those of an earlier run, the whole analysis and rendering (fingerprint.py makes that key). Entries are named by a hash of everything they depend on, so a stale entry can
never be found; set HVGEN_NO_CACHE=1 to bypass it, HVGEN_CACHE_DIR to move it.
"""

import hashlib
import json
import os
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


def digest(*parts: bytes) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(len(part).to_bytes(8, "little"))
        hasher.update(part)
    return hasher.hexdigest()


def has_mark(kind: str, key: str) -> bool:
    base = cache_dir()
    return base is not None and os.path.exists(os.path.join(base, f"{kind}-{key}"))


def set_mark(kind: str, key: str) -> None:
    base = cache_dir()
    if base is None:
        return
    try:
        with open(os.path.join(base, f"{kind}-{key}"), "ab"):
            pass
    except OSError:
        pass  # a cache that cannot be written only costs time


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
    try:
        fd, tmp = tempfile.mkstemp(prefix=".outputs-", dir=base)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(outputs, handle)
        os.replace(tmp, os.path.join(base, f"outputs-{key}.json"))
        entries = sorted((os.path.join(base, name) for name in os.listdir(base)
                          if name.startswith("outputs-")), key=os.path.getmtime)
        for stale in entries[:-KEEP_OUTPUT_ENTRIES]:
            os.unlink(stale)
    except OSError:
        pass  # a cache that cannot be written only costs time
