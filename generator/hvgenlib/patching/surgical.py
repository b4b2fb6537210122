"""A surgical edit of a kernel tree's Hyper-V headers: only the definitions that differ change.

Which definitions differ is decided by facts (facts/: the compiler's view of the tree's files,
on every arch, against the same files with hvgen's kernel-profile output in their place):
comments, order and spelling do not count. Where they stand is decided by text (extents.py).
Then, in each tree file:

* a changed definition is replaced in its own lines; lines that are the same but for
  whitespace keep the tree's spelling, and the comment above it stays;
* a removed definition is deleted with the comment block above it;
* an added one is inserted after the nearest definition that precedes it in hvgen's file, that
  the tree's file already has and that sits under the same #if conditions; failing that, before
  the file's last `#endif` (its include guard). hvgen's own TLFS/HDK-only comments stay out.

Every other byte of the file stays as it was. The result is measured again and must equal the
spec's view, so an edit that would not reproduce it is an error, never a wrong patch.
"""

import difflib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..targets import ARCH_TABLE, FAMILIES
from . import extents as ex

_GUARD = re.compile(r"^_\w*_H$")
_DEFINE_LINE = re.compile(r"^(#define\s+[A-Za-z_]\w*(?:\([^)]*\))?)([ \t]+)(\S.*)$")


class SurgeryError(Exception):
    """The edit cannot be made truthfully (the tree cannot be measured, or the result would not
    measure as the spec's view)."""


@dataclass
class Change:
    status: str  # added | changed | removed
    category: str  # records | enums | macros | typedefs
    name: str  # the facts name (a record's tag, a macro's name...)
    file: str  # tree path
    arches: List[str] = field(default_factory=list)
    details: List[str] = field(default_factory=list)
    label: str = ""  # as C names it: "struct hv_x", "enum hv_y", a macro's name


# -- measuring --------------------------------------------------------------------------------
def measure(root: str, layout: str, files: Sequence[str], overlay: Optional[str] = None):
    """{arch: {(category, name): (definition facts, file)}} of the definitions in FILES, as the
    compiler sees them in ROOT (with OVERLAY's copies of FILES first on the include path), from
    the family's top headers (every file of a family is reached from them: 7.x's hvhdk.h
    includes the other four, the 6.12 arch files the generic one)."""
    from ..facts import headers
    from ..facts.compare import CATEGORIES
    from ..facts.targets import LINUX

    found = {}
    for arch, tops in FAMILIES[layout].tops.items():
        base = overlay or root
        row = ARCH_TABLE[arch]
        includes = (row.include_dirs(overlay) if overlay else []) + row.include_dirs(root)
        per_arch: Dict[Tuple[str, str], tuple] = {}
        for top in tops:
            if not os.path.isfile(os.path.join(base, top)) or not os.path.isdir(
                    os.path.join(root, "arch", row.kernel_dir)) and top.startswith("arch/"):
                continue
            try:
                facts = headers.read(os.path.join(base, top), LINUX[arch], includes, root=base)
            except headers.FactsError as exc:
                raise SurgeryError(f"measuring {top} ({arch}) in {base}: {exc}") from exc
            for category in CATEGORIES:
                for name, item in getattr(facts, category).items():
                    if item.file in files:
                        per_arch[(category, name)] = (item, item.file)
        found[arch] = per_arch
    return found


def _differences(category: str, name: str, old, new) -> List[str]:
    """What differs in the ABI, one line each; how a type is spelled (u64 or __u64) does not."""
    from ..facts import compare

    if category == "records":
        found = compare.diff_record(name, old, new, member_fields=(
            compare.What.MEMBER_MOVED, compare.What.BIT_WIDTH, compare.What.MEMBER_SIZE,
            compare.What.ARRAY, compare.What.MEMBER_TYPE))
    else:
        found = {"enums": compare.diff_enum, "macros": compare.diff_macro,
                 "typedefs": compare.diff_typedef}[category](name, old, new)
    return [_detail(d) for d in found]


def _shown(value) -> str:
    """A value as a reader of a header would write it: integers past 9 in hex."""
    try:
        number = int(str(value))
    except ValueError:
        return str(value)
    return hex(number) if abs(number) > 9 else str(number)


def _detail(difference) -> str:
    where = f" of {difference.subject}" if difference.subject else ""
    if difference.old is None or difference.new is None:
        return f"{difference.what.value}{where}"
    return f"{difference.what.value}{where}: {_shown(difference.old)} -> {_shown(difference.new)}"


