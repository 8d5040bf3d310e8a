"""MkDocs adapter for the sitedata package: what only MkDocs needs. It stops
the build on bad data before anything renders, adds the downloads and the
forwarding of moved pages, gives the templates each page's structured data,
and writes /print/. Pages themselves are rendered by the Markdown extensions
sitedata.page_content and sitedata.term_links, which any generator runs.

Kept thin on purpose: all logic lives in sitedata/, which does not import
MkDocs and so can move to another generator.
"""

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

# The sitedata package sits at the project root, beside mkdocs.yml.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sitedata import ContentError  # noqa: E402
from sitedata.forwarding import redirect_maps  # noqa: E402
from sitedata.pages import slug_of  # noqa: E402
from sitedata.printing import print_page  # noqa: E402
from sitedata.project import cached_site  # noqa: E402
from sitedata.site import Site  # noqa: E402

_site: Site | None = None
_reading_order: list[tuple[str, str]] = []  # (slug, built file) in navigation order


def on_config(config):
    global _site
    try:
        # The same Site the Markdown extension renders pages from.
        _site = cached_site(Path(config.config_file_path).parent)
    except ContentError as error:
        raise PluginError(str(error)) from None
    config.extra["version"] = _site.version
    # Moved pages are forwarded by mkdocs-redirects, from the one registry.
    config.plugins["redirects"].config["redirect_maps"].update(redirect_maps(_site.moved))
    return config


def on_files(files, config):
    for path, text in _site.downloads().items():
        files.append(File.generated(config, path, content=text))
    return files


def on_nav(nav, config, files):
    _reading_order[:] = [(slug_of(page.file.src_uri), page.file.dest_uri) for page in nav.pages]
    return nav


def on_page_markdown(markdown, page, config, files):
    slug = slug_of(page.file.src_uri)
    page.meta["jsonld"] = _site.jsonld(slug)
    page.meta["citation_tags"] = _site.citation_tags(slug)
    page.meta["anchor_forwarding"] = _site.anchor_forwarding(slug)
    return markdown


def on_post_build(config):
    site_dir = Path(config.site_dir)
    if config.use_directory_urls:  # the offline copy is itself the whole site
        pages = [(slug, (site_dir / dest).read_text(encoding="utf-8")) for slug, dest in _reading_order]
        shell = (site_dir / "about" / "index.html").read_text(encoding="utf-8")
        # Sheets single pages load from their front matter; their sections need them too.
        sheets = sorted({sheet for page in _site.pages.values() for sheet in page.meta.get("stylesheets") or []})
        (site_dir / "print").mkdir(exist_ok=True)
        (site_dir / "print" / "index.html").write_text(print_page(pages, shell, config.site_url, sheets),
                                                     encoding="utf-8")
