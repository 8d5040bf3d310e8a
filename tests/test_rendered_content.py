"""What the content model renders: glossary, term links, citations,
downloads with schemas, and JSON-LD whose counts match the data."""

import csv
import io
import json
import re

import jsonschema
import yaml

from conftest import ROOT

DATA = ROOT / "data"


def load(name: str) -> list[dict]:
    return yaml.safe_load((DATA / f"{name}.yml").read_text()) or []


def jsonld(page_html: str) -> dict:
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.DOTALL)
    return json.loads(block)


def of_type(graph: dict, kind: str) -> list[dict]:
    return [node for node in graph["@graph"] if node["@type"] == kind]


def test_glossary_page_has_every_term_in_order_with_a_z_bar(site):
    terms = load("glossary")
    assert len(terms) >= 60
    page = (site / "glossary" / "index.html").read_text()
    positions = [page.index(f'id="{term["id"]}"') for term in sorted(terms, key=lambda t: t["term"].lower())]
    assert positions == sorted(positions), "glossary entries are not alphabetical"
    assert 'aria-label="Glossary letters"' in page
    for letter in {term["term"][0].lower() for term in terms}:
        assert f'href="#letter-{letter}"' in page


def test_home_page_links_terms_with_hover_text(site):
    page = (site / "index.html").read_text()
    links = re.findall(r'<a class="glossary-term" href="glossary/#([a-z0-9-]+)" title="([^"]+)">', page)
    assert len(links) >= 5
    shorts = {term["id"]: term["short"] for term in load("glossary")}
    for term_id, title in links:
        assert title.replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&") == shorts[term_id]
    assert len({term_id for term_id, _ in links}) == len(links), "a term was linked twice on one page"


def test_terms_are_not_linked_inside_headings_or_links(site):
    for path in site.rglob("*.html"):
        text = path.read_text()
        for heading in re.findall(r"<h[1-6][^>]*>.*?</h[1-6]>", text, re.DOTALL):
            assert "glossary-term" not in heading, f"{path}: term linked in a heading"


def test_downloads_validate_against_their_schemas(site):
    counts = {"claims": len(load("claims")), "glossary": len(load("glossary")),
              "references": len(load("references"))}
    for name, count in counts.items():
        document = json.loads((site / "data" / f"{name}.json").read_text())
        schema = json.loads((site / "data" / f"{name}.schema.json").read_text())
        jsonschema.validate(document, schema)
        assert len(document["items"]) == count
    rows = list(csv.DictReader(io.StringIO((site / "data" / "claims.csv").read_text())))
    assert len(rows) == counts["claims"]


def test_jsonld_counts_equal_the_data(site):
    glossary = jsonld((site / "glossary" / "index.html").read_text())
    (term_set,) = of_type(glossary, "DefinedTermSet")
    assert len(term_set["hasDefinedTerm"]) == len(load("glossary"))
    assert all(term["@id"].endswith("/glossary/#" + term_id["id"])
               for term, term_id in zip(term_set["hasDefinedTerm"], load("glossary")))
    claims = jsonld((site / "claims" / "index.html").read_text())
    reviews = of_type(claims, "ClaimReview")
    assert len(reviews) == len(load("claims"))
    labels = {verdict["label"] for verdict in load("verdicts")}
    assert all(review["reviewRating"]["alternateName"] in labels for review in reviews)


def test_every_page_is_a_medical_web_page(site):
    # /print/ is assembled from the pages themselves (sitedata.printing).
    for path in (p for p in site.rglob("index.html") if p.parent.name != "print"):
        (page,) = of_type(jsonld(path.read_text()), "MedicalWebPage")
        assert page["lastReviewed"] and page["inLanguage"] == "en"
        assert page["license"] == "https://creativecommons.org/licenses/by/4.0/"


def test_citations_link_to_the_page_reference_list(site):
    page = (site / "cytokines" / "index.html").read_text()
    cited = set(re.findall(r'<sup class="cite"[^>]*>\[<a href="#ref-([a-z0-9-]+)"', page))
    listed = set(re.findall(r'<li id="ref-([a-z0-9-]+)">', page))
    assert cited and cited <= listed


def test_references_page_lists_every_reference_with_a_link_and_back_links(site):
    page = (site / "references" / "index.html").read_text()
    for reference in load("references"):
        entry = re.search(rf'<p class="reference" id="{reference["key"]}">(.*?)</p>', page, re.DOTALL)
        assert entry, f"{reference['key']} missing from /references/"
        assert re.search(r'href="https://(doi\.org|pubmed|[^"]+)"', entry.group(1))
        assert "Cited in: <a" in entry.group(1), f"{reference['key']} is cited nowhere"