def changes(old, new, texts: Dict[str, Tuple[str, str]]) -> List[Change]:
    """What differs between two measurements, per definition (all arches folded together).

    A macro with no integer value (a function-like macro, a type) has no value to compare, so
    its #define line is compared as text, whitespace aside."""
    merged: Dict[Tuple[str, str], Change] = {}
    for arch in old:
        a, b = old[arch], new.get(arch, {})
        for key in sorted(set(a) | set(b)):
            category, name = key
            if key not in b:
                status, file, details = "removed", a[key][1], []
            elif key not in a:
                status, file, details = "added", b[key][1], []
            else:
                details = _differences(category, name, a[key][0], b[key][0])
                if category == "macros" and a[key][0].value is None and not details and \
                        _macro_text(texts, a[key][1], name, 0) != \
                        _macro_text(texts, b[key][1], name, 1):
                    details = ["its definition changed"]
                if not details:
                    continue
                status, file = "changed", a[key][1]
            change = merged.setdefault(key, Change(status, category, name, file))
            change.arches.append(arch)
            change.details += [d for d in details if d not in change.details]
    return sorted(merged.values(), key=lambda c: (c.file, c.status, c.name))


def _macro_text(texts, file: str, name: str, side: int) -> Optional[str]:
    text = texts.get(file, ("", ""))[side]
    lines = text.split("\n")
    found = [e for e in ex.scan(text) if e.kind == "define" and e.name == name]
    if not found:
        return None
    body = " ".join(lines[found[0].first:found[0].last + 1]).replace("\\", " ")
    code, _ = ex._strip_comments(body, False)
    return " ".join(code.split())


# -- editing ----------------------------------------------------------------------------------
def extent_name(change: Change, record_kinds: Dict[str, str]) -> str:
    """The name extents.py gives the definition a change is about."""
    if change.category == "records":
        return record_kinds.get(change.name, change.name)
    if change.category == "enums":
        return f"enum {change.name}"
    return change.name


def _configs(conditions: Tuple[str, ...]) -> Tuple[str, ...]:
    """The CONFIG_ symbols a definition's #if conditions test, however they are spelled."""
    return tuple(sorted({c for cond in conditions for c in re.findall(r"CONFIG_\w+", cond)
                         if not cond.startswith("ifndef _")}))


def _normal(line: str) -> str:
    return " ".join(line.split())


