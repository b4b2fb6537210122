"""What a translation unit would open, checked before libclang opens it.

libclang follows every `#include` wherever it points: a header that includes /dev/zero made
`hvgen import` grow to 24 GB, one that includes a FIFO hung it. So the include graph is walked
first, resolved as the compiler resolves it (a quoted name next to its includer, then the -I
folders in order), and a file is refused when it is not a regular file, lies outside the folders
named on the command line (the top headers' own folders, the -I folders, the shim), or is larger
than any header. A computed `#include MACRO` cannot be followed here and is left to the compiler.
"""

import os
import re
import stat
from typing import Iterable, List, Tuple

_INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
MAX_HEADER = 16 * 1024 * 1024


class UnsafeInclude(Exception):
    """An include hvgen will not let the compiler open."""


def _under(path: str, folders: Iterable[str]) -> bool:
    return any(path == f or path.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def _resolve(name: str, quoted: bool, includer_dir: str, folders: List[str]):
    if os.path.isabs(name):
        return name if os.path.lexists(name) else None
    candidates = ([includer_dir] if quoted and includer_dir else []) + folders
    return next((os.path.join(d, name) for d in candidates
                 if os.path.lexists(os.path.join(d, name))), None)


def _checked(path: str, includer: str, roots: List[str]) -> str:
    """PATH's real path when it is a regular file of a reasonable size under ROOTS."""
    real = os.path.realpath(path)
    try:
        info = os.stat(real)
    except OSError as exc:
        raise UnsafeInclude(f"{includer} includes {path}: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeInclude(f"{includer} includes {path}, which is not a regular file "
                            f"(a device, FIFO or folder); hvgen does not open it")
    if not _under(real, roots):
        raise UnsafeInclude(f"{includer} includes {path}, outside the folders given "
                            f"({', '.join(roots)}); name its folder with --include")
    if info.st_size > MAX_HEADER:
        raise UnsafeInclude(f"{includer} includes {path}, of {info.st_size} bytes: no header "
                            f"is that large")
    return real


def check(files: List[Tuple[str, str]], args: List[str]) -> None:
    """Walk the includes of the in-memory FILES ([(path, text)]) under the -I folders of ARGS."""
    folders = [a[2:] for a in args if a.startswith("-I") and len(a) > 2]
    tops = [name for _, text in files for _, name in _INCLUDE.findall(text)
            if os.path.isabs(name)]
    roots = [os.path.realpath(d) for d in folders] + \
        [os.path.realpath(os.path.dirname(t)) for t in tops]
    queue = [(path, text, "") for path, text in files]
    seen = set()
    while queue:
        includer, text, includer_dir = queue.pop()
        for kind, name in _INCLUDE.findall(text):
            path = _resolve(name, kind == '"', includer_dir, folders)
            if path is None:
                continue  # not found: the compiler reports it
            real = _checked(path, includer, roots)
            if real in seen:
                continue
            seen.add(real)
            with open(real, encoding="utf-8", errors="replace") as handle:
                queue.append((real, handle.read(), os.path.dirname(path)))
