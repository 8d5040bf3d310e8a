"""Keep the published site lean: drop what readers never download.

Our own stylesheets and scripts are commented and indented for
maintainers; readers download them on every page, so the published copies
lose their comments, indentation and blank lines (about 1.5 KB gzip a
page). Vendored and Material's files are left alone.

Material copies source maps and the search stemmers of every language into
the site. We search in English only, so those files are dead weight on
GitHub Pages (about 2 MB).
"""

import re
from pathlib import Path

CSS_COMMENT = re.compile(r"/\*.*?\*/\n?", re.DOTALL)
# Whole-line comments only: a "//" inside a string or regex stays.
JS_LINE_COMMENT = re.compile(r"^[ \t]*//.*\n", re.MULTILINE)

INDENT = re.compile(r"^[ \t]+|\n(?=\n)", re.MULTILINE)


def without_comments(path: Path) -> str:
    """The file without its comments, indentation and blank lines."""
    text = path.read_text(encoding="utf-8")
    text = CSS_COMMENT.sub("", text) if path.suffix == ".css" else JS_LINE_COMMENT.sub("", text)
    return INDENT.sub("", text)


def on_post_build(config, **kwargs):
    site = Path(config["site_dir"])
    for own in [*site.glob("stylesheets/*.css"), *site.glob("javascripts/*.js")]:
        own.write_text(without_comments(own), encoding="utf-8")
    for source_map in site.rglob("*.map"):
        source_map.unlink()
    lunr_languages = site / "assets" / "javascripts" / "lunr"
    if lunr_languages.is_dir():
        for script in lunr_languages.rglob("*.js"):
            script.unlink()
        for folder in sorted(lunr_languages.rglob("*"), reverse=True):
            if folder.is_dir():
                folder.rmdir()
        lunr_languages.rmdir()
