"""Load every data file, check it against its schema and against the other
files and the pages, and report all problems at once."""

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import schemas
from .citations import KEY, cited_keys, cited_keys_with_lines
from .errors import ContentError, Problem
from .pages import PageInfo
from .signs import compiled_signs, find_marks, unportable
from .validation import EntryValidator
from .yamlfile import LineDict, read_yaml_list

SHORT_DEFINITION_WORDS = 30


@dataclass(frozen=True)
class Link:
    """A field whose value (or each of its values) is the id of an entry of
    another kind; `scale` kinds are short lists, so the fix lists them all."""

    field: str
    kind: str
    called: str
    scale: bool = False


@dataclass(frozen=True)
class Kind:
    """One data file: its name, the schema of its entries, their id field,
    the fields written in Markdown (every other field is plain text), and
    the fields that name entries of other kinds."""

    name: str
    schema: dict
    id_field: str = "id"
    markdown_fields: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()

    @property
    def file(self) -> str:
        return f"{self.name}.yml"

    @property
    def attribute(self) -> str:
        """Its table on Content: 'warning-signs' -> 'warning_signs'."""
        return self.name.replace("-", "_")


KINDS = (
    Kind("references", schemas.REFERENCE, "key"),
    Kind("glossary", schemas.TERM, markdown_fields=("definition",),
         links=(Link("related", "glossary", "glossary term"),)),
    Kind("sources", schemas.SOURCE),
    Kind("topics", schemas.TOPIC, markdown_fields=("comparison",)),
    Kind("verdicts", schemas.SCALE_ENTRY),
    Kind("tactics", schemas.SCALE_ENTRY),
    Kind("claims", schemas.CLAIM, markdown_fields=("evidence",),
         links=(Link("source", "sources", "source"), Link("topic", "topics", "topic"),
                Link("verdict", "verdicts", "verdict", scale=True), Link("tactics", "tactics", "tactic", scale=True),
                Link("terms", "glossary", "glossary term"))),
    Kind("approvals", schemas.APPROVAL, markdown_fields=("for", "source")),
    Kind("warning-signs", schemas.WARNING_SIGN, markdown_fields=("explanation",),
         links=(Link("claims", "claims", "claim"),)),
    Kind("questions", schemas.QUESTION, markdown_fields=("answer",)),
)
KIND_NAMED = {kind.name: kind for kind in KINDS}
# In a Markdown field: an image, and a link's target.
MARKDOWN_IMAGE = re.compile(r"!\[")
MARKDOWN_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)")
SAFE_TARGET = re.compile(r"https://[^\s]+|[A-Za-z0-9_./-]*\.md(#[A-Za-z0-9_-]+)?|#[A-Za-z0-9_-]+")


@dataclass
class Content:
    """All structured knowledge, each kind keyed by id in file order."""

    references: dict[str, dict] = field(default_factory=dict)
    glossary: dict[str, dict] = field(default_factory=dict)
    sources: dict[str, dict] = field(default_factory=dict)
    topics: dict[str, dict] = field(default_factory=dict)
    verdicts: dict[str, dict] = field(default_factory=dict)
    tactics: dict[str, dict] = field(default_factory=dict)
    claims: dict[str, dict] = field(default_factory=dict)
    approvals: dict[str, dict] = field(default_factory=dict)
    warning_signs: dict[str, dict] = field(default_factory=dict)
    questions: dict[str, dict] = field(default_factory=dict)
    source_texts: dict[str, str] = field(default_factory=dict)


def load_content(data_dir: Path | str, pages: list[PageInfo] | None = None) -> Content:
    """Load and check data (and, if given, the pages that use it).

    Raises ContentError listing every problem as `file:line: entry: what; fix`.
    """
    checker = _Checker(Path(data_dir))
    content = checker.load()
    checker.check_links(content)
    if pages is not None:
        checker.check_pages(content, pages)
    if checker.problems:
        raise ContentError(checker.problems)
    return content


