"""Keep the published site lean: drop what readers never download.

Material copies source maps and the search stemmers of every language into
the site. We search in English only, so those files are dead weight on
GitHub Pages (about 2 MB).
"""

from pathlib import Path


def on_post_build(config, **kwargs):
    site = Path(config["site_dir"])
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
