"""Course features in a real browser: a renamed heading is still reached at
its old address, and the offline copy works from the file system."""

import subprocess
import zipfile

from conftest import ROOT, mkdocs_build


def test_renamed_heading_is_reached_at_its_old_address(browser, project_copy, tmp_path):
    page = project_copy / "docs" / "homeostasis.md"
    page.write_text(page.read_text().replace("{#positive-feedback}", "{#positive-feedback-loops}"))
    registry = project_copy / "data" / "links.yml"
    registry.write_text(registry.read_text().replace(
        "moved: {}", "moved:\n  homeostasis/#positive-feedback: homeostasis/#positive-feedback-loops"))
    for old, new in (("homeostasis.md#positive-feedback)", "homeostasis.md#positive-feedback-loops)"),
                     ("homeostasis#positive-feedback\n", "homeostasis#positive-feedback-loops\n")):
        for path in [*(project_copy / "docs").glob("*.md"), *(project_copy / "data").glob("*.yml")]:
            path.write_text(path.read_text().replace(old, new))
    site = tmp_path / "site"
    result = mkdocs_build(project_copy, site)
    assert result.returncode == 0, result.stderr
    context = browser.new_context()
    tab = context.new_page()
    tab.goto((site / "homeostasis" / "index.html").as_uri() + "#positive-feedback")
    tab.wait_for_function("() => location.hash === '#positive-feedback-loops'", timeout=5000)
    assert tab.locator("#positive-feedback-loops").is_visible()
    context.close()


def test_offline_zip_opens_from_the_file_system_with_links_and_search(browser, tmp_path):
    # Built in a temporary folder, never in the checkout.
    result = subprocess.run(["make", "offline", f"OFFLINE_DIR={tmp_path}"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(tmp_path / "regenmed-explained-offline.zip") as archive:
        archive.extractall(unpacked)
    context = browser.new_context()
    tab = context.new_page()
    remote = []
    tab.on("request", lambda request: remote.append(request.url) if not request.url.startswith("file:") else None)
    tab.goto((unpacked / "index.html").as_uri())
    tab.get_by_role("link", name="Homeostasis").first.click()
    tab.wait_for_url("**/homeostasis.html")
    assert tab.locator("h1").inner_text().startswith("Homeostasis")
    tab.locator("input.md-search__input").click()
    tab.keyboard.type("exosome")
    results = tab.locator(".md-search-result__item")
    results.first.wait_for(timeout=10000)
    links = tab.locator(".md-search-result__link").evaluate_all("links => links.map(link => link.href)")
    assert any("/exosomes.html" in link for link in links), links
    assert remote == [], f"the offline copy asked the network for {remote}"
    context.close()
