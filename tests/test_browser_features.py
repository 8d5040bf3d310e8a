"""Features a reader relies on, in a real browser: the skip link, glossary
tooltips by keyboard and pointer, the claims filters by keyboard, search, the colour
scheme choice, and printing."""

import io
import re

import pytest
from pypdf import PdfReader

from conftest import html_pages

MAX_TABS = 200  # more Tab presses than any page has focus stops before its content


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield context.new_page()
    context.close()


def tab_until(page, selector: str) -> None:
    """Press Tab until the focused element matches selector, as a keyboard
    user would."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} is never reached with Tab")


# ---- Screen readers -------------------------------------------------------------

@pytest.mark.parametrize("path, rows, columns", [
    ("homeostasis/", ["Typical trigger", "Pancreatic cells", "Hormone released", "Main effect", "Loop closes when"],
     ["Glucose too high", "Glucose too low"]),
    ("stem-cells/", ["Source", "Potency", "Established medical use"],
     ["Embryonic stem cells", "Adult (tissue) stem cells", "iPS cells"]),
])
def test_comparison_tables_name_the_row_and_the_column_of_each_value(tab, served_site, path, rows, columns):
    """A screen reader reads "Hormone released, Glucose too low: Glucagon",
    not a bare "Glucagon": the first column is announced as row headers."""
    tab.goto(served_site + path)
    table = tab.locator("article table").first
    assert [" ".join(text.split()) for text in table.get_by_role("rowheader").all_inner_texts()] == rows
    assert [" ".join(text.split()) for text in table.get_by_role("columnheader").all_inner_texts()] == columns


def test_row_headers_stay_in_view_when_a_wide_table_scrolls_on_a_phone(phone, served_site):
    """The stem-cell table is wider than a phone: scrolled to its last
    column, each value still has its row's label beside it."""
    phone.goto(served_site + "stem-cells/")
    table = phone.locator("article table").first
    table.scroll_into_view_if_needed()
    scrolled = table.evaluate("""table => {
        const wrap = table.closest(".md-typeset__scrollwrap");
        wrap.scrollLeft = wrap.scrollWidth;
        return wrap.scrollLeft;
    }""")
    assert scrolled > 50, "the table no longer scrolls at 360 px: choose a wider one"
    for header in table.get_by_role("rowheader").all():
        box = header.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, (header.inner_text(), box)
    last_column = table.locator("tbody tr td:last-child").first.bounding_box()
    assert last_column["x"] + last_column["width"] <= 360
    # From there, Tab through the table's links: none may land under a
    # stuck header (WCAG 2.4.11, focus not obscured).
    links = table.locator("a")
    links.first.focus()
    for index in range(links.count()):
        if index:
            phone.keyboard.press("Tab")
        hidden = phone.evaluate("""() => {
            const link = document.activeElement, box = link.getClientRects()[0];  // its first line
            const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            return link.contains(hit) ? null : [link.textContent, hit && hit.textContent.trim().slice(0, 30)];
        }""")
        assert hidden is None, f"link {index + 1} of {links.count()} is covered: {hidden}"


# ---- Keyboard -----------------------------------------------------------------

def test_skip_link_moves_keyboard_focus_to_the_content(tab, served_site):
    tab.goto(served_site + "exosomes/")
    tab.keyboard.press("Tab")
    skip = tab.locator("a.md-skip")
    assert tab.evaluate("document.activeElement.classList.contains('md-skip')"), "skip link is not the first stop"
    assert skip.is_visible()
    tab.keyboard.press("Enter")
    assert tab.evaluate("location.hash") == skip.get_attribute("href")
    tab.keyboard.press("Tab")
    after_title = tab.evaluate("""() => {
        const title = document.querySelector('.md-content h1');
        return Boolean(title.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING)
            && document.querySelector('.md-content').contains(document.activeElement);
    }""")
    assert after_title, "Tab after the skip link does not continue in the page content"


def test_every_glossary_term_link_carries_its_short_definition(site):
    for path in html_pages(site):
        for link in re.findall(r'<a class="glossary-term"[^>]*>', path.read_text()):
            assert re.search(r' title="[^"]{10,}"', link), f"{path.relative_to(site)}: {link}"


