"""Figures reach readers whole: each diagram renders as one SVG holding
every label of its source file, no page shows markup as text, and a file
that would break its figure stops the build."""

import re

import pytest

from conftest import ROOT, ReadableText, html_pages, mkdocs_build

DOCS = ROOT / "docs"
INCLUDE = re.compile(r'^--8<-- "(diagrams/[^"]+\.svg)"', re.MULTILINE)
LABEL = re.compile(r"<text\b[^>]*>(.*?)</text>", re.DOTALL)


def figures() -> list[tuple[str, str]]:
    """(page slug, included SVG) for every diagram on every page."""
    return [(page.stem, name) for page in sorted(DOCS.glob("*.md")) for name in INCLUDE.findall(page.read_text())]


def labels(svg: str) -> list[str]:
    return [" ".join(re.sub(r"<[^>]+>", "", label).split()) for label in LABEL.findall(svg)]


def test_every_page_has_its_diagram():
    assert {page for page, _ in figures()} >= {"homeostasis", "cytokines", "exosomes", "stem-cells"}


def test_each_figure_renders_as_one_svg_with_every_label(site):
    for page, name in figures():
        source = (DOCS / "includes" / name).read_text()
        built = (site / page / "index.html").read_text()
        svg_id = re.search(r'<title id="([^"]+)"', source).group(1)
        figure = re.search(r'<figure class="diagram">(.*?)</figure>',
                           built[built.rindex("<figure", 0, built.index(f'id="{svg_id}"')):], re.DOTALL)
        assert figure, f"{page}: {name} is not inside its figure"
        assert figure.group(1).count("<svg") == 1 and "<pre" not in figure.group(1), f"{page}: {name} is broken up"
        assert labels(figure.group(1)) == labels(source), f"{page}: {name} lost labels"


def test_no_page_shows_markup_as_text(site):
    found = []
    for path in html_pages(site):
        reader = ReadableText(skip_code=False)
        reader.feed(path.read_text())
        text = "".join(reader.parts)
        found += [f"{path.relative_to(site)}: {m!r}" for m in re.findall(r".{0,20}<[A-Za-z/!][^>]{0,30}", text)]
    assert not found, found[:5]


def test_a_blank_line_in_a_figure_stops_the_build(project_copy, tmp_path):
    svg = project_copy / "docs" / "includes" / "diagrams" / "stem-cells-potency.svg"
    lines = svg.read_text().splitlines()
    svg.write_text("\n".join(lines[:12] + [""] + lines[12:]) + "\n")
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert ("docs/includes/diagrams/stem-cells-potency.svg:13: figure: blank line inside the SVG; "
            "delete the blank line") in result.stderr


# ---- On a phone ------------------------------------------------------------------

MIN_LABEL_PX = 12
LABEL_SIZES = """sel => [...document.querySelectorAll(sel + ' text')]
    .map(text => text.getScreenCTM().a * parseFloat(getComputedStyle(text).fontSize))"""


@pytest.mark.parametrize("page", ["homeostasis", "cytokines", "exosomes", "stem-cells"])
def test_enlarged_figure_labels_are_readable_and_it_closes_with_esc_and_back(phone, served_site, page):
    phone.goto(served_site + f"{page}/")
    in_page = min(phone.evaluate(LABEL_SIZES, "figure.diagram"))
    enlarge = phone.locator("figure.diagram button.figure-zoom").first
    enlarge.tap()
    sizes = phone.evaluate(LABEL_SIZES, "dialog[open]")
    print(f"{page}: smallest label {in_page:.1f} px in the page, {min(sizes):.1f} px enlarged")
    assert sizes and min(sizes) >= MIN_LABEL_PX
    phone.keyboard.press("Escape")
    phone.wait_for_function("() => !document.querySelector('dialog[open]')")
    assert phone.locator("figure.diagram svg").count() == 1, "the figure did not return to the page"
    assert phone.evaluate("document.activeElement.classList.contains('figure-zoom')"), "focus was lost"
    enlarge.tap()
    phone.go_back()
    phone.wait_for_function("() => !document.querySelector('dialog[open]')")
    assert phone.url.endswith(f"/{page}/"), "Back left the page instead of closing the figure"
