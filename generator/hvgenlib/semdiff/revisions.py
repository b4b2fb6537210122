"""`hvgen diff`'s sides: a spec folder, a folder holding spec/, or a git revision, read into a
spec folder (a revision through `git archive`, into a scratch folder removed on exit)."""

import io
import os
import shutil
import subprocess
import tarfile
import tempfile
from typing import Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))


class BadInput(Exception):
    """OLD or NEW is neither a spec folder nor a revision of this repository."""


# -- reading a side ---------------------------------------------------------------------------
def _git(repo: str, *args: str, binary: bool = False):
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=False,
                          text=not binary)


def materialise(arg: str, repo: str, scratch: str) -> Tuple[str, str]:
    """(spec folder, label) for a spec folder, a folder holding spec/, or a git revision.

    A revision is read with `git archive REV spec` into `scratch`: the repository, its index and
    its work tree are not touched.
    """
    if os.path.isdir(arg):
        inner = os.path.join(arg, "spec")
        has_yaml = any(name.endswith((".yaml", ".yml")) for name in os.listdir(arg))
        if os.path.isdir(inner) and not has_yaml:
            return inner, arg
        return arg, arg
    probe = _git(repo, "rev-parse", "--verify", "--quiet", f"{arg}^{{commit}}")
    if probe.returncode != 0:
        raise BadInput(f"'{arg}' is neither a spec folder nor a revision of {repo}")
    commit = probe.stdout.strip()
    archive = _git(repo, "archive", "--format=tar", commit, "spec", binary=True)
    if archive.returncode != 0:
        raise BadInput(f"revision {arg} has no spec/ folder: "
                       f"{archive.stderr.decode(errors='replace').strip()}")
    target = os.path.join(scratch, commit[:12])
    os.makedirs(target, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        members = [t for t in tar.getmembers()
                   if not os.path.isabs(t.name) and ".." not in t.name.split("/")
                   and (t.isfile() or t.isdir())]
        tar.extractall(target, members=members)
    return os.path.join(target, "spec"), f"{arg} ({commit[:12]})"


class Sides:
    """Materialise OLD and NEW in a scratch folder removed on exit."""

    def __init__(self, old: str, new: str, repo: str = REPO) -> None:
        self.args = (old, new)
        self.repo = repo
        self.scratch = None

    def __enter__(self):
        self.scratch = tempfile.mkdtemp(prefix="hvgen-diff-")
        try:
            return [materialise(arg, self.repo, os.path.join(self.scratch, str(i)))
                    for i, arg in enumerate(self.args)]
        except BaseException:
            shutil.rmtree(self.scratch, ignore_errors=True)
            raise

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)
