#!/usr/bin/python3
"""Compare measured header facts (facts.py output) against reference facts.

usage: compare_reference.py --reference REF.json --actual ACT.json [--only-names FILE]
                            [--require-all] [--label TEXT]

For every reference definition present in ACT it checks:
  records   kind, size, align; per member path (members named __hvref_* are skipped):
            presence, offset_bits, bitfield_width, size, array_len, canonical
  enums     each constant's presence and value; underlying type and size
  macros    value, negative, function_like, type_size, type_signed
  typedefs  canonical, size
Prints `LABEL: N of M reference definitions present, K differ, E extra`, then one line per
difference (and, with --require-all, per missing definition; extra ones are listed for
information). Exit status: 1 on any difference, or with --require-all on anything missing;
otherwise 0. --only-names FILE limits the reference definitions to the names listed in FILE
(one per line; blank lines and lines starting with # are ignored).

A command line over the generator's facts layer: hvgenlib/facts/reference.py is the policy (what
is compared, how a difference is worded), hvgenlib/facts/compare.py the comparer.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..',
                                'generator'))

from hvgenlib.facts import model  # noqa: E402
from hvgenlib.facts.reference import compare, report  # noqa: E402


def read_names(path):
    names = set()
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith('#'):
                names.add(line)
    return names


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--reference', required=True)
    ap.add_argument('--actual', required=True)
    ap.add_argument('--only-names', metavar='FILE', help='only the reference definitions named in FILE')
    ap.add_argument('--require-all', action='store_true', help='missing definitions are failures')
    ap.add_argument('--label', help='first word of the summary line (default: the actual file)')
    o = ap.parse_args(argv)
    only = read_names(o.only_names) if o.only_names else None
    lines, failed = report(o.label or o.actual, compare(model.load(o.reference), model.load(o.actual), only),
                           o.require_all)
    print('\n'.join(lines))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
