"""The kernel trees the consumer suite builds, and how each is configured.

Facts about Debian's packages and the kernels' layouts only; no kernel text.
"""

from dataclasses import dataclass
from typing import Tuple


@dataclass(frozen=True)
class Tree:
    name: str          # what the suite calls it: 7.2, 6.12
    package: str       # Debian source package of the tree
    version: str       # its exact Debian version (pinned)
    family: Tuple[str, ...]  # generated/ paths of the kernel-profile files this tree carries


TREES = {
    "7.2": Tree("7.2", "linux-source-7.2", "7.2.13-1", (
        "linux/include/hyperv/hvgdk.h",
        "linux/include/hyperv/hvgdk_ext.h",
        "linux/include/hyperv/hvgdk_mini.h",
        "linux/include/hyperv/hvhdk.h",
        "linux/include/hyperv/hvhdk_mini.h",
    )),
    "6.12": Tree("6.12", "linux-source-6.12", "6.12.117-1~deb12u1", (
        "linux/include/asm-generic/hyperv-tlfs.h",
        "linux/arch/x86/include/asm/hyperv-tlfs.h",
        "linux/arch/arm64/include/asm/hyperv-tlfs.h",
    )),
}


@dataclass(frozen=True)
class Arch:
    name: str        # x86_64, arm64
    srcarch: str     # the tree's arch/ directory
    make_args: Tuple[str, ...]
    defconfig: str
    compiler: str    # the gcc kbuild runs, for the cache key


ARCHES = {
    "x86_64": Arch("x86_64", "x86", ("ARCH=x86",), "x86_64_defconfig", "gcc"),
    "arm64": Arch("arm64", "arm64", ("ARCH=arm64", "CROSS_COMPILE=aarch64-linux-gnu-"),
                  "defconfig", "aarch64-linux-gnu-gcc"),
}

# Every Hyper-V consumer, and what they need that a defconfig may lack (UIO for
# UIO_HV_GENERIC, VSOCKETS for HYPERV_VSOCKETS, CONNECTOR for HYPERV_UTILS: arm64's
# defconfig has none of them). Options a tree or arch does not have are
# reported and skipped; every option it has must end up enabled. Built in (=y): the objects
# are the same ones either way, and one kind of command line is simpler to compare.
CONSUMER_OPTIONS = (
    "HYPERV", "HYPERV_VMBUS", "MSHV_ROOT", "HYPERV_NET", "HYPERV_STORAGE", "PCI_HYPERV",
    "HYPERV_KEYBOARD", "HID_HYPERV_MOUSE", "DRM_HYPERV", "HYPERV_IOMMU", "HYPERV_VSOCKETS",
    "HYPERV_BALLOON", "HYPERV_UTILS", "UIO_HV_GENERIC", "KVM", "KVM_INTEL", "KVM_AMD",
    "KVM_HYPERV", "UIO", "VSOCKETS", "CONNECTOR",
)

# Consumers of one arch only (their Kconfig `depends on` says so): not asked for elsewhere.
X86_ONLY = ("HYPERV_IOMMU", "KVM_INTEL", "KVM_AMD", "KVM_HYPERV")


def wanted_options(arch):
    return [o for o in CONSUMER_OPTIONS if arch.name == "x86_64" or o not in X86_ONLY]

# Debug info off: smaller, faster objects, and nothing in them that names a build directory.
DEBUG_OFF = ("CONFIG_DEBUG_INFO_NONE=y", "# CONFIG_DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT is not set",
             "# CONFIG_DEBUG_INFO_DWARF4 is not set", "# CONFIG_DEBUG_INFO_DWARF5 is not set")


def config_fragment(arch):
    """The lines appended to the defconfig (kconfig keeps the last assignment)."""
    return [f"CONFIG_{o}=y" for o in wanted_options(arch)] + list(DEBUG_OFF)
