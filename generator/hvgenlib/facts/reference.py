"""The reference comparison: measured facts against the real kernels' facts, worded as the
tests and the report's kernel-tree column print it (`differ: record X member Y offset_bits:
expected 32, actual 40`). A policy over compare.diff_sets: FIELD is its classification table.
"""

import json

from .compare import What, diff_sets

WORD = {"records": "record", "enums": "enum", "macros": "macro", "typedefs": "typedef"}
PART = {"record": "member", "enum": "constant"}
SENTINELS = ("present", "missing", "absent")
# The reference JSON's name for each kind of difference.
FIELD = {What.KIND: "kind", What.SIZE: "size", What.ALIGN: "align",
         What.MEMBER_MOVED: "offset_bits", What.BIT_WIDTH: "bitfield_width",
         What.MEMBER_SIZE: "size", What.ARRAY: "array_len", What.MEMBER_TYPE: "canonical",
         What.VALUE: "value", What.UNDERLYING: "underlying", What.NEGATIVE: "negative",
         What.FUNCTION_LIKE: "function_like", What.TYPE_SIZE: "type_size",
         What.TYPE_SIGNED: "type_signed", What.CANONICAL: "canonical"}
PRESENCE = {What.MEMBER_REMOVED: ("present", "missing"),
            What.CONSTANT_REMOVED: ("present", "missing"),
            What.MEMBER_ADDED: ("absent", "present"), What.CONSTANT_ADDED: ("absent", "present")}


def shim_artefact(path: str) -> bool:
    """A member the kernel shim adds (named __hvref_*), not part of the headers' ABI."""
    return any(part.split("[", 1)[0].startswith("__hvref_") for part in path.split("."))


def _as_tuple(d):
    """(member, field, expected, actual) of a Difference."""
    if d.what in PRESENCE:
        return (d.subject, "presence") + PRESENCE[d.what]
    return (d.subject, FIELD[d.what], d.old, d.new)


def compare(ref, act, only=None):
    """(total, present, differing, missing, extra) of fact set ACT against REF; differing is a
    list of (word, name, [(member, field, expected, actual)])."""
    result = diff_sets(ref, act, only, keep=lambda m: not shim_artefact(m.path))
    differing = [(WORD[cat], name, [_as_tuple(d) for d in diffs])
                 for cat, name, diffs in result.differing]
    missing = [(WORD[cat], name) for cat, name in result.missing]
    extra = [(WORD[cat], name) for cat, name in result.extra]
    return result.compared, result.compared - len(missing), differing, missing, extra


def _fmt(v) -> str:
    return v if v in SENTINELS else json.dumps(v)


def difference_line(word, name, member, field, exp, act) -> str:
    where = f"{word} {name}"
    if member is not None:
        where += f" {PART.get(word, 'part')} {member}"
    return f"  differ: {where} {field}: expected {_fmt(exp)}, actual {_fmt(act)}"


def report(label: str, compared, require_all: bool = False):
    """(lines, failed) of a compare() result as the tests print it: the summary, one line per
    difference, per missing definition (with REQUIRE_ALL) and per extra one."""
    total, present, differing, missing, extra = compared
    lines = [f"{label}: {present} of {total} reference definitions present, "
             f"{len(differing)} differ, {len(extra)} extra"]
    for word, name, diffs in differing:
        lines += [difference_line(word, name, *d) for d in diffs]
    if require_all:
        lines += [f"  missing: {word} {name}" for word, name in missing]
    lines += [f"  extra: {word} {name}" for word, name in extra]
    return lines, bool(differing or (require_all and missing))
