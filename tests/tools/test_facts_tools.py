"""Unit tests for facts.py and compare_reference.py (stdlib unittest).

Run: python3 -m unittest discover -s tests/tools -p 'test_*.py'   (from the repository root)

facts.py needs libclang 14 (Debian's python3-clang-14, under /usr/bin/python3) and clang-14;
its tests are skipped when they are missing. The compare_reference.py tests need neither.
The layouts asserted here were worked out by hand from fixtures/hdr/*.h.
"""
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, 'fixtures')
TOP = os.path.join(FIXTURES, 'hdr', 'sample.h')
SHIM = os.path.join(FIXTURES, 'shim')
FACTS = os.path.join(HERE, 'facts.py')
COMPARE = os.path.join(HERE, 'compare_reference.py')


def clang_python():
    """An interpreter that can import clang.cindex, or None."""
    for py in ('/usr/bin/python3', sys.executable):
        if py and os.path.exists(py):
            r = subprocess.run([py, '-c', 'import clang.cindex'], capture_output=True)
            if r.returncode == 0:
                return py
    return None


PY = clang_python()
HAVE_CLANG = PY is not None and (shutil.which('clang-14') or shutil.which('clang')) is not None


def run_facts(tmp, arch, *extra):
    out = os.path.join(tmp, '%s-%d.json' % (arch, len(os.listdir(tmp))))
    r = subprocess.run([PY, FACTS, '--arch', arch, '--family', 'fixture', '--top', TOP,
                        '--shim', SHIM, '--out', out] + list(extra), capture_output=True, text=True)
    if r.returncode != 0:
        raise AssertionError('facts.py failed: %s' % r.stderr)
    with open(out) as fh:
        return json.load(fh), out


def by_name(facts, cat):
    return {d['name']: d for d in facts[cat]}


def members(record):
    return {m['path']: m for m in record['members']}