def test_glossary_tooltip_shows_on_keyboard_focus_and_esc_dismisses_it(tab, served_site, site):
    first_term = re.search(r'<a class="glossary-term"[^>]* title="([^"]+)"', (site / "exosomes" / "index.html").read_text())
    definition = first_term.group(1).replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&")
    tab.goto(served_site + "exosomes/")
    tab_until(tab, "a.glossary-term")
    tooltip_id = tab.wait_for_function("() => document.activeElement.getAttribute('aria-describedby')").json_value()
    tooltip = tab.locator(f"#{tooltip_id}")
    assert tooltip.is_visible()
    assert tooltip.get_attribute("role") == "tooltip"
    assert tooltip.inner_text().strip() == definition
    # Beside the term, not over it, and inside the window.
    term_box = tab.evaluate("document.activeElement.getBoundingClientRect().toJSON()")
    box = tooltip.bounding_box()
    assert box["y"] >= term_box["bottom"] or box["y"] + box["height"] <= term_box["top"]
    assert 0 <= box["x"] and box["x"] + box["width"] <= 1280
    assert tab.evaluate("parseFloat(getComputedStyle(document.getElementById('site-tooltip')).fontSize)") >= 12
    tab.keyboard.press("Escape")
    assert tooltip.is_hidden()
    assert tab.evaluate("document.activeElement.matches('a.glossary-term')"), "Esc moved focus away"
    # The title is back on the link for the next reader of it.
    assert tab.evaluate("document.activeElement.getAttribute('title')") == definition


def test_citation_tooltip_shows_on_hover_and_stays_while_the_pointer_moves_onto_it(tab, served_site):
    tab.goto(served_site + "claims/")
    # A handle, not a locator: the selector would move on to the next
    # citation once this one's title is lifted into the tooltip.
    citation = tab.locator(".md-content a[href^='#ref-'][title]").first.element_handle()
    reference = citation.get_attribute("title")
    citation.scroll_into_view_if_needed()
    citation.hover()
    tooltip = tab.locator("#site-tooltip")
    assert tooltip.is_visible() and tooltip.inner_text() == reference
    assert citation.get_attribute("title") is None, "the browser's own tooltip would show over ours"
    box = tooltip.bounding_box()
    tab.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=4)
    tab.wait_for_timeout(500)
    assert tooltip.is_visible(), "WCAG 1.4.13: the pointer can move onto the tooltip"
    tab.mouse.move(2, 790)
    tooltip.wait_for(state="hidden")
    assert citation.get_attribute("title") == reference


def test_claims_filters_work_with_the_keyboard_alone(tab, served_site):
    tab.goto(served_site + "claims/")
    status = tab.locator("#claim-filters [role=status]")
    total = tab.locator("article.claim").count()
    assert status.inner_text() == f"Showing {total} of {total} claims."
    shown = "article.claim:not([hidden])"

    tab_until(tab, "#claim-filters select[name=source]")
    tab.keyboard.press("ArrowDown")
    source = tab.evaluate("document.activeElement.value")
    assert source, "ArrowDown did not choose a source"
    by_source = tab.locator(shown).count()
    assert 0 < by_source < total
    assert status.inner_text() == f"Showing {by_source} of {total} claims."
    assert set(tab.locator(shown).evaluate_all("claims => claims.map(c => c.dataset.source)")) == {source}

    tab.keyboard.press("Tab")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.name") == "verdict"
    tab.keyboard.press("ArrowDown")
    verdict = tab.evaluate("document.activeElement.value")
    matching = tab.locator(f'article.claim[data-source="{source}"][data-verdict="{verdict}"]').count()
    assert tab.locator(shown).count() == matching
    assert status.inner_text() == f"Showing {matching} of {total} claims."

    tab.keyboard.press("Home")
    tab.keyboard.press("Shift+Tab")
    tab.keyboard.press("Shift+Tab")
    tab.keyboard.press("Home")
    assert status.inner_text() == f"Showing {total} of {total} claims."


# ---- Search -------------------------------------------------------------------

def search_result_links(page, served_site, query: str) -> list[str]:
    page.goto(served_site)
    page.keyboard.press("/")  # Material's shortcut to the search box
    page.keyboard.type(query)
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    # Drop the ?h= highlight query that search.highlight adds to each link.
    return page.locator(".md-search-result__link").evaluate_all(
        "links => links.map(link => link.origin + link.pathname + link.hash)")


def test_search_lists_the_exosomes_page(tab, served_site):
    links = search_result_links(tab, served_site, "exosome")
    assert served_site + "exosomes/" in links, links


def test_search_finds_a_glossary_term_at_its_entry(tab, served_site):
    links = search_result_links(tab, served_site, "microvesicle")
    assert served_site + "glossary/#microvesicle" in links, links


# ---- Colour scheme --------------------------------------------------------------

