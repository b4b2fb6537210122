#!/usr/bin/python3
"""The facts layer reads the real kernels' headers exactly as the reference facts record them.

tests/reference/*.json were measured from Linux 7.2.13 (hdk family) and 6.12.117 (tlfs family)
by the reference extractor, with its own shim. This test reads the same headers (fetched from
Debian's archive into the build folder, never into the repository) with hvgen's facts layer and
its kernel shim, per family and arch, and compares with the reference: every definition must be
present and equal, and none extra. Then the report's kernel-tree column, which measures a tree
and the generated headers with the same layer: the 7.2 tree carries every documented definition
with hvgen's layout (the shim's own members are no difference), and the 6.12 tree differs in
none. Skipped (exit 77) when the archive cannot be reached.
"""

import os
import sys

from kernel_headers import fetched_headers

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib.docreport.tree import kernel_tree  # noqa: E402
from hvgenlib.facts import headers, model, reference  # noqa: E402
from hvgenlib.facts.targets import LINUX  # noqa: E402
from hvgenlib.pipeline import generate  # noqa: E402

ARCH_DIR = {"x86_64": "x86", "arm64": "arm64"}
TREES = {"hdk": ("72", "7.2.13", "include/hyperv/hvhdk.h"),  # fetched folder, release, top
         "tlfs": ("612", "6.12.117", "arch/{dir}/include/asm/hyperv-tlfs.h")}


def check(fetched: str, family: str, arch: str) -> bool:
    folder, release, top = TREES[family]
    tree = os.path.join(fetched, folder)
    includes = [os.path.join(tree, "arch", ARCH_DIR[arch], "include"),
                os.path.join(tree, "include")]
    measured = headers.read(os.path.join(tree, top.format(dir=ARCH_DIR[arch])), LINUX[arch],
                            includes, root=tree, family=family)
    expected = model.load(os.path.join(HERE, "reference", f"{arch}-{family}.json"))
    compared = reference.compare(expected, measured)
    lines, failed = reference.report(f"kernel-facts {family}-{arch} (Linux {release})",
                                     compared, require_all=True)
    print("\n".join(lines))
    return not failed and not compared[4]


def report_column(fetched: str) -> bool:
    result, outputs = generate(os.path.join(ROOT, "spec"))
    ok = True
    from hvgenlib import presence

    # 7.2 lacks exactly the spec's definitions its linux: says 7.2 does not carry
    carried = {d.name for d in result.model.definitions if presence.carries(d.tags, "7.2")
               and d.tags.present_in(presence.SPELLING["7.2"])}
    lacks_72 = len({v.name for v in result.views["hdk"].definitions} - carried)
    for folder, lacking in (("72", lacks_72), ("612", None)):
        standing = kernel_tree(result, outputs, os.path.join(fetched, folder))
        print(f"report kernel-tree {folder}: {standing.checked} checked, {len(standing.same)} "
              f"same, {len(standing.lacks)} lacking, {len(standing.differs)} differ")
        for name, lines in sorted(standing.differs.items()):
            print(f"  {name}: {'; '.join(lines)}")
        ok = ok and not standing.differs and lacking in (None, len(standing.lacks))
    return ok


def main() -> int:
    folder, status = fetched_headers()
    if status:
        return status
    results = [check(folder, family, arch) for family in TREES for arch in ARCH_DIR]
    results.append(report_column(folder))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
