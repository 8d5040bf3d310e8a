"""CSV downloads that a spreadsheet opens as text, never as formulas."""

import csv
import io

# OWASP's list: a cell starting with one of these is run as a formula by
# Excel, LibreOffice and Google Sheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    """The cell as text: a leading formula character gets a quote before it,
    as OWASP recommends (a quote the spreadsheet shows and does not run)."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([inert(str(cell)) for cell in row] for row in rows)
    return buffer.getvalue()
