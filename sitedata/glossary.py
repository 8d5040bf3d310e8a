"""The glossary page, and the pattern that finds its terms in running text."""

import html
import re
from itertools import groupby

from .citations import cited_keys
from .markdown import MARKDOWN, Finish, anchor_link, data_markdown, escape, label, page_anchor_link

# Text inside these elements is never linked: headings, links, code,
# figures drawn in SVG, citations and the titles of admonitions.
SKIPPED_ELEMENTS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "script", "style",
                    "svg", "sup", "abbr", "button", "summary", "title", "textarea", "label", "figcaption"}


class TermLinker:
    """Finds glossary terms in text (term_links.py links their first
    mention on each page).

    All terms and aliases are compiled into one pattern, once per build and
    factored by shared prefixes, so linking a page costs one scan however
    large the glossary grows.
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
        alternatives = [alternation(self.exact)] if self.exact else []
        if self.folded:
            alternatives.append(f"(?i:{alternation(self.folded)})")
        body = "|".join(alternatives) or r"(?!x)x"
        self.pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")

    def term_for(self, text: str) -> str | None:
        return self.exact.get(text) or self.folded.get(text.lower())


def alternation(names) -> str:
    """One regular expression matching any of names, factored by shared
    prefixes (a trie), so that matching costs the same however many names
    there are; the longest name wins where several match."""
    trie: dict = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: dict) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A name may end here: the longer names are tried first.
    return f"(?:{body})?" if "" in node else body


def glossary_markdown(glossary: dict[str, dict], sections: dict[str, dict[str, str]],
                      page_titles: dict[str, str], finish: Finish = MARKDOWN) -> str:
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
            out.append(_entry_markdown(term, glossary, sections, page_titles, finish))
    return "\n".join(out)


def _entry_markdown(term: dict, glossary: dict, sections: dict, page_titles: dict, finish: Finish) -> str:
    raw = finish.raw
    page, _, anchor = term["explained_in"].partition("#")
    section_title = sections.get(page, {}).get(anchor, anchor)
    lines = [f"### {escape(term['term'])} {{#{term['id']}}}\n"]
    if aliases := term.get("aliases"):
        # Finished lines go to raw() whole: one placeholder, not one per link.
        lines.append(raw(f"<em>Also:</em> {', '.join(html.escape(alias, quote=False) for alias in aliases)}") + "\n")
    lines.append(f"{data_markdown(term['definition'])}\n")
    details = []
    if related := term.get("related"):
        links = ", ".join(anchor_link(r, glossary[r]["term"]) for r in related)
        details.append(raw(f"{label('Related:')} {links}"))
    details.append(f"{label('Explained in:', raw)} "
                   + page_anchor_link(page, anchor, f"{page_titles.get(page, page)}: {section_title}", finish))
    # References already cited in the definition are not cited a second time.
    further = [key for key in term["refs"] if key not in cited_keys(term["definition"])]
    if further:
        details.append(f"{label('Further references:', raw)} [{'; '.join('@' + key for key in further)}]")
    lines.append("  \n".join(details) + "\n")
    return "\n".join(lines)
