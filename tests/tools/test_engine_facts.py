"""The layout engine's facts and the compiler's facts of the generated headers are the same.

The engine's computed layout (hvgenlib/facts/from_layout.py) and libclang's measurement of
generated/ (hvgenlib/facts/headers.py) go through the one facts comparer: per view and arch,
every record's kind, size, alignment and every member's offset, bit width, size and array
length; every enum's constants and size; every typedef's size; every constant's value, size and
signedness, whether the header writes it as a macro or as an enum constant. A constant the spec #undefs after its
record (`undef-after`) has no value at the end of the header and is left out.

Run: /usr/bin/python3 -m unittest discover -s tests/tools -p 'test_*.py'
"""
import dataclasses
import os
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, 'generator'))

from hvgenlib.facts.compare import (What, diff_enum, diff_macro, diff_record,  # noqa: E402
                                    diff_typedef)
from hvgenlib.facts.from_layout import arch_facts  # noqa: E402
from hvgenlib.facts.reference import shim_artefact  # noqa: E402
from hvgenlib.facts.targets import LINUX  # noqa: E402

try:
    from hvgenlib.facts import headers
    from hvgenlib.pipeline import analyse
    from hvgenlib.profiles import default_header
    MISSING = None
except ImportError as exc:  # pyenv's python3: no clang.cindex, no yaml
    MISSING = str(exc)

GENERATED = os.path.join(ROOT, 'generated')
LAYOUT = (What.MEMBER_MOVED, What.BIT_WIDTH, What.MEMBER_SIZE, What.ARRAY)


def differences(result, view, arch, folder=GENERATED):
    """(engine definitions compared, [what differs or is missing]) for one view and arch, the
    view's header read from FOLDER (a generated/ folder)."""
    kinds = {v.name: v.kind for v in result.views[view].definitions}
    undefined = {v.name for v in result.views[view].definitions
                 if getattr(v.source, 'undef_after', None)}
    engine = arch_facts(result.layouts[(view, arch)], kinds)
    measured = headers.read(os.path.join(folder, default_header(view).file), LINUX[arch],
                            [folder])
    found, compared = [], 0
    for name, record in engine.records.items():
        compared += 1
        if name not in measured.records:
            found.append('record %s missing' % name)
            continue
        found += diff_record(name, record, measured.records[name],
                             (What.KIND, What.SIZE, What.ALIGN), LAYOUT,
                             keep=lambda m: not shim_artefact(m.path))
    for name, enum in engine.enums.items():
        compared += 1
        if name not in measured.enums:
            found.append('enum %s missing' % name)
            continue
        found += diff_enum(name, enum, measured.enums[name], (What.SIZE,))
    for name, typedef in engine.typedefs.items():
        compared += 1
        if name not in measured.typedefs:
            found.append('typedef %s missing' % name)
            continue
        found += diff_typedef(name, typedef, measured.typedefs[name], (What.SIZE,))
    enum_constants = {c: str(v) for e in measured.enums.values() for c, v in e.constants}
    for name, macro in engine.macros.items():
        if name in undefined:
            continue
        compared += 1
        if name in measured.macros:
            found += diff_macro(name, macro, measured.macros[name])
        elif enum_constants.get(name) != macro.value:
            found.append('constant %s = %s, header %s' % (name, macro.value,
                                                          enum_constants.get(name)))
    return compared, found


@unittest.skipIf(MISSING, 'needs /usr/bin/python3 with python3-clang-14 and yaml: %s' % MISSING)
class EngineMatchesCompiler(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.result = analyse(os.path.join(ROOT, 'spec'))

    def check(self, view, arch):
        compared, found = differences(self.result, view, arch)
        self.assertGreater(compared, 300)
        self.assertEqual(found, [])

    def test_tlfs_x86_64(self):
        self.check('tlfs', 'x86_64')

    def test_tlfs_arm64(self):
        self.check('tlfs', 'arm64')

    def test_hdk_x86_64(self):
        self.check('hdk', 'x86_64')

    def test_hdk_arm64(self):
        self.check('hdk', 'arm64')

    def test_a_moved_member_is_found(self):
        """The comparison can fail: one member moved by a byte in the engine's layout."""
        layout = self.result.layouts[('hdk', 'x86_64')]
        name = 'hv_vp_assist_page'
        record = layout.records[name]
        moved = record.members[1]
        layout.records[name] = dataclasses.replace(record, members=(
            record.members[:1] + (dataclasses.replace(moved, offset_bits=moved.offset_bits + 8),)
            + record.members[2:]))
        try:
            _, found = differences(self.result, 'hdk', 'x86_64')
        finally:
            layout.records[name] = record
        self.assertEqual([(d.what, d.name, d.subject) for d in found],
                         [(What.MEMBER_MOVED, name, moved.path)])


if __name__ == '__main__':
    unittest.main()
