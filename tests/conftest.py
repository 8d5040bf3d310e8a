"""Shared fixtures: each test session builds the site itself, strictly."""

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Tests that drive Chromium are marked `browser`, so `pytest -m "not browser"`
# checks the data, the build and the HTML in a fraction of the time.
BROWSER_FIXTURES = {"browser", "phone", "served_site", "browser_without_cache", "tab"}


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Chromium (deselect with -m 'not browser')")


def pytest_collection_modifyitems(items):
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


def mkdocs_build(project: Path, site_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the strict build of a project folder; never raises."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project, env=environment, capture_output=True, text=True, timeout=300,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built once per test session."""
    site_dir = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A throwaway copy of the project, for tests that break it on purpose."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", "site", ".git", "__pycache__",
                                                            ".pytest_cache", ".hypothesis"))
    return copy


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


class ReadableText(HTMLParser):
    """The text a reader sees in the article, figure labels included. By
    default it leaves out code, where Markdown syntax may legitimately
    appear; scripts and styles are never read."""

    def __init__(self, skip_code: bool = True):
        super().__init__()
        self.skip = {"script", "style"} | ({"code", "pre"} if skip_code else set())
        self.inside, self.skipping, self.parts = False, 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.inside = True
        if tag in self.skip:
            self.skipping += 1

    def handle_endtag(self, tag):
        if tag in self.skip and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if self.inside and not self.skipping:
            self.parts.append(data)


# ---- Browser tests ----------------------------------------------------------
# Debian's Chromium, driven by Playwright; never a browser download.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    if not Path(path).is_file():
        pytest.fail(f"Chromium not found at {path}: install it (apt-get install chromium) or set CHROMIUM")
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # launch() gives every run a fresh, temporary profile.
        instance = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def browser_without_cache(browser):
    """A second Chromium that reloads a page on Back, as phones short of
    memory do (started from the session's Playwright)."""
    instance = browser.browser_type.launch(executable_path=chromium_path(),
                                           args=[*CHROMIUM_FLAGS, "--disable-features=BackForwardCache"])
    yield instance
    instance.close()


# A phone as the issues describe it: 360 × 800 CSS px, touch.
PHONE = {"viewport": {"width": 360, "height": 800}, "has_touch": True, "is_mobile": True}


@pytest.fixture
def phone(browser):
    """A fresh page in a phone-sized, touch-enabled context."""
    context = browser.new_context(**PHONE)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def served_site(site, tmp_path_factory):
    """The built site on 127.0.0.1 under the site_url path, as GitHub Pages
    serves it; yields the base URL and stops the server afterwards."""
    root = tmp_path_factory.mktemp("served")
    (root / "regenmed-explained").symlink_to(site, target_is_directory=True)
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/regenmed-explained/"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
