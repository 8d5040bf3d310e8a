"""Every built page in a real browser: axe-core finds no WCAG 2.0/2.1/2.2
A or AA violation in either colour scheme, at desktop and phone width; no
request leaves the site or fails; nothing is logged as an error or warning;
and nothing scrolls sideways at 320 px (WCAG 1.4.10 reflow)."""

from importlib import resources
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, html_pages

# axe-core 4.12.1, as bundled by the pinned axe-playwright-python package.
AXE_SCRIPT = (resources.files("axe_playwright_python") / "axe.min.js").read_text()
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]  # axe has no wcag22a rules

SCHEMES = {"light": "default", "dark": "slate"}
WIDTHS = {"desktop": 1280, "phone": 360}
REFLOW_WIDTH = 320


def site_paths() -> list[str]:
    """Every page the build makes, as a path under the site root: one per
    Markdown page, plus Material's 404 page and the whole-site /print/ page."""
    pages = ["" if path.stem == "index" else f"{path.stem}/" for path in sorted((ROOT / "docs").glob("*.md"))]
    return [*pages, "404.html", "print/"]


PATHS = site_paths()


def test_page_list_matches_the_build(site):
    built = {str(path.relative_to(site).parent) + "/" if path.name == "index.html" else str(path.relative_to(site))
             for path in html_pages(site)}
    assert built == {"./" if path == "" else path for path in PATHS}


class PageWatcher:
    """Records what a tab does that a reader should never see: requests to
    other origins, failed requests and console errors or warnings."""

    def __init__(self, context, origin: str):
        self.origin = origin
        self.problems: list[str] = []
        context.on("request", self._on_request)
        context.on("requestfailed", lambda request: self.problems.append(
            f"failed: {request.url} ({request.failure})"))
        context.on("response", lambda response: self.problems.append(
            f"HTTP {response.status}: {response.url}") if response.status >= 400 else None)

    def watch(self, tab):
        tab.on("console", lambda message: self.problems.append(
            f"console {message.type}: {message.text}") if message.type in ("error", "warning") else None)
        tab.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))

    def _on_request(self, request):
        if not request.url.startswith(("data:", "blob:")) and origin_of(request.url) != self.origin:
            self.problems.append(f"other origin: {request.url}")

    def take(self) -> list[str]:
        problems, self.problems = self.problems, []
        return problems


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture(scope="module", params=[(s, w) for s in SCHEMES for w in WIDTHS], ids=lambda p: f"{p[0]}-{p[1]}")
def tab(request, browser, served_site):
    """One tab per scheme and width, reused for every page. The scheme is
    the system setting, which the site follows by default."""
    scheme, width = request.param
    # axe-core is injected as an inline script, which the site's policy
    # rightly blocks; test_csp.py checks the policy on every page.
    context = browser.new_context(color_scheme=scheme, viewport={"width": WIDTHS[width], "height": 800},
                                  bypass_csp=True)
    watcher = PageWatcher(context, origin_of(served_site))
    page = context.new_page()
    watcher.watch(page)
    page.scheme, page.watcher = SCHEMES[scheme], watcher
    yield page
    context.close()


def axe_violations(page) -> list[str]:
    page.add_script_tag(content=AXE_SCRIPT)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
                           " resultTypes: ['violations']})", WCAG_TAGS)
    return [f"{violation['id']} ({violation['impact']}): {violation['help']}; "
            f"{len(violation['nodes'])} element(s), first {violation['nodes'][0]['target']}: "
            f"{violation['nodes'][0]['failureSummary']}" for violation in result["violations"]]


@pytest.mark.parametrize("path", PATHS)
def test_page_is_accessible_private_and_quiet(tab, served_site, path):
    tab.goto(served_site + path, wait_until="networkidle")
    assert tab.evaluate("document.body.dataset.mdColorScheme") == tab.scheme
    # Material makes scrollable code blocks focusable once its script has
    # run; on the long /print/ page, under load, that can come after
    # "networkidle". Wait for it rather than race it.
    tab.wait_for_function("() => [...document.querySelectorAll('pre > code')].every("
                          "code => code.scrollWidth <= code.clientWidth || code.hasAttribute('tabindex'))",
                          timeout=15000)
    # /print/ lays out only the pages near the view (content-visibility);
    # axe must see every page as the reader will on scrolling to it.
    tab.evaluate("() => document.querySelectorAll('.print-page').forEach(page => page.style.contentVisibility = 'visible')")
    violations = axe_violations(tab)
    assert not violations, "\n".join(violations)
    problems = tab.watcher.take()
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def narrow_tab(browser):
    context = browser.new_context(viewport={"width": REFLOW_WIDTH, "height": 640})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", PATHS)
def test_page_does_not_scroll_sideways_at_320_px(narrow_tab, served_site, path):
    narrow_tab.goto(served_site + path)
    overflow = narrow_tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{path or 'home'} is {overflow} px wider than a {REFLOW_WIDTH} px screen"
