"""The content model rejects every class of bad input with a message that
names the file, the line, the entry and the fix."""

import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import mkdocs_build
from sitedata import ContentError, load_content
from sitedata.pages import scan_page

REFERENCES = """\
- key: smith-2020
  kind: review
  authors: ["Smith A", "Jones B"]
  year: 2020
  title: "A review of signalling"
  container: "Journal of Examples"
  doi: "10.1000/example.1"
- key: agency-page
  kind: regulator
  authors: ["Example Agency"]
  year: 2024
  title: "Consumer advice"
  container: "Example Agency"
  url: "https://example.org/advice"
  accessed: 2026-11-23
"""
GLOSSARY = """\
- id: cytokine
  term: cytokine
  aliases: [cytokines]
  short: "A small protein that cells release to signal to other cells."
  definition: "A small signalling protein [@smith-2020]."
  related: [exosome]
  explained_in: cytokines#what-are-cytokines
  refs: [smith-2020]
- id: exosome
  term: exosome
  aliases: [exosomes]
  short: "A small vesicle released by cells."
  definition: "A vesicle of endosomal origin."
  explained_in: cytokines#what-are-cytokines
  refs: [agency-page]
"""
SOURCES = """\
- id: post
  title: "A post"
  short: "Clinic post"
  author: "A clinic"
  kind: "Blog post"
  promotes: "Injections"
  conflict_of_interest: "Sells them."
  text: sources/post.txt
"""
SOURCE_TEXT = "Exosomes cure everything. They are completely safe.\n"
TOPICS = """\
- id: safety
  title: "Safety"
  comparison: "Posts disagree [@agency-page]."
"""
VERDICTS = """\
- id: inaccurate
  label: Inaccurate
  definition: "Contradicted by evidence."
"""
TACTICS = """\
- id: natural-so-safe
  label: Natural, so safe
  definition: "Implies natural means harmless."
"""
CLAIMS = """\
- id: exosomes-safe
  source: post
  quote: "They are completely safe."
  topic: safety
  claim: "Exosome products carry no risk."
  verdict: inaccurate
  evidence: "The agency reports harms [@agency-page]."
  terms: [exosome]
  explained_in: cytokines#what-are-cytokines
  tactics: [natural-so-safe]
"""
APPROVALS = """\
- id: agency-cells
  product: "Cord blood cells"
  regulator: the Example Agency
  status: approved
  for: "For blood disorders only."
  since: 2024-12
  source: "Agency page [@agency-page]."
"""
WARNING_SIGNS = """\
- id: no-risk
  sign: "The clinic says there is no risk."
  explanation: "All procedures carry some risk [@agency-page]."
  name: "No risk"
  ask: ["What can go wrong?"]
  explained_in: cytokines#what-are-cytokines
  patterns:
    - match: 'no\\s+(?:side[ -]effects?|risks?)'
      examples: ["There are no side effects."]
      look_alikes: ["Side effects are listed below."]
"""
QUESTIONS = """\
- id: q-cytokines-signal
  page: cytokines
  question: "What is a cytokine?"
  answer: "A small signalling protein [@smith-2020]."
"""
PAGE = """\
---
title: Cytokines
description: A page about cytokines that is long enough to pass the description length check.
last_reviewed: 2026-11-23
next_review: 2027-11-23
---

# Cytokines

## What are cytokines? {#what-are-cytokines}

Cytokines signal [@smith-2020].
"""
FILES = {"references.yml": REFERENCES, "glossary.yml": GLOSSARY, "sources.yml": SOURCES, "topics.yml": TOPICS,
         "verdicts.yml": VERDICTS, "tactics.yml": TACTICS, "claims.yml": CLAIMS, "approvals.yml": APPROVALS, "warning-signs.yml": WARNING_SIGNS, "questions.yml": QUESTIONS,
         "sources/post.txt": SOURCE_TEXT}


@pytest.fixture
def data(tmp_path) -> Path:
    for name, text in FILES.items():
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
    return tmp_path


def pages(text: str = PAGE):
    info, problems = scan_page("cytokines.md", text)
    assert not problems
    return [info]


def problems_for(data: Path, page_text: str = PAGE) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(data, pages(page_text))
    return [str(problem) for problem in caught.value.problems]


