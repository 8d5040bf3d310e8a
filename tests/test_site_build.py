"""The foundation: strict build, page metadata, sitemap, 404, privacy."""

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import yaml

from conftest import ROOT, html_pages, mkdocs_build
from sitedata.audit import page_problems

SITE_URL = "https://regenmed-explained.github.io/regenmed-explained/"
NAV_PAGES = ["", "glossary/", "references/", "about/"]


class Page(HTMLParser):
    """Collects what the tests look at in one built page."""

    def __init__(self, text: str):
        super().__init__()
        self.lang, self.title, self.meta, self.links, self.resources = None, "", {}, [], []
        self._in_title = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and "name" in attrs:
            self.meta[attrs["name"]] = attrs.get("content", "")
        elif tag == "link":
            self.links.append(attrs)
            if attrs.get("rel") in ("stylesheet", "icon", "preload", "modulepreload"):
                self.resources.append(attrs.get("href", ""))
        elif tag == "a":
            self.links.append(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video", "embed") and attrs.get("src"):
            self.resources.append(attrs["src"])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def parse(path: Path) -> Page:
    return Page(path.read_text(encoding="utf-8"))


def content_pages(site: Path) -> list[Path]:
    """Pages built from docs/; /print/ is assembled from them (sitedata.printing),
    has no source to edit and stays out of the sitemap as a duplicate."""
    return [path for path in html_pages(site) if path.name == "index.html" and path.parent.name != "print"]


def test_every_nav_page_is_built(site):
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text().split("\nnav:\n")[1].join(["nav:\n", ""]))["nav"]
    built = {str(path.parent.relative_to(site)) for path in content_pages(site)}

    def sources(entries):
        for entry in entries:
            (value,) = entry.values()
            yield from sources(value) if isinstance(value, list) else [value]

    for source in sources(nav):
        slug = source.removesuffix(".md").removesuffix("index")
        assert (slug or ".") in built, f"{source} was not built"


def test_pages_have_language_title_description_canonical_and_edit_link(site):
    titles = {}
    for path in content_pages(site):
        page = parse(path)
        name = path.relative_to(site)
        assert page.lang == "en", name
        assert page.meta.get("description", "").strip(), f"{name} has no meta description"
        canonical = [link["href"] for link in page.links if link.get("rel") == "canonical"]
        assert canonical and canonical[0].startswith(SITE_URL), f"{name} has no canonical URL"
        edit = [link for link in page.links if "md-content__button" in link.get("class", "")]
        assert edit and "/edit/main/docs/" in edit[0]["href"], f"{name} has no edit link"
        titles.setdefault(page.title.strip(), []).append(str(name))
    repeated = {title: names for title, names in titles.items() if len(names) > 1}
    assert not repeated, f"titles used twice: {repeated}"


def test_sitemap_lists_every_page(site):
    tree = ET.parse(site / "sitemap.xml")
    listed = {element.text for element in tree.iter() if element.tag.endswith("loc")}
    for path in content_pages(site):
        relative = str(path.parent.relative_to(site))
        url = SITE_URL + ("" if relative == "." else relative + "/")
        assert url in listed, f"sitemap lacks {url}"


def test_404_assets_resolve_under_site_path(site):
    page = parse(site / "404.html")
    base_path = urlparse(SITE_URL).path
    assert page.resources
    for href in page.resources:
        absolute = urlparse(urljoin(SITE_URL + "404.html", href))
        assert absolute.netloc == urlparse(SITE_URL).netloc, href
        assert absolute.path.startswith(base_path), f"{href} escapes {base_path}"
        assert (site / absolute.path[len(base_path):]).is_file(), f"404.html loads missing {href}"


def test_no_off_site_resources_and_only_https_links(site):
    # The same audit that `make build` runs before a deploy.
    problems = page_problems(site)
    assert not problems, "\n".join(map(str, problems))


def test_broken_link_and_anchor_fail_the_build(project_copy, tmp_path):
    (project_copy / "docs" / "broken.md").write_text(
        "---\ntitle: Broken\ndescription: A page that links to a page and an anchor that do not exist at all.\n"
        "last_reviewed: 2026-11-23\nnext_review: 2027-11-23\n---\n\n# Broken\n\n"
        "[missing page](no-such-page.md) and [missing anchor](about.md#no-such-anchor)\n"
    )
    config = project_copy / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - About: about.md", "  - About: about.md\n  - Broken: broken.md"))
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "broken.md" in result.stderr
    assert "no-such-page.md" in result.stderr
    assert "no-such-anchor" in result.stderr


def test_site_url_comes_from_the_environment(project_copy, tmp_path):
    result = mkdocs_build(project_copy, tmp_path / "site", {"SITE_URL": "https://example.org/course/"})
    assert result.returncode == 0, result.stderr
    canonical = [link["href"] for link in parse(tmp_path / "site" / "about" / "index.html").links
                 if link.get("rel") == "canonical"]
    assert canonical == ["https://example.org/course/about/"]


JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def test_templates_run_under_the_successors_engine_too():
    """Zensical's template engine has no methods on lists or dicts: a
    `list.append` in a template builds with MkDocs and stops the Zensical
    build (it did, unnoticed, while the parity job was not blocking)."""
    for template in sorted((ROOT / "overrides").rglob("*.html")):
        for tag in JINJA.findall(template.read_text(encoding="utf-8")):
            method = re.search(r"\.(append|extend|insert|pop|remove|update|setdefault)\(", tag)
            assert not method, f"{template.relative_to(ROOT)}: {method.group(0)} in {tag[:60]!r}"
