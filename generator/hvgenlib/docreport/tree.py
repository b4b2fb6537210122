"""How a kernel tree's Hyper-V headers stand against the spec (`hvgen report --kernel-tree`):
kernel_tree measures the tree with the facts layer on every arch, against the spec's view of the
tree's family and its whole view, into a TreeStanding of TreeItems."""

import os
import shutil
import tempfile
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..profiles import default_header, load_profiles
from ..targets import FAMILIES, detect_family

# What the rest of a tree defines that a family's files leave out (the kernel profile's
# `leave-out:`): 6.12's include/linux/hyperv.h defines union hv_connection_id itself.
ELSEWHERE = ("include/linux/hyperv.h",)
TREE_STATES = ("identical", "differing", "missing in tree", "only in tree")


@dataclass
class TreeItem:
    """One definition (a facts category and name) of the tree or of the spec's view."""

    category: str  # records | enums | macros | typedefs
    name: str
    status: str  # one of TREE_STATES, or "elsewhere in the tree"
    arches: List[str]  # where the status holds (differing: where it differs)
    file: Optional[str] = None  # tree path (identical, differing, only in tree)
    details: List[str] = field(default_factory=list)


@dataclass
class TreeStanding:
    """How a kernel tree stands against the spec's documented definitions."""

    tree: str
    layout: str  # the family (7.x, 6.12)
    items: List[TreeItem]
    documented: List[str]  # the documented definitions of the family's view (spec names)

    def counts(self) -> "OrderedDict[str, int]":
        counted = OrderedDict((state, 0) for state in TREE_STATES)
        for item in self.items:
            if item.status in counted:
                counted[item.status] += 1
        elsewhere = sum(1 for item in self.items if item.status not in counted)
        if elsewhere:
            counted["elsewhere in the tree"] = elsewhere
        return counted

    def by_name(self) -> Dict[str, TreeItem]:
        """{definition name: its item}; a name in two categories takes the worse status."""
        order = {s: i for i, s in enumerate(("differing", "missing in tree", "only in tree",
                                             "elsewhere in the tree", "identical"))}
        out: Dict[str, TreeItem] = {}
        for item in self.items:
            if item.name not in out or order[item.status] < order[out[item.name].status]:
                out[item.name] = item
        return out

    def _documented(self, status: str) -> List[str]:
        found = self.by_name()
        return sorted(n for n in self.documented if n in found and found[n].status == status)

    # The documented definitions of the spec's view only (what kernel_facts_test reads).
    @property
    def checked(self) -> int:
        return len(self.documented)

    @property
    def lacks(self) -> List[str]:
        return self._documented("missing in tree")

    @property
    def differs(self) -> Dict[str, List[str]]:
        found = self.by_name()
        return {n: found[n].details for n in self._documented("differing")}

    @property
    def same(self) -> List[str]:
        return self._documented("identical")


def _record_differences(name: str, old, new) -> List[str]:
    """What differs between two records' facts, one line each, leaving out the members the
    facts layer's kernel shim adds (__hvref_*: how __TRAILING_OVERLAP or a flexible array is
    spelled, not the ABI)."""
    from ..facts import compare, reference
    from ..patching.surgical import _detail

    found = compare.diff_record(name, old, new, member_fields=(
        compare.What.MEMBER_MOVED, compare.What.BIT_WIDTH, compare.What.MEMBER_SIZE,
        compare.What.ARRAY, compare.What.MEMBER_TYPE),
        keep=lambda m: not reference.shim_artefact(m.path))
    return [_detail(d) for d in found]


