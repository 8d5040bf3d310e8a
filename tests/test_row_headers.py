"""sitedata.row_headers: which tables get row headers, and which do not."""

import markdown


def render(table: str) -> str:
    return markdown.markdown(table, extensions=["tables", "sitedata.row_headers"])


def test_an_empty_corner_makes_the_first_column_row_headers():
    html = render("| | Too high | Too low |\n| --- | --- | --- |\n| Hormone | Insulin | Glucagon |\n")
    assert "<td></td>" in html and '<th scope="col">Too high</th>' in html
    assert '<th scope="row">Hormone</th>' in html and "<td>Glucagon</td>" in html


def test_a_named_corner_leaves_the_table_as_written():
    table = "| Family | Example |\n| --- | --- |\n| Interleukins | IL-6 |\n"
    assert render(table) == markdown.markdown(table, extensions=["tables"])


def test_an_empty_first_cell_in_a_row_stays_a_cell():
    html = render("| | A |\n| --- | --- |\n| | 1 |\n| Named | 2 |\n")
    assert "<td></td>\n<td>1</td>" in html and '<th scope="row">Named</th>' in html
