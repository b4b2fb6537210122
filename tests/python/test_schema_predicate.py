"""The compiled schema predicate accepts exactly what jsonschema accepts.

hvgen trusts the predicate's "valid" without asking jsonschema, so a file the predicate passes
and jsonschema would reject would skip the schema. Compared here on the real spec, on every
bad-spec fixture, on one definition per wrong value of every field, and on thousands of
seeded random mutations of the real spec's definitions and members.
"""

import copy
import glob
import os
import random
import unittest

import jsonschema

from helpers import FIXTURES, ROOT
from hvgenlib import schema_predicate
from hvgenlib.diagnostics import Diagnostics
from hvgenlib.load import load_file, load_spec
from hvgenlib.schema import _predicate, schema_document, validator_class

SPEC = os.path.join(ROOT, "spec")
MUTATIONS = 6000
ODD_VALUES = [None, True, False, 0, 1, -1, 2, 8, 1.0, 8.0, 1.5, "", "x", "x\n", "a b", "hv_x",
              "HV_X", "u32", "struct hv_x", "none", "documented", "hdk", "tlfs", "x86_64",
              "arm64", "flexible", "63:52", "7", "page.md#a", "hvhdk.h", "BIT(3)", [], [1],
              ["a"], {}, {"tlfs": "hv_a", "hdk": "hv_b"}, {"tlfs": "x86_64", "hdk": "none"},
              {"tlfs": 1, "hdk": 2}, [{"name": "a", "type": "u32"}],
              [{"name": "a", "value": 0}], [{"struct": [{"name": "a", "type": "u8"}]}]]


def _jsonschema_valid(instance):
    return validator_class()(schema_document()).is_valid(instance)


def _every_key(document):
    keys = set()
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            keys.update(node)
            stack.extend(node.values())
            for name in ("properties",):
                keys.update(node.get(name, {}))
        elif isinstance(node, list):
            stack.extend(node)
    return sorted(k for k in keys if isinstance(k, str) and not k.startswith(("$", "x-")))


def _seen_values(specs):
    """Every value the real spec gives each key: swapping them in makes plausible documents."""
    seen = {}
    stack = [s.data for s in specs]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                seen.setdefault(key, []).append(value)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return seen


def _mutate(node, rng, keys, seen):
    """One random change somewhere inside node (a copy is changed in place)."""
    containers = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, (dict, list)):
            containers.append(item)
            stack.extend(item.values() if isinstance(item, dict) else item)
    target = rng.choice(containers)
    choice = rng.random()
    if isinstance(target, dict) and target:
        key = rng.choice(sorted(target))
        if choice < 0.2:
            del target[key]
        elif choice < 0.7:  # a value this key has elsewhere: often still valid
            target[key] = copy.deepcopy(rng.choice(seen.get(key) or ODD_VALUES))
        elif choice < 0.85:
            key = rng.choice(keys)
            target[key] = copy.deepcopy(rng.choice(seen.get(key) or ODD_VALUES))
        else:
            target[key] = copy.deepcopy(rng.choice(ODD_VALUES))
    elif target:
        index = rng.randrange(len(target))
        if choice < 0.3:
            del target[index]
        else:
            target[index] = copy.deepcopy(rng.choice(ODD_VALUES))


