"""'On this page' for phones: a folded list of a long page's sections near
its top, because on a phone Material's table of contents is two taps deep
in the menu. Wide screens hide it (the sidebar shows the same list)."""

import html
import re

from .pages import HEADING

# Pages with fewer sections are short enough to scroll.
MIN_SECTIONS = 7


def on_this_page(markdown: str) -> str:
    """The list as HTML, or '' for a short page. Reads the page after its
    generated blocks are filled in, so their sections are listed too."""
    # The glossary's letter headings have their own jump bar.
    sections = [(title, anchor) for level, title, anchor in HEADING.findall(markdown)
                if level == "##" and not anchor.startswith("letter-")]
    # A page with its own jump list (/patients/) keeps that one, unfolded.
    if len(sections) < MIN_SECTIONS or "{: .page-jump" in markdown:
        return ""
    items = "".join(f'<li><a href="#{anchor}">{html.escape(_plain(title))}</a></li>' for title, anchor in sections)
    return (f'<details class="page-outline" data-search-exclude><summary>On this page</summary>'
            f"<ul>{items}</ul></details>")


def _plain(title: str) -> str:
    """Heading text without Markdown escapes or inline HTML."""
    return re.sub(r"<[^>]+>|\\(?=[^\w\s])", "", title).strip()
