"""Validate spec files against the JSON Schema, reporting every violation with its location."""

import os
from functools import lru_cache

import yaml

from .diagnostics import Diagnostics

SCHEMA_PATH = os.path.join(os.path.dirname(__file__), "..", "schema", "spec.schema.yaml")


@lru_cache(maxsize=1)
def _validator():
    import jsonschema  # imported here: only validation pays for it

    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        schema = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _leaf_errors(error):
    """The most specific sub-errors of a oneOf/anyOf failure, or the error itself."""
    if not error.context:
        return [error]
    best = jsonschema_best(error)
    return [best] if best is not None else [error]


def jsonschema_best(error):
    import jsonschema

    return jsonschema.exceptions.best_match(error.context)


def _message(error) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "file"
    if "propertyNames" in error.schema_path:
        return f"unknown key '{error.instance}' at {where}; see spec/README.md for the keys"
    if error.validator == "additionalProperties":
        return f"{error.message} at {where}; remove it or fix its spelling"
    return f"{error.message} (at {where})"


def _loc(spec, error):
    path = tuple(error.absolute_path)
    if "propertyNames" in error.schema_path:
        return spec.key_locs.get(path + (error.instance,), spec.loc(path))
    return spec.loc(path)


def validate_schema(specs, diag: Diagnostics) -> None:
    validator = _validator()
    for spec in specs:
        for error in validator.iter_errors(spec.data):
            for leaf in _leaf_errors(error):
                diag.error(_loc(spec, leaf), "schema", _message(leaf))