def _entry_name(entry: object, id_field: str, index: int) -> str:
    if isinstance(entry, dict) and isinstance(entry.get(id_field), str):
        return f"entry '{entry[id_field]}'"
    return f"entry #{index + 1}"


def _line(entry: object, key: str | None = None) -> int:
    if isinstance(entry, LineDict):
        return entry.line_of(key) if key else entry.line
    return 1


def fold_name(name: str) -> str:
    """How names and ids compare for collisions: 'Cytokines' and 'cytokine'
    are one name, so one cannot steal the other's links."""
    folded = " ".join(name.lower().split())
    if folded.endswith("ies") and len(folded) > 4:
        return folded[:-3] + "y"
    if folded.endswith("s") and not folded.endswith("ss") and len(folded) > 3:
        return folded[:-1]
    return folded


class _Checker:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.problems: list[Problem] = []
        self.lines: dict[tuple[str, str], tuple[str, LineDict]] = {}
        # Ids of entries that failed their schema: already reported, so
        # references to them are not reported again as unknown.
        self.invalid_ids: dict[str, set[str]] = {}
        self.unreadable: set[str] = set()

    # -- reporting --------------------------------------------------------
    def report(self, kind: str, entry_id: str, field_name: str | None, what: str, fix: str) -> None:
        file, entry = self.lines.get((kind, entry_id), (f"data/{kind}.yml", None))
        self.problems.append(Problem(file, _line(entry, field_name), f"entry '{entry_id}'", what, fix))

    # -- loading ----------------------------------------------------------
    def load(self) -> Content:
        content = Content()
        for kind in KINDS:
            label = f"data/{kind.file}"
            entries, problems = read_yaml_list(self.data_dir / kind.file, label)
            self.problems += problems
            if problems:  # unreadable file: every id in it counts as known
                self.unreadable.add(kind.name)
            validator = EntryValidator(kind.schema)
            table = getattr(content, kind.attribute)
            folded_ids: dict[str, str] = {}
            for index, entry in enumerate(entries):
                name = _entry_name(entry, kind.id_field, index)
                errors = validator.errors(entry)
                # One error per missing field would repeat the same message.
                for problem in dict.fromkeys(_schema_problem(label, name, entry, e, kind.schema) for e in errors):
                    self.problems.append(problem)
                if errors:
                    if isinstance(entry, dict) and isinstance(entry.get(kind.id_field), str):
                        self.invalid_ids.setdefault(kind.name, set()).add(entry[kind.id_field])
                    continue
                entry_id = entry[kind.id_field]
                twin = folded_ids.setdefault(fold_name(entry_id), entry_id)
                if entry_id in table or twin != entry_id:
                    same = f"duplicate id '{entry_id}'" if twin == entry_id else f"id '{entry_id}' differs from '{twin}' only in case or plural"
                    self.problems.append(Problem(label, _line(entry), name, same,
                                                 "give each entry its own id, or merge the two"))
                    continue
                table[entry_id] = entry
                self.lines[(kind.name, entry_id)] = (label, entry)
        self._load_source_texts(content)
        return content

    def _load_source_texts(self, content: Content) -> None:
        for source_id, source in content.sources.items():
            path = self.data_dir / source["text"]
            if path.is_file():
                content.source_texts[source_id] = path.read_text(encoding="utf-8")
            else:
                self.report("sources", source_id, "text", f"kept text '{source['text']}' not found",
                            f"copy the source's text to data/{source['text']}")

    # -- cross-checks -----------------------------------------------------
    def check_markdown_fields(self, content: Content) -> None:
        """Markdown from data may format and link, never load or run
        anything: no images, and links go to https:// or a page of the site."""
        for kind in KINDS:
            for entry_id, entry in getattr(content, kind.attribute).items():
                for field_name in kind.markdown_fields:
                    text = entry.get(field_name, "")
                    if MARKDOWN_IMAGE.search(text):
                        self.report(kind.name, entry_id, field_name, "image in a text field",
                                    "describe it in words, or add a figure to a page under docs/")
                    for target in MARKDOWN_LINK_TARGET.findall(text):
                        if not SAFE_TARGET.fullmatch(target):
                            self.report(kind.name, entry_id, field_name, f"link to {target[:60]!r}",
                                        "link to https://… or to a page of the site such as cytokines.md#key-points")

    def check_links_between_kinds(self, content: Content) -> None:
        """Every id a field names (Kind.links) exists, and no entry names itself."""
        for kind in KINDS:
            for entry_id, entry in getattr(content, kind.attribute).items():
                for link in kind.links:
                    table = getattr(content, KIND_NAMED[link.kind].attribute)
                    values = entry.get(link.field, [])
                    for value in [values] if isinstance(values, str) else values:
                        if self._known(link.kind, table, value) and not (link.kind == kind.name and value == entry_id):
                            continue
                        if link.scale:
                            self.report(kind.name, entry_id, link.field, f"{link.called} '{value}' is not on the scale",
                                        f"use one of: {', '.join(table)}")
                        else:
                            self.report(kind.name, entry_id, link.field, f"unknown {link.called} '{value}'",
                                        _suggest(value, table, f"data/{link.kind}.yml"))

    def check_links(self, content: Content) -> None:
        self.check_markdown_fields(content)
        self.check_links_between_kinds(content)
        self._check_references(content)
        self._check_glossary(content)
        self._check_claims(content)
        self._check_signs(content)
        for kind, table, field_name in (("topics", content.topics, "comparison"),
                                        ("approvals", content.approvals, "source"),
                                        ("warning-signs", content.warning_signs, "explanation"),
                                        ("questions", content.questions, "answer")):
            for entry_id, entry in table.items():
                if kind in ("approvals", "warning-signs") and not cited_keys(entry[field_name]):
                    self.report(kind, entry_id, field_name, f"{field_name} cites no reference",
                                "cite at least one reference as [@key]")
                self._check_citations(content, kind, entry_id, field_name, entry[field_name])

    def _check_citations(self, content: Content, kind: str, entry_id: str, field_name: str, text: str) -> None:
        for key, _ in cited_keys_with_lines(text):
            self._check_reference_key(content, kind, entry_id, field_name, key)

    def _known(self, kind: str, table: dict, value: str) -> bool:
        return kind in self.unreadable or value in table or value in self.invalid_ids.get(kind, ())

    def _check_reference_key(self, content: Content, kind: str, entry_id: str, field_name: str, key: str) -> None:
        if self._known("references", content.references, key):
            return
        if not KEY.match(key):
            self.report(kind, entry_id, field_name, f"malformed citation key '{key}'",
                        "cite as [@key] or [@key1; @key2] with lowercase-hyphenated keys")
            return
        self.report(kind, entry_id, field_name, f"unknown reference key '{key}'",
                    _suggest(key, content.references, "data/references.yml"))

    def _check_references(self, content: Content) -> None:
        seen_doi: dict[str, str] = {}
        for key, reference in content.references.items():
            doi = reference.get("doi", "").lower()
            if doi and doi in seen_doi:
                self.report("references", key, "doi", f"same DOI as '{seen_doi[doi]}'",
                            "keep one entry and cite its key everywhere")
            elif doi:
                seen_doi[doi] = key

    def _check_glossary(self, content: Content) -> None:
        alias_owner: dict[str, str] = {}
        for term_id, term in content.glossary.items():
            words = len(term["short"].split())
            if words > SHORT_DEFINITION_WORDS:
                self.report("glossary", term_id, "short",
                            f"short definition has {words} words (at most {SHORT_DEFINITION_WORDS})",
                            "shorten it; move detail into 'definition'")
            for key in term["refs"]:
                self._check_reference_key(content, "glossary", term_id, "refs", key)
            self._check_citations(content, "glossary", term_id, "definition", term["definition"])
            for alias in [term["term"], *term.get("aliases", [])]:
                owner = alias_owner.setdefault(fold_name(alias), term_id)
                if owner != term_id:
                    self.report("glossary", term_id, "aliases", f"'{alias}' also names '{owner}'",
                                "give each word to one term only")

    def _check_claims(self, content: Content) -> None:
        # Each kept text is normalised once, not once per claim quoting it.
        texts = {source_id: _normalise_space(text) for source_id, text in content.source_texts.items()}
        for claim_id, claim in content.claims.items():
            if not cited_keys(claim["evidence"]):
                self.report("claims", claim_id, "evidence", "evidence cites no reference",
                            "cite at least one reference as [@key]")
            self._check_citations(content, "claims", claim_id, "evidence", claim["evidence"])
            self._check_quote(content, claim_id, claim, texts.get(claim["source"]))

    def _check_quote(self, content: Content, claim_id: str, claim: dict, text: str | None) -> None:
        if text is None:
            return
        quote = _normalise_space(claim["quote"])
        # Whole words only: a quote may not start or end inside a word.
        if not re.search(rf"(?<!\w){re.escape(quote)}(?!\w)", text):
            self.report("claims", claim_id, "quote", "quote is not verbatim in its source's kept text",
                        f"copy whole words exactly from data/{content.sources[claim['source']]['text']}")
        elif re.search(r"[.!?…][\"”’)]*\s+[\"“‘(]*[A-Z0-9]|\s[•·▪]\s", quote):
            self.report("claims", claim_id, "quote", "quote runs over more than one sentence",
                        "quote one sentence at most; split the claim")

    def _check_signs(self, content: Content) -> None:
        """Each pattern runs alike in Python and JavaScript, finds its
        examples (as the checker shows them), and no sign flags a look-alike."""
        file = "data/warning-signs.yml"
        portable: dict[str, dict] = {}
        for sign_id, sign in content.warning_signs.items():
            kept = []
            for pattern in sign.get("patterns", []):
                problems = [Problem(file, _line(pattern, key), f"entry '{sign_id}'", f"{key} {pattern[key]!r}: {why}",
                                    "use plain groups (?:…), [0-9] for digits and [a-z] for letters")
                            for key in ("match", "not_after", "also_not_after") if key in pattern and (why := unportable(pattern[key]))]
                self.problems += problems
                if not problems:
                    kept.append(pattern)
            portable[sign_id] = {**sign, "patterns": kept}
        every_pattern = compiled_signs(portable)
        for sign_id, sign in portable.items():
            for pattern in sign["patterns"]:
                for example in pattern["examples"]:
                    shown = [mark.sign for mark in find_marks(example, every_pattern)]
                    if sign_id not in shown:
                        what = (f"example {example!r} is flagged as {shown[0]!r} instead" if shown
                                else f"example {example!r} is not found by {pattern['match']!r}")
                        self.problems.append(Problem(file, _line(pattern, "examples"), f"entry '{sign_id}'", what,
                                                     "widen the pattern, or narrow the one that wins"))
                for look_alike in pattern["look_alikes"]:
                    for mark in find_marks(look_alike, every_pattern):
                        self.problems.append(Problem(
                            file, _line(pattern, "look_alikes"), f"entry '{sign_id}'",
                            f"look-alike {look_alike!r} is flagged as {mark.sign!r} (\"{mark.phrase}\")",
                            "narrow that sign's pattern so it leaves the look-alike alone"))

    # -- pages ----------------------------------------------------------------
    def check_links_to_pages(self, content: Content, sections: dict[str, dict[str, str]]) -> None:
        for kind, table in (("glossary", content.glossary), ("claims", content.claims),
                            ("warning-signs", content.warning_signs)):
            for entry_id, entry in table.items():
                page, _, anchor = entry["explained_in"].partition("#")
                if page not in sections:
                    self.report(kind, entry_id, "explained_in", f"no page '{page}'",
                                f"use one of: {', '.join(sorted(p for p in sections if p))}")
                elif anchor not in sections[page]:
                    self.report(kind, entry_id, "explained_in", f"page '{page}' has no section '#{anchor}'",
                                _suggest(anchor, sections[page], f"docs/{page}.md headings"))

    def check_pages(self, content: Content, pages: list[PageInfo]) -> None:
        for page in pages:
            for key, line in page.citations:
                if not self._known("references", content.references, key):
                    self.problems.append(Problem(f"docs/{page.src_uri}", line, f"citation '[@{key}]'",
                                                 f"unknown reference key '{key}'",
                                                 _suggest(key, content.references, "data/references.yml")))
        self.check_links_to_pages(content, {page.slug: page.headings for page in pages})
        slugs = {page.slug for page in pages}
        for question_id, question in content.questions.items():
            if question["page"] not in slugs:
                self.report("questions", question_id, "page", f"no page '{question['page']}'",
                            _suggest(question["page"], slugs, "docs/"))


