"""The pipeline, one stage per line: load -> validate -> build -> views -> layout/checks -> render."""

import os
from dataclasses import dataclass, field
from typing import Dict, Tuple

from . import checks
from .build import build_model
from .c_rules import check_c_rules
from .claims import check_claims
from .diagnostics import Diagnostics
from .kernel_includes import check_kernel_includes
from .layout import ARCHES, ArchLayout, compute_layout, reuse_layout
from .load import load_spec
from .model import HDK, TLFS, VIEWS, Model
from .profiles import check_profile_order, load_profiles
from .render import render
from .schema import validate_schema
from .presence import FAMILIES
from .presence_checks import check_presence
from .views import View, project_family, project_view


@dataclass
class Result:
    """What analysing a spec gives: the model, its projections and their layouts."""

    model: Model
    views: Dict[str, View]
    layouts: Dict[Tuple[str, str], ArchLayout]  # (view, arch) -> facts
    families: Dict[str, View] = field(default_factory=dict)  # Linux family -> its projection


def analyse(spec_dir: str, history: bool = False, placement: bool = True) -> Result:
    """Everything but rendering; raises SpecErrors with every error the spec has.

    HISTORY is for a past revision (the OLD side of `hvgen diff`): rules about how the spec is
    written rather than what it means (a reserved-named member marked `reserved: true`) came
    later than some revisions and are not held against them. PLACEMENT false leaves out the
    kernel-profile file checks, which judge the files the recorded presence selects: for
    tools/derive-presence, which reads a spec to record that presence in (before it, the
    profile assumes 6.12 carries every documented definition, linux: [] ones too)."""
    diag = Diagnostics()
    specs = load_spec(spec_dir, diag)
    validate_schema(specs, diag)  # the files that parsed, even if another one did not
    diag.barrier()
    model = build_model(specs, diag)
    if not history:
        checks.check_reserved_names(model, diag)
    check_claims(model, diag)
    views = {view: project_view(model, view, diag) for view in VIEWS}
    families = {family: project_family(model, family, diag) for family in FAMILIES}
    check_presence(model, families, ARCHES, diag)
    if placement:
        check_profile_order(views, families, ARCHES, diag)
        check_kernel_includes(views, families, ARCHES, diag)
    layouts = {}
    for arch in ARCHES:
        for name, view in views.items():
            checks.check_duplicates(view, arch, diag)
            check_c_rules(view, arch, diag)
            checks.check_member_types(view, views[HDK], arch, diag)
            checks.check_bitfields(view, arch, diag)
        diag.barrier()
        for name in (HDK, TLFS):
            layouts[(name, arch)] = _layout(views, name, arch, layouts, diag)
            checks.check_constant_types(views[name], layouts[(name, arch)], diag)
        checks.check_sizes(views[HDK], layouts[(HDK, arch)], diag)
        checks.check_views_agree(layouts[(TLFS, arch)], layouts[(HDK, arch)], diag)
    diag.barrier()
    return Result(model, views, layouts, families)


def _layout(views, name, arch, layouts, diag) -> ArchLayout:
    """One view's layout on one arch. Only the first (hdk, first arch) is computed whole; each
    other is taken from one made before it wherever they lay a definition out alike
    (layout.reuse_layout): the tlfs view from the hdk view's on the same arch, a later arch
    from the same view's on the first. Equal to computing each whole (test_reuse_layout)."""
    first = ARCHES[0]
    if arch != first:
        return reuse_layout(views[name], arch, views[name], layouts[(name, first)], diag)
    if name == HDK:
        return compute_layout(views[HDK], arch, diag)
    return reuse_layout(views[name], arch, views[HDK], layouts[(HDK, arch)], diag)


def banner_paths(spec_dir: str, files) -> Dict[str, str]:
    """Spec paths as banners show them: relative to the spec folder's parent, `/`-separated,
    so the output does not depend on where the repository is checked out."""
    root = os.path.dirname(os.path.abspath(spec_dir))
    return {f: os.path.relpath(os.path.abspath(f), root).replace(os.sep, "/") for f in files}


def generate(spec_dir: str, profiles=None) -> Tuple[Result, Dict[str, str]]:
    """Analyse the spec and render every file of the named profiles (default: all of them)."""
    result = analyse(spec_dir)
    for projection in result.families.values():  # one render item cache per spelling
        projection.rendered = result.views[projection.name].rendered
    paths = banner_paths(spec_dir, result.model.spec_files)
    outputs = {}
    for name, files in load_profiles().items():
        if profiles is None or name in profiles:
            for output in files:
                source = output.source(result.views, result.families)
                outputs[output.file] = render(source, output, paths)
    if profiles is None:  # the documentation report is committed and kept fresh too
        from .docreport import report_outputs

        outputs.update(report_outputs(result))
    return result, outputs
