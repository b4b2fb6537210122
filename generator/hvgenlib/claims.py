"""What a documented definition claims, checked before anything is rendered (spec/README.md).

A documented definition either cites where the TLFS gives it (`tlfs: PAGE#ANCHOR`, with
`tlfs_gives:` saying whether that text gives its name only, its value or its layout), or is a
Linux convenience `derived_from:` another documented definition. Only the spec's own
consistency is checked here; whether the TLFS really says it is `hvgen tlfs`'s verdict.
"""

from typing import Dict

from .diagnostics import Diagnostics
from .model import Definition, Model


def check_claims(model: Model, diag: Diagnostics) -> None:
    by_name: Dict[str, Definition] = {}
    for definition in model.definitions:
        by_name.setdefault(definition.name, definition)
    for definition in model.definitions:
        if definition.derived_from is not None:
            _check_derivation(definition, by_name, diag)


def _check_derivation(definition: Definition, by_name, diag: Diagnostics) -> None:
    source = by_name.get(definition.derived_from)
    where = f"'{definition.name}' is derived_from '{definition.derived_from}'"
    if source is None:
        diag.error(definition.loc, "claim",
                   f"{where}, which the spec does not define: name a definition of the spec")
    elif not definition.tags.documented:
        diag.error(definition.loc, "claim",
                   f"{where} but is not documented: derived_from is for documented "
                   "conveniences; drop it from an hdk definition")
    elif not source.tags.documented:
        diag.error(definition.loc, "claim",
                   f"{where}, which is hdk: a documented convenience derives from documented "
                   "facts only")
    elif source.derived_from is not None:
        diag.error(definition.loc, "claim",
                   f"{where}, itself derived: name the documented definition it derives from")