class PredicateAgreesWithJsonschema(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.passes = staticmethod(schema_predicate.compile_schema(schema_document()))
        cls.specs = load_spec(SPEC, Diagnostics())

    def agree(self, instance, what):
        self.assertEqual(self.passes(instance), _jsonschema_valid(instance), what)

    def test_hvgen_uses_the_predicate(self):
        self.assertIsNotNone(_predicate(), "the schema uses a keyword the predicate lacks")

    def test_real_spec(self):
        self.assertGreater(len(self.specs), 10)
        for spec in self.specs:
            self.assertTrue(self.passes(spec.data), spec.path)
            self.assertTrue(_jsonschema_valid(spec.data), spec.path)

    def test_bad_fixtures(self):
        paths = glob.glob(os.path.join(FIXTURES, "bad", "*.yaml")) + glob.glob(
            os.path.join(ROOT, "tests", "robustness", "bad", "**", "*.yaml"), recursive=True)
        invalid = 0
        for path in sorted(paths):
            spec = load_file(path, path, Diagnostics())
            if spec is not None:
                self.agree(spec.data, path)
                invalid += not self.passes(spec.data)
        self.assertGreater(invalid, 15)  # the [schema] corpus cases, at least

    def test_seeded_mutations(self):
        rng = random.Random(12)
        keys = _every_key(schema_document())
        seen = _seen_values(self.specs)
        definitions = [d for s in self.specs for d in s.data["definitions"]]
        rejected = 0
        for n in range(MUTATIONS):
            document = {"definitions": [copy.deepcopy(rng.choice(definitions))]}
            for _ in range(rng.choice([1, 1, 2, 3])):
                _mutate(document["definitions"][0], rng, keys, seen)
            with self.subTest(n=n):
                self.agree(document, document)
            rejected += not self.passes(document)
        # both answers must be common, or the comparison proves little
        self.assertGreater(rejected, MUTATIONS // 5)
        self.assertLess(rejected, MUTATIONS * 4 // 5)

    def test_jsonschema_corner_cases(self):
        cases = [({"type": "integer"}, v) for v in (1, 1.0, 1.5, True, "1")] + \
            [({"type": "number"}, v) for v in (1, 1.0, 1.5, True, "1")] + \
            [({"enum": [1, 2]}, v) for v in (1, True, 1.0, False, 0, "1")] + \
            [({"type": "integer", "enum": [1, 2]}, v) for v in (1, 1.0, True)] + \
            [({"const": False}, v) for v in (False, 0, None)] + \
            [({"pattern": "^a$"}, v) for v in ("a", "a\n", "ba", 7)] + \
            [({"minimum": 0}, v) for v in (-1, 0, False, "x")] + \
            [({"oneOf": [{"type": "integer"}, {"minimum": 0}]}, v) for v in (1, -1, "x")] + \
            [({"if": {"required": ["a"]}, "then": {"required": ["b"]}}, v)
             for v in ({"a": 1}, {"a": 1, "b": 2}, {}, [])] + \
            [({"propertyNames": {"enum": ["a"]}, "additionalProperties": False,
               "properties": {"a": {"type": "string"}}}, v)
             for v in ({"a": "x"}, {"a": 1}, {"b": 1}, {})]
        for schema, value in cases:
            with self.subTest(schema=schema, value=value):
                expected = validator_class()(schema).is_valid(value)
                self.assertEqual(schema_predicate.compile_schema(schema)(value), expected)


class KeywordCoverage(unittest.TestCase):
    def test_applied_keywords_are_jsonschemas(self):
        """A keyword jsonschema applies and the predicate ignored would pass anything."""
        self.assertEqual(schema_predicate.APPLIED,
                         frozenset(jsonschema.Draft202012Validator.VALIDATORS))

    def test_unimplemented_keywords_are_refused(self):
        for schema in ({"uniqueItems": True}, {"properties": {"a": {"maxItems": 2}}},
                       {"$ref": "https://example.org/s"}, {"$id": "x", "type": "string"},
                       {"additionalProperties": {"type": "string"}}):
            with self.subTest(schema=schema), self.assertRaises(schema_predicate.Unsupported):
                schema_predicate.compile_schema(schema)

    def test_integer_is_not_a_float(self):
        """hvgen's one deviation from JSON Schema, made the same way in both."""
        for check in (schema_predicate.compile_schema({"type": "integer"}),
                      validator_class()({"type": "integer"}).is_valid):
            self.assertEqual([check(v) for v in (8, 8.0, True, -1, 1 << 70)],
                             [True, False, False, True, True])

    def test_recursive_refs(self):
        schema = {"$defs": {"n": {"type": "array", "items": {"$ref": "#/$defs/n"}}},
                  "$ref": "#/$defs/n"}
        passes = schema_predicate.compile_schema(schema)
        self.assertTrue(passes([[], [[]]]))
        self.assertFalse(passes([[], [[1]]]))


if __name__ == "__main__":
    unittest.main()
