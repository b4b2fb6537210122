"""Output profiles, declared in generator/profiles.yaml: which files hold which definitions."""

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

import yaml

from . import model as m
from . import presence

PROFILES_PATH = os.path.join(os.path.dirname(__file__), "..", "profiles.yaml")
DEFAULT_HDK_FILE = "hvhdk.h"
# How a file spells a trailing overlap: with 7.x's __TRAILING_OVERLAP() macro, or as kernels
# before it (6.12) write one: the record member, then the overlapping members after it.
TRAILING_OVERLAP_SPELLINGS = ("macro", "plain")


@dataclass(frozen=True)
class OutputFile:
    """One file of an output profile: what it holds and how it is written."""

    file: str  # path below --out, `/`-separated
    view: str
    guard: str
    role: str
    includes: Tuple[str, ...] = ()
    includes_after: Tuple[str, ...] = ()
    select: Dict[str, Optional[str]] = field(default_factory=dict)
    trailing_overlap: str = "macro"
    leave_out: Tuple[str, ...] = ()  # definitions the rest of the file's kernel tree defines

    # The Linux family whose files this is (`select: {linux: 6.12}`), or None: then it holds
    # its view's definitions, whatever their Linux presence. Set from `select` (holds() asks
    # it for every definition of every file).
    family: Optional[str] = field(init=False, default=None, compare=False)

    def __post_init__(self) -> None:
        wanted = self.select.get("linux")
        object.__setattr__(self, "family", None if wanted is None else presence.family(wanted))

    def source(self, views, families):
        """The projection it renders: its family's (views.project_family), else its view."""
        return views[self.view] if self.family is None else families[self.family]

    @property
    def arch(self) -> Optional[str]:
        """The one arch this file is for (no #if guards inside), or None for all."""
        arch = self.select.get("arch")
        return arch if arch not in (None, "none") else None

    def holds(self, vdef) -> bool:
        if vdef.name in self.leave_out:
            return False
        if self.family is not None and not presence.carries(vdef.source.tags, self.family):
            return False
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
        profiles[name] = tuple(_output_file(f) for f in files)
    return profiles


def _output_file(entry) -> OutputFile:
    spelling = entry.get("trailing-overlap", "macro")
    if spelling not in TRAILING_OVERLAP_SPELLINGS:
        raise ValueError(f"{PROFILES_PATH}: {entry['file']}: trailing-overlap must be one of "
                         f"{', '.join(TRAILING_OVERLAP_SPELLINGS)}, not {spelling!r}")
    linux = entry.get("select", {}).get("linux")
    if linux is not None:
        try:
            presence.family(linux)
        except ValueError as exc:
            raise ValueError(f"{PROFILES_PATH}: {entry['file']}: select: linux: {exc}") from None
    return OutputFile(file=entry["file"], view=entry["view"], guard=entry["guard"],
                      role=entry["role"], includes=tuple(entry.get("includes", ())),
                      includes_after=tuple(entry.get("includes-after", ())),
                      select=dict(entry.get("select", {})), trailing_overlap=spelling,
                      leave_out=tuple(entry.get("leave-out", ())))


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


def _visible_files(output: OutputFile, files: List[OutputFile]) -> List[OutputFile]:
    """Files whose definitions precede `output`'s when a kernel includes the family's top
    header: those it includes, and a file that pulls it in at its end (with that file's own
    includes), as 6.12's arch headers do with asm-generic."""
    seen = included_files(output, files)
    for other in files:
        after = {os.path.basename(i.strip('<>"')) for i in other.includes_after}
        if os.path.basename(output.file) in after and other not in seen:
            seen.append(other)
            seen.extend(f for f in included_files(other, files) if f not in seen)
    return [f for f in seen if f is not output]


def file_groups(arches):
    """(arch, group) for each profile, each of ARCHES and each view: the profile's files on
    the arch spelled in the view, which include one another (the walk the profile-order and
    kernel-include checks share)."""
    for files in load_profiles().values():
        for arch in arches:
            present = m.on_arch(files, arch)
            for view in dict.fromkeys(f.view for f in present):
                yield arch, [f for f in present if f.view == view]


def check_profile_order(views, family_views, arches, diag) -> None:
    """Each kernel-profile file must compile where the kernel includes it: every type or
    constant a record or enum needs is declared before it, in the file or one it can see, and
    is not one the file leaves out (the rest of the tree defines that after including it)."""
    for arch, group in file_groups(arches):
        held = {f.file: m.on_arch(f.source(views, family_views).held_by(f), arch)
                for f in group}
        # which file of the group declares each name: the same for each of its files
        owner = {name: f for f in group for d in held[f.file] for name in d.declares}
        for output in group:
            _check_file(output, group, held, owner, arch, output.source(views, family_views),
                        diag)


def _check_file(output: OutputFile, family, held, owner, arch: str, source, diag) -> None:
    """One file's definitions against what its view's other files on ARCH declare (HELD;
    OWNER: name -> the file declaring it)."""
    from .views import dependencies

    visible = {name for f in _visible_files(output, family)
               for d in held[f.file] for name in d.declares}
    elsewhere = {name for d in source.definitions if d.name in output.leave_out
                 for name in d.declares}
    for vdef in held[output.file]:
        for name in [] if isinstance(vdef.source, m.Constant) else dependencies(vdef):
            where = owner.get(name)
            if name in elsewhere:
                diag.error(vdef.source.loc, "profile-leave-out",
                           f"{vdef.kind} {vdef.name} goes to {output.file} but needs {name}, "
                           f"which that file leaves out (the rest of its kernel tree defines "
                           f"it, after including the file): leave {vdef.name} out too "
                           f"(leave-out:)")
            elif where is not None and where is not output and name not in visible:
                diag.error(vdef.source.loc, "profile-order",
                           f"{vdef.kind} {vdef.name} goes to {output.file} on {arch} but "
                           f"needs {name} from {where.file}, which that file cannot see; move "
                           f"one of them (hdk-file:, arch:)")
        visible.update(vdef.declares)
