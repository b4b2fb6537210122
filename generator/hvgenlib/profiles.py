"""Output profiles, declared in generator/profiles.yaml: which files hold which definitions."""

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

import yaml

PROFILES_PATH = os.path.join(os.path.dirname(__file__), "..", "profiles.yaml")
DEFAULT_HDK_FILE = "hvhdk.h"


@dataclass(frozen=True)
class OutputFile:
    file: str  # path below --out, `/`-separated
    view: str
    guard: str
    role: str
    includes: Tuple[str, ...] = ()
    includes_after: Tuple[str, ...] = ()
    select: Dict[str, Optional[str]] = field(default_factory=dict)

    @property
    def arch(self) -> Optional[str]:
        """The one arch this file is for (no #if guards inside), or None for all."""
        arch = self.select.get("arch")
        return arch if arch not in (None, "none") else None

    def holds(self, vdef) -> bool:
        if "hdk-file" in self.select:
            if (vdef.source.hdk_file or DEFAULT_HDK_FILE) != self.select["hdk-file"]:
                return False
        if "arch" in self.select:
            wanted = self.select["arch"]
            return vdef.arch == (None if wanted in (None, "none") else wanted)
        return True


@lru_cache(maxsize=1)
def load_profiles() -> Dict[str, Tuple[OutputFile, ...]]:
    with open(PROFILES_PATH, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    profiles = {}
    for name, files in data["profiles"].items():
        profiles[name] = tuple(
            OutputFile(file=f["file"], view=f["view"], guard=f["guard"], role=f["role"],
                       includes=tuple(f.get("includes", ())),
                       includes_after=tuple(f.get("includes-after", ())),
                       select=dict(f.get("select", {})))
            for f in files)
    return profiles


def default_header(view: str) -> OutputFile:
    """The default profile's file for a view (hyperv-tlfs.h or hvhdk.h)."""
    return next(f for f in load_profiles()["default"] if f.view == view)


def included_files(output: OutputFile, files: List[OutputFile]) -> List[OutputFile]:
    """The files of the same profile that `output` includes, directly or not (by basename)."""
    by_name = {os.path.basename(f.file): f for f in files}
    seen: List[OutputFile] = []
    pending = [output]
    while pending:
        current = pending.pop()
        for include in current.includes:
            target = by_name.get(os.path.basename(include.strip('<>"')))
            if target is not None and target not in seen and target is not output:
                seen.append(target)
                pending.append(target)
    return seen
