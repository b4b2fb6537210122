#!/usr/bin/python3
"""Definitions in both generated headers agree, as the compiler lays them out.

Both headers are measured by the generator's facts layer (hvgenlib/facts) for one arch. For
every record both define, each member the two views share (same spec member, not reserved) must
have the same offset and bit width (the facts comparer, over the shared members); the sizes must
be equal unless the spec drops a trailing HDK-only member from the documented copy (then the
documented one is shorter, as in the kernel). Every constant and enum value both define must be
equal. Prints what it compared.
"""

import argparse
import dataclasses
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib.facts import headers  # noqa: E402
from hvgenlib.facts.compare import What, diff_record, index_by  # noqa: E402
from hvgenlib.facts.targets import LINUX  # noqa: E402
from hvgenlib.pipeline import analyse  # noqa: E402
from hvgenlib.profiles import default_header  # noqa: E402


def measure(view, arch, generated):
    return headers.read(os.path.join(generated, default_header(view).file), LINUX[arch],
                        [generated], family=view)


def shared_paths(result, arch, name):
    """(tlfs path, hdk path) of each non-reserved member both views take from one spec member."""
    tlfs = result.layouts[("tlfs", arch)].records[name]
    hdk = {m.loc: m for m in result.layouts[("hdk", arch)].records[name].members if m.loc}
    return [(m.path, hdk[m.loc].path) for m in tlfs.members
            if not m.reserved and m.loc in hdk]


def shared_members(left, right, pairs):
    """Both records cut to the members of PAIRS, the hdk one's under the tlfs paths."""
    lm = {m.path: m for m in left.members}
    rm = {m.path: m for m in right.members}
    return (dataclasses.replace(left, members=[lm[lpath] for lpath, _ in pairs]),
            dataclasses.replace(right, members=[dataclasses.replace(rm[rpath], path=lpath)
                                                for lpath, rpath in pairs]))


def compare_records(result, arch, tlfs, hdk, errors):
    common = sorted(set(tlfs.records) & set(hdk.records))
    for name in common:
        left, right = tlfs.records[name], hdk.records[name]
        a, b = shared_members(left, right, shared_paths(result, arch, name))
        moved = index_by(diff_record(name, a, b, (), (What.MEMBER_MOVED, What.BIT_WIDTH)))
        for path in moved:
            la = next(m for m in a.members if m.path == path)
            lb = next(m for m in b.members if m.path == path)
            errors.append(f"{name}.{path}: tlfs bit {la.offset_bits} width {la.bits}, "
                          f"hdk bit {lb.offset_bits} width {lb.bits}")
        if left.size != right.size:
            dropped = [m for m in result.layouts[("hdk", arch)].records[name].members
                       if not m.documented and m.offset_bits >= left.size * 8]
            if left.size > right.size or not dropped:
                errors.append(f"{name}: size {left.size} in tlfs, "
                              f"{right.size} in hdk, and no trailing HDK-only member")
    return len(common)


def compare_values(tlfs, hdk, errors):
    def values(facts):
        found = {m.name: m.value for m in facts.macros.values() if m.value is not None}
        for enum in facts.enums.values():
            found.update({c: str(v) for c, v in enum.constants})
        return found

    left, right = values(tlfs), values(hdk)
    common = sorted(set(left) & set(right))
    errors.extend(f"{name}: {left[name]} in tlfs, {right[name]} in hdk"
                  for name in common if left[name] != right[name])
    return len(common)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", choices=("x86_64", "arm64"), required=True)
    parser.add_argument("--headers", default=os.path.join(ROOT, "generated"))
    args = parser.parse_args()
    result = analyse(os.path.join(ROOT, "spec"))
    errors = []
    tlfs = measure("tlfs", args.arch, args.headers)
    hdk = measure("hdk", args.arch, args.headers)
    records = compare_records(result, args.arch, tlfs, hdk, errors)
    values = compare_values(tlfs, hdk, errors)
    for error in errors:
        print(f"  differs: {error}")
    print(f"cross-header {args.arch}: {records} records and {values} values in both headers, "
          f"{len(errors)} differ")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
