"""Colour pairs of docs/stylesheets/extra.css meet WCAG 2.2 AA (4.5:1).

Stock Material fails this for its footer (4.47:1); the browser tests check
the rendered pages with axe-core as well.
"""

import colorsys
import re

import pytest

from conftest import ROOT

CSS = (ROOT / "docs" / "stylesheets" / "extra.css").read_text()
WHITE = (255, 255, 255)
# Material 9.8's slate background: hsl(225deg 15% 14%).
SLATE_BG = tuple(round(c * 255) for c in colorsys.hls_to_rgb(225 / 360, 0.14, 0.15))
FOOTER_TEXT_ALPHA = 0xB3 / 255  # --md-footer-fg-color--light, #ffffffb3


def scheme(name: str) -> dict[str, tuple[int, int, int]]:
    block = re.search(rf'\[data-md-color-scheme="{name}"\]\s*\{{(.*?)\}}', CSS, re.DOTALL).group(1)
    return {var: tuple(int(hex_[i:i + 2], 16) for i in (0, 2, 4))
            for var, hex_ in re.findall(r"(--[\w-]+):\s*#([0-9a-fA-F]{6})\b", block)}


def luminance(rgb) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(foreground, alpha, background):
    return tuple(round(f * alpha + b * (1 - alpha)) for f, b in zip(foreground, background))


def test_contrast_helper_matches_known_values():
    assert contrast(WHITE, (0, 0, 0)) == pytest.approx(21)
    assert contrast(WHITE, (0x76, 0x76, 0x76)) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name, background", [("default", WHITE), ("slate", SLATE_BG)])
def test_scheme_colours_meet_aa(name, background):
    colours = scheme(name)
    pairs = {
        "link text on page": (colours["--md-typeset-a-color"], background),
        "hover/focus accent on page": (colours["--md-accent-fg-color"], background),
        "header text on primary": (colours["--md-primary-bg-color"], colours["--md-primary-fg-color"]),
        "footer text": (blend(WHITE, FOOTER_TEXT_ALPHA, colours["--md-footer-bg-color--dark"]),
                        colours["--md-footer-bg-color--dark"]),
    }
    failing = {label: round(contrast(*pair), 2) for label, pair in pairs.items() if contrast(*pair) < 4.5}
    assert not failing, f"{name} scheme below 4.5:1: {failing}"
