"""What a patient, a student and an instructor meet first, tested as they
meet it on a 360 × 800 phone: the page for patients one tap from the home
page, search that answers real queries with sections and never shows a
promotional quote without its verdict, and a claims page whose filters
live in the address."""

import html
import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from conftest import PHONE, ROOT, ReadableText, html_pages
from search_queries import QUERIES

WARNING_SIGNS_WITHIN = 1600  # CSS px from the top of /patients/: two phone screens
FIRST_RESULT_SHARE = 0.9
ICON_MIN = 16
DATA = ROOT / "data"
CLAIMS = yaml.safe_load((DATA / "claims.yml").read_text())
VERDICT_LABELS = {v["id"]: v["label"] for v in yaml.safe_load((DATA / "verdicts.yml").read_text())}
# Phrases from the posts themselves: what a reader who copies a line from an
# advert types into search.
QUOTE_QUERIES = ["effective and safe way to relieve chronic pain", "does not generate adverse reactions",
                 "plumber carpenter", "billion exosomes", "cytokine therapy repair itself"]


def top_of(page, selector: str) -> float:
    return page.locator(selector).first.evaluate("e => e.getBoundingClientRect().top + window.scrollY")


# ---- The page for patients ------------------------------------------------------

def test_one_tap_from_the_home_page_reaches_the_warning_signs(phone, served_site):
    phone.goto(served_site)
    link = phone.locator(".md-content a[href$='patients/']").first
    box = link.bounding_box()
    assert box and box["y"] + box["height"] <= PHONE["viewport"]["height"], "patients link is not on the first screen"
    link.tap()
    phone.wait_for_url(re.compile(r"/patients/$"))
    signs = top_of(phone, "#warning-signs")
    print(f"/patients/: warning signs at {signs:.0f} px; page {phone.evaluate('document.body.scrollHeight')} px")
    assert signs <= WARNING_SIGNS_WITHIN
    assert phone.locator("ol.warning-signs li").count() == len(yaml.safe_load((DATA / "warning-signs.yml").read_text()))


@pytest.mark.parametrize("path", ["exosomes/", "stem-cells/", "claims/"])
def test_patients_page_is_linked_from_the_first_screen(phone, served_site, path):
    phone.goto(served_site + path)
    link = phone.locator(".md-content a[href$='patients/']").first
    box = link.bounding_box()
    assert box and box["y"] + box["height"] <= PHONE["viewport"]["height"], f"{path}: patients link below the first screen"


def test_patients_page_comes_right_after_home_in_the_navigation():
    nav = yaml.safe_load(re.search(r"^nav:\n(.*?)(?=^\S|\Z)", (ROOT / "mkdocs.yml").read_text(), re.S | re.M).group(1))
    assert list(nav[0].values()) == ["index.md"] and list(nav[1].values()) == ["patients.md"]


def test_the_warning_signs_render_from_one_list(site):
    """Both pages that show the checklist show the same items, in order."""
    def signs(path):
        return re.findall(r'<li id="sign-([a-z0-9-]+)"', (site / path / "index.html").read_text())
    expected = [sign["id"] for sign in yaml.safe_load((DATA / "warning-signs.yml").read_text())]
    assert signs("patients") == expected == signs("stem-cells")
    assert 'href="../patients/#warning-signs"' in (site / "claims" / "index.html").read_text()


# ---- Search ---------------------------------------------------------------------

RESULTS = """() => [...document.querySelectorAll('.md-search-result__item')].map(item =>
  [...item.querySelectorAll(':scope > a.md-search-result__link')]
    .map(a => ({href: a.getAttribute('href'), title: a.querySelector('h1, h2').innerText,
                score: +a.querySelector('article').dataset.mdScore}))
    .filter(hit => hit.score > 0)
    .sort((a, b) => b.score - a.score))
  .flat()"""


def site_path(href: str) -> str:
    """'http://…/regenmed-explained/stem-cells/?h=msc#isct' -> 'stem-cells/#isct'."""
    parts = urlsplit(href)
    path = parts.path.split("/regenmed-explained/", 1)[1]
    return path + (f"#{parts.fragment}" if parts.fragment else "")


