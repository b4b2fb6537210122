"""The targets C is read for: Linux kernel headers per arch, and the TLFS's Windows-style blocks.

A target is what changes the compiler's answer: the triple, the macros the headers test, the
dialect flags, and the shim that stands in for the platform's own headers (first on the include
path, with the files the platform's build force-includes). Every reader in hvgen takes one. The
triples and macros per arch are the targets table's (hvgenlib/targets.py); the dialects and
shims are the facts layer's.
"""

import os
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ..targets import ARCH_TABLE

HERE = os.path.dirname(os.path.abspath(__file__))
SHIM = os.path.join(HERE, "kernel_shim")
WINDOWS_SHIM = os.path.join(HERE, "windows_shim")


@dataclass(frozen=True)
class Target:
    arch: str
    triple: str
    defines: Tuple[str, ...]
    dialect: Tuple[str, ...]
    shim: str  # folder of stand-in platform headers, first on the include path
    force: Tuple[str, ...]  # shim files force-included (when the shim has them)

    @property
    def flags(self) -> List[str]:
        """Target flags, as the facts' `compile_flags` record them."""
        return [f"--target={self.triple}"] + [f"-D{d}" for d in self.defines]

    def args(self, includes=(), defines=(), shim: Optional[str] = None) -> List[str]:
        """Compiler arguments, with SHIM (a test's own) in place of the target's shim."""
        shim = shim or self.shim
        args = ["-x", "c", *self.dialect, *self.flags, *(f"-D{d}" for d in defines),
                "-I" + shim]
        for name in self.force:
            if os.path.isfile(os.path.join(shim, name)):
                args += ["-include", os.path.join(shim, name)]
        return args + ["-I" + d for d in includes]


_KERNEL_C = ("-std=gnu11", "-ffreestanding", "-nostdinc")
# The TLFS describes the hypervisor's (MSVC) layout: Windows' own triples and arch macros.
_TLFS_C = ("-std=c11", "-fms-extensions", "-fms-compatibility", "-Wno-everything")

_KCONFIG = ("linux/kconfig.h",)  # as the kernel's build force-includes its own
_WINDOWS = ("windows_types.h",)

LINUX = {name: Target(name, a.triple, a.defines, _KERNEL_C, SHIM, _KCONFIG)
         for name, a in ARCH_TABLE.items()}
TLFS = {name: Target(name, a.windows_triple, (a.windows_define,), _TLFS_C, WINDOWS_SHIM, _WINDOWS)
        for name, a in ARCH_TABLE.items()}
