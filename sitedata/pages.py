"""What the build needs to know about each Markdown page before rendering:
its front matter, its explicit heading ids and the keys it cites."""

import datetime
import re
from pathlib import Path
from dataclasses import dataclass, field

from .citations import blank_code, cited_keys_with_lines
from .errors import Problem
from .yamlfile import parse_yaml

FRONT_MATTER = re.compile(r"\A---\s*\n(.*?\n)---\s*\n", re.DOTALL)
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*\{[^}]*#([A-Za-z0-9_-]+)[^}]*\}\s*$", re.MULTILINE)
# A page asks for generated content with a marker such as <!-- sitedata:glossary -->.
BLOCK_MARKER = re.compile(r"<!-- sitedata:([a-z-]+) -->")
# pymdownx.snippets includes: `--8<-- "file"` on a line of its own.
SNIPPET = re.compile(r'^--8<-- "([^"]+)"\s*$', re.MULTILINE)
# A section heading (level 2 to 6) that does not end with an explicit {#id}.
UNSTABLE_HEADING = re.compile(r"^(#{2,6})\s+(?!.*\{[^}]*#[A-Za-z0-9_-]+[^}]*\}\s*$)(.+)$", re.MULTILINE)
# Front-matter text that a template prints into the page as it is.
PRINTED_META = ("title", "description")
REQUIRED_META = ("title", "description", "last_reviewed", "next_review")
DESCRIPTION_LENGTH = (50, 200)


@dataclass
class PageInfo:
    """One Markdown page as the content checks see it."""

    src_uri: str
    meta: dict
    headings: dict[str, str] = field(default_factory=dict)
    citations: list[tuple[str, int]] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return slug_of(self.src_uri)


def slug_of(src_uri: str) -> str:
    """'cytokines.md' -> 'cytokines' (the form used in `explained_in`); 'index.md' -> ''."""
    return src_uri.removesuffix(".md").removesuffix("index").rstrip("/")


def scan_page(src_uri: str, text: str) -> tuple[PageInfo, list[Problem]]:
    match = FRONT_MATTER.match(text)
    meta, problems = {}, []
    body, body_first_line = text, 1
    if match:
        parsed, problems = parse_yaml(match.group(1), f"docs/{src_uri}")
        meta = parsed if isinstance(parsed, dict) else {}
        body = text[match.end():]
        body_first_line = text.count("\n", 0, match.end()) + 1
    prose = blank_code(body)
    for heading in UNSTABLE_HEADING.finditer(prose):
        line = body_first_line + prose.count("\n", 0, heading.start())
        problems.append(Problem(f"docs/{src_uri}", line, f"heading '{heading.group(2).strip()}'",
                                "heading has no stable id",
                                "end it with {#a-stable-id} (lowercase words and hyphens) that instructors can link to; "
                                "an id made from the words would change with them"))
    info = PageInfo(
        src_uri=src_uri,
        meta=meta,
        headings={anchor: re.sub(r"\s+", " ", title) for _, title, anchor in HEADING.findall(prose)},
        citations=cited_keys_with_lines(prose, body_first_line),
        blocks=BLOCK_MARKER.findall(prose),
    )
    return info, problems + check_front_matter(info)


def expand_snippets(text: str, include_dir: Path) -> str:
    """The page as readers get it: included Markdown files inlined, so their
    citations are checked too. Non-Markdown includes (SVG) stay as they are."""
    def include(match: re.Match) -> str:
        path = include_dir / match.group(1)
        return path.read_text(encoding="utf-8") if path.suffix == ".md" and path.is_file() else match.group(0)
    return SNIPPET.sub(include, text)


def check_figures(text: str, include_dir: Path) -> list[Problem]:
    """An included SVG is raw HTML to Markdown: a blank line inside it ends
    the HTML block, and the rest is published as code, the figure's source
    shown as text. Refuse such a file before it renders."""
    problems = []
    for name in dict.fromkeys(SNIPPET.findall(text)):
        path = include_dir / name
        if path.suffix != ".svg" or not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                problems.append(Problem(f"docs/includes/{name}", number, "figure", "blank line inside the SVG",
                                        "delete the blank line: it ends the HTML block and shows the source as text"))
                break
    return problems


def check_front_matter(page: PageInfo) -> list[Problem]:
    file, meta = f"docs/{page.src_uri}", page.meta
    problems = [
        Problem(file, 1, "front matter", f"missing '{name}'", f"add '{name}:' between the --- lines at the top")
        for name in REQUIRED_META
        if not meta.get(name)
    ]
    def line(name: str) -> int:  # the front matter starts on the file's second line
        return meta.line_of(name) + 1 if hasattr(meta, "line_of") and name in meta else 1
    for name in PRINTED_META:
        if re.search(r'[<>"]', str(meta.get(name, ""))):
            problems.append(Problem(file, line(name), "front matter", f"'{name}' contains <, > or a straight quote",
                                    "write it as plain text; use curly quotes “ ” for quotations"))
    for name in ("scripts", "stylesheets"):
        for item in meta.get(name) or []:
            if not re.fullmatch(r"[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*\.(js|css)", str(item)):
                problems.append(Problem(file, line(name), "front matter", f"'{name}' names {item!r}",
                                        "list a file of this site under docs/, such as javascripts/figure-zoom.js; "
                                        "nothing may load from another site"))
    description = meta.get("description")
    if description and not DESCRIPTION_LENGTH[0] <= len(str(description)) <= DESCRIPTION_LENGTH[1]:
        problems.append(Problem(file, 1, "front matter", f"description is {len(str(description))} characters",
                                f"write {DESCRIPTION_LENGTH[0]} to {DESCRIPTION_LENGTH[1]} characters"))
    dates = {}
    for name in ("last_reviewed", "next_review"):
        value = meta.get(name)
        try:
            dates[name] = datetime.date.fromisoformat(str(value)) if value else None
        except ValueError:
            problems.append(Problem(file, 1, "front matter", f"'{name}' is not a date ({value})",
                                    "write it as YYYY-MM-DD"))
    if dates.get("last_reviewed") and dates.get("next_review") and dates["next_review"] <= dates["last_reviewed"]:
        problems.append(Problem(file, 1, "front matter", "'next_review' is not after 'last_reviewed'",
                                "set the next review about one year after the last"))
    return problems


def scan_pages(texts: dict[str, str], include_dir: Path) -> tuple[list[PageInfo], list[Problem]]:
    """Every page of docs/ ({src_uri: Markdown}), as readers get it, and
    what is wrong with the pages themselves and their figures."""
    scans = [scan_page(uri, expand_snippets(text, include_dir)) for uri, text in texts.items()]
    problems = [problem for _, found in scans for problem in found]
    problems += [problem for text in texts.values() for problem in check_figures(text, include_dir)]
    return [page for page, _ in scans], problems
