"""Small helpers for writing Markdown that MkDocs will check and render."""

import re

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
