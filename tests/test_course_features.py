"""Made for courses: review dates, citations, one version, the printable
site and copy-link controls."""

import datetime
import html
import io
import json
import re

import pytest
import yaml
from pypdf import PdfReader

from conftest import ROOT
from sitedata.cite_page import release_version

CITATION = yaml.safe_load((ROOT / "CITATION.cff").read_text())
VERSION = release_version((ROOT / "CITATION.cff").read_text())
DOC_PAGES = sorted((ROOT / "docs").glob("*.md"))
SITE_URL = "https://regenmed-explained.github.io/regenmed-explained/"


def front_matter(path):
    return yaml.safe_load(path.read_text().split("---\n", 2)[1])


def built(site, path):
    slug = path.stem
    return (site / "index.html") if slug == "index" else (site / slug / "index.html")


def test_citation_cff_is_complete():
    for field in ("cff-version", "message", "title", "authors", "version", "date-released", "license", "url"):
        assert CITATION.get(field), f"CITATION.cff lacks {field}"
    assert CITATION["cff-version"] == "1.2.0"
    assert all("name" in author or "family-names" in author for author in CITATION["authors"])
    datetime.date.fromisoformat(str(CITATION["date-released"]))
    assert re.fullmatch(r"\d{4}\.\d+", VERSION)


@pytest.mark.parametrize("path", DOC_PAGES, ids=lambda p: p.stem)
def test_no_page_is_past_its_review_date(path):
    meta = front_matter(path)
    assert datetime.date.today() <= meta["next_review"], f"{path.name} was due for review on {meta['next_review']}"


@pytest.mark.parametrize("path", DOC_PAGES, ids=lambda p: p.stem)
def test_review_dates_under_the_title_and_cite_this_page(site, path):
    meta = front_matter(path)
    page = built(site, path).read_text()
    title_end = page.index("</h1>")
    dates = page.index('<p class="page-dates"')
    assert dates > title_end and page[title_end:dates].count("<p") == 0, "review dates must follow the title"
    assert f'datetime="{meta["last_reviewed"]}"' in page and f'datetime="{meta["next_review"]}"' in page
    assert 'id="cite-this-page"' in page
    assert f"version {VERSION}, last reviewed {meta['last_reviewed']}" in page
    text = re.sub(r"<[^>]+>", "", page)  # the BibTeX block is syntax-highlighted
    assert "@misc{regenmed-" in text and f"Version {VERSION}" in text


@pytest.mark.parametrize("path", DOC_PAGES, ids=lambda p: p.stem)
def test_reference_managers_read_the_same_citation(site, path):
    """Zotero, Mendeley and Google Scholar read the Highwire tags; what they
    save must be what "Cite this page" says."""
    page = built(site, path).read_text()
    tags = {name: html.unescape(content) for name, content in
            re.findall(r'<meta name="(citation_[a-z_]+)" content="([^"]*)">', page)}
    assert set(tags) == {"citation_title", "citation_author", "citation_publication_date",
                         "citation_online_date", "citation_publisher", "citation_public_url"}
    paragraph = page.split('id="cite-this-page"', 1)[1].split("</h2>", 1)[1].split("</p>", 1)[0]
    cite = html.unescape(re.sub(r"<[^>]+>", "", paragraph)).strip()
    meta = front_matter(path)
    assert tags["citation_publication_date"] == str(meta["last_reviewed"]).replace("-", "/")
    assert cite.startswith(f'{tags["citation_author"]} ({str(meta["last_reviewed"])[:4]}). '
                           f'{tags["citation_title"]}. {tags["citation_publisher"]}, version {VERSION}')
    assert tags["citation_public_url"] in cite


def test_one_version_everywhere(site):
    assert f"Version {VERSION}" in (site / "about" / "index.html").read_text()
    for name in ("claims", "glossary", "references"):
        assert json.loads((site / "data" / f"{name}.json").read_text())["version"] == VERSION


