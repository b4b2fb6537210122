"""The output cache: a `generate` or `check` whose inputs are byte for byte an earlier run's gets
that run's rendered outputs instead of running the pipeline. It is the only thing hvgen keeps
between runs; bench/README.md has what it saves and what it costs, and why the other caches
(parsed spec files, Jinja bytecode) were dropped.

Why an entry can neither run code nor change output, even in a folder others can write (a CI
cache restored from another job, a world-writable XDG_CACHE_HOME):
- an entry is JSON text read with json.loads: no pickle, no marshal, nothing is executed;
- its name is a digest of every input (fingerprint.py: each spec file's path and bytes, every
  generator file, the interpreter and its module path), and inside it lists every other file
  the run that wrote it executed (the Python modules, PyYAML, Jinja2 and the standard library,
  and on Linux the shared libraries, libyaml among them) with a digest of its bytes: a hit
  needs each of them unchanged;
- it is sealed with an HMAC-SHA256 under a per-user secret kept outside the cache folder
  (secret_path(): made 0600 in a 0700 folder, refused if another user owns it or others may
  read it), over the entry's own name too: an entry someone else wrote, edited or renamed from
  another key fails the seal and is ignored.
Anything that stops the cache from being read, written or trusted (a read-only or full folder,
a bad secret) means running uncached, never an error. HVGEN_NO_CACHE=1 bypasses the cache,
HVGEN_CACHE_DIR moves it.
"""

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import stat
import sys
import tempfile
from typing import Dict, List, Optional

FORMAT = "hvgen-outputs-2"
KEEP_OUTPUT_ENTRIES = 8
SECRET_BYTES = 32
MAX_ENTRY_BYTES = 512 * 1024 * 1024  # the 100x bench spec's entry is ~60 MB
GENERATOR_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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


def secret_path() -> str:
    """Outside the cache folder, so that sharing the cache shares no secret."""
    root = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local",
                                                             "state")
    return os.path.join(root, "hvgen", "cache-secret")


def _private(info: os.stat_result, kind) -> bool:
    return kind(info.st_mode) and info.st_uid == os.geteuid() and not info.st_mode & 0o077


def _secret() -> Optional[bytes]:
    """This user's sealing secret, made on first use; None when it cannot be trusted."""
    path = secret_path()
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        if not _private(os.lstat(os.path.dirname(path)), stat.S_ISDIR):
            return None
        if not os.path.lexists(path):
            _make_secret(path)
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as handle:
            if not _private(os.fstat(handle.fileno()), stat.S_ISREG):
                return None
            secret = handle.read(SECRET_BYTES + 1)
    except OSError:
        return None
    return secret if len(secret) == SECRET_BYTES else None


def _make_secret(path: str) -> None:
    """Written whole beside path, then linked into place: never a torn or overwritten secret
    (two first runs at once: one link wins, both read the winner)."""
    fd, tmp = tempfile.mkstemp(prefix=".cache-secret-", dir=os.path.dirname(path))  # 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(SECRET_BYTES))
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
    finally:
        os.unlink(tmp)


def _seal(secret: bytes, key: str, body: bytes) -> str:
    return hmac.new(secret, key.encode() + b"\n" + body, hashlib.sha256).hexdigest()


