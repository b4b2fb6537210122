"""The one table of targets and kernel header families.

An arch is what the spec's `arch:` names: the Linux triple its kernel is built for, the
`CONFIG_` macro the generated headers' `#if` guards test and the ones a kernel build of it
defines, its folder under a kernel tree's arch/, its C scalar sizes (both LP64), and the
Windows triple and macro the TLFS's (MSVC) blocks are read with. A family is one way a Linux
tree lays out its Hyper-V headers: 7.x's include/hyperv/ HDK headers or 6.12's hyperv-tlfs.h
files; the file that identifies it in a tree, the top headers per arch every family file is
reached from, the view it is spelled in, its label, and which tree paths belong to it.

Everything else (the layout engine, render's guards, the facts layer's compiler targets, the
report, patch, the C layout test) reads these rows; a new arch or family is a row here.
"""

import enum
import os
from collections import OrderedDict
from dataclasses import dataclass
from typing import Dict, Tuple

from . import expr


class ArchName(enum.StrEnum):
    """An architecture as the spec's `arch:` and every --arch option spell it."""

    X86_64 = "x86_64"
    ARM64 = "arm64"


@dataclass(frozen=True)
class Arch:
    """One arch hvgen generates for, as compilers and kernels name it."""

    name: ArchName
    triple: str  # the Linux target triple (clang --target)
    config: str  # the CONFIG_ macro the generated headers' #if guards test
    defines: Tuple[str, ...]  # the CONFIG_ macros a kernel build for the arch defines
    kernel_dir: str  # arch/<kernel_dir>/ in a kernel tree
    machine: str  # `uname -m` on a host of the arch (where its code runs natively)
    scalars: Dict[str, tuple]  # C scalar type -> (size, signed)
    windows_triple: str  # the TLFS's blocks: Windows' own triple...
    windows_define: str  # ... and arch macro

    def include_dirs(self, root: str):
        """A kernel tree's include folders for the arch, generic first."""
        return [os.path.join(root, "include"),
                os.path.join(root, "arch", self.kernel_dir, "include")]

    def cross_flags(self):
        """What a compiler on another host needs to compile for the arch (compile only)."""
        return [f"--target={self.triple}", "-ffreestanding"]


ARCH_TABLE: "OrderedDict[str, Arch]" = OrderedDict((a.name, a) for a in (
    Arch(ArchName.X86_64, "x86_64-linux-gnu", "CONFIG_X86", ("CONFIG_X86", "CONFIG_X86_64"), "x86",
         "x86_64", expr.SCALARS, "x86_64-pc-windows-msvc", "_AMD64_"),
    Arch(ArchName.ARM64, "aarch64-linux-gnu", "CONFIG_ARM64", ("CONFIG_ARM64",), "arm64",
         "aarch64", expr.SCALARS, "aarch64-pc-windows-msvc", "_ARM64_"),
))
ARCHES = tuple(ARCH_TABLE)


@dataclass(frozen=True)
class Family:
    """One Linux header family: its files, where they live, how a tree is told."""

    name: str  # "7.x" | "6.12"
    marker: str  # the tree file whose presence identifies the family
    tops: Dict[str, Tuple[str, ...]]  # arch -> top headers every family file is reached from
    view: str  # the spec view the family's headers are spelled in
    label: str
    tree_dir: str = ""  # tree paths under this folder belong to the family...
    tree_file: str = ""  # ... or tree paths with this file name

    def owns(self, path: str) -> bool:
        """Whether a tree path (e.g. a kernel profile file) is one of the family's files."""
        if self.tree_dir:
            return path.startswith(self.tree_dir)
        return self.tree_file in path


# Detection tries the families in this order (a 7.x tree may still carry hyperv-tlfs.h).
FAMILIES: "OrderedDict[str, Family]" = OrderedDict((f.name, f) for f in (
    Family("7.x", "include/hyperv/hvhdk.h",
           {arch: ("include/hyperv/hvhdk.h",) for arch in ARCHES}, "hdk",
           "7.x include/hyperv/ HDK headers", tree_dir="include/hyperv/"),
    Family("6.12", "include/asm-generic/hyperv-tlfs.h",
           {arch: (f"arch/{a.kernel_dir}/include/asm/hyperv-tlfs.h",)
            for arch, a in ARCH_TABLE.items()}, "tlfs",
           "6.12 hyperv-tlfs.h files (include/asm-generic/ + arch/x86/include/asm/)",
           tree_file="hyperv-tlfs.h"),
))


def detect_family(tree: str) -> str:
    """The family of a Linux tree's Hyper-V headers, by its marker file; ValueError if none."""
    for family in FAMILIES.values():
        if os.path.isfile(os.path.join(tree, family.marker)):
            return family.name
    markers = [f"{family.marker} ({family.name})" for family in FAMILIES.values()]
    raise ValueError(f"{tree}: neither {' nor '.join(markers)} found")
