"""`python -m sitedata`: the data checked and exported without MkDocs, with
the same messages and the same files as the MkDocs build."""

import subprocess
import sys

from conftest import ROOT


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "sitedata", *args], cwd=cwd, capture_output=True, text=True)


def test_check_passes_on_the_real_data():
    result = run("check")
    assert result.returncode == 0, result.stderr
    assert "pages and their data are valid" in result.stdout


def test_check_stops_on_bad_data_naming_file_and_line(project_copy):
    signs = project_copy / "data" / "warning-signs.yml"
    signs.write_text(signs.read_text(encoding="utf-8").replace("explained_in: stem-cells#harms",
                                                               "explained_in: stem-cells#no-such-section", 1))
    result = run("check", cwd=project_copy)  # runs the copy's own sitedata/ on the copy
    assert result.returncode == 1
    assert "data/warning-signs.yml:" in result.stderr
    assert "page 'stem-cells' has no section '#no-such-section'" in result.stderr


def test_export_writes_the_downloads_the_site_publishes(site, tmp_path):
    result = run("export", str(tmp_path))
    assert result.returncode == 0, result.stderr
    exported = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*") if path.is_file())
    assert exported, "nothing exported"
    for path in exported:
        assert (tmp_path / path).read_bytes() == (site / path).read_bytes(), path
