"""The data-driven parts of each page as a Python-Markdown extension, so any
generator that runs Python-Markdown extensions (MkDocs, its successors)
renders them the same way:

    markdown_extensions:
      - pymdownx.snippets: …
      - sitedata.page_content

Before Markdown is parsed, and after pymdownx.snippets has inlined the
included files (so their citations are numbered too), it fills the
generated blocks (`<!-- sitedata:glossary -->` and the like), marks claim
verdicts and regulators' check dates, numbers the `[@key]` citations, puts
the review dates and the outline under the title, and appends the page's
references and "Cite this page". The data comes from sitedata.project,
loaded once per build from the folder the generator runs in.
"""

import re
import xml.etree.ElementTree as etree
from pathlib import Path

from markdown import Extension, util
from markdown.preprocessors import Preprocessor

from .markdown import Finish
from .pages import slug_of
from .project import cached_site

# After pymdownx.snippets (32) has inlined includes and whitespace has been
# normalised (30: it deletes the characters that delimit stash placeholders),
# before raw HTML blocks are found (20).
PRIORITY = 29


def source_path(md) -> str:
    """The Markdown file being converted, relative to the docs folder
    ('cytokines.md'), as the generator tells it: Zensical through its
    rendering context, MkDocs through the processor that resolves links."""
    if "rendering_context" in md.preprocessors:
        return md.preprocessors["rendering_context"].page.path
    if "relpath" in md.treeprocessors:
        return md.treeprocessors["relpath"].file.src_uri
    raise RuntimeError("sitedata.page_content: this generator does not say which page it converts")


class _RenderPage(Preprocessor):
    def __init__(self, md, project: Path):
        super().__init__(md)
        self.project = project

    def run(self, lines: list[str]) -> list[str]:
        site = cached_site(self.project)
        slug = slug_of(source_path(self.md))
        if slug not in site.pages:
            return lines
        # Finished HTML goes to the stash, as Python-Markdown's own raw-HTML
        # pattern would put it, without the inline patterns scanning it first.
        icons = _Icons(self.md)
        finish = Finish(raw=self.md.htmlStash.store, icon=icons, href=_link_resolver(self.md))
        markdown = site.render_markdown(slug, "\n".join(lines), finish)
        if sprite := icons.sprite():  # a block of its own, never inside a paragraph
            markdown += "\n\n" + self.md.htmlStash.store(sprite) + "\n\n"
        return markdown.split("\n")


class _Icons:
    """Icon shortcodes rendered by the page's own inline patterns (the
    emoji extension the generator configures), each once per page. An SVG
    icon is drawn once, as a symbol in a hidden sprite at the page's foot,
    and every badge points to it: /claims/ shows its verdict icons 160
    times, and need not carry their outlines 160 times."""

    def __init__(self, md):
        self.md = md
        self.rendered: dict[str, str] = {}
        self.symbols: list[str] = []

    def __call__(self, shortcode: str) -> str:
        if shortcode not in self.rendered:
            root = etree.Element("div")
            holder = etree.SubElement(root, "span")
            holder.text = shortcode  # the inline processor renders the text of a tree's children
            self.md.treeprocessors["inline"].run(root)
            html = self.md.serializer(holder)[len("<span>"):-len("</span>")]
            self.rendered[shortcode] = self._as_use(shortcode, html)
        return self.rendered[shortcode]

    def _as_use(self, shortcode: str, html: str) -> str:
        stash = self.md.htmlStash.rawHtmlBlocks
        finished = util.HTML_PLACEHOLDER_RE.sub(lambda m: str(stash[int(m.group(1))]), html)
        svg = _WRAPPED_SVG.fullmatch(finished)
        if not svg:  # not an inline SVG icon: used as rendered
            return html
        wrapper, view_box, paths, end = svg.groups()
        symbol_id = "icon-" + shortcode.strip(":")
        self.symbols.append(f'<symbol id="{symbol_id}" viewBox="{view_box}">{paths}</symbol>')
        # The label beside the icon names it: the drawing itself is hidden from screen readers.
        return f'{wrapper}<svg viewBox="{view_box}" aria-hidden="true"><use href="#{symbol_id}"></use></svg>{end}'

    def sprite(self) -> str:
        """The symbols, for the end of the page ('' when none was used)."""
        if not self.symbols:
            return ""
        return f'<div class="icon-sprite" hidden><svg>{"".join(self.symbols)}</svg></div>'


# An icon as Material's emoji generator writes it: a span around one SVG.
_WRAPPED_SVG = re.compile(r'(<span[^>]*>)<svg xmlns="http://www.w3.org/2000/svg" viewBox="([^"]+)">(.*)</svg>(</span>)',
                          re.DOTALL)


def _link_resolver(md):
    """MkDocs' own resolver for links between pages: it checks the target
    and returns its address from this page, once per target (claims link
    the same glossary terms again and again). Other generators get
    Markdown links, which they resolve themselves."""
    if "relpath" not in md.treeprocessors:
        return None
    resolve = md.treeprocessors["relpath"].path_to_url
    addresses: dict[str, str] = {}

    def href(target: str) -> str:
        if target not in addresses:
            addresses[target] = resolve(target)
        return addresses[target]
    return href


class PageContentExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"project": [".", "The folder holding mkdocs.yml, docs/ and data/"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        md.preprocessors.register(_RenderPage(md, Path(self.getConfig("project"))), "sitedata_page_content", PRIORITY)


def makeExtension(**kwargs):
    return PageContentExtension(**kwargs)
