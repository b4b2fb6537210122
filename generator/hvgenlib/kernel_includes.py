"""Every kernel name the compiler meets in an output file is declared by a header it includes.

hvgen evaluates PAGE_SIZE, NSEC_PER_SEC, BIT() and GENMASK() with the kernel's meaning
(expr.KERNEL_CONSTANTS, expr.MACROS), but a header has them only through its includes, which
generator/profiles.yaml fixes per file: hvhdk.h includes <linux/bits.h> and not <asm/page.h>,
so an enum value `PAGE_SIZE` moved there made a header no compiler accepts, with exit 0.
What the compiler evaluates in the header itself is checked: enum values and array counts,
with the spec's macros they use expanded. A `#define` body is evaluated only where a consumer
uses it, after its own includes (the kernel's hvgdk_mini.h defines HV_CLOCK_HZ from
NSEC_PER_SEC without including <linux/time64.h>), so a macro alone is not. Each file of each
profile, on each arch, is checked against the includes it has directly or through the files
of its profile it includes.
"""

import re
from typing import Dict, List

from . import model as m
from .diagnostics import Diagnostics
from .profiles import file_groups, included_files
from .views import evaluated_texts

# the kernel header that declares each kernel name hvgen knows (Linux 6.12 and 7.x)
PROVIDERS: Dict[str, str] = {
    "PAGE_SIZE": "asm/page.h", "PAGE_SHIFT": "asm/page.h", "NSEC_PER_SEC": "linux/time64.h",
    "BIT": "linux/bits.h", "BIT_ULL": "linux/bits.h", "GENMASK": "linux/bits.h",
    "GENMASK_ULL": "linux/bits.h", "UL": "linux/bits.h", "ULL": "linux/bits.h",
}
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _header(include: str) -> str:
    return include.strip().strip('<>"')


def _kernel_names(texts, macros) -> set:
    """The kernel names TEXTS reach, through the spec's macros (MACROS: name -> body text)."""
    found, seen = set(), set()
    pending = [w for text in texts for w in _WORD.findall(text)]
    while pending:
        word = pending.pop()
        if word in seen:
            continue
        seen.add(word)
        if word in PROVIDERS:
            found.add(word)
        elif word in macros:
            pending.extend(_WORD.findall(macros[word]))
    return found


def _kernel_uses(held, arch: str):
    """(definition, the kernel names it makes the compiler evaluate) for each definition of
    HELD (one projection on one arch) that has any; most have none."""
    macros = {d.name: str(d.value) for d in held if d.kind == m.Kind.DEFINE}
    uses = []
    for vdef in held:
        if vdef.kind != m.Kind.DEFINE:
            names = _kernel_names(map(str, evaluated_texts(vdef, arch)), macros)
            if names:
                uses.append((vdef, sorted(names)))
    return uses


def check_kernel_includes(views, family_views, arches, diag: Diagnostics) -> None:
    missing: Dict[tuple, List[str]] = {}  # (definition, kernel name) -> files lacking it
    uses_of = {}  # (projection, arch) -> _kernel_uses: the files of one projection share it
    for arch, group in file_groups(arches):
        for output in group:
            reachable = {_header(i) for f in [output] + included_files(output, group)
                         for i in f.includes}
            source = output.source(views, family_views)
            key = (id(source), arch)
            if key not in uses_of:
                uses_of[key] = _kernel_uses(m.on_arch(source.definitions, arch), arch)
            for vdef, names in uses_of[key]:
                if not output.holds(vdef):
                    continue
                for name in names:
                    if PROVIDERS[name] not in reachable:
                        where = missing.setdefault((vdef.source.loc, vdef.kind,
                                                    vdef.name, name), [])
                        if output.file not in where:
                            where.append(output.file)
    for (loc, kind, vname, name), where in missing.items():
        diag.error(loc, "profile-include",
                   f"{kind} {vname} uses {name}, which <{PROVIDERS[name]}> declares, but "
                   f"{', '.join(where)} do(es) not include it; move the definition "
                   f"(hdk-file:) or add the include to generator/profiles.yaml")
