"""The glossary page, and links from terms in running text to their entries."""

import html
import re
from itertools import groupby

from .citations import cited_keys
from .markdown import data_markdown, escape, page_link

# Text inside these elements is never linked: headings, links, code,
# figures drawn in SVG, citations and the titles of admonitions.
SKIPPED_ELEMENTS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "script", "style",
                    "svg", "sup", "abbr", "button", "summary", "title", "textarea", "label", "figcaption"}
VOID_ELEMENTS = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
ENTITY = re.compile(r"(&#?[A-Za-z0-9]+;)")
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->", re.DOTALL)


class TermLinker:
    """Links the first mention of each glossary term on a page.

    All terms and aliases are compiled into one pattern, once per build, so
    linking a page costs one scan however large the glossary grows.
    """

    def __init__(self, glossary: dict[str, dict]):
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        for term_id, term in glossary.items():
            for name in [term["term"], *term.get("aliases", [])]:
                if any(char.isupper() for char in name):
                    self.exact[name] = term_id
                else:
                    self.folded[name.lower()] = term_id
        self.short = {term_id: term["short"] for term_id, term in glossary.items()}
        alternatives = [re.escape(name) for name in sorted(self.exact, key=len, reverse=True)]
        if self.folded:
            folded = "|".join(re.escape(name) for name in sorted(self.folded, key=len, reverse=True))
            alternatives.append(f"(?i:{folded})")
        body = "|".join(alternatives) or r"(?!x)x"
        self.pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")

    def term_for(self, text: str) -> str | None:
        return self.exact.get(text) or self.folded.get(text.lower())

    def link(self, page_html: str, glossary_url: str, skip: str | None = None) -> str:
        """Return page_html with first mentions linked to glossary_url#id."""
        linked: set[str] = set() if skip is None else {skip}
        out, skipping, last = [], [], 0

        def link_text(text: str) -> str:
            def replace(match: re.Match) -> str:
                term_id = self.term_for(match.group(0))
                if term_id is None or term_id in linked:
                    return match.group(0)
                linked.add(term_id)
                title = html.escape(self.short[term_id], quote=True)
                return (f'<a class="glossary-term" href="{glossary_url}#{term_id}" '
                        f'title="{title}">{match.group(0)}</a>')
            # Character references (&amp;) are markup, not words.
            return "".join(piece if ENTITY.fullmatch(piece) else self.pattern.sub(replace, piece)
                           for piece in ENTITY.split(text))

        for tag in TAG.finditer(page_html):
            text = page_html[last:tag.start()]
            out.append(text if skipping else link_text(text))
            out.append(tag.group(0))
            last = tag.end()
            closing, name, attributes = tag.group(1), (tag.group(2) or "").lower(), tag.group(3) or ""
            if not name or name in VOID_ELEMENTS or attributes.rstrip().endswith("/"):
                continue
            if closing:
                if skipping and skipping[-1] == name:
                    skipping.pop()
            elif skipping:
                if name == skipping[-1]:  # the skipped element nests in itself
                    skipping.append(name)
            elif name in SKIPPED_ELEMENTS or "admonition-title" in attributes:
                skipping.append(name)
        tail = page_html[last:]
        out.append(tail if skipping else link_text(tail))
        return "".join(out)


def glossary_markdown(glossary: dict[str, dict], sections: dict[str, dict[str, str]],
                      page_titles: dict[str, str]) -> str:
    """The body of /glossary/: an A-Z bar, then every term by letter."""
    terms = sorted(glossary.values(), key=lambda term: term["term"].lower())
    by_letter = {letter: list(group) for letter, group in groupby(terms, key=lambda t: t["term"][0].upper())}
    bar = " ".join(
        f"[{letter}](#letter-{letter.lower()})" if letter in by_letter else f'<span aria-hidden="true">{letter}</span>'
        for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    )
    out = [f'<nav class="az-bar" aria-label="Glossary letters" markdown>\n{bar}\n</nav>\n']
    for letter, entries in by_letter.items():
        out.append(f"## {letter} {{#letter-{letter.lower()}}}\n")
        for term in entries:
            out.append(_entry_markdown(term, glossary, sections, page_titles))
    return "\n".join(out)


def _entry_markdown(term: dict, glossary: dict, sections: dict, page_titles: dict) -> str:
    page, _, anchor = term["explained_in"].partition("#")
    section_title = sections.get(page, {}).get(anchor, anchor)
    lines = [f"### {escape(term['term'])} {{#{term['id']}}}\n"]
    if aliases := term.get("aliases"):
        lines.append(f"*Also:* {', '.join(escape(alias) for alias in aliases)}\n")
    lines.append(f"{data_markdown(term['definition'])}\n")
    details = []
    if related := term.get("related"):
        links = ", ".join(f"[{escape(glossary[r]['term'])}](#{r})" for r in related)
        details.append(f"**Related:** {links}")
    details.append(f"**Explained in:** [{escape(page_titles.get(page, page))}: {escape(section_title)}]"
                   f"({page_link(page, anchor)})")
    # References already cited in the definition are not cited a second time.
    further = [key for key in term["refs"] if key not in cited_keys(term["definition"])]
    if further:
        details.append(f"**Further references:** [{'; '.join('@' + key for key in further)}]")
    lines.append("  \n".join(details) + "\n")
    return "\n".join(lines)
