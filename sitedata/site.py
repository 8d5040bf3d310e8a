"""Everything one build renders from the data, for any site generator:
generated page sections, citations, term links, JSON-LD and downloads."""

from .checked import checked_once_per_section
from .citations import cited_keys, outside_code, render_citations
from .cite_page import cite_this_page, highwire_tags
from .review_dates import with_review_dates
from .claims import claims_markdown, with_claim_verdicts
from .errors import ContentError, Problem
from .exports import downloads, fields_markdown
from .glossary import glossary_markdown
from .forwarding import anchor_script, moved_anchors
from .markdown import MARKDOWN, Finish, escape, page_link
from .model import Content, load_content
from .outline import on_this_page
from .patients import approvals_markdown
from .questions import questions_markdown
from .pages import BLOCK_MARKER, PageInfo, scan_pages
from .signs import checker_json, sign_guide_markdown, warning_signs_markdown
from .references import reference_html, reference_list_markdown
from .schemas import REFERENCE_KINDS
from .structured_data import claim_reviews, defined_term_set, medical_web_page, to_script

KIND_LABELS = dict(zip(REFERENCE_KINDS, ["Systematic review", "Review", "Guideline", "Regulator",
                                         "Textbook", "Primary study", "Commentary"]))


class Site:
    """The content and the pages of one build, ready to render."""

    def __init__(self, content: Content, pages: list[PageInfo], *, name: str, url: str, version: str,
                 moved: dict[str, str] | None = None):
        self.content = content
        self.moved = moved or {}
        self.pages = {page.slug: page for page in pages}
        self.name, self.site_url, self.version = name, url, version
        self.sections = {slug: page.headings for slug, page in self.pages.items()}
        self.titles = {slug: str(page.meta.get("title", slug)) for slug, page in self.pages.items()}
        # Each generated block, rendered for the page that shows it; the
        # large ones hand what they can to the generator (see render_markdown).
        self.renderers = {"glossary": lambda slug, finish: glossary_markdown(content.glossary, self.sections,
                                                                             self.titles, finish),
                          "references": lambda slug, finish: self._references_block(),
                          "claims": lambda slug, finish: claims_markdown(content, self.sections, self.titles, finish),
                          "download-fields": lambda slug, finish: fields_markdown(),
                          "approvals": lambda slug, finish: approvals_markdown(content.approvals),
                          "warning-signs": lambda slug, finish: warning_signs_markdown(content.warning_signs),
                          "sign-guide": lambda slug, finish: sign_guide_markdown(content.warning_signs, self.sections),
                          "sign-patterns": lambda slug, finish: ('<script type="application/json" id="sign-patterns">'
                                                            f"{checker_json(content.warning_signs)}</script>"),
                          "questions": lambda slug, finish: questions_markdown(content.questions, slug)}
        self._check_blocks()
        self.citing_pages = self._citing_pages()

    def _check_blocks(self) -> None:
        problems = [
            Problem(f"docs/{page.src_uri}", 1, f"marker 'sitedata:{block}'", f"unknown block '{block}'",
                    f"use one of: {', '.join(f'sitedata:{name}' for name in self.renderers)}")
            for page in self.pages.values() for block in page.blocks if block not in self.renderers
        ]
        if problems:
            raise ContentError(problems)

    # -- addresses ----------------------------------------------------------
    def url(self, slug: str, anchor: str = "") -> str:
        address = self.site_url + (f"{slug}/" if slug else "")
        return f"{address}#{anchor}" if anchor else address

    def block_slug(self, block: str) -> str | None:
        """The page that shows a generated block, e.g. the glossary."""
        return next((slug for slug, page in self.pages.items() if block in page.blocks), None)

    # -- markdown -----------------------------------------------------------
    def render_markdown(self, slug: str, markdown: str, finish: Finish = MARKDOWN) -> str:
        """Fill generated blocks, number citations, then add the review dates
        under the title and, at the foot, the references and how to cite.

        finish.raw(html) receives HTML that is finished (citations, same-page
        links, labels, and with finish.icon and finish.href the verdict
        badges and links to other pages) and returns what stands for it in
        the Markdown: the HTML itself by default, or a generator's
        placeholder, which spares its parser a scan that grows with the data."""
        meta = self.pages[slug].meta
        # A marker quoted in code is shown, not filled.
        markdown = outside_code(markdown, lambda text: BLOCK_MARKER.sub(
            lambda match: self.renderers[match.group(1)](slug, finish), text))
        markdown = with_claim_verdicts(markdown, self.content)
        markdown = checked_once_per_section(markdown)
        markdown, keys = render_citations(markdown, self.content.references, finish.raw)
        return (with_review_dates(markdown, meta, on_this_page(markdown))
                + reference_list_markdown(keys, self.content.references)
                + cite_this_page(meta, self.url(slug), self.name, self.version, slug))

    def _block_keys(self, block: str, slug: str) -> list[str]:
        if block == "glossary":
            return [key for term in self.content.glossary.values()
                    for key in [*cited_keys(term["definition"]), *term["refs"]]]
        if block == "claims":
            texts = [claim["evidence"] for claim in self.content.claims.values()]
            return cited_keys(" ".join(texts + [t["comparison"] for t in self.content.topics.values()]))
        if block == "approvals":
            return cited_keys(" ".join(entry["source"] for entry in self.content.approvals.values()))
        if block == "questions":
            return cited_keys(" ".join(q["answer"] for q in self.content.questions.values() if q["page"] == slug))
        if block in ("warning-signs", "sign-guide"):
            return cited_keys(" ".join(sign["explanation"] for sign in self.content.warning_signs.values()))
        return []

    def _citing_pages(self) -> dict[str, list[str]]:
        citing: dict[str, list[str]] = {}
        for slug, page in self.pages.items():
            keys = [key for key, _ in page.citations] + [k for b in page.blocks for k in self._block_keys(b, slug)]
            for key in dict.fromkeys(keys):
                citing.setdefault(key, []).append(slug)
        return citing

    def _references_block(self) -> str:
        entries = sorted(self.content.references.values(),
                         key=lambda ref: (ref["authors"][0].lower(), ref["year"], ref["title"]))
        out = []
        for ref in entries:
            cited_in = ", ".join(f"[{escape(self.titles[slug])}]({page_link(slug, 'ref-' + ref['key'])})"
                                 for slug in self.citing_pages.get(ref["key"], []))
            # Indexed lean: search finds a reference by author and title;
            # its links and the pages citing it stay out of the index.
            out.append(f"**{KIND_LABELS[ref['kind']]}.** {reference_html(ref, searchable_links=False)}  \n"
                       f"<span data-search-exclude>Cited in: {cited_in or 'no page yet'}</span>\n"
                       f"{{: #{ref['key']} .reference }}\n")
        return "\n".join(out)

    # -- structured data ------------------------------------------------------
    def citation_tags(self, slug: str) -> list[tuple[str, str]]:
        return highwire_tags(self.pages[slug].meta, self.url(slug), self.name)

    def jsonld(self, slug: str) -> str:
        page = self.pages[slug]
        url = self.url(slug)
        graph = [medical_web_page(page.meta, url, self.name, self.site_url)]
        if "glossary" in page.blocks:
            graph.append(defined_term_set(self.content.glossary, url, self.name))
        if "claims" in page.blocks:
            graph += claim_reviews(self.content, url, self.name, self.site_url)
        return to_script(graph)

    # -- stable addresses -----------------------------------------------------
    def anchor_forwarding(self, slug: str) -> str:
        """Script for the page head that forwards its moved anchors."""
        forwards = moved_anchors(self.moved, f"{slug}/" if slug else "")
        return anchor_script(forwards) if forwards else ""

    # -- downloads --------------------------------------------------------------
    def downloads(self) -> dict[str, str]:
        def url_of(block: str, anchor: str) -> str:
            slug = self.block_slug(block)
            return self.url(slug, anchor) if slug is not None else ""
        return downloads(self.content, self.name, self.site_url, self.version, url_of)


def load_site(texts: dict[str, str], include_dir, data_dir, **site: str | dict) -> Site:
    """Check the pages ({src_uri: Markdown}) and the data together, and
    make the build's Site; every problem of both is reported at once."""
    pages, problems = scan_pages(texts, include_dir)
    try:
        content = load_content(data_dir, pages)
        if problems:
            raise ContentError(problems)
        return Site(content, pages, **site)
    except ContentError as error:
        raise ContentError(error.problems + [p for p in problems if p not in error.problems]) from None
