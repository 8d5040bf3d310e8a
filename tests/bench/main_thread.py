"""`make bench`, second part: where a phone's main thread spends its time
while each page loads. Chromium traces every page of the real site and of
the stock build (see bench.py) at Lighthouse's mobile CPU slowdown (4×) and
splits the main thread's time into HTML parsing, style, layout, paint and
script (Material's bundle apart from the site's own scripts). Writes
results/trace.md and results/trace.json. Not a test: timings depend on the
machine; compare rows within one run.

Usage: python tests/bench/main_thread.py   (from the repository root, in the venv)
"""

import collections
import json
import statistics
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench import CHROMIUM, RESULTS, copy_project, each_page, make_stock
from conftest import CHROMIUM_FLAGS

RUNS = 3
CPU_SLOWDOWN = 4  # Lighthouse's mobile setting
LONG_TASK_MS = 50
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75,
         "is_mobile": True, "has_touch": True}
CATEGORIES = {"ParseHTML": "HTML parsing", "UpdateLayoutTree": "style", "Layout": "layout",
              "PrePaint": "paint", "Paint": "paint", "Layerize": "paint", "Commit": "paint",
              "MinorGC": "garbage collection", "MajorGC": "garbage collection"}
SCRIPT_EVENTS = {"EvaluateScript", "FunctionCall", "EventDispatch", "TimerFire", "FireAnimationFrame",
                 "v8.compile", "v8.evaluateModule"}
COLUMNS = ["HTML parsing", "style", "layout", "paint", "Material script", "site script",
           "garbage collection", "blocking"]


def main_thread_events(trace: dict) -> list[dict]:
    names = {(e["pid"], e["tid"]): e["args"]["name"] for e in trace["traceEvents"] if e.get("name") == "thread_name"}
    main = {thread for thread, name in names.items() if name == "CrRendererMain"}
    events = [e for e in trace["traceEvents"] if (e["pid"], e["tid"]) in main and e.get("ph") == "X"]
    return sorted(events, key=lambda e: (e["ts"], -e.get("dur", 0)))


def category(event: dict, ancestors: list[str | None]) -> str | None:
    """What a piece of main-thread work is for: its own kind, else the kind
    of the nearest event around it that has one."""
    name = event["name"]
    if name in CATEGORIES:
        return CATEGORIES[name]
    if name in SCRIPT_EVENTS:
        url = event.get("args", {}).get("data", {}).get("url", "")
        if url:
            return "Material script" if "/assets/javascripts/" in url else "site script"
    return next((kind for kind in reversed(ancestors) if kind), None)


def self_times(trace: dict) -> dict[str, float]:
    """Milliseconds of self time per category, and the blocking time: the
    part of each top-level task beyond 50 ms, as Lighthouse counts it."""
    totals: collections.Counter = collections.Counter()
    stack: list[list] = []  # [end, kind, self time]

    def close(frame: list) -> None:
        if frame[1]:
            totals[frame[1]] += frame[2]

    for event in main_thread_events(trace):
        while stack and stack[-1][0] <= event["ts"]:
            close(stack.pop())
        duration = event.get("dur", 0)
        if not stack and event["name"] in ("RunTask", "ThreadControllerImpl::RunTask"):
            totals["blocking"] += max(0, duration - LONG_TASK_MS * 1000)
        if stack:
            stack[-1][2] -= duration
        stack.append([event["ts"] + duration, category(event, [frame[1] for frame in stack]), duration])
    while stack:
        close(stack.pop())
    return {column: round(totals[column] / 1000) for column in COLUMNS}


def measure(url: str, browser) -> dict[str, float]:
    context = browser.new_context(**PHONE)
    page = context.new_page()
    session = context.new_cdp_session(page)
    session.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    browser.start_tracing(page=page, categories=["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute"])
    page.goto(url, wait_until="load")
    page.wait_for_timeout(2000)  # late tasks: Material's observers, the site's scripts
    trace = json.loads(browser.stop_tracing())
    context.close()
    return self_times(trace)


def median_times(url: str, browser) -> dict[str, float]:
    runs = [measure(url, browser) for _ in range(RUNS)]
    return {column: statistics.median(run[column] for run in runs) for column in COLUMNS}


def markdown_report(data: dict) -> str:
    lines = ["# Where the main thread goes while a page loads", "",
             f"Chromium trace at {CPU_SLOWDOWN}× CPU slowdown (Lighthouse's mobile setting), phone viewport,",
             f"median of {RUNS} loads, self time in ms. *Blocking* is the time beyond 50 ms in each task,",
             "as Lighthouse's total blocking time counts it (before its own simulation).", ""]
    for label, pages in (("Real site", data["real"]), ("Stock build (see report.md)", data["stock"])):
        lines += [f"## {label}", "", "| Page | " + " | ".join(COLUMNS) + " |",
                  "| --- |" + " --: |" * len(COLUMNS)]
        for path, times in pages.items():
            lines.append(f"| {path} | " + " | ".join(f"{times[c]:.0f}" for c in COLUMNS) + " |")
        lines.append("")
    return "\n".join(lines)


def trace_site(project: Path, scratch: Path, label: str, browser) -> dict[str, dict]:
    return each_page(project, scratch, label, "trace", lambda url: median_times(url, browser))


def main() -> None:
    RESULTS.mkdir(exist_ok=True)
    data = {}
    with tempfile.TemporaryDirectory(prefix="trace-") as temporary, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for label in ("real", "stock"):
            project = copy_project(Path(temporary) / label)
            if label == "stock":
                make_stock(project)
            data[label] = trace_site(project, Path(temporary), label, browser)
        browser.close()
    (RESULTS / "trace.json").write_text(json.dumps(data, indent=2) + "\n")
    (RESULTS / "trace.md").write_text(markdown_report(data))
    print((RESULTS / "trace.md").read_text())


if __name__ == "__main__":
    main()
