"""Where the suite keeps kernel trees and reference builds: outside the repository (CI clones
afresh), under $HVGEN_KERNEL_CACHE or /var/cache/hvgen-kernels, keyed by the package version and
by everything that decides the reference objects (arch, configuration, compiler, this suite's
build recipe)."""

import contextlib
import fcntl
import hashlib
import json
import os
import subprocess
import tempfile

DEFAULT = "/var/cache/hvgen-kernels"
# Raise when the way reference builds are made changes in a way the recipe files (hashed into
# the key too) do not show, so old ones are not reused.
RECIPE = "consumer-1"


def root():
    return os.environ.get("HVGEN_KERNEL_CACHE") or DEFAULT


@contextlib.contextmanager
def locked(path):
    """One process at a time per cache entry (the suite's tests may run side by side)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def compiler_version(compiler):
    run = subprocess.run([compiler, "--version"], stdout=subprocess.PIPE, text=True, check=True)
    return run.stdout.splitlines()[0]


def key(tree, arch, fragment, recipe_text):
    text = json.dumps([RECIPE, tree.package, tree.version, arch.name, arch.make_args,
                       arch.defconfig, fragment, compiler_version(arch.compiler), recipe_text])
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def write_json(path, value):
    """Atomically: a reader sees the old file or the whole new one."""
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(value, f, indent=1, sort_keys=True)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return None
