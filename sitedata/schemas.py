"""JSON Schemas of the data files: used to validate them at build time and
published beside the downloads, so tools can rely on the same contract."""

SLUG = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
TEXT = {"type": "string", "pattern": r"\S"}
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
PAGE_SECTION = {"type": "string", "pattern": "^[a-z0-9-]+#[a-z0-9-]+$"}
SLUG_LIST = {"type": "array", "items": SLUG, "uniqueItems": True}

REFERENCE_KINDS = ["systematic-review", "review", "guideline", "regulator", "textbook", "primary-study"]
# Kinds that count as reviews or guidelines in the page budgets.
SYNTHESIS_KINDS = {"systematic-review", "review", "guideline", "regulator"}


def _entry(properties: dict, required: list[str], **extra) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
        **extra,
    }


REFERENCE = _entry(
    {
        "key": SLUG,
        "kind": {"enum": REFERENCE_KINDS},
        "authors": {"type": "array", "items": TEXT, "minItems": 1},
        "et_al": {"type": "boolean"},
        "year": {"type": "integer", "minimum": 1800, "maximum": 2100},
        "title": TEXT,
        "container": TEXT,
        "volume": {"type": "string"},
        "issue": {"type": "string"},
        "pages": {"type": "string"},
        "doi": {"type": "string", "pattern": r"^10\.\d{4,9}/\S+$"},
        "pmid": {"type": "string", "pattern": r"^\d{1,9}$"},
        "url": {"type": "string", "pattern": r"^https://\S+$"},
        "accessed": DATE,
    },
    ["key", "kind", "authors", "year", "title", "container"],
    anyOf=[{"required": ["doi"]}, {"required": ["pmid"]}, {"required": ["url"]}],
    dependentRequired={"url": ["accessed"]},
)

TERM = _entry(
    {
        "id": SLUG,
        "term": TEXT,
        "aliases": {"type": "array", "items": TEXT, "uniqueItems": True},
        "short": TEXT,
        "definition": TEXT,
        "related": SLUG_LIST,
        "explained_in": PAGE_SECTION,
        "refs": {**SLUG_LIST, "minItems": 1},
    },
    ["id", "term", "short", "definition", "explained_in", "refs"],
)

SOURCE = _entry(
    {
        "id": SLUG,
        "title": TEXT,
        "author": TEXT,
        "date": DATE,
        "kind": TEXT,
        "promotes": TEXT,
        "conflict_of_interest": TEXT,
        "text": {"type": "string", "pattern": r"^sources/[\w.-]+\.txt$"},
    },
    ["id", "title", "author", "kind", "promotes", "conflict_of_interest", "text"],
)

CLAIM = _entry(
    {
        "id": SLUG,
        "source": SLUG,
        "quote": TEXT,
        "topic": SLUG,
        "claim": TEXT,
        "verdict": SLUG,
        "evidence": TEXT,
        "terms": SLUG_LIST,
        "explained_in": PAGE_SECTION,
        "tactics": SLUG_LIST,
    },
    ["id", "source", "quote", "topic", "claim", "verdict", "evidence", "explained_in"],
)

# Scales: the claims page publishes them, and claims must use them.
SCALE_ENTRY = _entry(
    {"id": SLUG, "label": TEXT, "definition": TEXT, "icon": {"type": "string"}},
    ["id", "label", "definition"],
)

TOPIC = _entry({"id": SLUG, "title": TEXT, "comparison": TEXT}, ["id", "title", "comparison"])


def list_schema(entry: dict, title: str, extra_properties: dict | None = None) -> dict:
    """The schema of a published download: a list of entries, with the
    fields the build adds (such as `url`)."""
    item = dict(entry)
    if extra_properties:
        item["properties"] = {**entry["properties"], **extra_properties}
        item["required"] = entry["required"] + list(extra_properties)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        "type": "array",
        "items": item,
    }