def edit(data: Path, name: str, old: str, new: str) -> None:
    path = data / name
    text = path.read_text()
    assert old in text, f"fixture lacks {old!r}"
    path.write_text(text.replace(old, new, 1))


def test_valid_data_loads(data):
    content = load_content(data, pages())
    assert list(content.glossary) == ["cytokine", "exosome"]
    assert content.claims["exosomes-safe"]["verdict"] == "inaccurate"


def test_unknown_field_names_the_typo_and_the_fix(data):
    edit(data, "glossary.yml", "  definition: \"A small", "  defintion: \"A small")
    found = problems_for(data)
    assert "data/glossary.yml:5: entry 'cytokine': unknown field 'defintion' (did you mean 'definition'?)" in found[1]
    assert "data/glossary.yml:1: entry 'cytokine': missing field 'definition'; add 'definition:'" in found[0]


def test_wrong_type(data):
    edit(data, "references.yml", "year: 2020", "year: twenty")
    (found,) = problems_for(data)
    assert found.startswith("data/references.yml:4: entry 'smith-2020': field 'year' must be of type integer")


def test_duplicate_id(data):
    (data / "topics.yml").write_text(TOPICS + TOPICS.replace("Posts disagree", "Again"))
    (found,) = problems_for(data)
    assert found.startswith("data/topics.yml:4: entry 'safety': duplicate id 'safety'")


def test_unknown_reference_key_in_data(data):
    edit(data, "glossary.yml", "[@smith-2020]", "[@smyth-2020]")
    (found,) = problems_for(data)
    assert found == ("data/glossary.yml:5: entry 'cytokine': unknown reference key 'smyth-2020'; "
                     "did you mean 'smith-2020'?")


def test_unknown_reference_key_in_a_page(data):
    (found,) = problems_for(data, PAGE.replace("[@smith-2020]", "[@nobody-1999]"))
    assert found.startswith("docs/cytokines.md:12: citation '[@nobody-1999]': unknown reference key 'nobody-1999'")


def test_unknown_glossary_term(data):
    edit(data, "claims.yml", "terms: [exosome]", "terms: [exosomes-x]")
    (found,) = problems_for(data)
    assert found == ("data/claims.yml:8: entry 'exosomes-safe': unknown glossary term 'exosomes-x'; "
                     "did you mean 'exosome'?")


def test_verdict_not_on_the_scale(data):
    edit(data, "claims.yml", "verdict: inaccurate", "verdict: bogus")
    (found,) = problems_for(data)
    assert found == ("data/claims.yml:6: entry 'exosomes-safe': verdict 'bogus' is not on the scale; "
                     "use one of: inaccurate")


def test_warning_sign_pattern_that_reads_differently_in_javascript(data):
    edit(data, "warning-signs.yml", "no\\s+", "no\\d+")
    (found,) = problems_for(data)
    assert found.startswith("data/warning-signs.yml:8: entry 'no-risk': match ")
    assert "'\\d' reads differently in Python and JavaScript; use plain groups" in found


def test_warning_sign_example_its_pattern_misses(data):
    edit(data, "warning-signs.yml", '"There are no side effects."', '"There are none."')
    (found,) = problems_for(data)
    assert found.startswith("data/warning-signs.yml:9: entry 'no-risk': example 'There are none.' is not found by ")


def test_warning_sign_look_alike_that_is_flagged(data):
    edit(data, "warning-signs.yml", '"Side effects are listed below."', '"We promise no side effects."')
    (found,) = problems_for(data)
    assert found == ("data/warning-signs.yml:10: entry 'no-risk': look-alike 'We promise no side effects.' "
                     "is flagged as 'no-risk' (\"no side effects\"); "
                     "narrow that sign's pattern so it leaves the look-alike alone")


def test_warning_sign_naming_an_unknown_claim(data):
    edit(data, "warning-signs.yml", "  patterns:", "  claims: [no-such-claim]\n  patterns:")
    (found,) = problems_for(data)
    assert found.startswith("data/warning-signs.yml:7: entry 'no-risk': unknown claim 'no-such-claim'; ")


def test_warning_sign_without_a_citation(data):
    edit(data, "warning-signs.yml", " [@agency-page]", "")
    (found,) = problems_for(data)
    assert found == ("data/warning-signs.yml:3: entry 'no-risk': explanation cites no reference; "
                     "cite at least one reference as [@key]")


