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
"""
import argparse
import json
import sys

CATEGORIES = (('records', 'record'), ('enums', 'enum'), ('macros', 'macro'), ('typedefs', 'typedef'))
RECORD_FIELDS = ('kind', 'size', 'align')
MEMBER_FIELDS = ('offset_bits', 'bitfield_width', 'size', 'array_len', 'canonical')
ENUM_FIELDS = ('underlying', 'size')
MACRO_FIELDS = ('value', 'negative', 'function_like', 'type_size', 'type_signed')
TYPEDEF_FIELDS = ('canonical', 'size')


def shim_artefact(path):
    return any(part.split('[', 1)[0].startswith('__hvref_') for part in path.split('.'))


def fields(exp, act, names, member=None):
    return [(member, f, exp.get(f), act.get(f)) for f in names if exp.get(f) != act.get(f)]


def record_diffs(exp, act):
    out = fields(exp, act, RECORD_FIELDS)
    em = {m['path']: m for m in exp.get('members', []) if not shim_artefact(m['path'])}
    am = {m['path']: m for m in act.get('members', []) if not shim_artefact(m['path'])}
    for m in exp.get('members', []):
        p = m['path']
        if p not in em:
            continue
        if p not in am:
            out.append((p, 'presence', 'present', 'missing'))
        else:
            out += fields(em[p], am[p], MEMBER_FIELDS, p)
    for m in act.get('members', []):
        if m['path'] in am and m['path'] not in em:
            out.append((m['path'], 'presence', 'absent', 'present'))
    return out


def enum_diffs(exp, act):
    out = []
    ec = {c['name']: c['value'] for c in exp.get('constants', [])}
    ac = {c['name']: c['value'] for c in act.get('constants', [])}
    for n, v in ec.items():
        if n not in ac:
            out.append((n, 'presence', 'present', 'missing'))
        elif ac[n] != v:
            out.append((n, 'value', v, ac[n]))
    for n, v in ac.items():
        if n not in ec:
            out.append((n, 'presence', 'absent', 'present'))
    return out + fields(exp, act, ENUM_FIELDS)


def macro_diffs(exp, act):
    return fields(exp, act, MACRO_FIELDS)


def typedef_diffs(exp, act):
    return fields(exp, act, TYPEDEF_FIELDS)


DIFFERS = {'records': record_diffs, 'enums': enum_diffs, 'macros': macro_diffs, 'typedefs': typedef_diffs}


def load(path):
    with open(path) as fh:
        return json.load(fh)


def read_names(path):
    names = set()
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith('#'):
                names.add(line)
    return names


def compare(ref, act, only=None):
    """Returns (total, present, differing, missing, extra); differing is a list of
    (category, name, [(member, field, expected, actual)])."""
    total = present = 0
    differing, missing, extra = [], [], []
    for cat, word in CATEGORIES:
        rd = {d['name']: d for d in ref.get(cat, [])}
        ad = {d['name']: d for d in act.get(cat, [])}
        for name in sorted(rd):
            if only is not None and name not in only:
                continue
            total += 1
            if name not in ad:
                missing.append((word, name))
                continue
            present += 1
            d = DIFFERS[cat](rd[name], ad[name])
            if d:
                differing.append((word, name, d))
        extra += [(word, n) for n in sorted(set(ad) - set(rd))]
    return total, present, differing, missing, extra


SENTINELS = ('present', 'missing', 'absent')
PART = {'record': 'member', 'enum': 'constant'}


def fmt(v):
    return v if v in SENTINELS else json.dumps(v)


def difference_line(word, name, member, field, exp, act):
    where = '%s %s' % (word, name)
    if member is not None:
        where += ' %s %s' % (PART.get(word, 'part'), member)
    return '  differ: %s %s: expected %s, actual %s' % (where, field, fmt(exp), fmt(act))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--reference', required=True)
    ap.add_argument('--actual', required=True)
    ap.add_argument('--only-names', metavar='FILE', help='only the reference definitions named in FILE')
    ap.add_argument('--require-all', action='store_true', help='missing definitions are failures')
    ap.add_argument('--label', help='first word of the summary line (default: the actual file)')
    o = ap.parse_args(argv)
    only = read_names(o.only_names) if o.only_names else None
    total, present, differing, missing, extra = compare(load(o.reference), load(o.actual), only)
    label = o.label or o.actual
    print('%s: %d of %d reference definitions present, %d differ, %d extra'
          % (label, present, total, len(differing), len(extra)))
    for word, name, diffs in differing:
        for member, field, exp, act in diffs:
            print(difference_line(word, name, member, field, exp, act))
    if o.require_all:
        for word, name in missing:
            print('  missing: %s %s' % (word, name))
    for word, name in extra:
        print('  extra: %s %s' % (word, name))
    return 1 if differing or (o.require_all and missing) else 0


if __name__ == '__main__':
    sys.exit(main())
