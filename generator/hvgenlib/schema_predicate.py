"""The spec schema compiled into one yes/no predicate made of Python closures.

jsonschema answers "which errors, where" and pays for it on every node: a validator object
evolved per subschema, an error object built for every `oneOf`/`if` branch it tries. A valid
file, the usual case, needs only "yes". So schema.py asks this predicate first and calls
jsonschema only for a file the predicate rejects, to report exactly the errors it always
reported. The predicate must therefore accept exactly what jsonschema accepts.

Each keyword below is jsonschema 4.10's own rule (jsonschema/_validators.py, _types.py,
_utils.equal) restated as a boolean. A keyword jsonschema would apply and this module does not
implement raises Unsupported, and schema.py then uses jsonschema alone; keywords jsonschema
ignores (annotations, `$defs`, `x-*`) are ignored here too. tests/python/test_schema_predicate.py
compares the two on the real spec, every bad fixture and thousands of mutated definitions.

"integer" is hvgen's, as in schema.py's validator_class(): an int that is not a bool. jsonschema
alone would also take a float with no fraction (8.0), which C cannot have where hvgen writes it.
"""

import re
from typing import Any, Callable, Dict, List

Predicate = Callable[[Any], bool]

# every keyword jsonschema's Draft202012Validator applies (its VALIDATORS table)
APPLIED = frozenset((
    "$dynamicRef", "$ref", "additionalItems", "additionalProperties", "allOf", "anyOf", "const",
    "contains", "dependentRequired", "dependentSchemas", "enum", "exclusiveMaximum",
    "exclusiveMinimum", "format", "if", "items", "maxItems", "maxLength", "maxProperties",
    "maximum", "minItems", "minLength", "minProperties", "minimum", "multipleOf", "not",
    "oneOf", "pattern", "patternProperties", "prefixItems", "properties", "propertyNames",
    "required", "type", "unevaluatedItems", "unevaluatedProperties", "uniqueItems"))
OBJECT_KEYWORDS = ("required", "properties", "additionalProperties", "propertyNames")


class Unsupported(Exception):
    """The schema uses a keyword (or a form of one) this module does not implement."""


def _always(_: Any) -> bool:
    return True


def _never(_: Any) -> bool:
    return False


def _is_integer(x: Any) -> bool:  # not JSON Schema's 8.0 (see the module docstring)
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


TYPES: Dict[str, Predicate] = {
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "string": lambda x: isinstance(x, str),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "integer": _is_integer,
    "number": _is_number,
}


def _unbool(x: Any, true=object(), false=object()) -> Any:
    if x is True:
        return true
    if x is False:
        return false
    return x


def _equal(one: Any, two: Any) -> bool:
    """jsonschema's `equal`: True is not 1, False is not 0, recursively."""
    if isinstance(one, str) or isinstance(two, str):
        return one == two
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(map(_equal, one, two))
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(_equal(one[k], two[k]) for k in one)
    return _unbool(one) == _unbool(two)


def _all(checks: List[Predicate]) -> Predicate:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda x: first(x) and second(x)

    def every(x: Any) -> bool:
        for check in checks:
            if not check(x):
                return False
        return True
    return every


