"""`make bench`: Lighthouse on every page of the real site and of the same
content with stock Material settings, plus build times at real and tenfold
data size. Writes results/report.md and results/report.json. Not a test:
timings depend on the machine.

Usage: python tests/bench/bench.py   (from the repository root, in the venv)
"""

import contextlib
import copy
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM_FLAGS, mkdocs_build  # noqa: E402
from test_browser_pages import site_paths  # noqa: E402

RESULTS = BENCH / "results"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
BASE_PATH = "/regenmed-explained/"
RUNS = 3
BUILD_RUNS = 3
SCALES = {"tenfold": 10, "hundredfold": 100}
BUILD_RATIO_TARGETS = {"tenfold": 2, "hundredfold": 20}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = {"fcp_ms": "first-contentful-paint", "lcp_ms": "largest-contentful-paint",
           "tbt_ms": "total-blocking-time", "cls": "cumulative-layout-shift", "bytes": "total-byte-weight"}
PERFORMANCE_TARGET = {"print/": 90}  # every other page: 98
TBT_TARGET_MS = 150
TARGETS = ("performance ≥ 98 (≥ 90 on print/) and not below stock; total blocking time ≤ 150 ms; "
           "accessibility, best practices and SEO 100; data ×10 builds in < 2× the real build, ×100 in < 20×")
IGNORED = shutil.ignore_patterns(".venv", "site", "build", ".git", "__pycache__", ".pytest_cache",
                                 ".hypothesis", "node_modules", "results")


# ---- Serving ------------------------------------------------------------------

class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the browser asks, as GitHub Pages
    serves them."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the slashed address
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, *args):
        pass


def start_server(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{BASE_PATH}"


# ---- Project variants --------------------------------------------------------------

def copy_project(into: Path) -> Path:
    project = into / "project"
    shutil.copytree(ROOT, project, ignore=IGNORED)
    return project


def make_stock(project: Path) -> None:
    """Material's default fonts and palette, without our stylesheet; the
    hooks and template overrides stay on."""
    config = project / "mkdocs.yml"
    text = config.read_text()
    edits = [(r"\n  # System fonts only[^\n]*\n  font: false", ""),
             (r"\n  palette:\n(?:    [^\n]*\n|\n)*?(?=  features:)", "\n"),
             (r"\nextra_css:\n  - stylesheets/extra.css\n", "\n")]
    for pattern, replacement in edits:
        text, count = re.subn(pattern, replacement, text)
        assert count == 1, f"mkdocs.yml no longer matches {pattern!r}: update make_stock"
    config.write_text(text)


def scale_data(project: Path, factor: int) -> None:
    """Add generated copies of every glossary entry and claim, so the data
    is `factor` times its real size."""
    for name, renames in (("glossary.yml", ("id", "term")), ("claims.yml", ("id", "claim"))):
        path = project / "data" / name
        entries = yaml.safe_load(path.read_text())
        generated = []
        for number in range(1, factor):
            for entry in entries:
                # A deep copy: shared lists would be written as YAML aliases,
                # which the data loader refuses.
                clone = {**copy.deepcopy(entry), **{key: f"{entry[key]}-generated-{number}" for key in renames}}
                clone.pop("aliases", None)  # an alias may name only one entry
                generated.append(clone)
        path.write_text(yaml.safe_dump(entries + generated, allow_unicode=True, sort_keys=False))


def build(project: Path, site_dir: Path, site_url: str | None = None) -> float:
    started = time.perf_counter()
    result = mkdocs_build(project, site_dir, {"SITE_URL": site_url} if site_url else None)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"build of {project} failed:\n{result.stderr[-3000:]}")
    return elapsed


def median_build_time(project: Path, scratch: Path) -> float:
    return statistics.median(build(project, scratch / f"timing-{run}") for run in range(BUILD_RUNS))


# ---- Lighthouse ----------------------------------------------------------------------

# A loaded machine sometimes leaves a headless page unpainted, and
# Lighthouse gives up (NO_FCP): such a run is repeated, not the whole bench.
ATTEMPTS = 3


def lighthouse(url: str, output: Path) -> dict:
    """One Lighthouse run, mobile (its default), with Debian's Chromium."""
    command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={output}",
               f"--only-categories={','.join(CATEGORIES)}",
               f"--chrome-flags={' '.join(['--headless=new', *CHROMIUM_FLAGS])}"]
    for attempt in range(1, ATTEMPTS + 1):
        done = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=300)
        if done.returncode == 0:
            break
        if attempt == ATTEMPTS:
            raise subprocess.CalledProcessError(done.returncode, command)
        print(f"lighthouse {url}: attempt {attempt} failed, repeating", flush=True)
    report = json.loads(output.read_text())
    figures = {category: round(report["categories"][category]["score"] * 100) for category in CATEGORIES}
    figures.update({name: report["audits"][audit]["numericValue"] for name, audit in METRICS.items()})
    figures["requests"] = len(report["audits"]["network-requests"]["details"]["items"])
    return figures


def median_figures(url: str, scratch: Path) -> dict:
    runs = [lighthouse(url, scratch / f"run-{run}.json") for run in range(RUNS)]
    return {name: statistics.median(run[name] for run in runs) for name in runs[0]}


@contextlib.contextmanager
def served_build(project: Path, scratch: Path, label: str):
    """Build the project and serve it; yields the site's address."""
    root = scratch / f"{label}-served"
    root.mkdir()
    server, site_url = start_server(root)
    try:
        build(project, root / BASE_PATH.strip("/"), site_url)  # canonical URLs match the served address
        yield site_url
    finally:
        server.shutdown()
        server.server_close()


