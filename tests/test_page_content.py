"""sitedata.page_content, the Markdown extension that renders the
data-driven parts of a page, run by plain Python-Markdown as a generator
other than MkDocs would run it (make parity builds the whole site with
Zensical)."""

import re
from types import SimpleNamespace

import markdown
import pytest
from markdown.preprocessors import Preprocessor

from conftest import ROOT
from sitedata.page_content import PageContentExtension
from sitedata.pages import FRONT_MATTER


class _Context(Preprocessor):
    """What Zensical registers: the page being converted."""

    def __init__(self, md, path: str):
        super().__init__(md)
        self.page = SimpleNamespace(path=path)

    def run(self, lines):
        return lines


def converter() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=["admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "pymdownx.details",
                    "pymdownx.superfences", "pymdownx.snippets", PageContentExtension(project=str(ROOT))],
        extension_configs={"pymdownx.snippets": {"base_path": [str(ROOT / "docs" / "includes")]}})


def test_a_page_gets_its_citations_dates_and_references_from_the_extension(site):
    md = converter()
    md.preprocessors.register(_Context(md, "cytokines.md"), "rendering_context", 0)
    text = (ROOT / "docs" / "cytokines.md").read_text(encoding="utf-8")
    html = md.convert(text[FRONT_MATTER.match(text).end():])
    assert "[@" not in re.sub(r"<code>.*?</code>", "", html)
    numbers = re.findall(r'<a href="#ref-[^"]+" title="[^"]*">(\d+)</a>', html)
    built = (site / "cytokines" / "index.html").read_text(encoding="utf-8")
    assert numbers and numbers == re.findall(r'<a href="#ref-[^"]+" title="[^"]*">(\d+)</a>', built)
    assert 'class="page-dates"' in html and 'id="cite-this-page"' in html and 'id="references"' in html


def test_a_generator_that_does_not_name_the_page_gets_a_clear_error():
    with pytest.raises(RuntimeError, match="does not say which page it converts"):
        converter().convert("# A page\n\nText [@libby-2021].\n")


def test_claims_get_icons_from_the_pages_emoji_extension_and_leave_links_to_the_generator(site):
    """Verdict badges and matrix cells are finished with the icons the
    page's own emoji extension renders; without MkDocs' link resolver, a
    link to another page stays a Markdown link for the generator to resolve."""
    from material.extensions import emoji
    md = markdown.Markdown(
        extensions=["attr_list", "md_in_html", "tables", "pymdownx.emoji", PageContentExtension(project=str(ROOT))],
        extension_configs={"pymdownx.emoji": {"emoji_index": emoji.twemoji, "emoji_generator": emoji.to_svg}})
    md.preprocessors.register(_Context(md, "claims.md"), "rendering_context", 0)
    text = (ROOT / "docs" / "claims.md").read_text(encoding="utf-8")
    html = md.convert(text[FRONT_MATTER.match(text).end():])
    assert ":material-" not in html
    badges = re.findall(r'<span class="verdict verdict--[a-z-]+"><span class="twemoji"><svg', html)
    built = (site / "claims" / "index.html").read_text(encoding="utf-8")
    assert len(badges) == len(re.findall(r'<span class="verdict verdict--[a-z-]+"><span class="twemoji"><svg', built))
    assert 'href="glossary.md#cytokine"' in html
    assert 'href="../glossary/#cytokine"' in built and 'glossary.md#' not in built
