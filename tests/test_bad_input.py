"""Bad input never passes silently: each class of bad input that an
independent test once slipped past the build is refused with its file,
line, entry and a fix, and markup planted in data reaches readers as text.

The small data set and its helpers come from test_content_model.py.
"""

import csv
import datetime
import io
import json
import re
import textwrap
import time
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from conftest import mkdocs_build
from sitedata import ContentError
from sitedata.audit import page_problems
from sitedata.cite_page import release_version
from sitedata.review_dates import review_dates_html
from sitedata.term_links import TermLinkExtension
from sitedata.yamlfile import parse_yaml, read_yaml_list
from sitedata.links import load_registry
from sitedata.pages import scan_page
from test_content_model import PAGE, data, edit, problems_for  # noqa: F401  (data is a fixture)

ALIAS_BOMB = textwrap.dedent("""\
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    """)

# (file, text to replace or None for the whole file, new text, the start of the one problem expected)
DATA_CASES = {
    # Loaded strictly
    "duplicate key keeps only the last": (
        "glossary.yml", "  related: [exosome]\n", '  definition: "Second."\n  related: [exosome]\n',
        "data/glossary.yml:6: file: key 'definition' appears twice in one entry (also line 5)"),
    "duplicate year": (
        "references.yml", "  year: 2020\n", "  year: 2020\n  year: 2021\n",
        "data/references.yml:5: file: key 'year' appears twice in one entry (also line 4)"),
    "anchor": (
        "glossary.yml", 'short: "A small protein', 'short: &s "A small protein',
        "data/glossary.yml:4: file: YAML anchors and aliases"),
    "alias bomb": ("glossary.yml", None, ALIAS_BOMB, "data/glossary.yml:1: file: YAML anchors and aliases"),
    "python tag": (
        "glossary.yml", 'short: "A small vesicle released by cells."',
        'short: !!python/object/apply:os.system ["true"]',
        "data/glossary.yml:12: file: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"),
    "custom tag": (
        "topics.yml", 'comparison: "Posts disagree', 'comparison: !include "Posts disagree',
        "data/topics.yml:3: file: YAML tag '!include' is not allowed"),
    "empty file": ("verdicts.yml", None, "", "data/verdicts.yml:1: file: file is empty"),
    "comments only": ("tactics.yml", None, "# nothing yet\n", "data/tactics.yml:1: file: file is empty"),
    "mapping at the top": ("warning-signs.yml", None, "no-risk: {sign: x}\n",
                           "data/warning-signs.yml:1: file: top level is not a list"),
    # Ambiguity refused
    "same term in another case": (
        "glossary.yml", "- id: exosome\n",
        '- id: cytokine-again\n  term: Cytokine\n  short: "Another."\n  definition: "Another."\n'
        "  explained_in: cytokines#what-are-cytokines\n  refs: [smith-2020]\n- id: exosome\n",
        "data/glossary.yml:9: entry 'cytokine-again': 'Cytokine' also names 'cytokine'"),
    "plural alias steals a term": (
        "glossary.yml", "aliases: [exosomes]", "aliases: [exosomes, Cytokines]",
        "data/glossary.yml:11: entry 'exosome': 'Cytokines' also names 'cytokine'"),
    "id differing only in plural": (
        "tactics.yml", None,
        '- id: natural-so-safe\n  label: A\n  definition: "A."\n- id: natural-so-safes\n  label: B\n  definition: "B."\n',
        "data/tactics.yml:4: entry 'natural-so-safes': id 'natural-so-safes' differs from 'natural-so-safe'"),
    # Checks without holes
    "quote starting mid-word": (
        "claims.yml", 'quote: "They are completely safe."', 'quote: "hey are completely safe."',
        "data/claims.yml:3: entry 'exosomes-safe': quote is not verbatim"),
    "quote ending mid-word": (
        "claims.yml", 'quote: "They are completely safe."', 'quote: "They are completely sa"',
        "data/claims.yml:3: entry 'exosomes-safe': quote is not verbatim"),
    "empty citation": (
        "claims.yml", "[@agency-page]", "[@ ]",
        "data/claims.yml:7: entry 'exosomes-safe': malformed citation key ''"),
    "citation of a semicolon": (
        "topics.yml", "[@agency-page]", "[@;]", "data/topics.yml:3: entry 'safety': malformed citation key ''"),
    "javascript link in a definition": (
        "glossary.yml", '"A vesicle of endosomal origin."', '"A vesicle, [see](javascript:alert(1))."',
        "data/glossary.yml:13: entry 'exosome': link to 'javascript:alert(1'"),
    "plain-http link in evidence": (
        "claims.yml", "The agency reports harms", "The [agency](http://example.org) reports harms",
        "data/claims.yml:7: entry 'exosomes-safe': link to 'http://example.org'"),
    "data: link in an answer": (
        "questions.yml", '"A small signalling protein', '"A [small](data:text/html,x) signalling protein',
        "data/questions.yml:4: entry 'q-cytokines-signal': link to 'data:text/html,x'"),
    "off-site image in a definition": (
        "glossary.yml", '"A vesicle of endosomal origin."', '"A vesicle ![x](https://tracker.example/x.png)."',
        "data/glossary.yml:13: entry 'exosome': image in a text field"),
    "markup in a verdict icon": (
        "verdicts.yml", "label: Inaccurate", 'label: Inaccurate\n  icon: "x:<script>"',
        "data/verdicts.yml:3: entry 'inaccurate': field 'icon' has the wrong form"),
}