def test_approval_with_an_unknown_status_or_month(data):
    edit(data, "approvals.yml", "status: approved", "status: cleared")
    edit(data, "approvals.yml", "since: 2024-12", "since: 2024-13")
    found = problems_for(data)
    assert found == [
        "data/approvals.yml:4: entry 'agency-cells': field 'status' is 'cleared'; use one of: approved, none approved",
        "data/approvals.yml:6: entry 'agency-cells': field 'since' has the wrong form ('2024-13'); "
        r"write it to match ^\d{4}-(0[1-9]|1[0-2])$",
    ]


def test_question_without_an_answer(data):
    edit(data, "questions.yml", '  answer: "A small signalling protein [@smith-2020]."\n', "")
    assert problems_for(data) == [
        "data/questions.yml:1: entry 'q-cytokines-signal': missing field 'answer'; add 'answer:' to the entry",
    ]


def test_question_for_a_page_that_does_not_exist(data):
    edit(data, "questions.yml", "page: cytokines", "page: cytokine")
    (found,) = problems_for(data)
    assert found == "data/questions.yml:2: entry 'q-cytokines-signal': no page 'cytokine'; did you mean 'cytokines'?"


def test_quote_not_verbatim(data):
    edit(data, "claims.yml", "They are completely safe.", "They are totally safe.")
    (found,) = problems_for(data)
    assert found.startswith("data/claims.yml:3: entry 'exosomes-safe': quote is not verbatim in its source's kept text")
    assert "data/sources/post.txt" in found


def test_empty_definition(data):
    edit(data, "glossary.yml", 'definition: "A vesicle of endosomal origin."', 'definition: ""')
    (found,) = problems_for(data)
    assert found == "data/glossary.yml:13: entry 'exosome': field 'definition' is empty; write its text"


def test_short_definition_over_30_words(data):
    edit(data, "glossary.yml", 'short: "A small vesicle released by cells."', "short: \"" + "word " * 31 + "\"")
    (found,) = problems_for(data)
    assert found.startswith("data/glossary.yml:12: entry 'exosome': short definition has 31 words (at most 30)")


def test_malformed_yaml(data):
    (data / "references.yml").write_text(REFERENCES.replace("  kind: review", "  kind: [review"))
    (found,) = problems_for(data)
    assert found.startswith("data/references.yml:3: file: malformed YAML")


def test_unknown_section_in_explained_in(data):
    edit(data, "glossary.yml", "explained_in: cytokines#what-are-cytokines", "explained_in: cytokines#what-are")
    (found,) = problems_for(data)
    assert found.startswith("data/glossary.yml:7: entry 'cytokine': page 'cytokines' has no section '#what-are'")


def test_every_problem_is_reported_together(data):
    edit(data, "references.yml", "year: 2020", "year: twenty")
    edit(data, "claims.yml", "verdict: inaccurate", "verdict: bogus")
    assert len(problems_for(data)) >= 2


def test_page_front_matter_is_required():
    _, problems = scan_page("x.md", "# No front matter\n")
    assert {p.what for p in problems} == {f"missing '{name}'" for name in
                                          ("title", "description", "last_reviewed", "next_review")}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.text(max_size=300),
    st.integers(min_value=0, max_value=len(REFERENCES)).map(lambda cut: REFERENCES[:cut]),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                 lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                 max_leaves=20).map(repr),
))
def test_random_or_truncated_yaml_loads_or_names_the_file(data, text):
    (data / "references.yml").write_text(text)
    try:
        load_content(data)
    except ContentError as error:
        assert all(problem.file.startswith("data/") for problem in error.problems)
        assert all(f"{problem.file}:{problem.line}:" in str(error) for problem in error.problems)


def test_bad_data_stops_the_real_build(project_copy, tmp_path):
    glossary = project_copy / "data" / "glossary.yml"
    existing = glossary.read_text()
    glossary.write_text(existing + textwrap.dedent("""\
        - id: broken-term
          term: broken term
          short: "Broken."
          definition: "Cites nothing real [@no-such-key]."
          explained_in: about#purpose
          refs: [no-such-key]
        """))
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "data/glossary.yml:" in result.stderr
    assert "entry 'broken-term': unknown reference key 'no-such-key'" in result.stderr
