"""/print/: every page of the site, in reading order, on one page, for
"Save as PDF" and for reading offline in one go.

Built from the finished pages in one pass, so its cost grows in step with
the content: each page's article is taken whole, its ids are prefixed with
the page's slug ('key-points' on /cytokines/ becomes 'cytokines-key-points')
and every link to a page of the site becomes a link inside /print/.
"""

import re

ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')
ARTICLE_END = "</article>"
# Everything that names an id or an address, found in one pass: ids, the
# attributes that list ids (labels, ARIA relations), SVG references and links.
NAMES_ID_OR_LINK = re.compile(r'(\s(?:(id)|(aria-labelledby|aria-describedby|aria-controls|for)|href)=")([^"]*)(")'
                              r'|url\(#([^)]+)\)')
# Each topic page's "Print the answers too" switch: /print/ has one, at the top.
PRINT_SWITCH = re.compile(r'<p class="print-switch".*?</p>', re.DOTALL)
# Parts of a page that belong to the page, not to the whole-site copy.
PAGE_ONLY = [re.compile(pattern, re.DOTALL) for pattern in (
    r'<script type="application/ld\+json">.*?</script>\s*',
    r'<meta name="citation_[a-z_]+" content="[^"]*">\s*',
    r'<link rel="canonical" href="[^"]*">',
    r'<meta (?:property="og:|name="twitter:)[^>]*>\s*',
)]
# Parts of each page's article that have no use in the whole-site copy:
# its "edit this page" button, its phone outline (hidden in print), the
# BibTeX block under "Cite this page" (the citation itself stays), and the
# claims filters and the advert checker (with its patterns), whose scripts
# only their own pages load.
PER_PAGE_CONTROLS = re.compile(r'<a [^>]*class="md-content__button md-icon"[^>]*>.*?</a>'
                               r'|<details class="page-outline".*?</details>'
                               r'|<div class="bibtex"[^>]*>.*?</pre></div>\s*</div>'
                               r'|<form class="(?:claim-filters|advert-check)".*?</form>'
                               r'|<div class="advert-status"[^>]*></div>'
                               r'|<section class="advert-result".*?</section>'
                               r'|<script type="application/json" id="sign-patterns">.*?</script>', re.DOTALL)
TITLE = "The whole site on one page"
# Lays out every page before a jump to an anchor (pages are drawn lazily).
ANCHOR_SCRIPT = "javascripts/print-anchors.js"
TOP = "the-whole-site"


def article_of(page_html: str) -> tuple[int, int]:
    """Start and end of the page's main article (claims nest articles of
    their own, so the main one ends at the last closing tag)."""
    start = ARTICLE.search(page_html)
    if not start:
        raise ValueError("no main article in the page")
    return start.end(), page_html.rindex(ARTICLE_END)


def _local(slug: str, href: str, slugs: set[str]) -> str:
    """The address inside /print/ for a link written on page `slug`, or
    the link rebased for /print/ when it leads elsewhere."""
    name = slug or "index"
    if href.startswith("#"):
        return f"#{name}-{href[1:]}" if len(href) > 1 else f"#{name}"
    if re.match(r"^[a-z][a-z0-9+.-]*:|^//", href):
        return href  # another site, or mailto:
    path, _, anchor = href.partition("#")
    # Every page sits one folder deep except the home page; so does /print/.
    base = f"{slug}/" if slug else ""
    parts = []
    for part in (base + path).split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part and part != ".":
            parts.append(part)
    target = "/".join(parts)
    page = target.removesuffix("index.html").rstrip("/")
    if page in slugs and not target.endswith((".json", ".csv", ".gift", ".zip", ".svg", ".png")):
        target_slug = page or "index"
        return f"#{target_slug}-{anchor}" if anchor else f"#{target_slug}"
    return "../" + target + (f"#{anchor}" if anchor else "") + ("/" if path.endswith("/") and target else "")


def _prefixed(match: re.Match, slug: str, name: str, slugs: set[str]) -> str:
    """One id, list of ids, SVG reference or link of page `slug`, as
    /print/ names it."""
    attribute, is_id, is_id_list, value, quote, url_ref = match.groups()
    if url_ref:
        return f"url(#{name}-{url_ref})"
    if is_id and value:
        return f"{attribute}{name}-{value}{quote}"
    if is_id_list and value:
        return attribute + " ".join(f"{name}-{ref}" for ref in value.split()) + quote
    if is_id or is_id_list:
        return match.group(0)
    return f"{attribute}{_local(slug, value, slugs)}{quote}"


