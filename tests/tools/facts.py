#!/usr/bin/python3
"""Measure the ABI/API facts of a C header with libclang, in the reference JSON format.

usage: facts.py --arch {x86_64,arm64} --family NAME --top HEADER [--include DIR ...]
                [--define X ...] --shim DIR --out FILE.json [--root DIR]

The header is parsed with `-std=gnu11 -ffreestanding -nostdinc -I SHIM -I INCLUDE...` plus the
architecture's target flags. Facts are collected for definitions made in files under the top
header's directory or under an --include directory (never under the shim):

- records: named structs/unions at any depth plus those named only by a typedef; members are
  flattened through anonymous structs/unions (dotted paths, `name.field` for a named member of
  anonymous type, `name[0].field` for an array of anonymous type), offsets from the outermost
  record in bits;
- enums (anonymous ones named `<anonymous:FIRST_CONSTANT>`), typedefs;
- macros, with the value of every object-like macro that is an integer constant expression at
  the end of the translation unit, read from one `clang -S -emit-llvm` compile.

Needs Debian's python3-clang-14 (run with /usr/bin/python3) and clang-14.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import clang.cindex as ci

for _lib in ('/usr/lib/llvm-14/lib/libclang.so.1', '/usr/lib/llvm-14/lib/libclang-14.so.1',
             '/usr/lib/x86_64-linux-gnu/libclang-14.so.1', '/usr/lib/aarch64-linux-gnu/libclang-14.so.1'):
    if os.path.exists(_lib):
        ci.Config.set_library_file(_lib)
        break

ARCH_FLAGS = {
    'x86_64': ['--target=x86_64-linux-gnu', '-DCONFIG_X86', '-DCONFIG_X86_64'],
    'arm64': ['--target=aarch64-linux-gnu', '-DCONFIG_ARM64'],
}
RECORD_KINDS = (ci.CursorKind.STRUCT_DECL, ci.CursorKind.UNION_DECL)
ARRAY_KINDS = (ci.TypeKind.CONSTANTARRAY, ci.TypeKind.INCOMPLETEARRAY)
# clang 14 spells an unnamed tag type "struct (anonymous at FILE:L:C)" or "(unnamed ... at ...)"
ANON_SPELLING = re.compile(r'\b(struct|union|enum) (?:\w+::)*\((?:anonymous|unnamed)\b[^)]*\)')
PROBE_PREFIX = 'hvfacts_'


def find_clang():
    for name in ('clang-14', 'clang'):
        p = shutil.which(name)
        if p:
            return p
    raise SystemExit('facts.py: clang-14 not found')


def tidy(spelling):
    return ANON_SPELLING.sub(lambda m: m.group(1) + ' <anonymous>', spelling)


def is_unnamed(cursor):
    s = cursor.spelling
    return not s or '(anonymous' in s or '(unnamed' in s


def strip_arrays(t):
    """Canonical element type of a (possibly multi-dimensional) array type."""
    while t.kind in ARRAY_KINDS:
        t = t.element_type.get_canonical()
    return t


def record_decl(t):
    """The record declaration a canonical type names, or None."""
    if t.kind != ci.TypeKind.RECORD:
        return None
    d = t.get_declaration()
    return d if d is not None and d.kind in RECORD_KINDS else None


class Scope:
    """Which files count: those under the top header's directory or an include directory,
    except anything under the shim."""

    def __init__(self, top, includes, shim, root):
        self.roots = [os.path.realpath(os.path.dirname(top))] + [os.path.realpath(d) for d in includes]
        self.shim = os.path.realpath(shim)
        self.root = os.path.realpath(root) if root else os.path.commonpath(self.roots)
        self.cache = {}

    @staticmethod
    def under(path, d):
        return path == d or path.startswith(d.rstrip(os.sep) + os.sep)

    def rel(self, filename):
        """Path of FILENAME relative to the root when it counts, else None."""
        if not filename:
            return None
        if filename in self.cache:
            return self.cache[filename]
        p = os.path.realpath(filename)
        r = None
        if not self.under(p, self.shim) and any(self.under(p, d) for d in self.roots):
            r = os.path.relpath(p, self.root)
        self.cache[filename] = r
        return r

    def of(self, cursor):
        f = cursor.location.file
        return self.rel(f.name if f is not None else None)


def compile_args(arch, shim, includes, defines):
    args = ['-x', 'c', '-std=gnu11', '-ffreestanding', '-nostdinc'] + ARCH_FLAGS[arch]
    args += ['-D' + d for d in defines]
    args += ['-I' + shim] + ['-I' + d for d in includes]
    return args


# ------------------------------------------------------------------------------------ records
def flatten(rec, lookup, base, prefix, out):
    """Append the members of record cursor REC to OUT. Offsets are looked up by name in LOOKUP
    (the nearest enclosing named-member type, which sees through anonymous members) and BASE
    (bits) is added."""
    children = list(rec.get_children())
    field_type_decls = []
    for c in children:
        if c.kind == ci.CursorKind.FIELD_DECL:
            d = record_decl(strip_arrays(c.type.get_canonical()))
            if d is not None:
                field_type_decls.append(d)
    for c in children:
        if c.kind == ci.CursorKind.FIELD_DECL:
            name = c.spelling
            if not name:      # unnamed bitfield: padding, no path
                continue
            rel_off = lookup.get_offset(name)
            if rel_off < 0:
                raise RuntimeError('no offset for %s%s in %s (%d)' % (prefix, name, lookup.spelling, rel_off))
            off = base + rel_off
            ct = c.type.get_canonical()
            m = {'path': prefix + name, 'type': tidy(c.type.spelling), 'canonical': tidy(ct.spelling),
                 'offset_bits': off}
            if ct.kind == ci.TypeKind.INCOMPLETEARRAY:
                m['size'] = 0
                m['array_len'] = 'flexible'
            else:
                m['size'] = ct.get_size()
                if ct.kind == ci.TypeKind.CONSTANTARRAY:
                    m['array_len'] = ct.get_array_size()
            if c.is_bitfield():
                m['bitfield_width'] = c.get_bitfield_width()
            out.append(m)
            et = strip_arrays(ct)
            d = record_decl(et)
            if d is not None and is_unnamed(d):
                flatten(d, et, off, prefix + name + ('[0].' if ct.kind in ARRAY_KINDS else '.'), out)
        elif c.kind in RECORD_KINDS and c.is_definition() and is_unnamed(c) \
                and not any(c == d for d in field_type_decls):
            flatten(c, lookup, base, prefix, out)   # anonymous struct/union member


def record_entry(name, decl, rel, typedef_only=False):
    t = decl.type
    e = {'name': name, 'kind': 'struct' if decl.kind == ci.CursorKind.STRUCT_DECL else 'union',
         'file': rel, 'size': t.get_size(), 'align': t.get_align(), 'members': []}
    if typedef_only:
        e['typedef_only'] = True
    flatten(decl, t, 0, '', e['members'])
    return e


# ------------------------------------------------------------------------------------ macros
def macro_shape(cursor):
    """(function_like, params) from the definition's tokens: NAME immediately followed by '('."""
    toks = list(cursor.get_tokens())
    if len(toks) < 2 or toks[1].spelling != '(' or toks[1].extent.start.offset != toks[0].extent.end.offset:
        return False, None
    params = []
    for t in toks[2:]:
        if t.spelling == ')':
            break
        if t.spelling != ',':
            params.append(t.spelling)
    return True, params


def probe_line(name):
    p = PROBE_PREFIX
    return ('const unsigned long long {p}v_{n} = (unsigned long long)({n}); '
            'const int {p}n_{n} = (({n}) < 0); '
            'const int {p}s_{n} = sizeof({n}); '
            'const int {p}g_{n} = ((__typeof__({n}))-1 < 0); '
            '_Static_assert(__builtin_constant_p({n}), "{n}");').format(p=p, n=name)


def probe_source(top, names):
    lines = ['#include "%s"' % top]
    first = len(lines) + 1
    lines += [probe_line(n) for n in names]
    return '\n'.join(lines) + '\n', first


def bad_probe_lines(index, args, top, names, probe_path):
    """Parse the probe in memory with libclang; names whose line has an error, or None when an
    error cannot be tied to a line."""
    src, first = probe_source(top, names)
    tu = index.parse(probe_path, args=args + ['-ferror-limit=0'], unsaved_files=[(probe_path, src)])
    bad, unplaced = set(), False
    for d in tu.diagnostics:
        if d.severity < ci.Diagnostic.Error:
            continue
        loc = d.location
        if loc.file is not None and loc.file.name == probe_path and first <= loc.line < first + len(names):
            bad.add(names[loc.line - first])
        else:
            unplaced = True
    return None if unplaced and not bad else bad


def constant_names(index, args, top, names, probe_path):
    """The subset of NAMES whose probe line compiles: drop the lines with errors until none is
    left; split the set in halves when an error cannot be tied to a line."""
    live = list(names)
    while live:
        bad = bad_probe_lines(index, args, top, live, probe_path)
        if bad is None:
            break
        if not bad:
            return live
        live = [n for n in live if n not in bad]
    if len(live) <= 1:
        return []
    half = len(live) // 2
    return (constant_names(index, args, top, live[:half], probe_path)
            + constant_names(index, args, top, live[half:], probe_path))


IR_GLOBAL = re.compile(r'^@%s([vnsg])_(\w+) = [^\n]*?\bi\d+ (-?\d+)' % PROBE_PREFIX, re.M)


def emit_values(clang, args, top, names, tmp):
    """Compile the probe for NAMES with clang -S -emit-llvm; {(kind, name): int} or None."""
    path = os.path.join(tmp, 'hvfacts_probe.c')
    with open(path, 'w') as fh:
        fh.write(probe_source(top, names)[0])
    r = subprocess.run([clang] + args + ['-S', '-emit-llvm', '-O0', '-Wno-everything', '-o', '-', path],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return None, r.stderr
    return {(m.group(1), m.group(2)): int(m.group(3)) for m in IR_GLOBAL.finditer(r.stdout)}, ''


def evaluate_macros(index, clang, args, top, macros):
    names = sorted(n for n, m in macros.items() if not m['function_like'])
    with tempfile.TemporaryDirectory(prefix='hvfacts.') as tmp:
        probe_path = os.path.join(tmp, 'hvfacts_probe.c')
        ok = constant_names(index, args, top, names, probe_path)
        vals, err = emit_values(clang, args, top, ok, tmp)
        if vals is None:          # libclang and clang disagree: one compile per macro
            vals = {}
            for n in ok:
                v, _ = emit_values(clang, args, top, [n], tmp)
                vals.update(v or {})
    for n in names:
        e = macros[n]
        if ('v', n) not in vals:
            e['value'] = None
            continue
        neg = bool(vals[('n', n)])
        u = vals[('v', n)] & 0xFFFFFFFFFFFFFFFF
        e['value'] = str(u - (1 << 64) if neg else u)
        e['negative'] = neg
        e['type_size'] = vals[('s', n)]
        e['type_signed'] = bool(vals[('g', n)])


# ------------------------------------------------------------------------------------ driver
def collect(arch, family, top, includes, defines, shim, root=None):
    top = os.path.abspath(top)
    shim = os.path.abspath(shim)
    includes = [os.path.abspath(d) for d in includes]
    scope = Scope(top, includes, shim, root)
    args = compile_args(arch, shim, includes, defines)
    index = ci.Index.create()
    with tempfile.TemporaryDirectory(prefix='hvfacts.') as tmp:
        tu_path = os.path.join(tmp, 'hvfacts_tu.c')
        tu = index.parse(tu_path, args=args, unsaved_files=[(tu_path, '#include "%s"\n' % top)],
                         options=ci.TranslationUnit.PARSE_DETAILED_PROCESSING_RECORD)
    errors = [d for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]
    if errors:
        raise SystemExit('facts.py: %s: %d errors, first: %s' % (top, len(errors), errors[0]))
    warnings = sorted({'%s: %s' % (scope.rel(d.location.file.name if d.location.file else None) or '?',
                                   d.spelling)
                       for d in tu.diagnostics if d.severity == ci.Diagnostic.Warning})

    records, enums, typedefs, macros = {}, {}, {}, {}
    typedef_records = []

    def walk(parent):
        for c in parent.get_children():
            rel = scope.of(c)
            if rel is None:
                continue
            k = c.kind
            if k in RECORD_KINDS and c.is_definition():
                if not is_unnamed(c):
                    records[c.spelling] = record_entry(c.spelling, c, rel)
                walk(c)
            elif k == ci.CursorKind.ENUM_DECL and c.is_definition():
                consts = [{'name': e.spelling, 'value': e.enum_value} for e in c.get_children()
                          if e.kind == ci.CursorKind.ENUM_CONSTANT_DECL]
                name = c.spelling
                if is_unnamed(c):
                    name = '<anonymous:%s>' % (consts[0]['name'] if consts else '?')
                enums[name] = {'name': name, 'file': rel, 'underlying': c.enum_type.get_canonical().spelling,
                               'size': c.type.get_size(), 'constants': consts}
            elif k == ci.CursorKind.TYPEDEF_DECL:
                ut = c.underlying_typedef_type
                uc = ut.get_canonical()
                typedefs[c.spelling] = {'name': c.spelling, 'file': rel, 'underlying': tidy(ut.spelling),
                                        'canonical': tidy(uc.spelling), 'size': c.type.get_size()}
                d = record_decl(uc)
                if d is not None and is_unnamed(d):
                    typedef_records.append((c.spelling, d, rel))
            elif k == ci.CursorKind.MACRO_DEFINITION:
                fn, params = macro_shape(c)
                e = {'name': c.spelling, 'file': rel, 'function_like': fn}
                if fn:
                    e['params'] = params
                prev = macros.get(c.spelling)
                if prev is not None:   # defined again: the last definition is the one in effect
                    e['definitions'] = prev.get('definitions', 1) + 1
                    e['also_defined_in'] = sorted(set(prev.get('also_defined_in', []) + [prev['file']]) - {rel})
                macros[c.spelling] = e

    walk(tu.cursor)
    for name, d, rel in typedef_records:
        records[name] = record_entry(name, d, rel, typedef_only=True)
    evaluate_macros(index, find_clang(), args, top, macros)
    top_rel = scope.rel(top) or os.path.basename(top)
    return {'arch': arch, 'family': family, 'top_header': top_rel, 'compile_flags': ARCH_FLAGS[arch],
            'warnings': warnings,
            'records': [records[n] for n in sorted(records)],
            'enums': [enums[n] for n in sorted(enums)],
            'macros': [macros[n] for n in sorted(macros)],
            'typedefs': [typedefs[n] for n in sorted(typedefs)]}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--arch', required=True, choices=sorted(ARCH_FLAGS))
    ap.add_argument('--family', required=True, help='label stored in the output (e.g. tlfs, hdk)')
    ap.add_argument('--top', required=True, help='the header to measure')
    ap.add_argument('--include', action='append', default=[], metavar='DIR',
                    help='include directory (after the shim); its files count as measured files')
    ap.add_argument('--define', action='append', default=[], metavar='X', help='extra -D (NAME or NAME=VALUE)')
    ap.add_argument('--shim', required=True, help='directory of kernel stand-in headers (never measured)')
    ap.add_argument('--root', help='make `file` fields relative to DIR (default: common path of the '
                                   'top header directory and the include directories)')
    ap.add_argument('--out', required=True)
    o = ap.parse_args(argv)
    if not os.path.isfile(o.top):
        ap.error('no such header: %s' % o.top)
    facts = collect(o.arch, o.family, o.top, o.include, o.define, o.shim, o.root)
    tmp = o.out + '.tmp'
    with open(tmp, 'w') as fh:
        json.dump(facts, fh, indent=1, sort_keys=True)
        fh.write('\n')
    os.replace(tmp, o.out)
    print('%s: %d records, %d enums, %d macros (%d with a value), %d typedefs' % (
        o.out, len(facts['records']), len(facts['enums']), len(facts['macros']),
        sum(1 for m in facts['macros'] if m.get('value') is not None), len(facts['typedefs'])),
        file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
