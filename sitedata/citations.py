"""Citations in pages and data, `[@key]` or `[@a; @b]`: finding the keys
they cite and numbering them into links."""

import html
import re

from .markdown import Raw, inline
from .references import plain_citation

CITATION = re.compile(r"\[@([^\]\n]+)\]")
# Fenced blocks and inline code are shown as written, never read as citations.
CODE = re.compile(r"^(```|~~~).*?^\1[^\n]*$|`[^`\n]+`", re.MULTILINE | re.DOTALL)


def outside_code(text: str, replace) -> str:
    """Apply replace() to the parts of Markdown text outside code."""
    pieces, last = [], 0
    for code in CODE.finditer(text):
        pieces += [replace(text[last:code.start()]), code.group(0)]
        last = code.end()
    return "".join(pieces + [replace(text[last:])])


def blank_code(text: str) -> str:
    """Text with code replaced by spaces, so line numbers stay right."""
    return CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def keys_in(citation_body: str) -> list[str]:
    """The keys inside one citation: '@a; @b' -> ['a', 'b']."""
    keys = [part.strip().lstrip("@").strip() for part in citation_body.split(";") if part.strip()]
    return keys or [""]  # "[@ ]" cites nothing: reported as a malformed key


def cited_keys(text: str) -> list[str]:
    """Every key cited in text, in order of first citation, without repeats."""
    seen: dict[str, None] = {}
    for match in CITATION.finditer(blank_code(text)):
        for key in keys_in(match.group(1)):
            seen.setdefault(key, None)
    return list(seen)


def cited_keys_with_lines(text: str, first_line: int = 1) -> list[tuple[str, int]]:
    """Every citation as (key, line number), for error messages."""
    found = []
    text = blank_code(text)
    for match in CITATION.finditer(text):
        line = first_line + text.count("\n", 0, match.start())
        found.extend((key, line) for key in keys_in(match.group(1)))
    return found


def render_citations(markdown: str, references: dict[str, dict], raw: Raw = inline) -> tuple[str, list[str]]:
    """Number citations by first use; return the new markdown and cited keys.

    Keys were checked before rendering, so every key here exists.
    """
    order: dict[str, int] = {}

    def number(match: re.Match) -> str:
        links = []
        for key in keys_in(match.group(1)):
            n = order.setdefault(key, len(order) + 1)
            title = html.escape(plain_citation(references[key]), quote=True)
            links.append(f'<a href="#ref-{key}" title="{title}">{n}</a>')
        return raw(f'<sup class="cite" data-search-exclude>[{", ".join(links)}]</sup>')

    rendered = outside_code(markdown, lambda text: CITATION.sub(number, text))
    return rendered, list(order)
