"""What a regulator has approved, rendered from data/approvals.yml for
every page that shows it (the warning signs are in signs.py)."""

import datetime

from .markdown import data_markdown, escape


def month(year_month: str) -> str:
    """'2024-12' -> 'December 2024'."""
    return datetime.date.fromisoformat(f"{year_month}-01").strftime("%B %Y")


def approvals_markdown(approvals: dict[str, dict]) -> str:
    items = []
    for entry in approvals.values():
        if entry["status"] == "approved":
            when = f" in {month(entry['since'])}" if entry.get("since") else ""
            status = f"approved by {escape(entry['regulator'])}{when}"
        else:
            status = f"none approved by {escape(entry['regulator'])}"
        items.append(
            f'<li id="approval-{entry["id"]}" markdown>\n'
            f"**{escape(entry['product'])}:** {status}. {data_markdown(entry['for'])} "
            + (f"*Source dated {month(entry['stated'])}:* " if entry.get("stated") else "*Source:* ")
            + f"{data_markdown(entry['source'])}\n</li>"
        )
    return '<ul class="approvals" markdown>\n' + "\n".join(items) + "\n</ul>"
