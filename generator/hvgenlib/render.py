"""Turn a projected view into flat render items and hand them to the Jinja templates.

Every decision (what to print, names, spellings, comments, `#if` blocks, tab columns) is made
here; the templates only print the items' final fields.
"""

import os
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

import jinja2

from . import model as m
from .ctext import comment_text
from .profiles import OutputFile
from .targets import ARCH_TABLE
from .views import VDef, View, same_projection

TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates")
TAB = 8
MAX_COLUMNS = 100  # the kernel's line limit

@dataclass
class Line:
    """One line inside a block: `indent` tabs, then text (which may hold aligning tabs)."""

    indent: int
    text: str


@dataclass
class Item:
    """A piece of a header (comment, defines, block, #if): fields final, text made once."""

    kind: str  # comment | defines | block | if | endif
    lines: List[str] = field(default_factory=list)
    body: List[Line] = field(default_factory=list)
    head: str = ""
    tail: str = ""
    # the item's printed text, kept once made: one definition's items are shared by every
    # output file of a view that holds it, so each is printed once however many files show it
    text: Optional[str] = field(default=None, compare=False, repr=False)


def tab_pad(text: str, column: int) -> str:
    """Pad `text` with tabs to `column` (a multiple of 8), at least one tab."""
    width = len(text.expandtabs(TAB))
    tabs = max(1, -(-(column - width) // TAB))
    return text + "\t" * tabs


def _align_column(names: List[str]) -> int:
    return (max(len(n) for n in names) // TAB + 1) * TAB


def _comment(vdef: VDef, view: str) -> List[str]:
    source = vdef.source
    lines = [source.tags.description] if source.tags.description else []
    if source.tags.documented and source.citation is not None and not source.derived_from:
        cite = str(source.citation)
        lines.append(f"TLFS: {cite}" if cite != "none" else f"TLFS: none ({source.tags.reason})")
    elif source.tags.documented and source.derived_from:
        lines.append(f"TLFS: derived from {source.derived_from}.")
    elif view == m.ViewName.HDK:
        lines.append("HDK-only: not in the TLFS.")
    width = MAX_COLUMNS - 6
    lines = [comment_text(line) for line in lines]
    return [wrapped for line in lines
            for wrapped in ([line] if len(line) <= width else textwrap.wrap(line, width))]


def _value_text(value) -> str:
    text = getattr(value, "text", None)
    return text if text is not None else str(value)


def _array_suffix(array) -> str:
    """`[N]` as the spec spells N (0x100 stays 0x100), `[]` for a flexible array."""
    if array is None:
        return ""
    return "[]" if array == "flexible" else f"[{_value_text(array)}]"


def _field_line(member: m.Field, note: bool) -> str:
    array = _array_suffix(member.array)
    bits = f" : {member.bits}" if member.bits is not None else ""
    volatile = "volatile " if member.volatile else ""
    line = f"{volatile}{member.ctype} {member.name}{array}{bits};"
    return line + "\t/* HDK-only */" if note and not member.documented else line


class _Flattener:
    def __init__(self, view: str, annotate: bool, trailing_overlap: str = "macro") -> None:
        self.view = view
        self.annotate = annotate  # mark HDK-only members of a documented record (hdk view)
        self.trailing_overlap = trailing_overlap  # profiles.TRAILING_OVERLAP_SPELLINGS

    def members(self, members, depth: int, lone_flex_macro: bool = True) -> List[Line]:
        sole_flexible = lone_flex_macro and len(members) == 1 \
            and isinstance(members[0], m.Field) and members[0].array == "flexible"
        if sole_flexible:  # C needs the kernel's macro for a lone flexible array member
            member = members[0]
            return [Line(depth, f"DECLARE_FLEX_ARRAY({member.ctype}, {member.name});")]
        return _arch_blocks(members, lambda member: self.member(member, depth))

    def member(self, member, depth: int) -> List[Line]:
        return MEMBER_LINES[type(member)](self, member, depth)

    def field(self, member: m.Field, depth: int) -> List[Line]:
        text = _field_line(member, self.annotate)
        if len(("\t" * depth + text).expandtabs(TAB)) > MAX_COLUMNS:
            text = _field_line(member, False)
        return [Line(depth, text)]

    def overlap(self, member: m.Overlap, depth: int) -> List[Line]:
        if self.trailing_overlap == "plain":
            # kernels without the macro (6.12): the overlapping members simply follow the
            # member, which is where its flexible array starts
            lines = [Line(depth, f"{member.ctype} {member.name};")]
            lines.extend(self.members(member.members, depth, lone_flex_macro=False))
            return lines
        packed = "__packed" if member.packed else ""
        lines = [Line(depth, f"__TRAILING_OVERLAP({member.ctype}, {member.name}, "
                             f"{member.fam}, {packed},")]
        # the macro's own struct already holds a member before these: no DECLARE_FLEX_ARRAY
        lines.extend(self.members(member.members, depth + 1, lone_flex_macro=False))
        lines.append(Line(depth, ");"))
        return lines

    def nested(self, member: m.Nested, depth: int) -> List[Line]:
        lines = [Line(depth, f"{member.kind} {{")]
        lines.extend(self.members(member.members, depth + 1))
        packed = " __packed" if member.packed else ""
        name = f" {member.name}" if member.name else ""
        array = _array_suffix(member.array)
        lines.append(Line(depth, f"}}{packed}{name}{array};"))
        return lines


# The lines each member form prints as.
MEMBER_LINES = {m.Field: _Flattener.field, m.Nested: _Flattener.nested,
                m.Overlap: _Flattener.overlap}


def _arch_blocks(items, lines_of) -> List[Line]:
    """Lines of each item, runs of arch-specific items wrapped in the kernel's #if."""
    lines: List[Line] = []
    current: Optional[str] = None
    for item in items:
        arch = item.arch
        if arch != current:
            if current is not None:
                lines.append(Line(0, f"#endif /* {ARCH_TABLE[current].config} */"))
            if arch is not None:
                lines.append(Line(0, f"#if defined({ARCH_TABLE[arch].config})"))
            current = arch
        lines.extend(lines_of(item))
    if current is not None:
        lines.append(Line(0, f"#endif /* {ARCH_TABLE[current].config} */"))
    return lines


def _definition_items(vdef: VDef, view: str, trailing_overlap: str = "macro") -> List[Item]:
    comment = _comment(vdef, view)
    return ([Item("comment", lines=comment)] if comment else []) + \
        [BODY[type(vdef.source)](vdef, view, trailing_overlap)]


def _define_item(vdef: VDef, view: str, trailing_overlap: str) -> Item:
    return Item("defines", lines=[_define_text(vdef.source, vdef.value)])


def _typedef_item(vdef: VDef, view: str, trailing_overlap: str) -> Item:
    return Item("defines", lines=[f"typedef {vdef.source.ctype} {vdef.name};"])


def _enum_item(vdef: VDef, view: str, trailing_overlap: str) -> Item:
    column = _align_column([v.name for v in vdef.values])
    body = _arch_blocks(
        vdef.values, lambda v: [Line(1, f"{tab_pad(v.name, column)}= {_value_text(v.value)},")])
    head = "enum {" if vdef.source.anonymous else f"enum {vdef.name} {{"
    return Item("block", head=head, body=body, tail="};")


def _record_item(vdef: VDef, view: str, trailing_overlap: str) -> Item:
    source = vdef.source
    annotate = view == m.ViewName.HDK and source.tags.documented
    body = _Flattener(view, annotate, trailing_overlap).members(vdef.members, 1)
    attributes = (" __packed" if source.packed else "") + \
        (f" __aligned({source.aligned})" if source.aligned else "")
    return Item("block", head=f"{source.kind} {source.name} {{", body=body,
                tail=f"}}{attributes};")


# The item each definition kind prints as (after its comment).
BODY = {m.Constant: _define_item, m.Typedef: _typedef_item, m.Enum: _enum_item,
        m.Record: _record_item}


def _define_text(source: m.Constant, value) -> str:
    name = source.name
    if source.params is not None:
        name = f"{name}({', '.join(source.params)})"
    value = _value_text(value)
    if source.ctype:
        value = f"(({source.ctype}){value})"
    return f"{name}\t{value}"


def _group_defines(items: List[Item]) -> List[Item]:
    """Merge runs of uncommented #defines into one block whose values share a tab column.
    Makes new items: the ones passed in are shared with other output files."""
    runs: List[List[Item]] = []
    for item in items:
        if runs and _define_form(item) is not None and \
                _define_form(item) == _define_form(runs[-1][0]):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [_aligned(run) if run[0].kind == "defines" else run[0] for run in runs]


def _define_form(item: Item):
    """Which lines of a block of uncommented one-liners an item can join: `#define`s share
    a value column, typedefs stand as written; None for anything else."""
    if item.kind != "defines":
        return None
    return "typedef" if item.lines[0].startswith("typedef") else "define"


def _aligned(run: List[Item]) -> Item:
    lines = [line for item in run for line in item.lines]
    if lines[0].startswith("typedef"):
        return Item("defines", lines=lines)
    names = [line.split("\t", 1)[0] for line in lines]
    column = _align_column(names)
    return Item("defines", lines=[_fit_define(n, line.split("\t", 1)[1], column)
                                  for n, line in zip(names, lines)])


_BREAKS = re.compile(r" [|/+*&-] ")


def _fit_define(name: str, value: str, column: int) -> str:
    """`NAME<tabs>VALUE`, or the kernel's continuation form when that passes 100 columns:
    the value on following lines, broken after a binary operator where it must be."""
    line = tab_pad(name, column) + value
    if len(("#define " + line).expandtabs(TAB)) <= MAX_COLUMNS:
        return line
    room = MAX_COLUMNS - 2 * TAB - 2  # two tabs of indent, " \\" at the end
    lines = []
    while len(value) > room:
        cuts = [b.end() - 1 for b in _BREAKS.finditer(value) if b.end() - 1 <= room]
        if not cuts:
            break
        lines.append(value[:cuts[-1]].rstrip())
        value = value[cuts[-1]:].lstrip()
    lines.append(value)
    return name + "\t\\\n" + " \\\n".join("\t\t" + text for text in lines)


def _same_group(a: VDef, b: VDef) -> bool:
    """Consecutive defines citing the same page share one comment."""
    return isinstance(a.source, m.Constant) and isinstance(b.source, m.Constant) \
        and a.source.tags == b.source.tags \
        and a.source.citation == b.source.citation


def _items_of(vdef: VDef, view: str, trailing_overlap: str, made) -> List[Item]:
    """VDEF's items, made once for every projection that shows it alike (MADE: id of the
    source -> [(projection, items)]): a view and the Linux family spelled as it share most."""
    entries = made.setdefault(id(vdef.source), [])
    for shown, items in entries:
        if same_projection(vdef, shown):  # the same VDef, mostly
            return items
    items = _definition_items(vdef, view, trailing_overlap)
    entries.append((vdef, items))
    return items


def render_items(view: View, single_arch: bool = False,
                 made: Optional[Dict[int, list]] = None,
                 trailing_overlap: str = "macro") -> List[Item]:
    """Items for the view's definitions; in a single-arch file no `#if` guards are needed.

    `made` keeps each definition's items across the files of one spelling (a definition is in
    a default header and in a kernel-profile file): they are made once and shared, never
    edited (_items_of)."""
    made = {} if made is None else made
    items: List[Item] = []
    current_arch: Optional[str] = None
    previous: Optional[VDef] = None
    undefs: Dict[str, List[str]] = {}
    for vdef in view.definitions:
        after = getattr(vdef.source, "undef_after", None)
        if after:
            undefs.setdefault(after, []).append(vdef.name)
    for vdef in view.definitions:
        arch = None if single_arch else vdef.arch
        if arch != current_arch:
            if current_arch is not None:
                items.append(Item("endif", head=ARCH_TABLE[current_arch].config))
            if arch is not None:
                items.append(Item("if", head=ARCH_TABLE[arch].config))
            current_arch, previous = arch, None
        produced = _items_of(vdef, view.name, trailing_overlap, made)
        if previous is not None and _same_group(previous, vdef):
            produced = [i for i in produced if i.kind != "comment"]
        items.extend(produced)
        if vdef.name in undefs:
            items.append(Item("raw", lines=[f"#undef {name}" for name in undefs[vdef.name]]))
        previous = vdef
    if current_arch is not None:
        items.append(Item("endif", head=ARCH_TABLE[current_arch].config))
    return _group_defines(items)


def _gaps(items: List[Item]) -> List[bool]:
    """Whether each item has a blank line before it."""
    return [True] + [before.kind not in ("comment", "if") and item.kind != "raw"
                     for before, item in zip(items, items[1:])]


def _text(item: Item) -> str:
    if item.text is None:
        item.text = _macro(item.kind)(item)
    return item.text


_ENV: Optional[jinja2.Environment] = None
# The _c.j2 macro that formats each kind of item, looked up once (thousands of items ask)
MACROS = {"comment": "comment", "defines": "defines", "block": "block", "if": "arch_if",
          "endif": "arch_endif", "raw": "raw"}
_MACROS: Dict[str, Any] = {}


def _macro(kind: str):
    if not _MACROS:
        module = environment().get_template("_c.j2").module
        _MACROS.update({k: getattr(module, name) for k, name in MACROS.items()})
    return _MACROS[kind]


def environment() -> jinja2.Environment:
    global _ENV  # one environment per process: templates compile once
    if _ENV is None:
        # no bytecode_cache: Jinja's stores pickle and marshal on disk, and loading a planted
        # entry runs its code; compiling the templates costs a few ms (bench/README.md)
        _ENV = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATE_DIR), undefined=jinja2.StrictUndefined,
            auto_reload=False,  # a run is shorter than an edit
            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
            autoescape=False)
    return _ENV


def render(view: View, output: OutputFile, banner_paths: Dict[str, str]) -> str:
    """One output file: the view's definitions that `output` selects, in view order; its
    banner names the spec files they come from."""
    held = View(view.name, view.held_by(output))
    spec_files = sorted({comment_text(banner_paths[vdef.source.file])
                         for vdef in held.definitions})
    template = environment().get_template("header.h.j2")
    # items are shared by the view's files that spell definitions alike
    made = view.rendered.setdefault(output.trailing_overlap, {})
    items = render_items(held, output.arch is not None, made, output.trailing_overlap)
    return template.render(header=output, view=view.name, spec_files=spec_files,
                           items=list(zip(_gaps(items), map(_text, items))))
