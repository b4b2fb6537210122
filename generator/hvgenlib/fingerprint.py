"""The key of one regeneration: a digest of every input that can change its outputs.

Inputs: each spec file's path (relative to the spec folder's parent) and bytes, every file of
the generator (Python sources, templates, schema, profiles, the launcher), the profiles asked
for, and the interpreter: its version and build (sys.version), its executable and its module
search path (which PyYAML and Jinja2 an import finds). The libraries' own bytes are checked
per entry (cache.py: an entry lists every file its run executed). Reading and hashing these
costs a few milliseconds, against the whole pipeline's tenths of a second.
"""

import os
import stat
import sys
from typing import Optional

from . import cache
from .load import list_spec_files

GENERATOR_DIR = cache.GENERATOR_DIR


def _generator_files():
    for root, dirs, files in os.walk(GENERATOR_DIR):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            yield os.path.join(root, name)


def generation_key(spec_dir: str, profiles) -> Optional[str]:
    """The key, or None when there is no cache to look in (HVGEN_NO_CACHE, no usable folder:
    reading every file would be wasted) or a spec path is not a regular file (a FIFO or a
    device would block here; the loader reports it properly, so such a run is not cached)."""
    if cache.cache_dir() is None:
        return None
    parts = [cache.FORMAT.encode(), sys.version.encode(), sys.executable.encode(),
             repr(sys.path).encode(), repr(sorted(profiles) if profiles else None).encode()]
    root = os.path.dirname(os.path.abspath(spec_dir))
    for path in list_spec_files(spec_dir):
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                return None
        except OSError:
            return None
        parts.append(os.fsencode(os.path.relpath(os.path.abspath(path), root)))
        with open(path, "rb") as handle:
            parts.append(handle.read())
    for path in _generator_files():
        parts.append(os.fsencode(os.path.relpath(path, GENERATOR_DIR)))
        try:
            with open(path, "rb") as handle:
                parts.append(handle.read())
        except OSError:  # unreadable (or vanished) mid-walk: run uncached
            return None
    return cache.digest(*parts)


def _spec_dirs(spec_dir: str):
    for root, dirs, _ in os.walk(spec_dir):
        dirs.sort()
        yield root


def write_depfile(path: str, spec_dir: str, outputs) -> None:
    """Make-style dependencies of the outputs: spec files, spec folders (their mtime changes
    when a file is added or removed) and generator files, for Ninja's depfile support."""
    inputs = list(list_spec_files(spec_dir)) + list(_spec_dirs(spec_dir)) + \
        list(_generator_files())

    def escape(name: str) -> str:
        return os.path.abspath(name).replace(" ", "\\ ")

    with open(path, "w", encoding="utf-8") as handle:
        handle.write(" ".join(escape(o) for o in outputs) + ": \\\n")
        handle.write(" \\\n".join(f"  {escape(i)}" for i in inputs) + "\n")
