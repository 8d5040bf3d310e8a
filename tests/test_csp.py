"""Every page carries a Content-Security-Policy that lets the site's own
scripts run and nothing else: no page breaks it, and a script or event
handler planted in a page is blocked."""

import re

import pytest

from conftest import PHONE, html_pages, mkdocs_build
from test_browser_pages import PATHS

CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')
# Records violations from before the first script runs (init scripts are
# not subject to the page's policy).
LISTEN = """window.__violations = [];
document.addEventListener('securitypolicyviolation', e =>
  window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));"""


def test_every_page_has_the_policy_before_any_script(site):
    for path in html_pages(site):
        html = path.read_text(encoding="utf-8")
        found = CSP_META.search(html)
        assert found, f"{path.relative_to(site)} has no Content-Security-Policy"
        first_script = html.find("<script")
        assert first_script == -1 or found.start() < first_script, f"{path.relative_to(site)}: policy after a script"
        policy = dict(part.strip().split(" ", 1) for part in found.group(1).split(";"))
        assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
        assert policy["default-src"] == "'self'" and policy["object-src"] == "'none'"
        assert policy["base-uri"] == "'self'" and policy["form-action"] == "'self'"
        assert policy["img-src"] == "'self' data:"


def visit(context, url: str) -> list[str]:
    page = context.new_page()
    messages = []
    page.on("console", lambda message: messages.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.goto(url, wait_until="load")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_timeout(300)
    violations = page.evaluate("window.__violations") + messages
    page.close()
    return violations


@pytest.mark.parametrize("path", PATHS)
def test_no_page_breaks_its_policy(browser, served_site, path):
    context = browser.new_context(**PHONE)
    context.add_init_script(LISTEN)
    assert visit(context, served_site + path) == []
    context.close()


def test_search_and_definitions_work_under_the_policy(browser, served_site):
    context = browser.new_context(**PHONE)
    context.add_init_script(LISTEN)
    page = context.new_page()
    page.goto(served_site + "cytokines/")
    page.locator("a.glossary-term:visible").first.tap()
    assert page.locator(".term-sheet").is_visible()
    page.keyboard.press("Escape")
    page.locator("label.md-header__button[for=__search]").tap()
    page.locator("input.md-search__input").press_sequentially("interleukin", delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert page.evaluate("window.__violations") == []
    context.close()


def test_a_script_and_a_handler_in_a_page_are_blocked(project_copy, tmp_path, browser):
    """Raw HTML is allowed in docs/ Markdown: if a script or a handler got
    into a page, the policy stops it, because the build never hashes
    content. The site's own scripts still run."""
    page_file = project_copy / "docs" / "about.md"
    page_file.write_text(page_file.read_text() + "\n\n<script>window.plantedScript = true</script>\n\n"
                         '<img src="missing.png" alt="" onerror="window.plantedHandler = true">\n')
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-2000:]
    context = browser.new_context(**PHONE)
    context.add_init_script(LISTEN)
    page = context.new_page()
    page.goto((tmp_path / "site" / "about" / "index.html").as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    assert page.evaluate("window.plantedScript === undefined && window.plantedHandler === undefined")
    violations = page.evaluate("window.__violations")
    assert len(violations) >= 2 and all(v.startswith("script-src") and v.endswith("inline") for v in violations)
    assert page.evaluate("typeof window.__md_get") == "function", "the template's own script was blocked"
    context.close()
