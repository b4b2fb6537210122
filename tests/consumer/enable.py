"""The configuration options that build the other Hyper-V consumers: sources that include the
Hyper-V headers (through other headers, resolved exactly as the compiler would: no fallback
guesses) but that the named consumer options do not build (mlx5's Hyper-V VHCA support, SEV
code through asm/svm.h, ...). Read from the kbuild Makefiles: the CONFIG_ symbols on the
lines that add the object, and on the lines that add each directory above it.
"""

import os
import re

# Never enabled: options that change how everything is compiled, not which objects are.
GLOBAL = re.compile(r"^(GCC_PLUGIN|KASAN|KCSAN|KMSAN|UBSAN|KCOV|LTO|CFI|DEBUG|COMPILE_TEST|"
                    r"MODULES|TRIM_UNUSED|GCOV|KFENCE|FTRACE|FUNCTION_|STACKPROTECTOR|RUST)")
# Another kind of Hyper-V build (VTL mode leaves other consumers out), not one more consumer.
MODES = ("HYPERV_VTL_MODE",)
SKIPPED_TOPS = ("scripts/", "tools/", "samples/", "Documentation/", "usr/")
CONFIG = re.compile(r"\$\(CONFIG_(\w+)\)")


def makefile_lines(tree, directory):
    """The lines of directory's Kbuild or Makefile, continuations joined."""
    for name in ("Kbuild", "Makefile"):
        path = os.path.join(tree, directory, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                return f.read().replace("\\\n", " ").splitlines()
    return []


def gating_symbols(tree, obj):
    """CONFIG_ symbols on the Makefile lines that add obj (in any directory above it, as
    mlx5's core/Makefile adds en/tc/act/pedit.o) or a directory on its path (a word that is
    the object's path below that Makefile, or a leading part of it ending in /)."""
    parts = obj.split("/")
    symbols = set()
    for depth in range(len(parts) - 1, -1, -1):
        below = "/".join(parts[depth:])
        for line in makefile_lines(tree, "/".join(parts[:depth])):
            words = re.split(r"[\s=+:]+", line)
            if any(w == below or (w.endswith("/") and below.startswith(w)) for w in words if w):
                symbols.update(CONFIG.findall(line))
    return {s for s in symbols if not GLOBAL.match(s) and s not in MODES}


def consumer_symbols(tree, unbuilt_candidates):
    """The options to ask for so that kbuild builds the unbuilt candidates it can."""
    symbols = set()
    for obj in sorted(unbuilt_candidates):
        if not obj.startswith(SKIPPED_TOPS):
            symbols |= gating_symbols(tree, obj)
    return sorted(symbols)
