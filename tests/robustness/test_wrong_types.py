"""A wrong type for every field of the schema: each must be a located `[schema]` error.

The fields are read from generator/schema/spec.schema.yaml itself (top level, `defaults:`, each
definition kind's allowed keys, enum values, each member form), so a field added to the schema
is covered without editing this test. For each one a small schema-valid spec gets that field
set to a one-line mapping, `{wrong: 1}`, which no field accepts (those that take a mapping take
one with other keys), and `hvgen`'s front end must report a schema error on that line: no
traceback, no other exception.
"""

import os
import shutil
import tempfile
import unittest

import yaml

import common  # noqa: F401  (puts generator/ on sys.path)
from hvgenlib.diagnostics import Diagnostics
from hvgenlib.load import load_spec
from hvgenlib.schema import schema_document, validate_schema

WRONG = {"wrong": 1}
MEMBER_BASES = {
    "type": {"name": "a", "type": "u32"},
    "struct": {"struct": [{"name": "b", "type": "u32"}]},
    "union": {"union": [{"name": "b", "type": "u32"}]},
    "trailing-overlap": {"name": "c", "type": "struct hv_x", "trailing-overlap": "hv_x",
                         "members": [{"name": "d", "type": "u32"}]},
}
DEFINITION_BASES = {
    "define": {"define": "HV_A", "value": 1, "visibility": "hdk"},
    "enum": {"enum": "hv_e", "visibility": "hdk", "values": [{"name": "HV_E0", "value": 0}]},
    "struct": {"struct": "hv_s", "visibility": "hdk", "members": [MEMBER_BASES["type"]]},
    "union": {"union": "hv_u", "visibility": "hdk", "members": [MEMBER_BASES["type"]]},
    "typedef": {"typedef": "hv_t", "type": "u32", "visibility": "hdk"},
}


def _allowed_keys(branch):
    return list(branch["propertyNames"]["enum"])


def _definition_keys(kind):
    """The keys the schema allows a definition of this kind (its if/then propertyNames)."""
    for rule in schema_document()["$defs"]["definition"]["allOf"]:
        condition = rule["if"]
        kinds = [c["required"][0] for c in condition.get("anyOf", [condition])
                 if list(c) == ["required"]]
        if kind in kinds and "propertyNames" in rule["then"]:
            return _allowed_keys(rule["then"])
    raise AssertionError(f"the schema has no key list for `{kind}` definitions")


def _member_keys(form):
    for branch in schema_document()["$defs"]["member"]["oneOf"]:
        if branch["required"][0] == form:
            return _allowed_keys(branch)
    raise AssertionError(f"the schema has no member form `{form}`")


def cases(WRONG=WRONG):
    """(case name, spec document) for every field, each with one field set to WRONG."""
    doc = schema_document()
    for key in doc["properties"]:
        if key != "defaults":
            yield f"top:{key}", {"definitions": [DEFINITION_BASES["define"]], key: WRONG}
    for key in doc["properties"]["defaults"]["properties"]:
        yield f"defaults:{key}", {"defaults": {key: WRONG},
                                  "definitions": [DEFINITION_BASES["define"]]}
    for kind, base in DEFINITION_BASES.items():
        for key in _definition_keys(kind):
            yield f"{kind}:{key}", {"definitions": [{**base, key: WRONG}]}
    enum = DEFINITION_BASES["enum"]
    for key in doc["$defs"]["enum-value"]["properties"]:
        value = {**enum["values"][0], key: WRONG}
        yield f"enum-value:{key}", {"definitions": [{**enum, "values": [value]}]}
    struct = DEFINITION_BASES["struct"]
    for form, member in MEMBER_BASES.items():
        yield f"member-{form}:base", {"definitions": [{**struct, "members": [member]}]}
        for key in _member_keys(form):
            yield f"member-{form}:{key}", {
                "definitions": [{**struct, "members": [{**member, key: WRONG}]}]}


def _schema_errors(spec_dir, text):
    with open(os.path.join(spec_dir, "case.yaml"), "w", encoding="utf-8") as handle:
        handle.write(text)
    diag = Diagnostics()
    validate_schema(load_spec(spec_dir, diag), diag)
    return diag._items


class WrongTypes(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="hvgen-types-")
        self.addCleanup(shutil.rmtree, self.tmp)
        os.environ["HVGEN_NO_CACHE"] = "1"  # every case validated, none remembered
        self.addCleanup(os.environ.pop, "HVGEN_NO_CACHE")

    def test_every_field(self):
        seen = 0
        for name, document in cases():
            with self.subTest(name):
                text = yaml.safe_dump(document, sort_keys=False, default_flow_style=None)
                errors = _schema_errors(self.tmp, text)
                if name.endswith(":base"):
                    self.assertEqual(errors, [], "the base member form must be schema-valid")
                    continue
                seen += 1
                lines = [n for n, line in enumerate(text.splitlines(), 1)
                         if "{wrong: 1}" in line]
                self.assertEqual(len(lines), 1, text)
                self.assertTrue(errors, f"no error for:\n{text}")
                self.assertTrue(all(e.code == "schema" for e in errors), errors)
                self.assertIn(lines[0], [e.loc.line for e in errors],
                              f"no error on line {lines[0]} of:\n{text}\n{errors}")
        self.assertGreater(seen, 100)  # 119 field slots today: a floor against a broken walk

    def test_integer_fields_take_no_float_or_boolean(self):
        """Every field that takes the integer 8 refuses 8.0 (JSON Schema's integer, written
        into the header as `8.0`) and true/false (Python's bool is an int), at its line."""
        integer_fields = 0
        wrongs = ((8.0, "8.0"), (True, "true"), (False, "false"))
        variants = [dict(cases(wrong)) for wrong, _ in wrongs]
        for name, bare in cases(8):
            text = yaml.safe_dump(bare, sort_keys=False, default_flow_style=None)
            if name.endswith(":base") or _schema_errors(self.tmp, text):
                continue  # the field takes no integer
            integer_fields += 1
            key = name.rsplit(":", 1)[1]
            for (wrong, spelled), documents in zip(wrongs, variants):
                with self.subTest(name, value=wrong):
                    text = yaml.safe_dump(documents[name], sort_keys=False,
                                          default_flow_style=None)
                    lines = [n for n, line in enumerate(text.splitlines(), 1)
                             if f"{key}: {spelled}" in line]
                    self.assertEqual(len(lines), 1, text)
                    errors = _schema_errors(self.tmp, text)
                    self.assertTrue(errors, f"no error for:\n{text}")
                    self.assertTrue(all(e.code == "schema" for e in errors), errors)
                    self.assertIn(lines[0], [e.loc.line for e in errors], text)
        # value (define, enum value), size, aligned, bits, at, array (three member forms)
        self.assertGreaterEqual(integer_fields, 9)

    def test_bases_are_valid(self):
        for kind, base in DEFINITION_BASES.items():
            text = yaml.safe_dump({"definitions": [base]}, sort_keys=False)
            self.assertEqual(_schema_errors(self.tmp, text), [], kind)


if __name__ == "__main__":
    unittest.main()
