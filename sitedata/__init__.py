"""Validate and render the site's structured knowledge.

Glossary terms, references, sources, claims and topics live once, as YAML
under data/. This package loads and checks them and renders them into
Markdown, HTML, JSON and CSV. It does not import MkDocs: the hooks in
overrides/hooks/ are thin adapters, so the package can move to another
site generator and is unit-tested on its own.
"""

from .errors import ContentError, Problem
from .model import Content, load_content

__all__ = ["Content", "ContentError", "Problem", "load_content"]
