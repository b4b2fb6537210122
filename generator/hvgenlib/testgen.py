"""Emit C tests whose expected numbers come from the layout engine.

Two flavours per header: `cmocka` (run on the build machine: sizeof, offsetof, every bitfield
written through its name and found at the engine's bit position, constant values and types) and
`static` (the same sizes, offsets and values as _Static_assert, for an arch that only compiles).
A wrong engine, a wrong template or a wrong spec makes them fail.
"""

import re
from dataclasses import dataclass, field
from typing import List

from . import model as m
from .layout import ArchLayout
from .render import environment
from .views import View

_PLAIN_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*|\[0\])*$")


@dataclass
class TestCase:
    name: str
    sizes: List[tuple] = field(default_factory=list)  # (C expression, value)
    bitfields: List[tuple] = field(default_factory=list)  # (type, path, offset_bits, width)
    values: List[tuple] = field(default_factory=list)  # (expression, value, size, signed)


def _record_case(vdef, record) -> TestCase:
    ctype = f"{vdef.kind} {vdef.name}"
    case = TestCase(vdef.name, sizes=[(f"sizeof({ctype})", record.size),
                                      (f"_Alignof({ctype})", record.align)])
    for member in record.members:
        if not _PLAIN_PATH.match(member.path) or "[0]" in member.path:
            continue
        if member.bits is None:
            case.sizes.append((f"offsetof({ctype}, {member.path})", member.offset_bits // 8))
        else:
            case.bitfields.append((ctype, member.path, member.offset_bits, member.bits))
    return case


def _values_case(vdef, layout: ArchLayout, names, typed: bool) -> TestCase:
    """The values of NAMES (constants), with their C type where TYPED (an enum's are int)."""
    case = TestCase(vdef.name)
    for name in names:
        value = layout.constants.get(name)
        if value is not None:
            case.values.append((name, value.value) + ((value.size, value.signed) if typed
                                                      else (None, None)))
    return case


def _constants(vdef) -> List[str]:
    """A define's name, unless it has no value (function-like) or is gone after the header."""
    return [] if vdef.source.params is not None or vdef.source.undef_after else [vdef.name]


# The test case of each definition kind (one with nothing to test is left out).
CASE = {m.Record: lambda vdef, layout: _record_case(vdef, layout.records[vdef.name]),
        m.Enum: lambda vdef, layout: _values_case(vdef, layout, [v.name for v in vdef.values],
                                                  typed=False),
        m.Constant: lambda vdef, layout: _values_case(vdef, layout, _constants(vdef),
                                                      typed=True),
        m.Typedef: lambda vdef, layout: TestCase(vdef.name, sizes=[
            (f"sizeof({vdef.name})", layout.typedefs[vdef.name])]
            if vdef.name in layout.typedefs else [])}


def test_cases(view: View, layout: ArchLayout) -> List[TestCase]:
    cases = [CASE[type(vdef.source)](vdef, layout)
             for vdef in m.on_arch(view.definitions, layout.arch)]
    return [c for c in cases if c.sizes or c.bitfields or c.values]


def _c_int(value: int) -> str:
    if value < 0:
        return f"({value + 1}LL - 1)" if value == -(1 << 63) else f"{value}LL"
    return f"{value}ULL"


def render_test(view: View, layout: ArchLayout, header: str, flavour: str) -> str:
    env = environment()
    env.filters["c_int"] = _c_int
    template = env.get_template(f"test_{flavour}.c.j2")
    return template.render(header=header, view=view.name, arch=layout.arch,
                           cases=test_cases(view, layout))