@pytest.mark.parametrize("case", DATA_CASES, ids=list(DATA_CASES))
def test_bad_data_is_refused_with_file_line_and_entry(data, case):  # noqa: F811
    name, old, new, expected = DATA_CASES[case]
    if old is None:
        (data / name).write_text(new)
    else:
        edit(data, name, old, new)
    started = time.perf_counter()
    found = problems_for(data)
    assert time.perf_counter() - started < 5, "loading took too long"
    assert any(problem.startswith(expected) for problem in found), found
    assert all(";" in problem for problem in found), "every problem says how to fix it"


@pytest.mark.parametrize("text", [
    "- id: a\n  term: &t x\n  short: *t\n",              # after a key
    "- &e\n  id: a\n",                                     # after a list dash
    "- id: a\n  refs: [&k x, *k]\n",                       # in a flow sequence
    "- {id: a, term: !!str x}\n",                           # in a flow mapping
    "--- !custom\n- id: a\n",                              # at the document's start
    "- id: a\n  term:\n    &t\n    x\n",                  # alone on its own line
    "- ? &k id\n  : a\n",                                  # as a complex key
    "- id: a\n  term: !include x\n",                       # a local tag
])
def test_every_place_a_node_property_can_stand_is_checked(text):
    """The quick test that lets a file skip the event walk must never miss
    an anchor, alias or tag, wherever YAML lets one stand."""
    data, problems = parse_yaml(text, "data/x.yml")
    assert data is None and problems and "not allowed" in problems[0].what, (text, problems)


def test_emphasis_in_text_is_no_alias():
    data, problems = parse_yaml("- definition: It says *the* way, or *a* way.\n", "data/x.yml")
    assert not problems and data[0]["definition"] == "It says *the* way, or *a* way."


def test_two_sentences_joined_by_a_bullet_are_two_claims(data):  # noqa: F811
    (data / "sources" / "post.txt").write_text("Exosomes cure everything • They are completely safe.\n")
    edit(data, "claims.yml", 'quote: "They are completely safe."',
         'quote: "Exosomes cure everything • They are completely safe."')
    assert any(p.startswith("data/claims.yml:3: entry 'exosomes-safe': quote runs over more than one sentence")
               for p in problems_for(data))


# ---- Pages ------------------------------------------------------------------

PAGE_CASES = {
    "heading without an id": (
        "## What are cytokines? {#what-are-cytokines}", "## What are cytokines? {#what-are-cytokines}\n\n## Uses",
        "docs/cytokines.md:12: heading 'Uses': heading has no stable id"),
    "markup in a title": ("title: Cytokines", "title: Cytokines<script>alert(1)</script>",
                          "docs/cytokines.md:2: front matter: 'title' contains <"),
    "quote breaking out of the description": (
        "description: A page", 'description: A page" onload="alert(1)',
        "docs/cytokines.md:3: front matter: 'description' contains <, > or a straight quote"),
    "third-party script": ("title: Cytokines", "title: Cytokines\nscripts:\n  - https://cdn.example/x.js",
                           "docs/cytokines.md:3: front matter: 'scripts' names 'https://cdn.example/x.js'"),
    "protocol-relative stylesheet": ("title: Cytokines", "title: Cytokines\nstylesheets:\n  - //cdn.example/x.css",
                                     "docs/cytokines.md:3: front matter: 'stylesheets' names '//cdn.example/x.css'"),
}


