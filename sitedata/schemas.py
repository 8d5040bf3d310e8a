"""JSON Schemas of the data files: used to validate them at build time and
published beside the downloads, so tools can rely on the same contract."""

SLUG = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
TEXT = {"type": "string", "pattern": r"\S"}
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
PAGE_SECTION = {"type": "string", "pattern": "^[a-z0-9-]+#[a-z0-9-]+$"}
SLUG_LIST = {"type": "array", "items": SLUG, "uniqueItems": True}

REFERENCE_KINDS = ["systematic-review", "review", "guideline", "regulator", "textbook", "primary-study",
                   "commentary"]
# Kinds that count as reviews or guidelines in the page budgets.
SYNTHESIS_KINDS = {"systematic-review", "review", "guideline", "regulator"}


def _entry(properties: dict, required: list[str], descriptions: dict | None = None, **extra) -> dict:
    """An entry schema; descriptions document fields in the published schema."""
    described = {name: ({**rule, "description": descriptions[name]} if descriptions and name in descriptions else rule)
                 for name, rule in properties.items()}
    return {
        "type": "object",
        "properties": described,
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
    {
        "key": "Citation key; the reference's anchor on /references/.",
        "kind": "What kind of source it is; reviews, guidelines and regulators count as syntheses.",
        "authors": "Authors as 'Surname Initials', or the organisation.",
        "et_al": "True when more authors follow those listed.",
        "year": "Year of publication (for undated web pages, the year checked).",
        "title": "Title of the article, chapter or page.",
        "container": "Journal, book, publisher or agency.",
        "volume": "Journal volume.",
        "issue": "Journal issue.",
        "pages": "Pages or article number.",
        "doi": "Digital Object Identifier, without the https://doi.org/ prefix.",
        "pmid": "PubMed identifier.",
        "url": "Official web address.",
        "accessed": "Date the web address was last checked (YYYY-MM-DD).",
    },
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
    {
        "id": "Stable id; the term's anchor on /glossary/.",
        "term": "The term as written in running text.",
        "aliases": "Other names: plurals, abbreviations, spellings.",
        "short": "Plain-language definition of at most 30 words (the hover text).",
        "definition": "Fuller definition in Markdown, with citations as `[@key]`.",
        "related": "Ids of related glossary terms.",
        "explained_in": "The page section that explains the term, as page#section-id.",
        "refs": "Keys of the references that support the definition.",
    },
)

SOURCE = _entry(
    {
        "id": SLUG,
        "title": TEXT,
        "short": TEXT,
        "author": TEXT,
        "date": DATE,
        "kind": TEXT,
        "promotes": TEXT,
        "conflict_of_interest": TEXT,
        "text": {"type": "string", "pattern": r"^sources/[\w.-]+\.txt$"},
    },
    ["id", "title", "short", "author", "kind", "promotes", "conflict_of_interest", "text"],
    {"short": "A short name for the post, used in the matrix columns, the filters and search results."},
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
    {
        "id": "Stable id; the claim's anchor on /claims/.",
        "source": "Id of the post that makes the claim (see the source cards on /claims/).",
        "quote": "The claim in the post's own words, verbatim, at most one sentence.",
        "topic": "Topic row of the side-by-side matrix.",
        "claim": "The claim restated neutrally.",
        "verdict": "Label on the published verdict scale.",
        "evidence": "Two to five sentences of evidence in Markdown, with citations as `[@key]`.",
        "terms": "Ids of the glossary terms the claim touches.",
        "explained_in": "The page section that explains the science, as page#section-id.",
        "tactics": "Ids of the persuasion tactics the claim uses.",
    },
)

# Scales: the claims page publishes them, and claims must use them.
SCALE_ENTRY = _entry(
    {"id": SLUG, "label": TEXT, "definition": TEXT, "icon": {"type": "string", "pattern": "^[a-z]+/[a-z0-9-]+$"}},
    ["id", "label", "definition"],
)

TOPIC = _entry({"id": SLUG, "title": TEXT, "comparison": TEXT}, ["id", "title", "comparison"])

# What a patient asks first: is it approved, and what should worry me.
YEAR_MONTH = {"type": "string", "pattern": r"^\d{4}-(0[1-9]|1[0-2])$"}

APPROVAL = _entry(
    {
        "id": SLUG,
        "product": TEXT,
        "regulator": TEXT,
        "status": {"enum": ["approved", "none approved"]},
        "for": TEXT,
        "since": YEAR_MONTH,
        "stated": YEAR_MONTH,
        "source": TEXT,
    },
    ["id", "product", "regulator", "status", "for", "source"],
    {
        "id": "Stable id.",
        "product": "The product or class of products, as a patient would name it.",
        "regulator": "The regulator and its country or region.",
        "status": "'approved', or 'none approved' for a class the regulator says has no approved product.",
        "for": "What the approval covers, or what the regulator says about the class.",
        "since": "Month of approval (YYYY-MM), where the source gives it.",
        "stated": "Month of the source that states the status (YYYY-MM), where that date matters more than an approval date.",
        "source": "The source, with citations as `[@key]`.",
    },
)

QUESTION = _entry(
    {
        "id": {"type": "string", "pattern": "^q-[a-z0-9]+(-[a-z0-9]+)*$"},
        "page": SLUG,
        "question": TEXT,
        "answer": TEXT,
    },
    ["id", "page", "question", "answer"],
    {
        "id": "Stable id, starting 'q-'; the question's anchor on its page.",
        "page": "The topic page that asks it, as a slug ('homeostasis').",
        "question": "The question, in plain text.",
        "answer": "The model answer in Markdown, with citations as `[@key]`.",
    },
)

SIGN_PATTERN = _entry(
    {"match": TEXT, "not_after": TEXT, "also_not_after": TEXT, "examples": {"type": "array", "items": TEXT, "minItems": 1},
     "look_alikes": {"type": "array", "items": TEXT, "minItems": 1}},
    ["match", "examples", "look_alikes"],
    {
        "match": "A regular expression, matched whole-word and case-blind, in syntax Python and JavaScript share.",
        "not_after": "Words that cancel a match when they come just before it; by default a negation ('no', 'not a').",
        "also_not_after": "More words that cancel a match, beside not_after or the default negations.",
        "examples": "Phrases it must find.",
        "look_alikes": "Phrases that look alike but must not be flagged by any sign.",
    },
)

WARNING_SIGN = _entry(
    {"id": SLUG, "name": TEXT, "sign": TEXT, "explanation": TEXT,
     "ask": {"type": "array", "items": TEXT, "minItems": 1}, "claims": SLUG_LIST,
     "explained_in": PAGE_SECTION, "patterns": {"type": "array", "items": SIGN_PATTERN}},
    ["id", "name", "sign", "explanation", "ask", "explained_in"],
    {
        "id": "Stable id; the sign's anchor on /patients/ and in the advert checker.",
        "name": "A short name, as the advert checker lists it.",
        "sign": "The warning sign in one plain sentence.",
        "explanation": "Why it matters and who says so, with citations as `[@key]`.",
        "ask": "Questions to ask the clinic.",
        "claims": "Ids of rated claims (data/claims.yml) that show the sign.",
        "explained_in": "The section that explains the science, as 'page#section'.",
        "patterns": "Phrases that show the sign in an advert; the file's order is the order of concern.",
    },
)


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
