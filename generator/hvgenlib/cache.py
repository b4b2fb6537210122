"""A small on-disk cache of facts that depend only on file contents (never on time or place).

Used for two costs that dominate a no-change regeneration: validating unchanged spec files
against the JSON Schema (jsonschema is slow to import and to run) and compiling the Jinja
templates. Entries are named by a hash of everything they depend on, so a stale entry can
never be found; set HVGEN_NO_CACHE=1 to bypass it, HVGEN_CACHE_DIR to move it.
"""

import hashlib
import os
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