@unittest.skipUnless(HAVE_CLANG, 'needs python3-clang-14 and clang-14')
class FactsTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='facts-test.')
        cls.x86, cls.x86_path = run_facts(cls.tmp, 'x86_64')
        cls.arm, _ = run_facts(cls.tmp, 'arm64', '--define', 'SAMPLE_EXTRA')

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_top_level_keys(self):
        self.assertEqual(sorted(self.x86), ['arch', 'compile_flags', 'enums', 'family', 'macros',
                                            'records', 'top_header', 'typedefs', 'warnings'])
        self.assertEqual(self.x86['arch'], 'x86_64')
        self.assertEqual(self.x86['compile_flags'], ['--target=x86_64-linux-gnu', '-DCONFIG_X86', '-DCONFIG_X86_64'])
        self.assertEqual(self.arm['compile_flags'], ['--target=aarch64-linux-gnu', '-DCONFIG_ARM64'])
        self.assertEqual(self.x86['top_header'], 'sample.h')
        self.assertEqual(self.x86['warnings'], [])

    def test_packed_struct_with_bitfields(self):
        r = by_name(self.x86, 'records')['sample_packed']
        self.assertEqual((r['kind'], r['size'], r['align']), ('struct', 13, 1))
        self.assertEqual([(m['path'], m['offset_bits'], m.get('bitfield_width'), m['size']) for m in r['members']],
                         [('tag', 0, None, 1), ('a', 8, 3, 8), ('b', 11, 13, 8), ('rest', 24, 48, 8),
                          ('tail', 72, None, 4)])
        self.assertEqual(members(r)['a']['canonical'], 'unsigned long long')
        self.assertEqual(members(r)['a']['type'], 'fx_u64')

    def test_union_with_anonymous_struct(self):
        r = by_name(self.x86, 'records')['sample_reg']
        self.assertEqual((r['kind'], r['size'], r['align']), ('union', 8, 8))
        got = [(m['path'], m['offset_bits'], m.get('bitfield_width'), m.get('array_len'), m['canonical'])
               for m in r['members']]
        self.assertEqual(got, [
            ('as_u64', 0, None, None, 'unsigned long long'),
            ('low', 0, None, None, 'unsigned int'),
            ('mid', 32, None, None, 'unsigned short'),
            ('flags', 48, 4, None, 'unsigned char'),
            ('kind', 52, 4, None, 'unsigned char'),
            ('raw', 0, None, None, 'struct <anonymous>'),
            ('raw.bytes', 0, None, 8, 'unsigned char[8]'),
            ('pairs', 0, None, 2, 'struct <anonymous>[2]'),
            ('pairs[0].lo', 0, None, None, 'unsigned short'),
            ('pairs[0].hi', 16, None, None, 'unsigned short'),
        ])
        self.assertEqual(members(r)['pairs']['size'], 8)

    def test_nested_named_and_anonymous_union(self):
        recs = by_name(self.x86, 'records')
        inner = recs['sample_inner']
        self.assertEqual((inner['size'], inner['align']), (4, 2))
        outer = recs['sample_outer']
        self.assertEqual((outer['size'], outer['align']), (12, 4))
        self.assertEqual([(m['path'], m['offset_bits']) for m in outer['members']],
                         [('in', 0), ('word', 32), ('w_lo', 32), ('w_hi', 48), ('pad', 64)])
        self.assertEqual(members(outer)['in']['canonical'], 'struct sample_inner')
        self.assertEqual(members(outer)['pad']['array_len'], 3)

    def test_flexible_array(self):
        r = by_name(self.x86, 'records')['sample_list']
        self.assertEqual((r['size'], r['align'], r['file']), (8, 8, 'sample_sub.h'))
        items = members(r)['items']
        self.assertEqual(items, {'path': 'items', 'type': 'fx_u64[]', 'canonical': 'unsigned long long[]',
                                 'offset_bits': 64, 'size': 0, 'array_len': 'flexible'})

    def test_typedef_only_record_and_typedefs(self):
        r = by_name(self.x86, 'records')['sample_handle_t']
        self.assertTrue(r['typedef_only'])
        self.assertEqual((r['size'], r['align']), (8, 4))
        self.assertEqual([(m['path'], m['offset_bits']) for m in r['members']], [('id', 0), ('state', 32)])
        t = by_name(self.x86, 'typedefs')
        self.assertEqual(sorted(t), ['sample_handle_t', 'sample_id_t'])
        self.assertEqual(t['sample_id_t'], {'name': 'sample_id_t', 'file': 'sample_sub.h', 'underlying': 'fx_u16',
                                            'canonical': 'unsigned short', 'size': 2})

    def test_enums(self):
        e = by_name(self.x86, 'enums')
        self.assertEqual(sorted(e), ['<anonymous:SAMPLE_ANON_FIRST>', 'sample_color'])
        c = e['sample_color']
        self.assertEqual((c['underlying'], c['size']), ('unsigned int', 4))
        self.assertEqual(c['constants'], [{'name': 'SAMPLE_RED', 'value': 1}, {'name': 'SAMPLE_GREEN', 'value': 2},
                                          {'name': 'SAMPLE_BLUE', 'value': 4}])
        a = e['<anonymous:SAMPLE_ANON_FIRST>']
        self.assertEqual(a['underlying'], 'int')
        self.assertEqual([x['value'] for x in a['constants']], [-1, 0x7fffffff])

    def test_macro_values(self):
        m = by_name(self.x86, 'macros')

        def v(name):
            e = m[name]
            return (e.get('value'), e.get('negative'), e.get('type_size'), e.get('type_signed'))
        self.assertEqual(v('SAMPLE_FLAG_A'), ('1', False, 8, False))
        self.assertEqual(v('SAMPLE_FLAG_TOP'), (str(1 << 63), False, 8, False))
        self.assertEqual(v('SAMPLE_MASK'), ('15', False, 8, False))
        self.assertEqual(v('SAMPLE_LOW_FIELD'), ('240', False, 8, False))
        self.assertEqual(v('SAMPLE_NEG'), ('-5', True, 4, True))
        self.assertEqual(v('SAMPLE_COUNT'), ('12', False, 4, True))
        self.assertEqual(v('SAMPLE_SUB_VALUE'), ('32', False, 4, True))
        self.assertEqual(m['SAMPLE_SUB_VALUE']['file'], 'sample_sub.h')
        for name in ('SAMPLE_H', 'SAMPLE_SUB_H', 'SAMPLE_TYPE', 'SAMPLE_STRING', 'SAMPLE_BROKEN',
                     'SAMPLE_UNKNOWN', 'SAMPLE_GONE'):
            self.assertIsNone(m[name]['value'], name)
            self.assertNotIn('negative', m[name])
        f = m['SAMPLE_FIELD']
        self.assertEqual((f['function_like'], f['params']), (True, ['h', 'l']))
        self.assertNotIn('value', f)
        self.assertFalse(m['SAMPLE_COUNT']['function_like'])

    def test_shim_definitions_excluded(self):
        names = {d['name'] for cat in ('records', 'enums', 'macros', 'typedefs') for d in self.x86[cat]}
        for shim_name in ('FX_BIT', 'FX_SHIM_ONLY', 'FX_TYPES_H', 'fx_packed', 'fx_u8', 'fx_u64'):
            self.assertNotIn(shim_name, names)
        self.assertFalse(any(n.startswith('FX_') for n in names))

    def test_shim_inside_include_dir_still_excluded(self):
        facts, _ = run_facts(self.tmp, 'x86_64', '--include', FIXTURES)
        names = {d['name'] for d in facts['macros'] + facts['typedefs']}
        self.assertNotIn('FX_SHIM_ONLY', names)
        self.assertNotIn('fx_u8', names)
        self.assertIn('SAMPLE_COUNT', names)

    def test_arch_and_defines(self):
        self.assertEqual(by_name(self.x86, 'macros')['SAMPLE_ARCH']['value'], '1')
        self.assertEqual(by_name(self.arm, 'macros')['SAMPLE_ARCH']['value'], '2')
        self.assertNotIn('SAMPLE_EXTRA_ON', by_name(self.x86, 'macros'))
        self.assertEqual(by_name(self.arm, 'macros')['SAMPLE_EXTRA_ON']['value'], '1')

    def test_deterministic(self):
        _, again = run_facts(self.tmp, 'x86_64')
        with open(self.x86_path) as a, open(again) as b:
            self.assertEqual(a.read(), b.read())

    def test_compare_against_itself_and_a_changed_offset(self):
        ref = self.x86_path
        r = subprocess.run([sys.executable, COMPARE, '--reference', ref, '--actual', ref, '--require-all',
                            '--label', 'self'], capture_output=True, text=True)
        total = sum(len(self.x86[c]) for c in ('records', 'enums', 'macros', 'typedefs'))
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertEqual(r.stdout, 'self: %d of %d reference definitions present, 0 differ, 0 extra\n'
                         % (total, total))
        changed = copy.deepcopy(self.x86)
        rec = next(x for x in changed['records'] if x['name'] == 'sample_packed')
        next(m for m in rec['members'] if m['path'] == 'tail')['offset_bits'] = 80
        act = os.path.join(self.tmp, 'changed.json')
        with open(act, 'w') as fh:
            json.dump(changed, fh)
        r = subprocess.run([sys.executable, COMPARE, '--reference', ref, '--actual', act, '--label', 'chg'],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 1)
        self.assertIn('1 differ', r.stdout)
        self.assertIn('record sample_packed member tail offset_bits: expected 72, actual 80', r.stdout)


