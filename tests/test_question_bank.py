"""The question bank: the downloads say exactly what the pages ask, in
formats Anki, Quizlet and Moodle import, with GIFT's special characters
escaped."""

import csv
import io
import json
import re

import yaml
from jsonschema import Draft202012Validator

from conftest import ROOT
from sitedata.questions import gift_escape, plain_answer, questions_gift

QUESTIONS = yaml.safe_load((ROOT / "data" / "questions.yml").read_text())
SITE_URL = "https://regenmed-explained.github.io/regenmed-explained/"


def asked_on_pages(site) -> list[tuple[str, str, str]]:
    """(page, id, question text) for every self-check question as built."""
    found = []
    for page in dict.fromkeys(q["page"] for q in QUESTIONS):
        html = (site / page / "index.html").read_text()
        for qid, text in re.findall(r'<p class="self-check" id="(q-[a-z0-9-]+)"><strong>\d+\. (.*?)</strong>', html):
            found.append((page, qid, re.sub(r"<[^>]+>", "", text).replace("&quot;", '"').replace("&#39;", "'")))
    return found


def test_json_download_validates_and_matches_the_pages(site):
    document = json.loads((site / "data" / "questions.json").read_text())
    schema = json.loads((site / "data" / "questions.schema.json").read_text())
    assert not list(Draft202012Validator(schema).iter_errors(document))
    pages = asked_on_pages(site)
    assert len(pages) == len(QUESTIONS) >= 24
    assert [(i["page"], i["id"]) for i in document["items"]] == [(page, qid) for page, qid, _ in pages]
    for item in document["items"]:
        assert item["permalink"] == f"{SITE_URL}{item['page']}/#{item['id']}"


def test_flashcard_csv_has_front_back_tags_and_id(site):
    rows = list(csv.DictReader(io.StringIO((site / "data" / "questions.csv").read_text())))
    assert list(rows[0]) == ["front", "back", "tags", "id"]
    pages = asked_on_pages(site)
    assert [row["id"] for row in rows] == [qid for _, qid, _ in pages]
    for row, (page, _, question) in zip(rows, pages):
        assert row["front"] == question
        assert page in row["tags"].split() and row["back"].endswith(f"/{page}/#{row['id']})")
        assert "[@" not in row["back"] and "**" not in row["back"]


def test_gift_file_lists_every_question_once(site):
    gift = (site / "data" / "questions.gift").read_text()
    titles = re.findall(r"^::(.+?)::", gift, re.MULTILINE)
    assert titles == [q["id"] for q in QUESTIONS]
    assert gift.count("{\n####") == len(QUESTIONS)


def test_gift_special_characters_are_escaped():
    tricky = {"id": "q-x", "page": "cytokines", "question": "Is 2 + 2 = 4? {yes} ~ no # : fine \\ ok",
              "answer": "Use = and ~ and # and {braces}: all literal [@smith-2020].",
              "permalink": SITE_URL + "cytokines/#q-x"}
    gift = questions_gift([tricky])
    body = gift.split("\n", 1)[1]
    unescaped_specials = re.findall(r"(?<!\\)[~=#{}]", body.replace("{\n####", "").replace("\n}", ""))
    assert not unescaped_specials, unescaped_specials
    assert gift_escape("a:b") == "a\\:b" and gift_escape("\\") == "\\\\"
    assert plain_answer(tricky["answer"]) == "Use = and ~ and # and {braces}: all literal."