def test_print_page_has_every_page_in_reading_order(site):
    page = (site / "print" / "index.html").read_text()
    nav_sources = re.findall(r":\s+(\S+\.md)\s*$", (ROOT / "mkdocs.yml").read_text().split("\nnav:\n")[1],
                             re.MULTILINE)
    positions = []
    for source in nav_sources:
        slug = source.removesuffix(".md")
        match = re.search(rf'<section class="print-page" id="{slug}"', page)
        assert match, f"/print/ lacks {source}"
        positions.append(match.start())
    assert positions == sorted(positions), "/print/ is not in reading order"


def test_copy_link_copies_the_canonical_address(browser, served_site):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.goto(served_site + "exosomes/")
    control = tab.locator("#regulation-and-safety a.copy-link")
    assert control.get_attribute("aria-label") == "Copy link to: Regulation and safety"
    control.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_function("() => document.querySelector('.copy-link__status').textContent.length > 0")
    assert tab.evaluate("navigator.clipboard.readText()") == SITE_URL + "exosomes/#regulation-and-safety"
    assert tab.evaluate("location.hash") == "", "copying the link moved the reader"
    assert tab.locator("p.self-check button.copy-link").count() >= 6
    context.close()


def test_copy_link_icons_are_small_and_move_nothing(browser, served_site):
    """One icon per heading, inside the space the page already has: the
    layout is the same with and without the script."""
    context = browser.new_context(viewport={"width": 360, "height": 800}, has_touch=True, is_mobile=True)
    tab = context.new_page()
    positions = "[...document.querySelectorAll('h2, h3, p.self-check')].map(e => Math.round(e.getBoundingClientRect().top))"
    tab.goto(served_site + "cytokines/")
    with_script = tab.evaluate(positions)
    sizes = tab.locator(".md-content .copy-link").evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })")
    tab.route("**/copy-link.js", lambda route: route.abort())
    tab.goto(served_site + "cytokines/")
    assert tab.evaluate(positions) == with_script
    assert tab.locator(".md-content button.copy-link:not(.copy-link--question)").count() == 0
    assert all(24 <= w <= 32 and 24 <= h <= 32 for w, h in sizes), sizes[:3]
    context.close()


def test_printing_a_topic_page_gives_a_questions_only_handout(browser, served_site):
    """Questions alone by default; the answers too once the switch is ticked."""
    context = browser.new_context(viewport={"width": 794, "height": 1123})
    tab = context.new_page()
    tab.goto(served_site + "homeostasis/")
    question = "Who introduced the term"
    answer = "Walter Cannon introduced the term"

    def printed() -> str:
        pdf = tab.pdf(format="A4")
        return " ".join("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())

    handout = printed()
    assert question in handout and answer not in handout
    assert "Print the answers too" not in handout
    tab.locator("#print-answers").check()
    assert answer in printed()
    context.close()


def test_print_and_offline_copies_are_linked_from_every_page_and_the_guide(site):
    for path in ["index.html", "exosomes/index.html", "instructors/index.html"]:
        page = (site / path).read_text()
        footer = page[page.index('<div class="md-copyright">'):]
        assert re.search(r'<a href="(\.\./)?print/">The whole site on one page</a>', footer), path
        assert "/releases/latest\">Offline copy (zip)</a>" in footer, path
    guide = (site / "instructors" / "index.html").read_text()
    assert 'id="print-and-offline"' in guide and '<a href="../print/">' in guide


@pytest.mark.parametrize("page", ["cytokines", "exosomes", "stem-cells", "claims", "glossary"])
def test_regulator_check_dates_are_said_once_per_section_in_the_site_format(site, page):
    html = (site / page / "index.html").read_text()
    article = html[html.index("<article"):html.index("</article>")]
    assert "(checked 20" not in article and "checked 20" not in re.sub(r"<[^>]+>", "", article)
    sections = re.split(r"<h[2-6][ >]", article)
    notes = [section.count('class="checked-note"') for section in sections]
    assert max(notes) == 1 and sum(notes) >= 1
    for note in re.findall(r'<p class="checked-note">([^<]+)</p>', article):
        assert re.fullmatch(r"Regulators' pages cited here were last checked on \d{1,2} [A-Z][a-z]+ \d{4}\.", note)
