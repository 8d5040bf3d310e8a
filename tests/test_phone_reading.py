"""Reading on a phone: a tap on a glossary term shows its definition in
place, and Back from the glossary returns to the same place even when the
browser does not keep the page in its back/forward cache."""

import pytest

from conftest import PHONE

BACK_TOLERANCE = 100  # CSS px
PAGES = ["homeostasis/", "cytokines/", "exosomes/", "stem-cells/", "claims/", "patients/"]


def sheet_open(page) -> bool:
    return page.locator(".term-sheet").count() > 0 and page.locator(".term-sheet").is_visible()


def test_tapping_a_term_shows_its_definition_in_place(phone, served_site):
    phone.goto(served_site + "exosomes/")
    term = phone.locator("a.glossary-term:visible").nth(1)
    definition = term.get_attribute("title")
    name = term.inner_text().strip()
    term.tap()
    assert phone.url.endswith("/exosomes/"), "the tap left the page"
    sheet = phone.locator(".term-sheet")
    assert sheet.is_visible() and sheet.get_attribute("role") == "dialog"
    assert sheet.locator(".term-sheet__definition").inner_text() == definition
    assert sheet.get_attribute("aria-label") == f"Definition: {name}"
    assert sheet.locator("a.term-sheet__more").evaluate("a => a.href") == term.evaluate("a => a.href")

    phone.keyboard.press("Escape")
    assert not sheet_open(phone)
    term.tap()
    # A spot of plain text outside the sheet: nothing there to follow.
    spot = phone.evaluate("""() => {
      for (let y = 80; y < innerHeight; y += 10) {
        const el = document.elementFromPoint(30, y);
        if (el && el.closest('article') && !el.closest('a, button, summary, .term-sheet')) return y;
      }
    }""")
    phone.touchscreen.tap(30, spot)
    assert not sheet_open(phone), "a tap outside left the sheet open"
    term.tap()
    phone.go_back()
    phone.wait_for_function("() => document.querySelector('.term-sheet').hidden")
    assert phone.url.endswith("/exosomes/"), "Back left the page instead of closing the sheet"


def test_mouse_and_keyboard_still_follow_the_link(browser, served_site):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(served_site + "exosomes/")
    page.locator("a.glossary-term:visible").first.click()
    page.wait_for_url("**/glossary/**")
    assert page.locator(".term-sheet").count() == 0
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_back_from_the_glossary_returns_to_the_same_place(browser_without_cache, served_site, path):
    context = browser_without_cache.new_context(**PHONE)
    page = context.new_page()
    page.goto(served_site + path)
    terms = page.locator("a.glossary-term:visible")
    term = terms.nth(terms.count() - 1)  # the deepest, where a lost place costs most
    page.evaluate("top => window.scrollTo(0, top - 300)",
                  term.evaluate("e => e.getBoundingClientRect().top + window.scrollY"))
    where = "e => e.getBoundingClientRect().top"  # what the reader sees, not scrollY
    before = term.evaluate(where)
    term.tap()
    page.locator(".term-sheet a.term-sheet__more").tap()
    page.wait_for_url("**/glossary/**")
    page.go_back()
    page.wait_for_load_state("load")
    page.wait_for_timeout(500)  # let any late script move things, if it would
    after = terms.nth(terms.count() - 1).evaluate(where)
    print(f"{path}: the term {before:.0f} px from the top before, {after:.0f} px after Back")
    assert abs(after - before) <= BACK_TOLERANCE
    assert not sheet_open(page)
    context.close()


@pytest.mark.parametrize("path", ["cytokines/", "claims/"])
def test_long_pages_open_with_an_outline_on_phones_only(browser, served_site, path):
    phone = browser.new_context(**PHONE).new_page()
    phone.goto(served_site + path)
    outline = phone.locator("details.page-outline")
    assert outline.is_visible() and outline.bounding_box()["y"] < PHONE["viewport"]["height"]
    outline.locator("summary").tap()
    sections = phone.locator("article h2[id]:not(#references):not(#cite-this-page)").evaluate_all(
        "els => els.map(e => e.id)")
    listed = outline.locator("a").evaluate_all("els => els.map(a => a.hash.slice(1))")
    assert listed == sections[:len(listed)] and len(listed) >= 7
    outline.locator("a").nth(2).tap()
    assert phone.evaluate("location.hash") == f"#{listed[2]}"
    phone.context.close()
    wide = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    wide.goto(served_site + path)
    assert not wide.locator("details.page-outline").is_visible(), "wide screens have the sidebar"
    wide.context.close()


def test_a_page_with_its_own_jump_list_gets_no_second_outline(phone, served_site):
    phone.goto(served_site + "patients/")
    assert phone.locator(".page-jump").is_visible()
    assert phone.locator("details.page-outline").count() == 0
