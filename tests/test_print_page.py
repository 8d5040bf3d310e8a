"""/print/, assembled by sitedata.printing from the built pages: every page
in reading order, ids unique, and every link inside it leads somewhere."""

import collections
import re

from sitedata.printing import _local

SECTION = re.compile(r'<section class="print-page" id="([^"]+)">')


def test_ids_are_unique_and_every_anchor_lands(site):
    page = (site / "print" / "index.html").read_text(encoding="utf-8")
    ids = re.findall(r'\sid="([^"]+)"', page)
    repeated = [name for name, count in collections.Counter(ids).items() if count > 1]
    assert not repeated, repeated[:10]
    missing = {href for href in re.findall(r'href="#([^"]+)"', page)} - set(ids)
    assert not missing, sorted(missing)[:10]


def test_links_between_pages_stay_inside_print(site):
    page = (site / "print" / "index.html").read_text(encoding="utf-8")
    body = page[SECTION.search(page).start():page.rindex("</section>")]
    pages = SECTION.findall(page)
    leaving = [href for href in re.findall(r'href="(\.\./[a-z-]*/?(?:#[^"]*)?)"', body)
               if href.split("/")[1] in pages]
    assert not leaving, leaving[:10]


def test_link_rewriting():
    pages = {"", "cytokines", "glossary", "instructors"}
    assert _local("cytokines", "#harms", pages) == "#cytokines-harms"
    assert _local("", "#who-it-is-for", pages) == "#index-who-it-is-for"
    assert _local("cytokines", "../glossary/#cytokine", pages) == "#glossary-cytokine"
    assert _local("", "cytokines/", pages) == "#cytokines"
    assert _local("glossary", "..", pages) == "#index"
    assert _local("instructors", "../data/claims.csv", pages) == "../data/claims.csv"
    assert _local("cytokines", "https://doi.org/10.1/x", pages) == "https://doi.org/10.1/x"


def test_references_to_ids_resolve_and_one_answer_switch(site):
    """Diagram arrowheads (url(#marker)), accessible names (aria-labelledby)
    and labels must follow the prefixed ids; one "Print the answers too"
    switch serves the whole page, so /print/ can be a questions-only handout."""
    page = (site / "print" / "index.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    refs = re.findall(r"url\(#([^)]+)\)", page)
    refs += [ref for value in re.findall(r'\s(?:aria-labelledby|aria-describedby|aria-controls|for)="([^"]+)"', page)
             for ref in value.split()]
    assert refs and not [ref for ref in refs if ref not in ids]
    assert page.count('id="print-answers"') == 1 and page.count('class="print-switch"') == 1


def test_sections_get_the_stylesheets_their_pages_load(site):
    page = (site / "print" / "index.html").read_text(encoding="utf-8")
    for sheet in ("claims.css", "figures.css"):
        assert f'href="../stylesheets/{sheet}"' in page


# ---- In the browser: /print/ draws its pages lazily ------------------------

HEADING_TOP = "id => document.getElementById(id).getBoundingClientRect().top"


def test_contents_links_land_on_their_page_far_down(phone, served_site):
    # Pages are laid out only near the view, so a jump past pages never
    # drawn would land short (2 of 13 entries did, 4,000-70,000 px off).
    phone.goto(served_site + "print/")
    for name in ("homeostasis", "glossary", "references"):
        phone.evaluate("name => document.querySelector(`.md-nav--secondary a[href='#${name}']`).click()", name)
        phone.wait_for_timeout(300)
        top = phone.evaluate(HEADING_TOP, name)
        assert 0 <= top <= 150, f"#{name} heading is {top:.0f} px from the top"


def test_an_address_with_an_anchor_and_a_link_set_by_script_land_too(phone, served_site):
    phone.goto(served_site + "print/#glossary-cytokine")
    phone.wait_for_timeout(300)
    assert 0 <= phone.evaluate(HEADING_TOP, "glossary-cytokine") <= 150
    phone.evaluate("location.href = '#homeostasis'")  # as the term sheet's "Full entry" does
    phone.wait_for_timeout(300)
    assert 0 <= phone.evaluate(HEADING_TOP, "homeostasis") <= 150


def test_controls_that_only_work_on_their_own_page_are_left_out(site):
    page = (site / "print" / "index.html").read_text(encoding="utf-8")
    for control in ('class="claim-filters"', 'class="advert-check"', 'class="advert-status"', 'class="advert-result"',
                    'id="sign-patterns"'):
        assert control not in page, control
