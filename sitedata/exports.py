"""Machine-readable downloads for instructors and tools, with schemas."""

import json

from . import schemas
from .citations import cited_keys
from .questions import questions_csv, questions_gift
from .spreadsheet import csv_text

DOWNLOADS = {
    # name: (schema of one item, title, fields the build adds to each item)
    "claims": (schemas.CLAIM, "Claims checked against the evidence",
               {"permalink": {"type": "string", "description": "Canonical address of the claim's entry."},
                "references": {"type": "array", "items": {"type": "string"},
                               "description": "Keys of the references cited in the evidence."}}),
    "glossary": (schemas.TERM, "Glossary terms",
                 {"permalink": {"type": "string", "description": "Canonical address of the term's entry."}}),
    "references": (schemas.REFERENCE, "References",
                   {"permalink": {"type": "string", "description": "Canonical address of the reference's entry."}}),
    "questions": (schemas.QUESTION, "Self-check questions",
                  {"permalink": {"type": "string", "description": "Canonical address of the question on its page."}}),
}
# Other formats of the same items, for spreadsheets, flashcards and quizzes.
EXTRA_FORMATS = {"claims": ["csv"], "questions": ["csv", "gift"]}


def _items(name: str, content, url_of, site_url: str = "") -> list[dict]:
    if name == "claims":
        return [{**claim, "permalink": url_of("claims", claim["id"]),
                 "references": cited_keys(claim["evidence"])} for claim in content.claims.values()]
    if name == "questions":
        return [{**question, "permalink": f"{site_url}{question['page']}/#{question['id']}"}
                for question in content.questions.values()]
    if name == "glossary":
        return [{**term, "permalink": url_of("glossary", term["id"])} for term in content.glossary.values()]
    return [{**ref, "permalink": url_of("references", ref["key"])} for ref in content.references.values()]


def download_schema(name: str, site_name: str) -> dict:
    item, title, extra = DOWNLOADS[name]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{site_name}: {title}",
        "type": "object",
        "properties": {
            "site": {"type": "string"},
            "version": {"type": "string"},
            "license": {"type": "string"},
            "items": schemas.list_schema(item, title, extra),
        },
        "required": ["site", "version", "license", "items"],
        "additionalProperties": False,
    }


def downloads(content, site_name: str, site_url: str, version: str, url_of) -> dict[str, str]:
    """Every download file as {path under site root: text}."""
    files = {}
    items_of = {name: _items(name, content, url_of, site_url) for name in DOWNLOADS}
    for name, items in items_of.items():
        document = {"site": site_url, "version": version, "license": "CC BY 4.0", "items": items}
        files[f"data/{name}.json"] = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        files[f"data/{name}.schema.json"] = json.dumps(download_schema(name, site_name), indent=1) + "\n"
    files["data/claims.csv"] = claims_csv(items_of["claims"])
    files["data/questions.csv"] = questions_csv(items_of["questions"])
    files["data/questions.gift"] = questions_gift(items_of["questions"])
    return files


CSV_COLUMNS = ["id", "source", "topic", "verdict", "quote", "claim", "evidence", "references",
               "terms", "tactics", "explained_in", "permalink"]


def claims_csv(items: list[dict]) -> str:
    rows = []
    for item in items:
        row = {column: item.get(column, "") for column in CSV_COLUMNS}
        for column in ("references", "terms", "tactics"):
            row[column] = "; ".join(item.get(column, []))
        row["evidence"] = " ".join(item["evidence"].split())
        rows.append([row[column] for column in CSV_COLUMNS])
    return csv_text(CSV_COLUMNS, rows)


def fields_markdown() -> str:
    """A table per download of every field and what it means, taken from
    the same schemas that are published beside the downloads."""
    out = []
    for name, (item, title, extra) in DOWNLOADS.items():
        schema = schemas.list_schema(item, title, extra)["items"]
        rows = "\n".join(f"| `{field}` | {'yes' if field in schema['required'] else 'no'} | {rule['description']} |"
                         for field, rule in schema["properties"].items())
        out.append(f"### {title} {{#fields-{name}}}\n\n"
                   f"[{name}.json](data/{name}.json) · [schema](data/{name}.schema.json)"
                   + "".join(f" · [{name}.{extension}](data/{name}.{extension})"
                             for extension in EXTRA_FORMATS.get(name, []))
                   + f"\n\n| Field | Always present | Meaning |\n| --- | --- | --- |\n{rows}\n")
    return "\n".join(out)