def _merge_lines(old: List[str], new: List[str]) -> List[str]:
    """NEW's lines, keeping OLD's spelling of every line that differs only in whitespace."""
    matcher = difflib.SequenceMatcher(None, [_normal(x) for x in old], [_normal(x) for x in new],
                                      autojunk=False)
    out: List[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        out += old[i1:i2] if op == "equal" else new[j1:j2]
    return out


def _definition_lines(lines: List[str], extent: ex.Extent) -> List[str]:
    return lines[extent.first:extent.last + 1]


def edit_file(old_text: str, new_text: str, wanted: List[Tuple[str, str]],
              spec_order: Optional[List[List[str]]] = None) -> str:
    """OLD_TEXT with the definitions WANTED [(status, extent name)] edited as in NEW_TEXT.

    SPEC_ORDER lists the spec's definitions (extent names) file by file, in spec order: a new
    definition goes next to its neighbour there when the tree's file has one."""
    old_lines, new_lines = old_text.split("\n"), new_text.split("\n")
    old_ext, new_ext = ex.scan(old_text), ex.scan(new_text)
    old_by, new_by = ex.by_name(old_ext), ex.by_name(new_ext)
    replace: Dict[int, Tuple[int, List[str]]] = {}  # first line -> (last line, replacement)
    insert_after: Dict[int, List[List[str]]] = {}
    for status, name in wanted:
        if status in ("changed", "removed"):
            for index, extent in enumerate(old_by.get(name, [])):
                if status == "removed":
                    replace[extent.comment_first] = (extent.last, [])
                    continue
                counterparts = new_by.get(name, [])
                if index < len(counterparts):
                    replacement = _merge_lines(_definition_lines(old_lines, extent),
                                               _definition_lines(new_lines, counterparts[index]))
                    replace[extent.first] = (extent.last, replacement)
    # Additions in hvgen's file order, each after everything it uses: the tree's definitions it
    # names and the additions before it (hvgen's files are in dependency order).
    added = {name for status, name in wanted if status == "added"}
    placed: Dict[str, int] = {}
    for extent in new_ext:
        if extent.name in added:
            lines = _definition_lines(new_lines, extent)
            at = max([_insertion_point(extent, new_ext, old_by, old_lines, spec_order or [])] +
                     [placed[n] for n in _uses(lines, placed)] +
                     [e.last for n in _uses(lines, old_by) for e in old_by[n]])
            placed[extent.name] = at
            insert_after.setdefault(at, []).append(lines)
    return _rebuild(old_lines, replace, insert_after)


def _uses(lines: List[str], known) -> List[str]:
    """The names in KNOWN (extent names: "struct X", "enum Y", macros) that LINES refer to."""
    code = " ".join(ex._strip_comments(line, False)[0] for line in lines)
    words = re.findall(r"(?:(?:struct|union|enum)\s+)?[A-Za-z_]\w*", code)
    names = {" ".join(w.split()) for w in words}
    return [n for n in names if n in known]


def _spec_neighbour(extent: ex.Extent, old_by, spec_order: List[List[str]]) -> Optional[int]:
    """After which old line a new definition goes by the spec's order: after the nearest
    definition before it in its spec file that the tree's file has (under the same #if
    conditions), else before the nearest one after it; None when its spec file has neither."""
    wanted = _configs(extent.conditions)
    for names in spec_order:
        if extent.name not in names:
            continue
        at = names.index(extent.name)
        for name in reversed(names[:at]):
            for candidate in old_by.get(name, []):
                if _configs(candidate.conditions) == wanted:
                    return candidate.last
        for name in names[at + 1:]:
            for candidate in old_by.get(name, []):
                if _configs(candidate.conditions) == wanted:  # under its group's comment
                    return candidate.first - 1 if extent.kind == candidate.kind == "define" \
                        else candidate.comment_first - 1
    return None


def _insertion_point(extent: ex.Extent, new_ext: List[ex.Extent], old_by, old_lines,
                     spec_order: List[List[str]]) -> int:
    """The old line after which a new definition goes (see the module's docstring)."""
    by_spec = _spec_neighbour(extent, old_by, spec_order)
    if by_spec is not None:
        return by_spec
    position = new_ext.index(extent)
    for neighbour in reversed(new_ext[:position]):
        if _GUARD.match(neighbour.name):  # the include guard is nobody's neighbour
            continue
        for candidate in old_by.get(neighbour.name, []):
            if _configs(candidate.conditions) == _configs(extent.conditions):
                return candidate.last
    guard = max((i for i, line in enumerate(old_lines) if line.startswith("#endif")), default=None)
    return (guard - 1) if guard is not None else len(old_lines) - 1


def _column(text: str) -> int:
    """The visual column after TEXT, tabs at every 8 columns."""
    column = 0
    for char in text:
        column = (column // 8 + 1) * 8 if char == "\t" else column + 1
    return column


def _aligned(block: List[str], neighbour: str) -> List[str]:
    """A new one-line #define with its value at the column of the #define it joins."""
    ref, line = _DEFINE_LINE.match(neighbour), _DEFINE_LINE.match(block[0]) if block else None
    if len(block) != 1 or not ref or not line:
        return block
    uses_tabs = "\t" in ref.group(2)
    target = _column(ref.group(1) + ref.group(2))
    head = line.group(1)
    if _column(head) >= target:
        return [f"{head}{ref.group(2)[:1]}{line.group(3)}"]
    if not uses_tabs:
        return [head + " " * (target - _column(head)) + line.group(3)]
    gap = ""
    while _column(head + gap + "\t") <= target:
        gap += "\t"
    gap += " " * (target - _column(head + gap))  # as the reference: tabs, then spaces
    return [head + gap + line.group(3)]


def _reference_define(out: List[str]) -> str:
    """The #define of the run just above whose value column the run is aligned to: the nearest
    one with a tab before its value (a name too long for the column has just a space)."""
    for line in reversed(out):
        match = _DEFINE_LINE.match(line)
        if not match:
            break
        if "\t" in match.group(2):
            return line
    return out[-1]


def _with_spacing(out: List[str], block: List[str], following: Optional[str]) -> List[str]:
    """BLOCK as it joins OUT: a #define joins a run of defines; anything else stands apart,
    a blank line before and after it."""
    if block and block[0].lstrip().startswith("#define"):
        if out and out[-1].lstrip().startswith("#define"):
            return _aligned(block, _reference_define(out))
        if following is not None and following.lstrip().startswith("#define"):
            return _aligned(block, following)
    before = [] if not out or not out[-1].strip() else [""]
    after = [] if following is None or not following.strip() else [""]
    return before + block + after


def _rebuild(old_lines, replace, insert_after) -> str:
    out: List[str] = []
    index = 0
    while index < len(old_lines):
        last = index
        if index in replace:
            last, replacement = replace[index]
            out += replacement
            if not replacement and out and not out[-1].strip() and last + 1 < len(old_lines) \
                    and not old_lines[last + 1].strip():
                last += 1  # a deleted definition takes one of its two blank lines with it
        else:
            out.append(old_lines[index])
        following = old_lines[last + 1] if last + 1 < len(old_lines) else None
        for i in range(index, last + 1):
            for block in insert_after.get(i, []):
                out += _with_spacing(out, block, following)
        index = last + 1
    return "\n".join(out)


# -- the whole operation ----------------------------------------------------------------------
def overlay_tree(files: Dict[str, str]) -> str:
    """A temp folder holding FILES {tree path: text} at their tree paths (caller removes it)."""
    folder = tempfile.mkdtemp(prefix="hvgen-patch-")
    for path, text in files.items():
        os.makedirs(os.path.dirname(os.path.join(folder, path)), exist_ok=True)
        with open(os.path.join(folder, path), "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    return folder


def surgery(tree: str, layout: str, old_texts: Dict[str, Optional[str]],
            new_texts: Dict[str, str], select: Callable[[Change], bool] = lambda c: True,
            spec_order: Optional[List[List[str]]] = None
            ) -> Tuple[List[Change], List[Change], Dict[str, str]]:
    """(the changes made, those SELECT left out, {tree path: edited text}) for the tree's
    files against hvgen's output."""
    files = sorted(new_texts)
    # OLD_TEXTS are measured as given, so a series can stand on the patches before it.
    base_overlay = overlay_tree({f: t for f, t in old_texts.items() if t is not None})
    spec_overlay = overlay_tree(new_texts)
    edited_overlay = None
    try:
        before = measure(tree, layout, files, overlay=base_overlay)
        after = measure(tree, layout, files, overlay=spec_overlay)
        texts = {f: (old_texts.get(f) or "", new_texts[f]) for f in files}
        every = changes(before, after, texts)
        found = [c for c in every if select(c)]
        skipped = [c for c in every if not select(c)]
        kinds = _record_kinds(before, after)
        for change in every:
            change.label = extent_name(change, kinds)
        edited = {}
        for path in files:
            wanted = [(c.status, c.label) for c in found if c.file == path]
            old = old_texts.get(path)
            if old is None or (wanted and not any(e.name for e in ex.scan(old))):
                edited[path] = new_texts[path]  # nothing of the kernel's own to keep
            elif wanted:
                edited[path] = edit_file(old, new_texts[path], wanted, spec_order)
        if edited:
            merged = {f: edited.get(f, old_texts.get(f) or "") for f in files}
            edited_overlay = overlay_tree(merged)
            check = measure(tree, layout, files, overlay=edited_overlay)
            left = changes(check, after, {f: (merged[f], new_texts[f]) for f in files})
            wrong = [c for c in left if _key(c) not in {_key(k) for k in skipped}]
            if wrong or len(left) != len(skipped):
                raise SurgeryError("the edited files would not measure as the spec's view: " +
                                   "; ".join(f"{c.name} ({c.status}: {', '.join(c.details[:2])})"
                                             for c in (wrong or left)[:5]))
        return found, skipped, edited
    finally:
        shutil.rmtree(base_overlay, ignore_errors=True)
        shutil.rmtree(spec_overlay, ignore_errors=True)
        if edited_overlay:
            shutil.rmtree(edited_overlay, ignore_errors=True)


def _key(change: Change) -> Tuple[str, str, str]:
    return change.status, change.category, change.name


def _record_kinds(*measurements) -> Dict[str, str]:
    """{record tag: extent name} ("struct X", "union X"; a typedef-only record by its name)."""
    kinds = {}
    for measurement in measurements:
        for per_arch in measurement.values():
            for (category, name), (item, _) in per_arch.items():
                if category == "records":
                    kinds[name] = name if item.typedef_only else f"{item.kind} {name}"
    return kinds