@pytest.mark.parametrize("case", PAGE_CASES, ids=list(PAGE_CASES))
def test_bad_pages_are_refused_with_file_and_line(case):
    old, new, expected = PAGE_CASES[case]
    assert old in PAGE
    _, problems = scan_page("cytokines.md", PAGE.replace(old, new, 1))
    assert any(str(problem).startswith(expected) for problem in problems), [str(p) for p in problems]


# ---- The address registry ---------------------------------------------------

REGISTRY_CASES = {
    "malformed YAML": ("addresses: [cytokines/\nmoved: {}\n", "data/links.yml:2: file: malformed YAML"),
    "list at the top": ("- cytokines/\n", "data/links.yml:1: file: expected a mapping"),
    "forward to a script": ("addresses: [old/]\nmoved:\n  old/: 'javascript:alert(1)'\n",
                            "data/links.yml:3: old/: moved to 'javascript:alert(1)', which is not a site address"),
    "forward off the site": ("addresses: [old/]\nmoved:\n  old/: https://evil.example/\n",
                             "data/links.yml:3: old/: moved to 'https://evil.example/'"),
    "duplicate address key": ("addresses: []\nmoved:\n  old/: new/\n  old/: other/\n",
                              "data/links.yml:4: file: key 'old/' appears twice"),
}


@pytest.mark.parametrize("case", REGISTRY_CASES, ids=list(REGISTRY_CASES))
def test_bad_registry_is_refused(tmp_path, case):
    text, expected = REGISTRY_CASES[case]
    registry = tmp_path / "links.yml"
    registry.write_text(text)
    with pytest.raises(ContentError) as caught:
        load_registry(registry)
    assert any(str(problem).startswith(expected) for problem in caught.value.problems), str(caught.value)


# ---- The built site ------------------------------------------------------------

AUDIT_CASES = {
    "off-site script": ('<p>x</p>\n<script src="https://cdn.example/a.js"></script>',
                        "site/a/index.html:2: <script>: loads https://cdn.example/a.js"),
    "off-site image": ('\n\n<img alt="" src="//tracker.example/p.gif">', "site/a/index.html:3: <img>: loads //tracker"),
    "off-site stylesheet": ('<link rel="stylesheet" href="http://cdn.example/a.css">', "site/a/index.html:1: <link>"),
    "plain-http link": ('<a href="http://example.org/">x</a>', "site/a/index.html:1: <a>: links to 'http://"),
    "javascript link": ('<a href="javascript:alert(1)">x</a>', "site/a/index.html:1: <a>: links to 'javascript:"),
}


@pytest.mark.parametrize("case", AUDIT_CASES, ids=list(AUDIT_CASES))
def test_the_deploy_audit_refuses_off_site_loads_and_unsafe_links(tmp_path, case):
    html, expected = AUDIT_CASES[case]
    page = tmp_path / "site" / "a" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(html)
    assert any(str(problem).startswith(expected) for problem in page_problems(tmp_path / "site"))


def test_the_deploy_build_runs_the_audit():
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text()
    recipe = makefile.split("\nbuild:", 1)[1].split("\n\n", 1)[0]
    assert "mkdocs build --strict" in recipe and "-m sitedata.audit site" in recipe


def test_an_overdue_review_shows_a_notice():
    meta = {"last_reviewed": "2025-01-10", "next_review": "2026-01-10"}
    assert "Review overdue" in review_dates_html(meta, today=datetime.date(2026, 1, 11))
    assert "Review overdue" not in review_dates_html(meta, today=datetime.date(2026, 1, 10))


def test_a_short_term_is_never_linked_inside_a_character_reference(tmp_path):
    (tmp_path / "glossary.yml").write_text('- id: amp\n  term: amp\n  short: "A term."\n')
    linking = TermLinkExtension(data_dir=str(tmp_path), glossary="g.md")
    assert markdown.markdown("R&amp;D and an amp", extensions=[linking]) == (
        '<p>R&amp;D and an <a class="glossary-term" href="g.md#amp" title="A term.">amp</a></p>')


