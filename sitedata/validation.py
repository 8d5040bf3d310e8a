"""Entries checked against their schema: quickly, and with reasons when
one fails.

fastjsonschema compiles each schema to Python once per build and checks
an entry about eight times faster than jsonschema walks the schema for it.
An entry it rejects is checked again by jsonschema, the reference, whose
errors name the field and the rule broken (model.py turns them into
messages for editors). A test holds the two to the same verdict.
"""

import fastjsonschema
from jsonschema import Draft202012Validator


def draft7(schema):
    """The same rules in JSON Schema draft 7, the newest that fastjsonschema
    compiles: 2020-12's `dependentRequired` is draft 7's `dependencies`."""
    if isinstance(schema, dict):
        return {("dependencies" if key == "dependentRequired" else key): draft7(value)
                for key, value in schema.items()}
    if isinstance(schema, list):
        return [draft7(value) for value in schema]
    return schema


class EntryValidator:
    def __init__(self, schema: dict):
        self._reference = Draft202012Validator(schema)
        self._compiled = fastjsonschema.compile(draft7(schema))

    def passes_quick_check(self, entry: object) -> bool:
        try:
            self._compiled(entry)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    def errors(self, entry: object) -> list:
        """jsonschema's errors for the entry; none when it is valid."""
        return [] if self.passes_quick_check(entry) else list(self._reference.iter_errors(entry))