def each_page(project: Path, scratch: Path, label: str, tool: str, measure) -> dict[str, dict]:
    """measure(url) for every page of the project, built and served."""
    figures = {}
    with served_build(project, scratch, label) as site_url:
        for path in site_paths():
            print(f"{tool} {label} /{path} ×{RUNS}", flush=True)
            figures[path or "/"] = measure(site_url + path)
    return figures


def measure_site(project: Path, scratch: Path, label: str) -> dict[str, dict]:
    return each_page(project, scratch, label, "lighthouse", lambda url: median_figures(url, scratch))


# ---- Report ------------------------------------------------------------------------------

def ratio(ours: float, stock: float) -> float:
    return round(ours / stock, 2) if stock else float("nan")


def markdown_report(data: dict) -> str:
    lines = [f"# Benchmark, {data['date']}", "",
             f"Lighthouse {data['lighthouse']} (mobile, median of {RUNS} runs), Chromium {data['chromium']},",
             "site served gzip-compressed on 127.0.0.1. *Stock* is the same content with Material's",
             "default fonts and palette and without `extra.css` (hooks and overrides on).",
             f"Targets: {TARGETS}.", "",
             "| Page | Perf | A11y | BP | SEO | FCP ms | LCP ms | TBT ms | CLS | KB | Req | Stock perf | Stock TBT ms | "
             "Stock KB | Stock LCP ms | Bytes ratio | LCP ratio |",
             "| --- | " + "--: | " * 16]
    for path, ours in data["pages"].items():
        stock = data["stock"][path]
        lines.append(
            f"| {path} | {ours['performance']:.0f} | {ours['accessibility']:.0f} | {ours['best-practices']:.0f} "
            f"| {ours['seo']:.0f} | {ours['fcp_ms']:.0f} | {ours['lcp_ms']:.0f} | {ours['tbt_ms']:.0f} "
            f"| {ours['cls']:.3f} | {ours['bytes'] / 1024:.1f} | {ours['requests']:.0f} "
            f"| {stock['performance']:.0f} | {stock['tbt_ms']:.0f} | {stock['bytes'] / 1024:.1f} | {stock['lcp_ms']:.0f} "
            f"| {ratio(ours['bytes'], stock['bytes'])} | {ratio(ours['lcp_ms'], stock['lcp_ms'])} |")
    builds = data["builds"]
    lines += ["", "## Build time (median of 3)", "",
              f"- Real site: {builds['real_s']:.2f} s"]
    lines += [f"- Glossary and claims data ×{factor} (generated entries): {builds[name + '_s']:.2f} s "
              f"({builds[name + '_s'] / builds['real_s']:.2f}× the real build)" for name, factor in SCALES.items()]
    lines += ["",
              "## Targets missed", ""]
    lines += [f"- {miss}" for miss in data["missed"]] or ["- None."]
    return "\n".join(lines) + "\n"


def missed_targets(data: dict) -> list[str]:
    missed = []
    for path, ours in data["pages"].items():
        stock = data["stock"][path]
        target = PERFORMANCE_TARGET.get(path, 98)
        if ours["performance"] < target:
            missed.append(f"{path}: performance {ours['performance']:.0f} < {target}")
        if ours["performance"] < stock["performance"]:
            missed.append(f"{path}: performance {ours['performance']:.0f} < stock {stock['performance']:.0f}")
        if ours["tbt_ms"] > TBT_TARGET_MS:
            missed.append(f"{path}: total blocking time {ours['tbt_ms']:.0f} ms > {TBT_TARGET_MS} ms")
        missed += [f"{path}: {category} {ours[category]:.0f} < 100"
                   for category in CATEGORIES[1:] if ours[category] < 100]
    builds = data["builds"]
    for name, limit in BUILD_RATIO_TARGETS.items():
        if builds[name + "_s"] >= limit * builds["real_s"]:
            missed.append(f"data ×{SCALES[name]} build takes {builds[name + '_s'] / builds['real_s']:.2f}× "
                          f"the real build (target < {limit}×)")
    return missed


def tool_version(command: list[str]) -> str:
    return subprocess.run(command, capture_output=True, text=True).stdout.strip()


def main() -> None:
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `npm ci` in tests/bench (make bench does).")
    RESULTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-") as temporary:
        scratch = Path(temporary)
        real, stock = (copy_project(scratch / name) for name in ("real", "stock"))
        make_stock(stock)
        builds = {"real_s": median_build_time(real, scratch / "real")}
        for name, factor in SCALES.items():
            scaled = copy_project(scratch / name)
            scale_data(scaled, factor)
            builds[name + "_s"] = median_build_time(scaled, scratch / name)
        data = {"date": date.today().isoformat(),
                "lighthouse": tool_version([str(LIGHTHOUSE), "--version"]),
                "chromium": tool_version([CHROMIUM, "--version"]).split()[1],
                "runs": RUNS, "builds": builds,
                "pages": measure_site(real, scratch, "real"),
                "stock": measure_site(stock, scratch, "stock")}
    data["missed"] = missed_targets(data)
    (RESULTS / "report.json").write_text(json.dumps(data, indent=2) + "\n")
    (RESULTS / "report.md").write_text(markdown_report(data))
    print((RESULTS / "report.md").read_text())


if __name__ == "__main__":
    main()