class _Compiler:
    def __init__(self, root: dict) -> None:
        self.root = root
        self.refs: Dict[str, List[Predicate]] = {}  # a box per $ref: schemas may recurse

    def compile(self, schema: Any) -> Predicate:
        if schema is True:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, dict):
            raise Unsupported(f"a schema must be an object or a boolean, not {schema!r}")
        unknown = sorted(k for k in schema if k in APPLIED and k not in self.KEYWORDS
                         and k not in OBJECT_KEYWORDS)
        if unknown or "$id" in schema:
            raise Unsupported(f"keyword {(unknown or ['$id'])[0]} is not implemented")
        checks = []  # cheap, type-deciding keywords first: the answer does not depend on order
        for keyword in self.KEYWORDS:
            if keyword in schema:
                checks.append(self.KEYWORDS[keyword](self, schema[keyword], schema))
            if keyword == "type" and any(k in schema for k in OBJECT_KEYWORDS):
                checks.append(self.object_keywords(schema))
        return _all(checks)

    def ref(self, ref: str, _schema: dict) -> Predicate:
        if not ref.startswith("#/"):
            raise Unsupported(f"only local $refs are implemented, not {ref}")
        if ref not in self.refs:
            box: List[Predicate] = []
            self.refs[ref] = box
            target: Any = self.root
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    raise Unsupported(f"$ref {ref} names nothing")
                target = target[part]
            box.append(self.compile(target))
        box = self.refs[ref]
        if box:
            return box[0]
        return lambda x: box[0](x)  # a $ref to a schema still being compiled (recursion)

    def type(self, types: Any, _schema: dict) -> Predicate:
        names = [types] if isinstance(types, str) else list(types)
        if any(name not in TYPES for name in names):
            raise Unsupported(f"unknown type in {names}")
        if len(names) == 1:
            return TYPES[names[0]]
        tests = [TYPES[name] for name in names]
        return lambda x: any(test(x) for test in tests)

    def enum(self, values: list, _schema: dict) -> Predicate:
        if all(isinstance(v, str) for v in values):
            allowed = frozenset(values)  # `in` a list of strings: only a str can be a member
            return lambda x: isinstance(x, str) and x in allowed

        def member(x: Any) -> bool:
            if x == 0 or x == 1:
                return any(_unbool(x) == _unbool(v) for v in values)
            return x in values
        return member

    def const(self, value: Any, _schema: dict) -> Predicate:
        return lambda x: _equal(x, value)

    def pattern(self, pattern: str, _schema: dict) -> Predicate:
        search = re.compile(pattern).search
        return lambda x: not isinstance(x, str) or search(x) is not None

    def min_length(self, bound: int, _schema: dict) -> Predicate:
        return lambda x: not isinstance(x, str) or len(x) >= bound

    def max_length(self, bound: int, _schema: dict) -> Predicate:
        return lambda x: not isinstance(x, str) or len(x) <= bound

    def minimum(self, bound: Any, _schema: dict) -> Predicate:
        return lambda x: not _is_number(x) or x >= bound

    def min_items(self, bound: int, _schema: dict) -> Predicate:
        return lambda x: not isinstance(x, list) or len(x) >= bound

    def items(self, items: Any, _schema: dict) -> Predicate:
        if items is False:
            raise Unsupported("items: false is not implemented")
        each = self.compile(items)

        def every_item(x: Any) -> bool:
            if not isinstance(x, list):
                return True
            for item in x:
                if not each(item):
                    return False
            return True
        return every_item

    def object_keywords(self, schema: dict) -> Predicate:
        """required, properties, additionalProperties and propertyNames in one pass over the
        instance's keys (a definition's schema lists 30 properties; an instance has ~5)."""
        required = tuple(schema.get("required", ()))
        properties = {k: self.compile(v) for k, v in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties", True)
        if extra is not False and extra is not True:
            raise Unsupported("a schema for additionalProperties is not implemented")
        closed = extra is False
        names = self.property_names(schema.get("propertyNames", True))
        if not properties and not closed and names is None:  # `required` alone: each
            if len(required) == 1:  # oneOf branch of a definition's or a member's form
                key = required[0]
                return lambda x: not isinstance(x, dict) or key in x
            needed = frozenset(required)
            return lambda x: not isinstance(x, dict) or x.keys() >= needed

        def object_check(x: Any) -> bool:
            if not isinstance(x, dict):
                return True
            for key in required:
                if key not in x:
                    return False
            for key, value in x.items():
                if names is not None and not names(key):
                    return False
                check = properties.get(key)
                if check is None:
                    if closed:
                        return False
                elif not check(value):
                    return False
            return True
        return object_check

    def property_names(self, schema: Any):
        return None if schema is True else self.compile(schema)

    def all_of(self, schemas: list, _schema: dict) -> Predicate:
        return _all([self.compile(s) for s in schemas])

    def any_of(self, schemas: list, _schema: dict) -> Predicate:
        branches = [self.compile(s) for s in schemas]
        return lambda x: any(branch(x) for branch in branches)

    def one_of(self, schemas: list, _schema: dict) -> Predicate:
        branches = [self.compile(s) for s in schemas]

        def exactly_one(x: Any) -> bool:
            found = False
            for branch in branches:
                if branch(x):
                    if found:
                        return False
                    found = True
            return found
        return exactly_one

    def not_(self, schema: Any, _schema: dict) -> Predicate:
        inner = self.compile(schema)
        return lambda x: not inner(x)

    def if_(self, condition: Any, schema: dict) -> Predicate:
        test = self.compile(condition)
        then = self.compile(schema.get("then", True))
        otherwise = self.compile(schema.get("else", True))
        return lambda x: then(x) if test(x) else otherwise(x)

    KEYWORDS = {  # in the order they are tried; `then`/`else` belong to `if`
        "type": type, "enum": enum, "const": const, "minLength": min_length,
        "maxLength": max_length, "minimum": minimum, "minItems": min_items, "pattern": pattern,
        "$ref": ref, "items": items, "oneOf": one_of, "anyOf": any_of, "allOf": all_of,
        "not": not_, "if": if_,
    }


def compile_schema(schema: dict) -> Predicate:
    """A function telling whether an instance is valid against schema; raises Unsupported."""
    return _Compiler(schema).compile(schema)