SECONDARY_NAV = '<nav class="md-nav md-nav--secondary"'
NAV_TAG = re.compile(r"<nav\b|</nav>")
H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.DOTALL)


def _with_contents(shell: str, contents: str) -> str:
    """The shell with each of its tables of contents (the sidebar's, and the
    copy inside the navigation on small screens) replaced by `contents`."""
    out, position = [], 0
    while (start := shell.find(SECONDARY_NAV, position)) != -1:
        depth, end = 0, start
        for tag in NAV_TAG.finditer(shell, start):
            depth += 1 if tag.group(0) == "<nav" else -1
            if depth == 0:
                end = tag.end()
                break
        out += [shell[position:start], contents]
        position = end
    return "".join(out) + shell[position:]


def _contents(pages: list[tuple[str, str]]) -> str:
    items = "".join(f'<li class="md-nav__item"><a href="#{name}" class="md-nav__link">{title}</a></li>'
                    for name, title in pages)
    return (f'{SECONDARY_NAV} aria-label="Table of contents"><label class="md-nav__title" for="__toc">'
            f'Table of contents</label><ul class="md-nav__list" data-md-component="toc">{items}</ul></nav>')


def print_page(pages: list[tuple[str, str]], shell_html: str, site_url: str,
               stylesheets: list[str] = ()) -> str:
    """`pages`: (slug, built html) in reading order, '' for the home page.
    `shell_html`: a built page one folder deep whose frame (header,
    navigation, footer) /print/ reuses. `stylesheets`: site-relative
    sheets that single pages load and their sections need here too."""
    slugs = {slug for slug, _ in pages}
    sections, titles, switches = [], [], []
    for slug, page_html in pages:
        start, end = article_of(page_html)
        body = PER_PAGE_CONTROLS.sub("", page_html[start:end])
        switches += PRINT_SWITCH.findall(body)
        body = PRINT_SWITCH.sub("", body)
        name = slug or "index"
        heading = H1.search(body)
        text = re.sub(r'<a class="headerlink".*?</a>|<[^>]+>', "", heading.group(1)) if heading else name
        titles.append((name, text.strip()))
        body = NAMES_ID_OR_LINK.sub(lambda m: _prefixed(m, slug, name, slugs), body)
        sections.append(f'<section class="print-page" id="{name}">{body}</section>')
    # The frame is edited before the pages go in, so its edits do not scan them.
    start, end = article_of(shell_html)
    head, foot = _frame(shell_html[:start], titles, site_url, stylesheets), shell_html[end:]
    foot = foot.replace("</body>", f'<script src="../{ANCHOR_SCRIPT}"></script>\n</body>', 1)
    top = f'<h1 id="{TOP}">{TITLE}</h1>' + (switches[0] if switches else "")
    return head + top + "\n".join(sections) + foot


def _frame(shell: str, titles: list[tuple[str, str]], site_url: str, stylesheets: list[str]) -> str:
    """The shell page up to its article, made the frame of /print/."""
    shell = re.sub(r'<a href="#[^"]*" class="md-skip">', f'<a href="#{TOP}" class="md-skip">', shell, count=1)
    shell = _with_contents(shell, _contents(titles))
    # The shell's own page is not the one being read.
    shell = re.sub(r" md-nav__(?:link|item)--active", "", shell)
    shell = re.sub(r'(data-md-component="header-topic">\s*<span class="md-ellipsis">)\s*[^<]*',
                   rf"\1{TITLE}", shell, count=1)
    for pattern in PAGE_ONLY:
        shell = pattern.sub("", shell)
    shell = re.sub(r"<title>.*?</title>", f"<title>{TITLE}</title>", shell, count=1, flags=re.DOTALL)
    links = "".join(f'<link rel="stylesheet" href="../{sheet}">\n' for sheet in stylesheets)
    return shell.replace("</head>", f'<link rel="canonical" href="{site_url}print/">\n{links}</head>', 1)
