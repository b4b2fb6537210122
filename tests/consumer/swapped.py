"""The header-swapped copy of a tree: hard links to the pristine tree (nothing copied, nothing
of it can be written through: every replaced file is a new file renamed into place), plus a
copy of the reference build directory, so kbuild rebuilds exactly what depends on the replaced
headers. Redone on every run."""

import hashlib
import os
import shutil
import subprocess
import tempfile


def replace_file(path, data):
    """Write a new file and rename it over path: the hard link to the pristine tree is broken,
    never written through."""
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".hvgen-")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def make_copy(src, refdir, dest):
    """dest/linux: the tree hard-linked, the reference build directory copied (timestamps
    kept). Returns the copy's source tree."""
    if os.path.exists(dest):
        shutil.rmtree(dest)
    copy = os.path.join(dest, "linux")
    os.makedirs(copy)
    entries = [e for e in os.listdir(src) if not e.startswith("out-")]
    subprocess.run(["cp", "-al", *[os.path.join(src, e) for e in entries], copy], check=True)
    subprocess.run(["cp", "-a", refdir, copy], check=True)
    return copy


def swap_headers(copy, replacements):
    """replacements: tree-relative path -> bytes."""
    for path, data in replacements.items():
        replace_file(os.path.join(copy, path), data)


def remove_outputs(outdir, targets):
    """Delete the targets and their .cmd files, so that a target that fails to rebuild is
    missing rather than the reference's copy left behind."""
    for target in targets:
        path = os.path.join(outdir, target)
        for p in (path, os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".cmd")):
            if os.path.exists(p):
                os.unlink(p)