def _normalise_space(text: str) -> str:
    return " ".join(text.split())


def _suggest(value: str, known, where: str) -> str:
    close = difflib.get_close_matches(value, list(known), n=1)
    return f"did you mean '{close[0]}'?" if close else f"use an id defined in {where}"


def _schema_problem(file: str, name: str, entry: object, error, schema: dict) -> Problem:
    """Turn a JSON Schema error into a message a content editor can act on."""
    field_name = str(error.path[0]) if error.path else None
    line = _line(entry, field_name)
    allowed = list(schema["properties"])
    if error.validator == "type" and not error.path:
        return Problem(file, line, name, "entry is not a mapping of fields",
                       "write the entry as 'field: value' lines under '- '")
    if error.validator == "additionalProperties":
        unknown = sorted((key for key in entry if key not in allowed), key=str)
        hints = [f"'{key}'" + (f" (did you mean '{close[0]}'?)" if (close := difflib.get_close_matches(str(key), allowed, n=1)) else "")
                 for key in unknown]
        return Problem(file, _line(entry, str(unknown[0])), name, f"unknown field {', '.join(hints)}",
                       f"use only: {', '.join(allowed)}")
    if error.validator == "required":
        missing = [field for field in error.validator_value if field not in error.instance]
        listed = ", ".join(f"'{field}'" for field in missing)
        keys = ", ".join(f"'{field}:'" for field in missing)
        return Problem(file, line, name, f"missing field{'s' if len(missing) > 1 else ''} {listed}",
                       f"add {keys} to the entry")
    if error.validator == "anyOf" and not error.path:
        return Problem(file, line, name, "no DOI, PMID or URL", "add 'doi:', 'pmid:' or 'url:' (verified)")
    if error.validator == "dependentRequired":
        return Problem(file, line, name, "a web address without the date it was checked",
                       "add 'accessed: YYYY-MM-DD'")
    where = "field '" + ".".join(str(part) for part in error.path) + "'"
    if error.validator == "type":
        return Problem(file, line, name, f"{where} must be of type {error.validator_value}, "
                       f"not {type(error.instance).__name__}", f"write it as a {error.validator_value}")
    if error.validator == "pattern" and error.validator_value == r"\S":
        return Problem(file, line, name, f"{where} is empty", "write its text")
    if error.validator == "enum":
        return Problem(file, line, name, f"{where} is '{error.instance}'",
                       f"use one of: {', '.join(map(str, error.validator_value))}")
    if error.validator == "minItems":
        return Problem(file, line, name, f"{where} is empty", "list at least one item")
    if error.validator == "uniqueItems":
        return Problem(file, line, name, f"{where} lists an item twice", "remove the repeat")
    if error.validator == "pattern":
        return Problem(file, line, name, f"{where} has the wrong form ('{error.instance}')",
                       f"write it to match {error.validator_value}")
    return Problem(file, line, name, f"{where}: {error.message}", "correct the value")
