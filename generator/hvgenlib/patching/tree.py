"""The kernel tree a patch is for: which of its files the kernel profile writes (the tree's layout
decides: Linux 7.x's include/hyperv/ headers, or 6.12's hyperv-tlfs.h family), reading them,
and the user's git identity.

The files come from the `kernel` output profile (generator/profiles.yaml) when it exists;
otherwise from the default profile, generated/hvhdk.h -> include/hyperv/hvhdk.h and
generated/hyperv-tlfs.h -> include/asm-generic/hyperv-tlfs.h (said so in a note).
"""

import os
import re
import subprocess
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ..profiles import load_profiles
from ..targets import FAMILIES, detect_family

# Without a kernel profile: each family's marker file, from the generated file of that name.
FALLBACK = OrderedDict((os.path.basename(f.marker), f.marker) for f in FAMILIES.values())
KERNEL_PREFIX = "linux/"


class PatchError(Exception):
    pass


@dataclass
class Plan:
    layout: str
    files: "OrderedDict[str, str]"  # tree path -> generated output name
    notes: List[str] = field(default_factory=list)


def plan(tree: str, outputs: Dict[str, str]) -> Plan:
    layout = detect_family(tree)
    profiles = load_profiles()
    notes: List[str] = []
    files: "OrderedDict[str, str]" = OrderedDict()
    if "kernel" in profiles:
        for output in profiles["kernel"]:
            path = output.file[len(KERNEL_PREFIX):] if output.file.startswith(KERNEL_PREFIX) \
                else output.file
            if not FAMILIES[layout].owns(path):
                continue
            arch_dir = re.match(r"arch/([^/]+)/", path)
            if arch_dir and not os.path.isdir(os.path.join(tree, "arch", arch_dir.group(1))):
                notes.append(f"skipped {path}: the tree has no arch/{arch_dir.group(1)}/")
                continue
            files[path] = output.file
    else:
        notes.append("no `kernel` output profile yet: writing generated/hvhdk.h as "
                     "include/hyperv/hvhdk.h and generated/hyperv-tlfs.h as "
                     "include/asm-generic/hyperv-tlfs.h")
        for name, path in FALLBACK.items():
            files[path] = name
    missing = [name for name in files.values() if name not in outputs]
    if missing:
        raise PatchError(f"generated output(s) missing: {', '.join(missing)}")
    return Plan(layout, files, notes)


def read_file(path: str) -> Optional[str]:
    """A tree file's text, None when absent; PatchError when it is not UTF-8 text (a patch
    could neither show its old lines nor apply to it)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PatchError(f"{path}: not UTF-8 text (byte {exc.start}); hvgen patches UTF-8 "
                         f"headers only") from None


def identity(*repos: str) -> Tuple[str, str]:
    for repo in repos:
        values = []
        for key in ("user.name", "user.email"):
            run = subprocess.run(["git", "-C", repo, "config", key], capture_output=True,
                                 text=True, check=False)
            values.append(run.stdout.strip())
        if all(values):
            return values[0], values[1]
    raise PatchError("no git identity: set `git config user.name` and `user.email`")
