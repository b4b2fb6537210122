"""The targets C is read for: Linux kernel headers per arch, and the TLFS's Windows-style blocks.

A target is what changes the compiler's answer: the triple, the macros the headers test, the
dialect flags, and the include path of the kernel shim. Every reader in hvgen takes one.
"""

import os
from dataclasses import dataclass
from typing import List, Tuple

SHIM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kernel_shim")


@dataclass(frozen=True)
class Target:
    arch: str
    triple: str
    defines: Tuple[str, ...]
    dialect: Tuple[str, ...]
    shim: bool  # a kernel shim first on the include path

    @property
    def flags(self) -> List[str]:
        """Target flags, as the facts' `compile_flags` record them."""
        return [f"--target={self.triple}"] + [f"-D{d}" for d in self.defines]

    def args(self, includes=(), defines=(), shim: str = SHIM) -> List[str]:
        """Compiler arguments; a shim's linux/kconfig.h is force-included, as the kernel's
        build force-includes its own."""
        args = ["-x", "c", *self.dialect, *self.flags, *(f"-D{d}" for d in defines)]
        if self.shim:
            args.append("-I" + shim)
            kconfig = os.path.join(shim, "linux", "kconfig.h")
            if os.path.isfile(kconfig):
                args += ["-include", kconfig]
        return args + ["-I" + d for d in includes]


_KERNEL_C = ("-std=gnu11", "-ffreestanding", "-nostdinc")
# The TLFS describes the hypervisor's (MSVC) layout: Windows' own triples and arch macros.
_TLFS_C = ("-std=c11", "-fms-extensions", "-fms-compatibility", "-Wno-everything")

LINUX = {
    "x86_64": Target("x86_64", "x86_64-linux-gnu", ("CONFIG_X86", "CONFIG_X86_64"), _KERNEL_C,
                     True),
    "arm64": Target("arm64", "aarch64-linux-gnu", ("CONFIG_ARM64",), _KERNEL_C, True),
}
TLFS = {
    "x86_64": Target("x86_64", "x86_64-pc-windows-msvc", ("_AMD64_",), _TLFS_C, False),
    "arm64": Target("arm64", "aarch64-pc-windows-msvc", ("_ARM64_",), _TLFS_C, False),
}
