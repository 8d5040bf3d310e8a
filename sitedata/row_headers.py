"""Row headers for comparison tables, as a Python-Markdown extension.

Markdown tables have column headers only. A table whose header row starts
with an empty cell labels its rows in the first column instead:

    | | Glucose too high | Glucose too low |
    | --- | --- | --- |
    | Hormone released | Insulin | Glucagon |

Its first cells become row headers (`<th scope="row">`), so a screen reader
reads "Hormone released, Glucose too low: Glucagon" rather than a bare
"Glucagon" (WCAG 1.3.1, information and relationships). The empty corner
becomes a plain cell: an empty header names nothing.
"""

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor


def _labels_rows(head: etree.Element | None) -> bool:
    if head is None or len(head) < 2:
        return False
    corner = head[0]
    return corner.tag == "th" and not (corner.text or "").strip() and len(corner) == 0


class _RowHeaders(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for table in root.iter("table"):
            head = table.find("thead/tr")
            if not _labels_rows(head):
                continue
            head[0].tag = "td"
            for cell in head[1:]:
                cell.set("scope", "col")
            for row in table.iterfind("tbody/tr"):
                # An empty first cell names nothing, so it stays a cell.
                if len(row) and ((row[0].text or "").strip() or len(row[0])):
                    row[0].tag = "th"
                    row[0].set("scope", "row")


class RowHeadersExtension(Extension):
    def extendMarkdown(self, md):
        # Any time after the tables are parsed; before the inline pass (20).
        md.treeprocessors.register(_RowHeaders(md), "sitedata_row_headers", 25)


def makeExtension(**kwargs):
    return RowHeadersExtension(**kwargs)
