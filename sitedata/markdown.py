"""Small helpers for writing Markdown that MkDocs will check and render."""

import html
import re
from dataclasses import dataclass
from typing import Callable

# Finished HTML that a page needs as written. A generator may set it aside so
# that its Markdown parser does not scan it again (Python-Markdown's
# htmlStash.store); the default leaves it inline, where Markdown passes it on.
Raw = Callable[[str], str]


def inline(html_text: str) -> str:
    return html_text


@dataclass(frozen=True)
class Finish:
    """What the generator can finish for a generated block. Each default
    leaves Markdown, which any generator renders; a Python-Markdown
    extension passes its own, so that the entries of the claims page and
    the glossary reach its parser as finished HTML, without a parse that
    grows with the data.

    raw: finished HTML -> what stands for it in the Markdown.
    icon: an icon shortcode (':material-check:') -> HTML, as the page's
        emoji extension renders it.
    href: a link to a page ('glossary.md#x') -> its address from the page
        being rendered, resolved and checked by the generator."""
    raw: Raw = inline
    icon: Callable[[str], str] | None = None
    href: Callable[[str], str] | None = None


MARKDOWN = Finish()

_SPECIAL = re.compile(r"([\\`*_\[\]>#|])")


def escape(text: str) -> str:
    """Plain text from data, shown as typed: Markdown formatting and HTML
    are escaped ('<' as an entity: Markdown would show a backslash)."""
    return _SPECIAL.sub(r"\\\1", text).replace("<", "&lt;")


def data_markdown(text: str) -> str:
    """A Markdown field from data, with raw HTML off: emphasis, links and
    citations work; a tag is shown as text and never reaches the page as
    markup. (Link targets are checked when the data loads.)"""
    return text.strip().replace("<", "&lt;")


def page_link(page: str, anchor: str = "") -> str:
    """A link to a page by its slug ('cytokines'), valid from any page in
    docs/ root, so MkDocs validates it and rewrites it for its URL."""
    target = f"{page}.md" if page else "index.md"
    return f"{target}#{anchor}" if anchor else target


def icon(name: str, finish: Finish) -> str:
    """'material/check' as the page shows it: a shortcode for the emoji
    extension, or its finished HTML."""
    shortcode = f":{name.replace('/', '-')}:" if name else ""
    return finish.icon(shortcode) if shortcode and finish.icon else shortcode


def page_anchor_link(page: str, anchor: str, text: str, finish: Finish) -> str:
    """A link to a section of another page, from data: Markdown for the
    generator to check and address, or finished HTML when it resolves the
    address itself (it still checks the target)."""
    target = page_link(page, anchor)
    if finish.href is None:
        return f"[{escape(text)}]({target})"
    return finish.raw(f'<a href="{html.escape(finish.href(target))}">{html.escape(text, quote=False)}</a>')


def anchor_link(anchor: str, text: str, raw: Raw = inline) -> str:
    """A link to an anchor on the same page, as finished HTML: its target
    is an id the same data generates, so Markdown has nothing to check."""
    return raw(f'<a href="#{anchor}">{html.escape(text, quote=False)}</a>')


def label(text: str, raw: Raw = inline) -> str:
    """A bold run-in label such as 'Related:'."""
    return raw(f"<strong>{html.escape(text, quote=False)}</strong>")
