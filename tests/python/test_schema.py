"""The spec schema itself is a valid JSON Schema (hvgen skips this check at run time)."""

import unittest

import jsonschema

import helpers  # noqa: F401  (puts generator/ on sys.path)

from hvgenlib.schema import schema_document


class SchemaTest(unittest.TestCase):
    def test_schema_is_valid_for_its_draft(self):
        schema = schema_document()
        cls = jsonschema.validators.validator_for(schema)
        self.assertIn("2020-12", schema["$schema"])
        cls.check_schema(schema)  # raises SchemaError if it is not

    def test_a_broken_schema_would_be_caught(self):
        cls = jsonschema.validators.validator_for(schema_document())
        with self.assertRaises(jsonschema.exceptions.SchemaError):
            cls.check_schema({**schema_document(), "type": "no-such-type"})


if __name__ == "__main__":
    unittest.main()
