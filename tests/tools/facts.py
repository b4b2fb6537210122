#!/usr/bin/python3
"""Measure the ABI/API facts of a C header with libclang, in the reference JSON format.

usage: facts.py --arch {x86_64,arm64} --family NAME --top HEADER [--include DIR ...]
                [--define X ...] [--shim DIR] --out FILE.json [--root DIR]

A command line over the generator's facts layer (generator/hvgenlib/facts/headers.py, which
says what counts and how macros are evaluated): the header is parsed with
`-std=gnu11 -ffreestanding -nostdinc -I SHIM -I INCLUDE...` plus the architecture's target
flags; SHIM defaults to the generator's kernel shim.

Needs Debian's python3-clang-14 (run with /usr/bin/python3).
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..',
                                'generator'))

from hvgenlib.facts import headers, model  # noqa: E402
from hvgenlib.facts.targets import LINUX, SHIM  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--arch', required=True, choices=sorted(LINUX))
    ap.add_argument('--family', required=True, help='label stored in the output (e.g. tlfs, hdk)')
    ap.add_argument('--top', required=True, help='the header to measure')
    ap.add_argument('--include', action='append', default=[], metavar='DIR',
                    help='include directory (after the shim); its files count as measured files')
    ap.add_argument('--define', action='append', default=[], metavar='X', help='extra -D (NAME or NAME=VALUE)')
    ap.add_argument('--shim', default=SHIM, help='directory of kernel stand-in headers (never measured)')
    ap.add_argument('--root', help='make `file` fields relative to DIR (default: common path of the '
                                   'top header directory and the include directories)')
    ap.add_argument('--out', required=True)
    o = ap.parse_args(argv)
    if not os.path.isfile(o.top):
        ap.error('no such header: %s' % o.top)
    try:
        facts = headers.read(o.top, LINUX[o.arch], o.include, o.define, o.shim, o.root, o.family)
    except headers.FactsError as exc:
        raise SystemExit('facts.py: %s' % exc)
    tmp = o.out + '.tmp'
    with open(tmp, 'w') as fh:
        json.dump(model.to_json(facts), fh, indent=1, sort_keys=True)
        fh.write('\n')
    os.replace(tmp, o.out)
    print('%s: %d records, %d enums, %d macros (%d with a value), %d typedefs' % (
        o.out, len(facts.records), len(facts.enums), len(facts.macros),
        sum(1 for m in facts.macros.values() if m.value is not None), len(facts.typedefs)),
        file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