@pytest.fixture
def search(phone, served_site):
    """Type a query into the real search box, key by key, and return the
    results in the order Material ranks them (best section of each page)."""
    phone.goto(served_site)
    phone.locator("label.md-header__button[for=__search]").tap()
    box = phone.locator("input.md-search__input")

    def run(query: str) -> list[dict]:
        box.fill("")
        box.press_sequentially(query, delay=10)
        phone.wait_for_function(
            "q => { const meta = document.querySelector('.md-search-result__meta');"
            " return document.querySelector('input.md-search__input').value === q"
            " && meta && !/Initializing|Type to start/.test(meta.innerText); }", arg=query)
        phone.wait_for_timeout(300)  # the last keystroke's result replaces earlier ones
        return [{**hit, "path": site_path(hit["href"])} for hit in phone.evaluate(RESULTS)]
    return run


def assert_claims_show_their_verdict(query: str, hits: list[dict]) -> None:
    for hit in hits:
        if hit["path"].startswith("claims/#") and hit["path"][8:] in {c["id"] for c in CLAIMS}:
            assert re.match(f"({'|'.join(VERDICT_LABELS.values())}): ", hit["title"].strip()), \
                f"{query!r}: claim result without its verdict: {hit['title']!r}"


def test_real_queries_find_the_right_section(search):
    first = top_three = 0
    report = []
    for query, who, acceptable in QUERIES:
        hits = search(query)
        paths = [hit["path"] for hit in hits]
        first += bool(paths) and paths[0] in acceptable
        top_three += any(path in acceptable for path in paths[:3])
        report.append(f"{'ok ' if paths and paths[0] in acceptable else '-- '}{who:10} {query!r} -> {paths[:3]}")
        assert any(path in acceptable for path in paths[:3]), "\n".join(report)
        assert_claims_show_their_verdict(query, hits)
    print("\n".join(report))
    print(f"first: {first}/{len(QUERIES)}, top three: {top_three}/{len(QUERIES)}")
    assert first >= FIRST_RESULT_SHARE * len(QUERIES), "\n".join(report)


def test_quotes_from_the_adverts_come_with_their_verdict(search):
    for query in QUOTE_QUERIES:
        hits = search(query)
        assert any(hit["path"].startswith("claims/#") for hit in hits), f"{query!r} finds no claim"
        assert_claims_show_their_verdict(query, hits)


def test_every_claim_is_indexed_under_its_verdict(site):
    index = json.loads((site / "search" / "search_index.json").read_text())
    titles = {doc["location"].split("#")[1]: doc["title"] for doc in index["docs"]
              if doc["location"].startswith("claims/#")}
    for claim in CLAIMS:
        assert html.unescape(titles[claim["id"]]).startswith(f"{VERDICT_LABELS[claim['verdict']]}: "), claim["id"]
    # The matrix repeats restatements; only the entries below it are indexed.
    assert all(not doc["location"].endswith("#side-by-side") or "Silent" not in doc["text"] for doc in index["docs"])


# ---- The claims page ---------------------------------------------------------------

def shown_claims(page) -> int:
    return page.locator("article.claim:not([hidden])").count()


def test_filters_restore_from_the_address_and_with_back(phone, served_site):
    expected = sum(c["source"] == "exosome-therapy-guide" and c["verdict"] == "inaccurate" for c in CLAIMS)
    phone.goto(served_site + "claims/?source=exosome-therapy-guide&verdict=inaccurate")
    assert phone.locator("select[name=source]").input_value() == "exosome-therapy-guide"
    assert phone.locator("select[name=verdict]").input_value() == "inaccurate"
    assert shown_claims(phone) == expected > 0
    assert phone.locator(".claims-shown").inner_text() == f"{expected} of {len(CLAIMS)} claims"
    assert top_of(phone, "#claim-filters") < top_of(phone, "#side-by-side"), "filters sit below the matrix"

    phone.locator("select[name=verdict]").select_option("misleading")
    assert parse_qs(urlsplit(phone.url).query) == {"source": ["exosome-therapy-guide"], "verdict": ["misleading"]}
    phone.go_back()
    phone.wait_for_function("() => document.querySelector('select[name=verdict]').value === 'inaccurate'")
    assert shown_claims(phone) == expected

    phone.locator("#claim-filters button[type=reset]").tap()
    phone.wait_for_function("() => !location.search")
    assert shown_claims(phone) == len(CLAIMS)
    assert phone.locator(".claims-shown").inner_text() == f"All {len(CLAIMS)} claims"


