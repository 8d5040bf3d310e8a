"""Format references: in full, as hover text, and as a page's numbered list."""

import html
import re

# Long titles are cut in hover text; the full reference is in the page's list.
HOVER_TITLE_LENGTH = 60


def author_list(reference: dict) -> str:
    authors = ", ".join(reference["authors"])
    return f"{authors} et al." if reference.get("et_al") else authors


def plain_citation(reference: dict) -> str:
    """Short plain text: the hover text of a numbered citation. The full
    reference is one click away in the page's list, so the hover names only
    the first author, year and title (pages cite dozens of times)."""
    authors = reference["authors"]
    first = authors[0] + (" et al." if len(authors) > 1 or reference.get("et_al") else "")
    title = reference["title"]
    if len(title) > HOVER_TITLE_LENGTH:
        title = title[:HOVER_TITLE_LENGTH].rsplit(" ", 1)[0] + "…"
    return f"{first} ({reference['year']}). {title}"


def reference_html(reference: dict, compact: bool = False, searchable_links: bool = True) -> str:
    """A full reference with its DOI, PMID and URL as links. Compact (page
    lists) leaves out the PMID when there is a DOI: /references/ has both.
    Without searchable_links, the links are kept out of the search index."""
    parts = [
        f"{html.escape(author_list(reference))} ({reference['year']}).",
        f"{html.escape(reference['title'])}.",
        f"<em>{html.escape(reference['container'])}</em>{_locator(reference)}.",
    ]
    links = []
    if doi := reference.get("doi"):
        links.append(f'<a href="https://doi.org/{html.escape(doi)}">doi:{html.escape(doi)}</a>')
    if (pmid := reference.get("pmid")) and not (compact and reference.get("doi")):
        links.append(f'<a href="https://pubmed.ncbi.nlm.nih.gov/{pmid}/">PMID {pmid}</a>')
    if url := reference.get("url"):
        links.append(f'<a href="{html.escape(url)}">{html.escape(_short_url(url))}</a> '
                     f"(accessed {reference['accessed']})")
    if links and not searchable_links:
        links = [f'<span data-search-exclude>{" ".join(links)}</span>']
    return " ".join(parts + links)


def _locator(reference: dict) -> str:
    volume, issue, pages = (reference.get(name) for name in ("volume", "issue", "pages"))
    text = f" {html.escape(volume)}" if volume else ""
    text += f"({html.escape(issue)})" if issue else ""
    return text + (f":{html.escape(pages)}" if pages else "")


def _short_url(url: str) -> str:
    return url.removeprefix("https://").removeprefix("www.").rstrip("/")


def reference_list_markdown(keys: list[str], references: dict[str, dict]) -> str:
    """The page's own numbered reference list, appended at its foot."""
    if not keys:
        return ""
    items = "\n".join(f'<li id="ref-{key}">{reference_html(references[key], compact=True)}</li>' for key in keys)
    # Out of the search index: /references/ already indexes every reference once.
    return f'\n\n## References {{#references}}\n\n<ol class="reference-list" data-search-exclude>\n{items}\n</ol>\n'
