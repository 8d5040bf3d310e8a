"""How to cite a page: "Cite this page" with its BibTeX, the Highwire Press
tags reference managers read, and the release version in CITATION.cff."""

import re

from .errors import ContentError, Problem
from .yamlfile import parse_yaml


def author(site_name: str) -> str:
    return f"{site_name} contributors"


def highwire_tags(meta: dict, url: str, site_name: str) -> list[tuple[str, str]]:
    """Highwire Press <meta name="citation_*"> tags, which Zotero, Mendeley
    and Google Scholar read to save a page with the same citation as
    "Cite this page" (a page is published online when it is reviewed)."""
    published = str(meta["last_reviewed"]).replace("-", "/")
    return [("citation_title", str(meta["title"])), ("citation_author", author(site_name)),
            ("citation_publication_date", published), ("citation_online_date", published),
            ("citation_publisher", site_name), ("citation_public_url", url)]


def cite_this_page(meta: dict, url: str, site_name: str, version: str, slug: str) -> str:
    title, reviewed = meta["title"], str(meta["last_reviewed"])
    year = reviewed[:4]
    key = "regenmed-" + (slug or "home")
    bibtex = "\n".join([
        f"@misc{{{key},",
        f"  author       = {{{{{author(site_name)}}}}},",
        f"  title        = {{{{{title}}}}},",
        f"  year         = {{{year}}},",
        f"  howpublished = {{{site_name}}},",
        f"  note         = {{Version {version}, last reviewed {reviewed}}},",
        f"  url          = {{{url}}}",
        "}",
    ])
    return (
        "\n\n## Cite this page {#cite-this-page data-search-exclude}\n\n"
        f"{author(site_name)} ({year}). *{title}*. {site_name}, version {version}, "
        f"last reviewed {reviewed}. <{url}>\n\n"
        f'<div class="bibtex" data-search-exclude markdown>\n\n```bibtex\n{bibtex}\n```\n\n</div>\n'
    )


def release_version(citation_cff: str) -> str:
    """The release version, set once in CITATION.cff (read as YAML)."""
    data, problems = parse_yaml(citation_cff, "CITATION.cff")
    version = data.get("version") if isinstance(data, dict) else None
    if problems or not isinstance(version, str) or not re.fullmatch(r"\d{4}\.\d+", version):
        raise ContentError(problems or [Problem("CITATION.cff", data.line_of("version") if isinstance(data, dict) else 1,
                                                "version", f"version is {version!r}",
                                                'write it as a quoted release number, version: "YYYY.N"')])
    return version