def test_a_link_to_a_claim_the_filters_hide_says_so(phone, served_site):
    hidden = next(c for c in CLAIMS if c["source"] != "exosome-therapy-guide")
    phone.goto(served_site + f"claims/?source=exosome-therapy-guide#{hidden['id']}")
    status = phone.locator("#claim-filters [role=status]").inner_text()
    assert "hidden by the filters" in status and "Show all claims" in status


def test_no_match_is_said_plainly(phone, served_site):
    source, verdict = next((s, v) for s in {c["source"] for c in CLAIMS} for v in VERDICT_LABELS
                           if not any(c["source"] == s and c["verdict"] == v for c in CLAIMS))
    phone.goto(served_site + f"claims/?source={source}&verdict={verdict}")
    assert shown_claims(phone) == 0
    assert phone.locator("#no-claims-match").is_visible()
    assert phone.locator("#claim-filters [role=status]").inner_text() == f"Showing 0 of {len(CLAIMS)} claims."
    # The matrix goes too, so no screen of empty cards follows the message.
    assert not phone.locator(".claims-matrix").is_visible()


def test_a_filtered_matrix_keeps_only_what_matches(phone, served_site):
    phone.goto(served_site + "claims/?source=exosome-therapy-guide&verdict=inaccurate")
    wanted = [c for c in CLAIMS if c["source"] == "exosome-therapy-guide" and c["verdict"] == "inaccurate"]
    rows = phone.locator(".claims-matrix tbody tr")
    visible_rows = [rows.nth(i) for i in range(rows.count()) if rows.nth(i).is_visible()]
    assert len(visible_rows) == len({c["topic"] for c in wanted})
    for row in visible_rows:
        posts = [cell.get_attribute("data-label") for cell in row.locator("td").all() if cell.is_visible()]
        assert posts == ["Exosome clinic guide", "Agree or contradict"]
    shown = phone.locator(".matrix-claims li").evaluate_all("els => els.filter(e => e.checkVisibility()).length")
    assert shown == len(wanted)


def test_verdict_icons_keep_their_size_on_a_phone(phone, served_site):
    phone.goto(served_site + "claims/")
    sizes = phone.locator(".verdict svg").evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })")
    assert len(sizes) >= len(CLAIMS)
    small = [size for size in sizes if min(size) < ICON_MIN]
    assert not small, f"{len(small)} verdict icons under {ICON_MIN} px, e.g. {small[:3]}"


def test_matrix_columns_use_short_names_and_cells_name_their_post(site):
    page = (site / "claims" / "index.html").read_text()
    sources = yaml.safe_load((DATA / "sources.yml").read_text())
    headers = re.findall(r'<th (?:data-source="[^"]*" )?scope="col">([^<]+)</th>', page)
    assert headers == ["Topic", *[s["short"] for s in sources], "Agree or contradict"]
    for source in sources:
        assert page.count(f'data-label="{source["short"]}"') == len(yaml.safe_load((DATA / "topics.yml").read_text()))


# ---- No raw Markdown on any page ----------------------------------------------------

def test_no_raw_markdown_reaches_readers(site):
    found = []
    for path in html_pages(site):
        reader = ReadableText()
        reader.feed(path.read_text())
        text = "".join(reader.parts)
        found += [f"{path.relative_to(site)}: {m!r}" for m in re.findall(r".{0,30}\]\(.{0,20}", text)]
        found += [f"{path.relative_to(site)}: {m!r}" for m in re.findall(r".{0,30}(?<![\w*])\*[^\s*][^*\n]{0,40}", text)]
    assert not found, f"Markdown shows as text: {found[:5]}"
