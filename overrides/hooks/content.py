"""MkDocs adapter for the sitedata package: validate the data and the pages
before anything renders, then hand each page to sitedata.Site.

Kept thin on purpose: all logic lives in sitedata/, which does not import
MkDocs and so can move to another generator.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from sitedata import ContentError, load_content
from sitedata.pages import scan_page, slug_of
from sitedata.site import Site

_site: Site | None = None


def on_files(files, config):
    global _site
    scans = [scan_page(file.src_uri, file.content_string) for file in files.documentation_pages()]
    problems = [problem for _, found in scans for problem in found]
    data_dir = Path(config.config_file_path).parent / config.extra["data_dir"]
    try:
        content = load_content(data_dir, [page for page, _ in scans])
        if problems:
            raise ContentError(problems)
        _site = Site(content, [page for page, _ in scans], name=config.site_name,
                     url=config.site_url, version=str(config.extra["version"]))
    except ContentError as error:
        extra = [p for p in problems if p not in error.problems]
        raise PluginError(str(ContentError(error.problems + extra))) from None
    for path, text in _site.downloads().items():
        files.append(File.generated(config, path, content=text))
    return files


def on_page_markdown(markdown, page, config, files):
    slug = slug_of(page.file.src_uri)
    page.meta["jsonld"] = _site.jsonld(slug)
    return _site.render_markdown(slug, markdown)


def on_page_content(html, page, config, files):
    glossary = files.get_file_from_path(f"{_site.block_slug('glossary') or 'glossary'}.md")
    if glossary is None:
        return html
    return _site.link_terms(slug_of(page.file.src_uri), html, glossary.url_relative_to(page.file))
