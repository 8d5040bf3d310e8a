"""How to cite a page, and the review dates readers see under its title."""

import datetime
import re

VERSION = re.compile(r'^version:\s*"?([^"\n]+)"?\s*$', re.MULTILINE)
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


def cite_this_page(meta: dict, url: str, site_name: str, version: str, slug: str) -> str:
    title, reviewed = meta["title"], str(meta["last_reviewed"])
    year = reviewed[:4]
    key = "regenmed-" + (slug or "home")
    bibtex = "\n".join([
        f"@misc{{{key},",
        f"  author       = {{{{{site_name} contributors}}}},",
        f"  title        = {{{{{title}}}}},",
        f"  year         = {{{year}}},",
        f"  howpublished = {{{site_name}}},",
        f"  note         = {{Version {version}, last reviewed {reviewed}}},",
        f"  url          = {{{url}}}",
        "}",
    ])
    return (
        "\n\n## Cite this page {#cite-this-page data-search-exclude}\n\n"
        f"{site_name} contributors ({year}). *{title}*. {site_name}, version {version}, "
        f"last reviewed {reviewed}. <{url}>\n\n"
        f'<div class="bibtex" data-search-exclude markdown>\n\n```bibtex\n{bibtex}\n```\n\n</div>\n'
    )


def release_version(citation_cff: str) -> str:
    """The release version, set once in CITATION.cff."""
    match = VERSION.search(citation_cff)
    if not match:
        raise ValueError("CITATION.cff: no 'version:' line; add version: \"YYYY.N\"")
    return match.group(1).strip()
