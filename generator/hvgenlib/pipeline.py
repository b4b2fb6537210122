"""The pipeline, one stage per line: load -> validate -> build -> views -> layout/checks -> render."""

import os
from dataclasses import dataclass
from typing import Dict, Tuple

from . import checks
from .build import build_model
from .diagnostics import Diagnostics
from .layout import ARCHES, ArchLayout, compute_layout
from .load import load_spec
from .model import VIEWS, Model
from .render import HEADERS, render
from .schema import validate_schema
from .views import View, project_view


@dataclass
class Result:
    model: Model
    views: Dict[str, View]
    layouts: Dict[Tuple[str, str], ArchLayout]  # (view, arch) -> facts


def analyse(spec_dir: str) -> Result:
    """Everything but rendering; raises SpecErrors with every error the spec has."""
    diag = Diagnostics()
    specs = load_spec(spec_dir, diag)
    diag.barrier()
    validate_schema(specs, diag)
    diag.barrier()
    model = build_model(specs, diag)
    views = {view: project_view(model, view, diag) for view in VIEWS}
    layouts = {}
    for arch in ARCHES:
        for name, view in views.items():
            checks.check_duplicates(view, arch, diag)
            checks.check_member_types(view, views["hdk"], arch, diag)
            checks.check_bitfields(view, arch, diag)
        diag.barrier()
        for name, view in views.items():
            layouts[(name, arch)] = compute_layout(view, arch, diag)
            checks.check_constant_types(view, layouts[(name, arch)], diag)
        checks.check_sizes(views["hdk"], layouts[("hdk", arch)], diag)
        checks.check_views_agree(layouts[("tlfs", arch)], layouts[("hdk", arch)], diag)
    diag.barrier()
    return Result(model, views, layouts)


def banner_paths(spec_dir: str, files) -> Tuple[str, ...]:
    """Spec paths as the banner shows them: relative to the spec folder's parent, `/`-separated."""
    root = os.path.dirname(os.path.abspath(spec_dir))
    return tuple(os.path.relpath(os.path.abspath(f), root).replace(os.sep, "/") for f in files)


def generate(spec_dir: str) -> Tuple[Result, Dict[str, str]]:
    result = analyse(spec_dir)
    paths = banner_paths(spec_dir, result.model.spec_files)
    outputs = {HEADERS[name]["file"]: render(view, paths) for name, view in result.views.items()}
    return result, outputs
