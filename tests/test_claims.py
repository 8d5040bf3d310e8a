"""The claims page: every claim verbatim, referenced, on the scale, linked
both ways with the concept pages, with matrix, cards, checklist and filters."""

import re
from collections import Counter

import yaml

from conftest import ROOT
from sitedata.citations import cited_keys

DATA = ROOT / "data"
CLAIMS = yaml.safe_load((DATA / "claims.yml").read_text())
SOURCES = {s["id"]: s for s in yaml.safe_load((DATA / "sources.yml").read_text())}
TOPICS = yaml.safe_load((DATA / "topics.yml").read_text())


def test_enough_claims_from_every_post():
    per_source = Counter(claim["source"] for claim in CLAIMS)
    print("claims per source:", dict(per_source))
    print("claims per verdict:", dict(Counter(claim["verdict"] for claim in CLAIMS)))
    # Every checkable statement of the three posts, compound sentences split.
    assert len(CLAIMS) >= 70
    assert set(per_source) == set(SOURCES)
    assert min(per_source.values()) >= 15


def test_quotes_are_verbatim_single_sentences():
    for claim in CLAIMS:
        text = " ".join((DATA / SOURCES[claim["source"]]["text"]).read_text().split())
        quote = " ".join(claim["quote"].split())
        assert quote in text, claim["id"]
        assert not re.search(r"[.!?]\s+[A-Z]", quote), f"{claim['id']} quotes more than one sentence"


def test_each_claim_has_a_verdict_and_evidence_with_references():
    for claim in CLAIMS:
        assert claim["verdict"]
        assert cited_keys(claim["evidence"]), claim["id"]
        sentences = re.findall(r"[^.!?]+[.!?]", re.sub(r"\[@[^\]]+\]", "", claim["evidence"]))
        assert 2 <= len(sentences) <= 6, f"{claim['id']} evidence has {len(sentences)} sentences"


def test_claims_page_parts(site):
    page = (site / "claims" / "index.html").read_text()
    for anchor in ("verdict-scale", "who-is-speaking", "side-by-side", "every-claim", "check-a-claim-yourself"):
        assert f'id="{anchor}"' in page, anchor
    for source_id in SOURCES:
        assert f'id="source-{source_id}"' in page
    matrix = re.search(r'<div class="claims-matrix">(.*?)</div>', page, re.DOTALL).group(1)
    assert len(re.findall(r"<tr[ >]", matrix)) == len(TOPICS) + 1
    # A reader meets who is speaking and the filters before the matrix.
    assert page.index('id="who-is-speaking"') < page.index('id="claim-filters"') < page.index('id="side-by-side"')
    for claim in CLAIMS:
        assert f'id="{claim["id"]}"' in page
        assert f'href="#{claim["id"]}"' in matrix, f"{claim['id']} missing from the matrix"
    assert 'id="claim-filters" hidden' in page, "filters must be hidden until the script runs"


def test_verdicts_are_told_apart_by_text_and_icon(site):
    page = (site / "claims" / "index.html").read_text()
    badges = re.findall(r'<span class="verdict verdict--[a-z-]+"><span class="twemoji"><svg.*?</svg></span>'
                        r'\s*(\w[^<]*)</span>', page, re.DOTALL)
    labels = {verdict["label"] for verdict in yaml.safe_load((DATA / "verdicts.yml").read_text())}
    assert len(badges) >= len(CLAIMS)
    assert {badge.strip() for badge in badges} <= labels


def test_each_verdict_icon_is_drawn_once_and_every_badge_points_to_it(site):
    """The icons' outlines are written once per page, in a hidden sprite,
    not once per badge (a heading and a matrix cell for every claim)."""
    page = (site / "claims" / "index.html").read_text()
    symbols = re.findall(r'<symbol id="([^"]+)" viewBox="[^"]+"><path d="', page)
    uses = re.findall(r'<span class="twemoji"><svg viewBox="[^"]+" aria-hidden="true"><use href="#([^"]+)"></use></svg>'
                      r'</span>', page)
    verdicts = {verdict["id"]: verdict for verdict in yaml.safe_load((DATA / "verdicts.yml").read_text())}
    icons = {verdict["icon"] for verdict in verdicts.values()}
    assert len(symbols) == len(set(symbols)) == len(icons)
    # Each claim's heading and matrix cell, and each line of the verdict scale.
    assert set(uses) == set(symbols) and len(uses) == 2 * len(CLAIMS) + len(verdicts)
    # A block of its own: a <div> inside a <p> would be split by the browser.
    assert re.search(r'(?<!<p>)<div class="icon-sprite" hidden><svg><symbol ', page)


def test_links_both_ways_with_concept_pages(site):
    linked_from_pages = set()
    for page in ("cytokines", "homeostasis", "exosomes", "stem-cells"):
        text = (ROOT / "docs" / f"{page}.md").read_text()
        linked_from_pages |= set(re.findall(r"\(claims\.md#([a-z0-9-]+)\)", text))
    claim_ids = {claim["id"] for claim in CLAIMS}
    assert linked_from_pages <= claim_ids
    assert len(linked_from_pages) >= 8
    page = (site / "claims" / "index.html").read_text()
    for claim in CLAIMS:
        target, anchor = claim["explained_in"].split("#")
        assert f'href="../{target}/#{anchor}"' in page