def scheme(page) -> str:
    return page.evaluate("document.body.dataset.mdColorScheme")


@pytest.mark.parametrize("system, expected", [("light", "default"), ("dark", "slate")])
def test_colour_scheme_follows_the_system_setting_by_default(browser, served_site, system, expected):
    context = browser.new_context(color_scheme=system)
    page = context.new_page()
    page.goto(served_site)
    assert scheme(page) == expected
    page.emulate_media(color_scheme="dark" if system == "light" else "light")
    page.wait_for_function("s => document.body.dataset.mdColorScheme !== s", arg=expected)
    context.close()


def test_the_colour_scheme_is_set_before_the_content_so_the_page_is_styled_once(browser, served_site):
    # Changing <body>'s attributes after the content is parsed restyles the
    # whole page; Material's palette form did it twice per load (906 ms of
    # style work on /claims/ in a phone trace).
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    # Changes to <body> once the footer, after all the content, exists.
    page.add_init_script("""
        window.bodyChangesAfterContent = [];
        new MutationObserver(changes => changes.forEach(change => {
            if (change.target === document.body && document.querySelector('.md-footer'))
                window.bodyChangesAfterContent.push(change.attributeName);
        })).observe(document, {attributes: true, subtree: true});""")
    page.goto(served_site + "claims/", wait_until="load")
    page.wait_for_timeout(1000)
    assert scheme(page) == "slate"
    assert page.evaluate("window.bodyChangesAfterContent") == []
    context.close()


def test_without_javascript_no_colour_or_search_button_shows(browser, served_site):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(served_site + "cytokines/")
    assert page.locator("#scheme-toggle").is_hidden()
    assert page.locator(".md-header__button[for=__search]").is_hidden()
    context.close()


def test_colour_scheme_choice_persists_across_pages(browser, served_site):
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto(served_site)
    # The button cycles system → light → dark (the palettes in mkdocs.yml),
    # its name saying what the next press does.
    toggle = page.locator("#scheme-toggle")
    assert toggle.get_attribute("aria-label") == "Switch to light mode"
    toggle.click()
    assert scheme(page) == "default" and toggle.get_attribute("aria-label") == "Switch to dark mode"
    toggle.click()
    assert scheme(page) == "slate" and toggle.get_attribute("aria-label") == "Switch to system preference"
    assert toggle.locator("svg:visible").count() == 1
    page.goto(served_site + "cytokines/")
    assert scheme(page) == "slate"
    page.emulate_media(color_scheme="light")
    assert scheme(page) == "slate", "the reader's choice must win over the system setting"
    context.close()


# ---- Print --------------------------------------------------------------------

HIDDEN_IN_PRINT = {
    "navigation": ".md-sidebar--primary",
    "table of contents": ".md-sidebar--secondary",
    "header": ".md-header",
    "search": ".md-search",
    "colour scheme button": "#scheme-toggle",
}


def table_headers(page) -> list[list[str]]:
    return page.locator(".md-content table").evaluate_all(
        "tables => tables.map(t => [...t.querySelectorAll('thead th')].map(th => th.innerText.trim()))")


def clipped_cells(page) -> list[str]:
    """Table cells that do not fit inside the printed page."""
    return page.evaluate("""() => [...document.querySelectorAll('.md-content table th, .md-content table td')]
        .filter(cell => cell.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                        || cell.getBoundingClientRect().width === 0)
        .map(cell => cell.innerText.slice(0, 40))""")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("path", ["claims/", "cytokines/"])
def test_printed_page_keeps_every_table_column_and_hides_the_controls(tab, served_site, path):
    tab.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    tab.goto(served_site + path)
    tab.emulate_media(media="print")
    shown = [name for name, selector in HIDDEN_IN_PRINT.items()
             if any(tab.locator(selector).evaluate_all("els => els.map(e => e.checkVisibility())"))]
    assert not shown, f"printed {path} shows {shown}"
    headers = table_headers(tab)
    assert headers, f"{path} has no table to check"
    assert not clipped_cells(tab), f"printed {path} cuts off cells {clipped_cells(tab)}"

    pdf_text = squeeze("".join(page.extract_text() for page in PdfReader(io.BytesIO(
        tab.pdf(format="A4", print_background=True))).pages))
    missing = [header for table in headers for header in table if squeeze(header) not in pdf_text]
    assert not missing, f"the PDF of {path} lacks the columns {missing}"
    assert "Typetostartsearching" not in pdf_text and "Switchto" not in pdf_text
