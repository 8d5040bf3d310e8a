"""The review dates readers see under each page's title, and the warning
once a review is overdue."""

import datetime
import re

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