# ---------------------------------------------------------------------------- compare_reference
REFERENCE = {
    'records': [
        {'name': 'rec_a', 'kind': 'struct', 'file': 'x.h', 'size': 8, 'align': 4, 'members': [
            {'path': 'lo', 'type': 'u32', 'canonical': 'unsigned int', 'offset_bits': 0, 'size': 4},
            {'path': 'hi', 'type': 'u32', 'canonical': 'unsigned int', 'offset_bits': 32, 'size': 4,
             'bitfield_width': 12},
        ]},
        {'name': 'rec_flex', 'kind': 'struct', 'file': 'x.h', 'size': 8, 'align': 8, 'members': [
            {'path': '__hvref_empty_v', 'type': 'struct <anonymous>', 'canonical': 'struct <anonymous>',
             'offset_bits': 0, 'size': 0},
            {'path': 'v', 'type': 'u64[]', 'canonical': 'unsigned long long[]', 'offset_bits': 0, 'size': 0,
             'array_len': 'flexible'},
        ]},
    ],
    'enums': [{'name': 'en', 'file': 'x.h', 'underlying': 'unsigned int', 'size': 4,
               'constants': [{'name': 'EN_A', 'value': 0}, {'name': 'EN_B', 'value': 5}]}],
    'macros': [
        {'name': 'M_ONE', 'file': 'x.h', 'function_like': False, 'value': '1', 'negative': False,
         'type_size': 4, 'type_signed': True},
        {'name': 'M_GUARD', 'file': 'x.h', 'function_like': False, 'value': None},
        {'name': 'M_FN', 'file': 'x.h', 'function_like': True, 'params': ['x']},
    ],
    'typedefs': [{'name': 'td', 'file': 'x.h', 'underlying': 'u16', 'canonical': 'unsigned short', 'size': 2}],
}


class CompareTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='compare-test.')
        self.ref = self.write('ref.json', REFERENCE)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        with open(path, 'w') as fh:
            json.dump(data, fh)
        return path

    def run_compare(self, actual, *extra):
        act = self.write('act.json', actual)
        r = subprocess.run([sys.executable, COMPARE, '--reference', self.ref, '--actual', act,
                            '--label', 'T'] + list(extra), capture_output=True, text=True)
        return r.returncode, r.stdout.splitlines()

    def actual(self):
        return copy.deepcopy(REFERENCE)

    def test_identical(self):
        rc, out = self.run_compare(self.actual(), '--require-all')
        self.assertEqual((rc, out), (0, ['T: 7 of 7 reference definitions present, 0 differ, 0 extra']))

    def test_changed_offset(self):
        a = self.actual()
        a['records'][0]['members'][1]['offset_bits'] = 40
        rc, out = self.run_compare(a)
        self.assertEqual(rc, 1)
        self.assertEqual(out, ['T: 7 of 7 reference definitions present, 1 differ, 0 extra',
                               '  differ: record rec_a member hi offset_bits: expected 32, actual 40'])

    def test_member_fields(self):
        a = self.actual()
        hi = a['records'][0]['members'][1]
        hi['bitfield_width'] = 13
        hi['canonical'] = 'int'
        del a['records'][0]['members'][0]
        a['records'][0]['align'] = 8
        rc, out = self.run_compare(a)
        self.assertEqual(rc, 1)
        self.assertEqual(out[0], 'T: 7 of 7 reference definitions present, 1 differ, 0 extra')
        self.assertEqual(sorted(out[1:]), sorted([
            '  differ: record rec_a align: expected 4, actual 8',
            '  differ: record rec_a member lo presence: expected present, actual missing',
            '  differ: record rec_a member hi bitfield_width: expected 12, actual 13',
            '  differ: record rec_a member hi canonical: expected "unsigned int", actual "int"',
        ]))

    def test_extra_member_and_shim_members(self):
        a = self.actual()
        a['records'][0]['members'].append({'path': 'more', 'type': 'u8', 'canonical': 'unsigned char',
                                           'offset_bits': 64, 'size': 1})
        del a['records'][1]['members'][0]          # __hvref_ member: not compared
        a['records'][1]['members'].insert(0, {'path': '__hvref_pad', 'type': 'u8', 'canonical': 'unsigned char',
                                              'offset_bits': 0, 'size': 1})
        rc, out = self.run_compare(a)
        self.assertEqual(rc, 1)
        self.assertEqual(out[1:], ['  differ: record rec_a member more presence: expected absent, actual present'])

    def test_missing_definition(self):
        a = self.actual()
        del a['records'][1]
        rc, out = self.run_compare(a)
        self.assertEqual(rc, 0)
        self.assertEqual(out, ['T: 6 of 7 reference definitions present, 0 differ, 0 extra'])
        rc, out = self.run_compare(a, '--require-all')
        self.assertEqual(rc, 1)
        self.assertEqual(out, ['T: 6 of 7 reference definitions present, 0 differ, 0 extra',
                               '  missing: record rec_flex'])

    def test_enum_macro_typedef(self):
        a = self.actual()
        a['enums'][0]['constants'][1]['value'] = 6
        a['enums'][0]['constants'].append({'name': 'EN_C', 'value': 7})
        a['enums'][0]['size'] = 8
        a['macros'][0].update(value='2', type_size=8)
        a['macros'][1].update(value='3', negative=False, type_size=4, type_signed=True)
        a['macros'][2]['function_like'] = False
        a['typedefs'][0]['canonical'] = 'unsigned int'
        rc, out = self.run_compare(a)
        self.assertEqual(rc, 1)
        self.assertEqual(out[0], 'T: 7 of 7 reference definitions present, 5 differ, 0 extra')
        for line in ('  differ: enum en constant EN_B value: expected 5, actual 6',
                     '  differ: enum en constant EN_C presence: expected absent, actual present',
                     '  differ: enum en size: expected 4, actual 8',
                     '  differ: macro M_ONE value: expected "1", actual "2"',
                     '  differ: macro M_ONE type_size: expected 4, actual 8',
                     '  differ: macro M_GUARD value: expected null, actual "3"',
                     '  differ: macro M_FN function_like: expected true, actual false',
                     '  differ: typedef td canonical: expected "unsigned short", actual "unsigned int"'):
            self.assertIn(line, out)

    def test_extra_definitions(self):
        a = self.actual()
        a['macros'].append({'name': 'M_NEW', 'file': 'x.h', 'function_like': False, 'value': '9',
                            'negative': False, 'type_size': 4, 'type_signed': True})
        rc, out = self.run_compare(a, '--require-all')
        self.assertEqual(rc, 0)
        self.assertEqual(out, ['T: 7 of 7 reference definitions present, 0 differ, 1 extra',
                               '  extra: macro M_NEW'])

    def test_only_names(self):
        names = os.path.join(self.tmp, 'names.txt')
        with open(names, 'w') as fh:
            fh.write('# slice\nrec_a\n\nM_ONE\ntd\n')
        a = self.actual()
        del a['records'][1]                       # not listed: ignored
        a['enums'][0]['size'] = 8                 # not listed: ignored
        rc, out = self.run_compare(a, '--only-names', names, '--require-all')
        self.assertEqual((rc, out), (0, ['T: 3 of 3 reference definitions present, 0 differ, 0 extra']))
        del a['typedefs'][0]
        a['macros'][0]['value'] = '5'
        rc, out = self.run_compare(a, '--only-names', names, '--require-all')
        self.assertEqual(rc, 1)
        self.assertEqual(out, ['T: 2 of 3 reference definitions present, 1 differ, 0 extra',
                               '  differ: macro M_ONE value: expected "1", actual "5"',
                               '  missing: typedef td'])


if __name__ == '__main__':
    unittest.main()