def _read_regular(path: str, limit: int, follow: bool = True) -> Optional[bytes]:
    """A regular file's bytes, or None: what someone planted at path may be a FIFO (a plain
    open() would wait for a writer forever), a device, a link or a huge file."""
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow else os.O_NOFOLLOW)
    try:
        with os.fdopen(os.open(path, flags), "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
                return None
            # At most one byte past what fstat says: read(limit + 1) would allocate the whole
            # limit (512 MB) for every file, which under glibc's MALLOC_PERTURB_ (meson sets it
            # for tests) is also written over, and made a test take minutes.
            data = handle.read(min(info.st_size, limit) + 1)
    except OSError:
        return None
    return data if len(data) <= limit else None


# A process that has libclang mapped executes ~200 MB of shared objects; hashing them again for
# every store and load made a test process with many in-process runs take minutes. A file's
# digest is kept for as long as its device, inode, size and change time stay the same.
_DIGESTS: Dict[tuple, Optional[str]] = {}


def _file_digest(path: str) -> Optional[str]:
    try:
        info = os.stat(path)
    except OSError:
        return None
    stamp = (path, info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
    if stamp not in _DIGESTS:
        data = _read_regular(path, MAX_ENTRY_BYTES)
        _DIGESTS[stamp] = hashlib.sha256(data).hexdigest() if data is not None else None
    return _DIGESTS[stamp]


def executed_files() -> List[str]:
    """Every file this process ran code from, but the generator's own (the key names those):
    each loaded module's file and, where /proc says, each mapped shared object. The interpreter
    executable is left out (sys.version, in the key, names its build); hashing it would double
    the cost of a hit."""
    found = set()
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None)
        if isinstance(path, str):
            found.add(os.path.abspath(path))
    with contextlib.suppress(OSError):
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                fields = line.split(None, 5)
                if len(fields) == 6 and fields[5].startswith("/"):
                    found.add(fields[5].rstrip("\n"))
    executable = os.path.realpath(sys.executable)
    return sorted(path for path in found
                  if not path.startswith(GENERATOR_DIR + os.sep) and os.path.isfile(path)
                  and os.path.realpath(path) != executable)


def load_outputs(key: str) -> Optional[dict]:
    """Rendered outputs an earlier run of this user stored under key, if every file that run
    executed is unchanged; else None."""
    base, secret = cache_dir(), None
    if base is not None:
        secret = _secret()
    if secret is None:
        return None
    text = _read_regular(os.path.join(base, f"outputs-{key}.json"), MAX_ENTRY_BYTES, follow=False)
    if text is None:
        return None  # absent, or not a plain file of its own
    seal, _, body = text.partition(b"\n")
    try:
        if not hmac.compare_digest(seal.decode("ascii"), _seal(secret, key, body)):
            return None
        entry = json.loads(body)
    except ValueError:  # torn, or not ours
        return None
    if entry.get("format") != FORMAT or entry.get("key") != key:
        return None
    for path, expected in entry["executed"].items():
        if _file_digest(path) != expected:
            return None  # a library changed since: the pipeline may now say otherwise
    with contextlib.suppress(OSError):  # recently used: pruning keeps the newest entries
        os.utime(os.path.join(base, f"outputs-{key}.json"))
    return entry["outputs"]


def store_outputs(key: str, outputs: Dict[str, str]) -> None:
    """Remember outputs under key, sealed and written atomically; keep the newest few."""
    base = cache_dir()
    secret = _secret() if base is not None else None
    if secret is None:
        return
    executed = {path: _file_digest(path) for path in executed_files()}
    body = json.dumps({"format": FORMAT, "key": key, "outputs": outputs,
                       "executed": {p: d for p, d in executed.items() if d is not None}},
                      sort_keys=True).encode("utf-8")
    text = _seal(secret, key, body).encode("ascii") + b"\n" + body
    if _write_atomically(os.path.join(base, f"outputs-{key}.json"), text):
        with contextlib.suppress(OSError):
            _prune(base, "outputs-", KEEP_OUTPUT_ENTRIES)


def _write_atomically(path: str, data: bytes) -> bool:
    """data into a temp file beside path, then renamed over path; whether it worked. Failures
    (a read-only or full folder) are swallowed: a cache that cannot be written only costs time."""
    folder, name = os.path.split(path)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        tmp = None
        return True
    except OSError:
        return False
    finally:
        if tmp is not None:  # the entry was not completed: leave no temp file behind
            with contextlib.suppress(OSError):
                os.unlink(tmp)


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
