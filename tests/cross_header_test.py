#!/usr/bin/python3
"""Definitions in both generated headers agree, as the compiler lays them out.

Both headers are measured by our libclang dumper (tools/facts.py) for one arch. For every record
both define, each member the two views share (same spec member, not reserved) must have the
same offset and bit width; the sizes must be equal unless the spec drops a trailing HDK-only
member from the documented copy (then the documented one is shorter, as in the kernel). Every
constant and enum value both define must be equal. Prints what it compared.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib.pipeline import analyse  # noqa: E402
from hvgenlib.profiles import default_header  # noqa: E402


def measure(view, arch, headers, tmp):
    out = os.path.join(tmp, f"{view}.json")
    subprocess.run([sys.executable, os.path.join(HERE, "tools", "facts.py"), "--arch", arch,
                    "--family", view, "--top", os.path.join(headers, default_header(view).file),
                    "--include", headers, "--shim", os.path.join(HERE, "shim"), "--out", out],
                   check=True, stdout=subprocess.DEVNULL)
    with open(out, encoding="utf-8") as handle:
        return json.load(handle)


def shared_paths(result, arch, name):
    """(tlfs path, hdk path) of each non-reserved member both views take from one spec member."""
    tlfs = result.layouts[("tlfs", arch)].records[name]
    hdk = {m.loc: m for m in result.layouts[("hdk", arch)].records[name].members if m.loc}
    return [(m.path, hdk[m.loc].path) for m in tlfs.members
            if not m.reserved and m.loc in hdk]


def compare_records(result, arch, tlfs, hdk, errors):
    left = {r["name"]: r for r in tlfs["records"]}
    right = {r["name"]: r for r in hdk["records"]}
    common = sorted(set(left) & set(right))
    for name in common:
        lm = {m["path"]: m for m in left[name]["members"]}
        rm = {m["path"]: m for m in right[name]["members"]}
        for lpath, rpath in shared_paths(result, arch, name):
            a, b = lm[lpath], rm[rpath]
            if (a["offset_bits"], a.get("bitfield_width")) != \
                    (b["offset_bits"], b.get("bitfield_width")):
                errors.append(f"{name}.{lpath}: tlfs bit {a['offset_bits']} "
                              f"width {a.get('bitfield_width')}, hdk bit {b['offset_bits']} "
                              f"width {b.get('bitfield_width')}")
        if left[name]["size"] != right[name]["size"]:
            dropped = [m for m in result.layouts[("hdk", arch)].records[name].members
                       if not m.documented and m.offset_bits >= left[name]["size"] * 8]
            if left[name]["size"] > right[name]["size"] or not dropped:
                errors.append(f"{name}: size {left[name]['size']} in tlfs, "
                              f"{right[name]['size']} in hdk, and no trailing HDK-only member")
    return len(common)


def compare_values(tlfs, hdk, errors):
    def values(facts):
        found = {m["name"]: m.get("value") for m in facts["macros"] if m.get("value") is not None}
        for enum in facts["enums"]:
            found.update({c["name"]: str(c["value"]) for c in enum["constants"]})
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
    with tempfile.TemporaryDirectory() as tmp:
        tlfs = measure("tlfs", args.arch, args.headers, tmp)
        hdk = measure("hdk", args.arch, args.headers, tmp)
    records = compare_records(result, args.arch, tlfs, hdk, errors)
    values = compare_values(tlfs, hdk, errors)
    for error in errors:
        print(f"  differs: {error}")
    print(f"cross-header {args.arch}: {records} records and {values} values in both headers, "
          f"{len(errors)} differ")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
