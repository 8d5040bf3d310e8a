"""Glossary links as a Python-Markdown extension, so any generator that runs
Python-Markdown extensions (MkDocs, its successors) links terms the same way.

    markdown_extensions:
      - sitedata.term_links:
          data_dir: data          # where glossary.yml lives
          glossary: glossary.md   # the page the links point to

The first mention of each term on a page becomes a link to its entry, with
the short definition as its title. Text in headings, links, code, figures,
citations and admonition titles is left alone. A page that holds
`<!-- no-term-links -->` on a line of its own (the glossary, the
references) links nothing. Links are written to the Markdown file
(`glossary.md#term`), so the generator resolves and checks them like any
other link between pages.
"""

import re
import xml.etree.ElementTree as etree
from pathlib import Path

from markdown import Extension, util
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .glossary import SKIPPED_ELEMENTS, TermLinker
from .yamlfile import read_yaml_list

OPT_OUT = "<!-- no-term-links -->"
# Raw HTML written inline (`<a href=…>…</a>`) reaches the tree as
# placeholders for the stashed tags; a term between an opening and a
# closing skipped tag stays unlinked, so links never nest.
RAW = util.HTML_PLACEHOLDER_RE
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_linkers: dict[tuple[str, float], TermLinker] = {}


def linker_for(data_dir: Path) -> TermLinker:
    """One linker per glossary file and version, reused across pages."""
    path = data_dir / "glossary.yml"
    key = (str(path.resolve()), path.stat().st_mtime)
    if key not in _linkers:
        entries, _ = read_yaml_list(path, "data/glossary.yml")  # checked by the build, not here
        _linkers.clear()
        _linkers[key] = TermLinker({entry["id"]: entry for entry in entries if isinstance(entry, dict)})
    return _linkers[key]


class _OptOut(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        self.md.term_links_off = OPT_OUT in (line.strip() for line in lines)
        return lines


class _LinkTerms(Treeprocessor):
    def __init__(self, md, linker: TermLinker, glossary: str):
        super().__init__(md)
        self.linker, self.glossary = linker, glossary

    def run(self, root: etree.Element) -> None:
        if getattr(self.md, "term_links_off", False):
            return
        self.linked: set[str] = set()
        self.open_raw: list[str] = []  # skipped elements opened by raw inline HTML
        self._walk(root)

    def _skipped(self, element: etree.Element) -> bool:
        return (element.tag in SKIPPED_ELEMENTS
                or "admonition-title" in (element.get("class") or "").split())

    def _walk(self, element: etree.Element) -> None:
        links = self._split(element.text)
        if links is not None:
            element.text, new = links
            for index, link in enumerate(new):
                element.insert(index, link)
        for child in list(element):
            if not self._skipped(child):
                self._walk(child)
            links = self._split(child.tail)
            if links is not None:
                child.tail, new = links
                at = list(element).index(child) + 1
                for offset, link in enumerate(new):
                    element.insert(at + offset, link)

    def _raw_tags(self, index: int) -> None:
        for closing, name, self_closing in TAG.findall(self.md.htmlStash.rawHtmlBlocks[index]):
            name = name.lower()
            if name not in SKIPPED_ELEMENTS or self_closing:
                continue
            if not closing:
                self.open_raw.append(name)
            elif name in self.open_raw:
                del self.open_raw[len(self.open_raw) - 1 - self.open_raw[::-1].index(name):]

    def _matches(self, text: str):
        """Term matches in text, outside elements opened by raw HTML."""
        last = 0
        for placeholder in [*RAW.finditer(text), None]:
            end = placeholder.start() if placeholder else len(text)
            if not self.open_raw:
                yield from self.linker.pattern.finditer(text, last, end)
            if placeholder:
                self._raw_tags(int(placeholder.group(1)))
                last = placeholder.end()

    def _split(self, text: str | None):
        """The text before the first link, and the links (each carrying the
        text after it as its tail); None when nothing is linked."""
        if not text:
            return None
        head, links, last = None, [], 0
        for match in self._matches(text):
            term_id = self.linker.term_for(match.group(0))
            if term_id is None or term_id in self.linked:
                continue
            self.linked.add(term_id)
            link = etree.Element("a", {"class": "glossary-term", "href": f"{self.glossary}#{term_id}",
                                       "title": self.linker.short[term_id]})
            link.text = match.group(0)
            if links:
                links[-1].tail = text[last:match.start()]
            else:
                head = text[:match.start()]
            links.append(link)
            last = match.end()
        if not links:
            return None
        links[-1].tail = text[last:]
        return head, links


class TermLinkExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"data_dir": ["data", "Folder holding glossary.yml"],
                       "glossary": ["glossary.md", "The glossary page, as a Markdown file"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        linker = linker_for(Path(self.getConfig("data_dir")))
        md.preprocessors.register(_OptOut(md), "sitedata_no_term_links", 35)
        # After inline Markdown and the table of contents (5), before the
        # generator rewrites links between pages (MkDocs: 0).
        md.treeprocessors.register(_LinkTerms(md, linker, self.getConfig("glossary")), "sitedata_term_links", 4)


def makeExtension(**kwargs):
    return TermLinkExtension(**kwargs)
