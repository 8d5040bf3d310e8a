"""Links that never break: the registry covers every public address, and a
build that loses one fails unless the registry forwards it."""

import re

import pytest

from conftest import ROOT, mkdocs_build
from sitedata.audit import address_problems
from sitedata.forwarding import moved_anchors, relative_url
from sitedata.links import built_addresses, load_registry

ADDRESSES, MOVED = load_registry(ROOT / "data" / "links.yml")


def test_every_same_page_link_lands(site):
    """Generated same-page links (related terms, tactics, sources) reach the
    page as finished HTML, past MkDocs' anchor check: each must land."""
    for page in site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        ids = set(re.findall(r'\sid="([^"]+)"', html))
        missing = set(re.findall(r'href="#([^"]+)"', html)) - ids
        assert not missing, f"{page.relative_to(site)}: {sorted(missing)[:10]}"


def test_registry_covers_every_public_address(site):
    missing = sorted(built_addresses(site) - set(ADDRESSES))
    assert not missing, f"run `make links` to register {len(missing)} new addresses: {missing[:10]}"


def test_no_promised_address_is_lost(site):
    # The same audit that `make build` runs before a deploy.
    problems = address_problems(site)
    assert not problems, "\n".join(map(str, problems[:10]))


def test_registry_covers_each_kind_of_address():
    kinds = {
        "page": "exosomes/",
        "section": "exosomes/#regulation-and-safety",
        "glossary term": "glossary/#cytokine",
        "self-check question": "homeostasis/#q-homeostasis-definition",
    }
    for kind, address in kinds.items():
        assert address in ADDRESSES, f"no {kind} in the registry"
    assert any(address.startswith("claims/#") and "topic-" not in address for address in ADDRESSES)


@pytest.mark.parametrize("from_page, address, expected", [
    ("cytokines/", "cytokines/#new", "#new"),
    ("cytokines/", "exosomes/#x", "../exosomes/#x"),
    ("", "exosomes/", "exosomes/"),
    ("old/deep/", "", "../../"),
])
def test_relative_url(from_page, address, expected):
    assert relative_url(from_page, address) == expected


def test_moved_anchor_map_for_one_page():
    moved = {"cytokines/#old": "cytokines/#new", "cytokines/#gone": "exosomes/#there", "exosomes/#a": "exosomes/#b"}
    assert moved_anchors(moved, "cytokines/") == {"old": "#new", "gone": "../exosomes/#there"}


def test_moved_page_gets_a_redirect_page(project_copy, tmp_path):
    registry = project_copy / "data" / "links.yml"
    registry.write_text(registry.read_text().replace("moved: {}", "moved:\n  stemcells/: stem-cells/"))
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    redirect = (tmp_path / "site" / "stemcells" / "index.html").read_text()
    assert 'http-equiv="refresh" content="0; url=../stem-cells/"' in redirect
