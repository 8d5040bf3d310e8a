"""How to cite a page, and the review dates readers see under its title."""

import datetime
import re

from .errors import ContentError, Problem
from .yamlfile import parse_yaml

H1 = re.compile(r"^# .+$", re.MULTILINE)


def long_date(iso: str) -> str:
    day = datetime.date.fromisoformat(str(iso))
    return f"{day.day} {day:%B %Y}"


def review_dates_html(meta: dict, today: datetime.date | None = None) -> str:
    """The dates under the title and, once the review is overdue, a warning
    readers cannot miss. An overdue page still deploys (a correction must
    never wait for a review); the tests fail until it is reviewed."""
    last, due = str(meta["last_reviewed"]), str(meta["next_review"])
    dates = (f'<p class="page-dates" data-search-exclude>Last reviewed <time datetime="{last}">{long_date(last)}</time> · '
             f'Next review due <time datetime="{due}">{long_date(due)}</time></p>')
    if datetime.date.fromisoformat(due) >= (today or datetime.date.today()):
        return dates
    return (dates + '\n\n!!! warning "Review overdue"\n\n'
            f"    This page was due for review on {long_date(due)} and has not been checked since "
            f"{long_date(last)}. Approvals and guidance may have changed: check with your regulator.\n")


def with_review_dates(markdown: str, meta: dict, outline: str = "") -> str:
    """Put the review dates, and the page's outline if it has one, right
    under the page's title."""
    match = H1.search(markdown)
    if not match:
        return markdown
    return f"{markdown[:match.end()]}\n\n{review_dates_html(meta)}\n{outline}\n{markdown[match.end():]}"


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
