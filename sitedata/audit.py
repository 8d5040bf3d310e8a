"""Checks on the built site that protect what readers get, run by the build
that deploys (`make build`), not only by the tests: no address promised to
instructors is lost, nothing loads from another site, and every link leaves
by https.

Usage: python -m sitedata.audit SITE_DIR
"""

import sys
from html.parser import HTMLParser
from pathlib import Path

from .errors import ContentError, Problem
from .links import REGISTRY, built_addresses, load_registry

# Attributes that make the browser fetch something as the page loads.
LOADING = {("script", "src"), ("img", "src"), ("img", "srcset"), ("source", "src"), ("source", "srcset"),
           ("iframe", "src"), ("embed", "src"), ("object", "data"), ("video", "src"), ("audio", "src"),
           ("video", "poster"), ("input", "src")}
LOADING_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest", "apple-touch-icon"}


class _PageScanner(HTMLParser):
    def __init__(self, file: str):
        super().__init__(convert_charrefs=True)
        self.file, self.problems = file, []

    def _problem(self, entry: str, what: str, fix: str) -> None:
        self.problems.append(Problem(self.file, self.getpos()[0], entry, what, fix))

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = {name: value or "" for name, value in attrs}
        fetched = [values[name] for t, name in LOADING if t == tag and name in values]
        if tag == "link" and LOADING_LINKS & set(values.get("rel", "").lower().split()):
            fetched.append(values.get("href", ""))
        for url in fetched:
            for candidate in url.split(","):  # a srcset lists several
                address = candidate.strip().split(" ")[0].lower()
                if address.startswith(("http:", "https:", "//")):
                    self._problem(f"<{tag}>", f"loads {address} from another site",
                                  "keep a copy under docs/ and load it from there: no request may leave the site")
        if tag == "a":
            href = values.get("href", "").strip()
            scheme = href.split(":", 1)[0].lower() if ":" in href.split("/", 1)[0] else ""
            if scheme and scheme not in ("https", "mailto"):
                self._problem("<a>", f"links to {href[:80]!r}", "link with https:// (or a page of this site)")


def page_problems(site_dir: Path) -> list[Problem]:
    problems = []
    for path in sorted(site_dir.rglob("*.html")):
        scanner = _PageScanner(f"{site_dir.name}/{path.relative_to(site_dir).as_posix()}")
        scanner.feed(path.read_text(encoding="utf-8"))
        problems += scanner.problems
    return problems


def address_problems(site_dir: Path, registry: Path = REGISTRY) -> list[Problem]:
    """Promised addresses that the build lost, and forwards that lead nowhere."""
    addresses, moved = load_registry(registry)
    built = built_addresses(site_dir)
    label = f"data/{registry.name}"
    problems = [Problem(label, 1, address, "promised address is not in the built site",
                        "restore its heading id, or map the address in 'moved' to its new place")
                for address in addresses if address not in built and address not in moved]
    problems += [Problem(label, 1, old, f"moved to {new}, which the built site lacks",
                         "map it to an address that exists")
                 for old, new in moved.items() if new not in built]
    return problems


def audit(site_dir: Path, registry: Path = REGISTRY) -> list[Problem]:
    return page_problems(site_dir) + address_problems(site_dir, registry)


if __name__ == "__main__":
    found = audit(Path(sys.argv[1]))
    if found:
        sys.exit(str(ContentError(found)))
    print(f"audit: {sys.argv[1]} keeps every promised address and loads nothing from another site")
