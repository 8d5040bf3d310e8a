"""When we last looked at a regulator's page, said once per section.

Sources mark each regulatory statement '(checked YYYY-MM-DD)', so the date
travels with the statement and a test can insist on it. Readers saw it 11
to 25 times a page, in a format unlike the page's own dates; the rendered
page keeps one note per section, after the section's last checked
statement, in the site's date format."""

import re

from .review_dates import long_date

CHECKED = re.compile(r"\s*\((?:[A-Z]+ (?:facts|page) )?checked (\d{4}-\d{2}-\d{2})\)")
HEADING = re.compile(r"^#{2,6} .*$", re.MULTILINE)


def checked_once_per_section(markdown: str) -> str:
    starts = [0, *(match.start() for match in HEADING.finditer(markdown)), len(markdown)]
    return "".join(_one_note(markdown[start:end]) for start, end in zip(starts, starts[1:]))


def _one_note(section: str) -> str:
    if "checked" not in section:  # most sections: skip the slower pattern
        return section
    dates = CHECKED.findall(section)
    if not dates:
        return section
    last = list(CHECKED.finditer(section))[-1]
    paragraph_end = section.find("\n\n", last.end())
    paragraph_end = len(section.rstrip("\n")) if paragraph_end == -1 else paragraph_end
    line_start = section.rfind("\n", 0, last.start()) + 1
    indent = re.match(r"[ \t]*", section[line_start:]).group(0)
    note = (f'\n\n{indent}<p class="checked-note">Regulators\' pages cited here were last checked on '
            f"{long_date(max(dates))}.</p>")
    with_note = section[:paragraph_end] + note + section[paragraph_end:]
    return CHECKED.sub("", with_note)
