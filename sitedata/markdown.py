"""Small helpers for writing Markdown that MkDocs will check and render."""

import re

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Escape characters Markdown would read as formatting."""
    return _SPECIAL.sub(r"\\\1", text)


def page_link(page: str, anchor: str = "") -> str:
    """A link to a page by its slug ('cytokines'), valid from any page in
    docs/ root, so MkDocs validates it and rewrites it for its URL."""
    target = f"{page}.md" if page else "index.md"
    return f"{target}#{anchor}" if anchor else target