def _elsewhere(tree: str, names) -> Dict[str, str]:
    """{name: tree path} of the NAMES (facts names) that the rest of the tree defines in one of
    the ELSEWHERE files (read as text: those files include half the kernel)."""
    from ..patching import extents

    found: Dict[str, str] = {}
    for path in ELSEWHERE:
        try:
            with open(os.path.join(tree, path), encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        except OSError:
            continue
        defined = {e.name for e in extents.scan(text)}
        for name in names:
            if name not in found and {name, f"struct {name}", f"union {name}",
                                      f"enum {name}"} & defined:
                found[name] = path
    return found


def kernel_tree(result, outputs: Dict[str, str], tree: str) -> TreeStanding:
    """The tree's Hyper-V headers against the spec, measured by the facts layer on every arch,
    in two parts. Against the spec's view of the tree's family (the kernel profile's files for
    it, what `hvgen check --kernel-tree` and `patch` measure and the consumer suite builds):
    each definition identical, differing (its facts differ on some arch), missing in tree or
    only in tree. Then the spec's whole view of the family (the view's default header: every
    definition, whatever its Linux presence): what the tree lacks of it is missing in tree too,
    but for a definition the family's files leave out because the rest of the tree defines it
    (ELSEWHERE). Include guards are not definitions."""
    layout = detect_family(tree)
    family = FAMILIES[layout]
    theirs, profile = _measure_tree(tree, layout, outputs)
    header = default_header(family.view)
    whole = _whole_view(outputs, header.file, theirs)
    kernel = [o for o in load_profiles().get("kernel", ()) if o.file.startswith("linux/")
              and family.owns(o.file[len("linux/"):])]
    guards = {header.guard} | {o.guard for o in kernel}
    items = _tree_items(theirs, profile, whole, guards)
    _mark_elsewhere(tree, items, {name for o in kernel for name in o.leave_out})
    in_view = {vdef.name for vdef in result.views[family.view].definitions}
    documented = sorted({d.name for d in result.model.definitions
                         if d.tags.documented and d.name in in_view})
    return TreeStanding(tree, layout, list(items.values()), documented)


def _measure_tree(tree: str, layout: str, outputs: Dict[str, str]):
    """The tree's facts per arch as it is, and with hvgen's files for it (the kernel
    profile's) laid over it in a temporary overlay: the tree itself is not changed."""
    from ..patching import surgical
    from ..patching import tree as kernel_files

    try:
        plan = kernel_files.plan(tree, outputs)
        theirs = surgical.measure(tree, layout, list(plan.files))
        overlay = surgical.overlay_tree({p: outputs[o] for p, o in plan.files.items()})
        try:
            return theirs, surgical.measure(tree, layout, list(plan.files), overlay=overlay)
        finally:
            shutil.rmtree(overlay, ignore_errors=True)
    except (kernel_files.PatchError, surgical.SurgeryError) as exc:
        raise RuntimeError(f"measuring {tree}: {exc}") from exc


def _whole_view(outputs: Dict[str, str], file: str, arches) -> Dict[str, set]:
    """(category, name) of every definition hvgen's FILE has, on each of ARCHES."""
    from ..facts import headers
    from ..facts.compare import CATEGORIES
    from ..facts.targets import LINUX

    whole: Dict[str, set] = {}
    with tempfile.TemporaryDirectory(prefix="hvgen-report-") as gen:
        with open(os.path.join(gen, file), "w", encoding="utf-8") as handle:
            handle.write(outputs[file])
        for arch in arches:
            try:
                facts = headers.read(os.path.join(gen, file), LINUX[arch], [gen], root=gen)
            except headers.FactsError as exc:
                raise RuntimeError(f"measuring hvgen's {file} ({arch}): {exc}") from exc
            whole[arch] = {(category, name) for category in CATEGORIES
                           for name in getattr(facts, category)}
    return whole


_TREE_RANK = ("identical", "only in tree", "missing in tree", "differing")  # worst last


def _tree_items(theirs, profile, whole, guards) -> "OrderedDict[tuple, TreeItem]":
    """One item per (category, name) the tree, the profile or the whole view has (an include
    guard is no definition): its worst status over the arches, with the arches that have it."""
    items: "OrderedDict[tuple, TreeItem]" = OrderedDict()
    for arch in theirs:
        a, b = theirs[arch], profile.get(arch, {})
        for key in sorted(set(a) | set(b) | whole.get(arch, set())):
            category, name = key
            if category == "macros" and name in guards:
                continue
            status, details = _tree_status(key, a, b)
            file = a[key][1] if key in a else None
            item = items.get(key)
            if item is None:
                items[key] = TreeItem(category, name, status, [arch], file, details)
            elif _TREE_RANK.index(status) > _TREE_RANK.index(item.status):
                item.status, item.arches, item.details = status, [arch], list(details)
                item.file = item.file or file
            elif status == item.status:
                item.arches.append(arch)
                item.details += [d for d in details if d not in item.details]
    return items


def _tree_status(key, tree_facts, profile_facts):
    """(status, details) of KEY on one arch: the tree's facts against the profile's."""
    from ..patching import surgical

    category, name = key
    if key not in tree_facts:
        return "missing in tree", []
    if key not in profile_facts:
        return "only in tree", []
    old, new = tree_facts[key][0], profile_facts[key][0]
    details = (_record_differences(name, old, new) if category == "records" else
               surgical._differences(category, name, old, new))
    return ("differing" if details else "identical"), details


def _mark_elsewhere(tree: str, items, left_out) -> None:
    """A definition missing in tree that the family's files leave out (LEFT_OUT) is elsewhere
    in the tree when one of its other headers (ELSEWHERE) defines it."""
    away = _elsewhere(tree, sorted(i.name for i in items.values()
                                   if i.status == "missing in tree" and i.name in left_out))
    for item in items.values():
        if item.status == "missing in tree" and item.name in away:
            item.status, item.file = "elsewhere in the tree", away[item.name]