# ---- Markup planted in data, through the real build ---------------------------

PLANTED = {  # file: (field of its first entry, text put before the field's value)
    "glossary.yml": ("definition", "<script>planted()</script>"),
    "claims.yml": ("evidence", "<img src=x onerror=planted()>"),
    "topics.yml": ("comparison", "<b onmouseover=planted()>x</b>"),
    "approvals.yml": ("source", "<iframe src=javascript:planted()></iframe>"),
    "warning-signs.yml": ("explanation", "<svg onload=planted()></svg>"),
    "questions.yml": ("answer", "<script>planted()</script>"),
}
PLANTED_TEXT = {  # plain-text fields: shown as typed, and inert in downloads
    "claims.yml": ("claim", '=HYPERLINK("https://evil.example") <!--<script> '),
    "glossary.yml": ("term", "(<200 nm) "),
}


class _LiveMarkup(HTMLParser):
    """Every element and handler that would run, and every JSON-LD block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live, self.jsonld, self._in_jsonld = [], [], False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        self._in_jsonld = tag == "script" and values.get("type") == "application/ld+json"
        if tag in ("iframe", "object", "embed"):
            self.live.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.live.append(f"{tag} {name}")

    def handle_data(self, text):
        if self._in_jsonld:
            self.jsonld.append(text)
        elif "planted()" in text and self.lasttag == "script":
            self.live.append("script")

    def handle_endtag(self, tag):
        self._in_jsonld = False


def test_markup_planted_in_data_reaches_readers_as_text(project_copy, tmp_path):
    data_dir = project_copy / "data"
    for name in dict.fromkeys([*PLANTED, *PLANTED_TEXT]):
        path = data_dir / name
        entries = yaml.safe_load(path.read_text())
        for planted in (PLANTED.get(name), PLANTED_TEXT.get(name)):
            if planted:
                field, text = planted
                entries[0][field] = text + " " + entries[0][field]
        path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False))
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-2000:]
    site = tmp_path / "site"
    shown = 0
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        parser = _LiveMarkup()
        parser.feed(html)
        assert not parser.live, f"{page.relative_to(site)} runs planted markup: {parser.live}"
        for block in parser.jsonld:
            json.loads(block)  # parses: no '<!--' or '</script>' broke out
            assert "<" not in block, "JSON-LD must write < as \\u003c"
        shown += html.count("&lt;script&gt;planted()")
    assert shown >= 2, "the planted text should be visible as text"
    glossary_page = (site / "glossary" / "index.html").read_text(encoding="utf-8")
    assert "(&lt;200 nm)" in glossary_page and "\\&lt;200" not in glossary_page
    rows = list(csv.reader(io.StringIO((site / "data" / "claims.csv").read_text(encoding="utf-8"))))
    assert rows[1:] and all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)


@pytest.mark.parametrize("text, expected", [
    ('cff-version: 1.2.0\ntitle: "x"\n', "CITATION.cff:1: version: version is None"),
    ("cff-version: 1.2.0\nversion: 2026.2\n", "CITATION.cff:2: version: version is 2026.2"),
    ('version: "2026.2"\nversion: "2026.3"\n', "CITATION.cff:2: file: key 'version' appears twice"),
])
def test_citation_file_is_read_as_yaml(text, expected):
    with pytest.raises(ContentError) as caught:
        release_version(text)
    assert str(caught.value.problems[0]).startswith(expected), str(caught.value)


def test_a_data_file_is_parsed_again_only_when_its_text_changes(tmp_path):
    """The data model and the term linker share one parse of glossary.yml;
    `mkdocs serve` still sees every edit."""
    path = tmp_path / "glossary.yml"
    path.write_text("- id: a\n  term: a\n")
    first, _ = read_yaml_list(path, "data/glossary.yml")
    assert read_yaml_list(path, "data/glossary.yml")[0] is first
    path.write_text("- id: b\n  term: b\n")
    assert read_yaml_list(path, "data/glossary.yml")[0] == [{"id": "b", "term": "b"}]
    path.write_text("- [unclosed\n")
    entries, problems = read_yaml_list(path, "data/glossary.yml")
    assert entries == [] and "malformed YAML" in problems[0].what
