"""Each concept page has the nine parts, in order, with the counts the
course needs."""

import datetime
import re

import pytest
import textstat
import yaml

from conftest import ROOT
from sitedata.citations import cited_keys
from sitedata.schemas import SYNTHESIS_KINDS

CONCEPT_PAGES = ["cytokines", "homeostasis", "exosomes", "stem-cells"]
SECTIONS_IN_ORDER = ["learning-objectives", "key-points", "how-this-connects", "misconceptions",
                     "check-your-understanding"]
TESTABLE_VERBS = {"explain", "describe", "compare", "distinguish", "identify", "define", "list", "name",
                  "outline", "evaluate", "apply", "predict", "interpret", "recognise", "recognize", "give",
                  "summarise", "summarize", "classify", "contrast", "state", "use", "assess", "judge",
                  "analyse", "analyze", "trace", "label", "relate", "critique", "discuss", "justify"}
REFERENCES = {ref["key"]: ref for ref in yaml.safe_load((ROOT / "data" / "references.yml").read_text())}


def source(page: str) -> tuple[dict, str]:
    text = (ROOT / "docs" / f"{page}.md").read_text()
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def section(body: str, section_id: str) -> str:
    match = re.search(rf"^## .*\{{#{section_id}\b[^}}]*\}}\s*$(.*?)(?=^## |\Z)", body, re.MULTILINE | re.DOTALL)
    assert match, f"no section #{section_id}"
    return match.group(1)


def words(markdown: str) -> int:
    prose = re.sub(r"\[@[^\]]+\]|\{[^}]*\}|<[^>]+>|--8<--.*", " ", markdown)
    return len(re.findall(r"[A-Za-z0-9][\w'’-]*", prose))


@pytest.mark.parametrize("page", CONCEPT_PAGES)
def test_front_matter_dates(page):
    meta, _ = source(page)
    last, due = meta["last_reviewed"], meta["next_review"]
    assert isinstance(last, datetime.date) and isinstance(due, datetime.date)
    assert due == last.replace(year=last.year + 1)
    assert datetime.date.today() <= due, f"{page} is past its review date"


@pytest.mark.parametrize("page", CONCEPT_PAGES)
def test_parts_are_present_in_order(page):
    _, body = source(page)
    positions = [re.search(rf"\{{#{section_id}\b", body).start() for section_id in SECTIONS_IN_ORDER]
    assert positions == sorted(positions)


@pytest.mark.parametrize("page", CONCEPT_PAGES)
def test_learning_objectives(page):
    _, body = source(page)
    objectives = re.findall(r"^\d+\.\s+(\w+)", section(body, "learning-objectives"), re.MULTILINE)
    assert 3 <= len(objectives) <= 6
    assert all(verb.lower() in TESTABLE_VERBS for verb in objectives), objectives


@pytest.mark.parametrize("page", CONCEPT_PAGES)
def test_key_points_are_plain_full_sentences(page):
    _, body = source(page)
    points = [point.strip() for point in re.findall(r"^\s+- (.+)$", section(body, "key-points"), re.MULTILINE)]
    assert 3 <= len(points) <= 8
    assert all(point[0].isupper() and point.endswith((".", "!", "?")) for point in points)
    grade = textstat.flesch_kincaid_grade(" ".join(points))
    print(f"{page}: key points grade {grade}")
    assert grade <= 9, f"{page} key points are at grade {grade}"


@pytest.mark.parametrize("page", CONCEPT_PAGES)
def test_body_length(page):
    _, body = source(page)
    start, end = body.index("{#key-points}"), body.index("{#how-this-connects}")
    body_only = body[start:end].split("\n## ", 1)[1]
    count = words(body_only)
    print(f"{page}: {count} words in the body")
    assert 1800 <= count <= 4000, f"{page} body has {count} words"


@pytest.mark.parametrize("page", CONCEPT_PAGES)
def test_diagram_with_text_alternative(site, page):
    html = (site / page / "index.html").read_text()
    figures = re.findall(r'<figure class="diagram">(.*?)</figure>', html, re.DOTALL)
    assert figures, f"{page} has no diagram"
    for figure in figures:
        assert re.search(r'<svg[^>]+role="img"[^>]+aria-labelledby="[^"]+"', figure)
        assert re.search(r"<title[^>]*>\S", figure) and re.search(r"<desc[^>]*>\S", figure)
        assert not re.search(r'(fill|stroke)="#', figure), "diagram colours must come from the stylesheet"
    assert html.count("Text description of figure") >= len(figures)


@pytest.mark.parametrize("page", CONCEPT_PAGES)
def test_how_this_connects_links_the_other_pages(page):
    _, body = source(page)
    connects = section(body, "how-this-connects")
    for other in CONCEPT_PAGES:
        if other != page:
            assert f"({other}.md#" in connects, f"{page} does not connect to {other}"


@pytest.mark.parametrize("page", CONCEPT_PAGES)
def test_misconceptions_link_to_claims(page):
    _, body = source(page)
    misconceptions = section(body, "misconceptions")
    assert len(re.findall(r"\(claims\.md#[a-z0-9-]+\)", misconceptions)) >= 2


@pytest.mark.parametrize("page", CONCEPT_PAGES)
def test_self_check_questions_with_hidden_answers(site, page):
    """The page's questions come from data/questions.yml, each with its id
    and an answer folded away until the reader opens it."""
    questions = [q["id"] for q in yaml.safe_load((ROOT / "data" / "questions.yml").read_text()) if q["page"] == page]
    assert len(questions) >= 6
    html = (site / page / "index.html").read_text()
    section = html[html.index('id="check-your-understanding"'):]
    found = re.findall(r'<p class="self-check" id="(q-[a-z0-9-]+)">.*?</p>\s*<details class="success">', section, re.DOTALL)
    assert found == questions


@pytest.mark.parametrize("page", CONCEPT_PAGES)
def test_references_count_and_kinds(page):
    _, body = source(page)
    keys = cited_keys(body)
    synthesis = [key for key in keys if REFERENCES[key]["kind"] in SYNTHESIS_KINDS]
    print(f"{page}: {len(keys)} references, {len(synthesis)} reviews/guidelines/regulators")
    assert len(keys) >= 10
    assert len(synthesis) * 2 >= len(keys)


@pytest.mark.parametrize("page", CONCEPT_PAGES)
def test_regulatory_statements_are_dated(page):
    _, body = source(page)
    for paragraph in body.split("\n\n"):
        if any(REFERENCES[key]["kind"] == "regulator" for key in cited_keys(paragraph)):
            assert re.search(r"checked \d{4}-\d{2}-\d{2}", paragraph), f"undated regulatory statement: {paragraph[:120]}"
