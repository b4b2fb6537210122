"""Validate spec files against the JSON Schema, reporting every violation with its location.

Each file is first put to the schema compiled into a yes/no predicate (schema_predicate.py,
~15x faster than jsonschema on the real spec); only a file the predicate rejects goes to
jsonschema, which says what is wrong and where. jsonschema is imported only then.

One deviation from JSON Schema, in both: "integer" is a YAML integer only. The standard calls
8.0 an integer (drafts 6+: a number with no fraction), and hvgen would then write `8.0` where C
needs an integer (`bits: 8.0`, `at: 0.0`, `array: 2.0`); booleans were never integers.
"""

import os
from functools import lru_cache

import yaml

from .diagnostics import Diagnostics
from .schema_predicate import Unsupported, compile_schema

SCHEMA_PATH = os.path.join(os.path.dirname(__file__), "..", "schema", "spec.schema.yaml")


@lru_cache(maxsize=1)
def _schema_bytes() -> bytes:
    with open(SCHEMA_PATH, "rb") as handle:
        return handle.read()


def _is_integer(_checker, instance) -> bool:
    """An int, not a bool, not a float with no fraction (JSON Schema's 8.0)."""
    return isinstance(instance, int) and not isinstance(instance, bool)


@lru_cache(maxsize=1)
def validator_class():
    """The schema's jsonschema validator class, with "integer" meaning a YAML integer only."""
    import jsonschema  # imported here: only a file the predicate rejects pays for it

    base = jsonschema.validators.validator_for(schema_document())
    checker = base.TYPE_CHECKER.redefine("integer", _is_integer)
    return jsonschema.validators.extend(base, type_checker=checker)


@lru_cache(maxsize=1)
def _validator():
    # not check_schema(): that validates the schema against its meta-schema, which costs
    # more than validating a spec file; tests/python/test_schema.py does it once instead
    return validator_class()(schema_document())


@lru_cache(maxsize=1)
def schema_document() -> dict:
    return yaml.load(_schema_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _leaf_errors(error):
    """The most specific sub-error of a oneOf/anyOf failure, or the error itself."""
    if not error.context:
        return [error]
    import jsonschema

    best = jsonschema.exceptions.best_match(error.context)
    return [best] if best is not None else [error]


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
        return spec.key_loc(path + (error.instance,))
    return spec.loc(path)


@lru_cache(maxsize=1)
def _predicate():
    """The compiled schema, or None if it uses a keyword the predicate lacks (then jsonschema
    checks every file; tests/python/test_schema_predicate.py keeps that from happening)."""
    try:
        return compile_schema(schema_document())
    except Unsupported:
        return None


def validate_schema(specs, diag: Diagnostics) -> None:
    """Report every schema violation of every file, each at its node's file:line:col."""
    passes = _predicate()
    for spec in specs:
        if passes is not None and passes(spec.data):
            continue
        for error in _validator().iter_errors(spec.data):
            for leaf in _leaf_errors(error):
                diag.error(_loc(spec, leaf), "schema", _message(leaf))
