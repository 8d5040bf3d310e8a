"""/check-an-advert/: the warning signs' patterns are one source, run alike
in Python (here) and in the reader's browser (advert-check.js); the text
never leaves the page; and on real adverts the checker finds what an
independent reviewer marked, with few false alarms."""

import json
import re

import pytest

from adverts.report import TUNED, advert_texts, score
from conftest import PHONE, ROOT
from sitedata import load_content
from sitedata.signs import bounded, checker_json, compiled_signs, find_marks, plain

SIGNS = load_content(ROOT / "data").warning_signs
PATTERNS = compiled_signs(SIGNS)
POSTS = {path.stem: path.read_text(encoding="utf-8") for path in sorted((ROOT / "data" / "sources").glob("*.txt"))}
# Targets from the issue: recall of the reviewer's marks, false alarms per 500 words.
RECALL_AT_LEAST, FALSE_ALARMS_PER_500_AT_MOST = 0.80, 1.0


def python_marks(text: str) -> list[tuple[str, str]]:
    return [(mark.sign, mark.phrase) for mark in find_marks(text, PATTERNS)]


# ---- One source, checked in Python --------------------------------------------

def test_every_example_is_flagged_as_its_sign_and_no_look_alike_is_flagged():
    examples = look_alikes = 0
    for sign_id, sign in SIGNS.items():
        for pattern in sign.get("patterns", []):
            for example in pattern["examples"]:
                assert sign_id in [s for s, _ in python_marks(example)], (sign_id, example)
                examples += 1
            for look_alike in pattern["look_alikes"]:
                assert python_marks(look_alike) == [], (sign_id, look_alike)
                look_alikes += 1
    assert examples >= 100 and look_alikes >= 50


def test_the_issue_cases():
    assert python_marks("This lab is FDA registered.")[0][0] == "registration-as-approval"
    assert python_marks("a trial registered on ClinicalTrials.gov as NCT01234567") == []
    assert python_marks("There are no side effects.")[0][0] == "no-risk"
    assert python_marks("Side effects are listed below.") == []


def test_matching_ignores_case_curly_quotes_and_dashes_and_keeps_to_whole_words():
    assert python_marks("RISK‑FREE") == [("no-risk", "RISK‑FREE")]  # non-breaking hyphen
    assert python_marks("don’t wait")[0][0] == "pressure-to-book"  # curly apostrophe
    assert python_marks("cured") and not python_marks("procured") and not python_marks("secure")
    assert plain("“x” – ‘y’") == '"x" - \'y\''


def test_the_twelve_signs_of_the_issue_each_have_patterns():
    with_patterns = {sign_id for sign_id, sign in SIGNS.items() if sign.get("patterns")}
    assert {"registration-as-approval", "no-risk", "many-diseases", "own-cells-natural", "testimonials",
            "cure-promise", "invented-precision", "pressure-to-book", "travel-abroad", "patented-proprietary",
            "borrowed-authority", "pay-outside-trial"} <= with_patterns


def test_the_page_carries_the_same_patterns_as_python(site):
    page = (site / "check-an-advert" / "index.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="sign-patterns">(.*?)</script>', page, re.S)
    assert block, "pattern data missing from /check-an-advert/"
    assert json.loads(block.group(1)) == json.loads(checker_json(SIGNS))
    shipped = [p["match"] for sign in json.loads(block.group(1)) for p in sign["patterns"]]
    assert shipped == [bounded(p["match"]) for sign in SIGNS.values() for p in sign.get("patterns", [])]


def test_recall_and_false_alarms_on_real_adverts():
    """On the texts the patterns were tuned with, so a change that loses
    ground fails. Recall on unseen text is measured when a new set arrives
    (tests/adverts/report.py says what each set scored then)."""
    rows = [row for file in TUNED for row in score(file)]
    assert len(rows) >= 10, "the issue asks for at least 10 real texts"
    marked, found = sum(r.marked for r in rows), sum(r.found for r in rows)
    words, alarms = sum(r.words for r in rows), sum(len(r.false_alarms) for r in rows)
    assert found / marked >= RECALL_AT_LEAST, f"recall {found}/{marked}"
    assert alarms / words * 500 <= FALSE_ALARMS_PER_500_AT_MOST, f"{alarms} false alarms in {words} words"


# ---- The same results in the browser -------------------------------------------

def check_in_browser(page, text: str) -> list[tuple[str, str]]:
    page.fill("#advert-text", text)
    page.click("#advert-run")
    page.wait_for_function("() => !document.getElementById('advert-result').hidden")
    return [tuple(pair) for pair in page.eval_on_selector_all(
        "#advert-copy mark", "marks => marks.map(m => [m.dataset.sign, m.textContent])")]


@pytest.fixture
def checker(phone, served_site):
    phone.goto(served_site + "check-an-advert/")
    phone.wait_for_load_state("networkidle")
    return phone


@pytest.mark.browser
def test_the_browser_marks_exactly_what_python_marks(checker):
    texts = {**POSTS, **advert_texts()}
    for sign_id, sign in SIGNS.items():
        for number, pattern in enumerate(sign.get("patterns", [])):
            texts[f"{sign_id} {number} examples"] = "\n\n".join(pattern["examples"])
    for name, text in texts.items():
        assert check_in_browser(checker, text) == python_marks(text), name


@pytest.mark.browser
def test_each_example_is_marked_and_no_look_alike_is_in_the_browser(checker):
    for sign_id, sign in SIGNS.items():
        for pattern in sign.get("patterns", []):
            for example in pattern["examples"]:
                assert sign_id in [s for s, _ in check_in_browser(checker, example)], (sign_id, example)
            for look_alike in pattern["look_alikes"]:
                assert check_in_browser(checker, look_alike) == [], (sign_id, look_alike)


@pytest.mark.browser
def test_analysing_makes_no_request(checker):
    requests = []
    checker.on("request", lambda request: requests.append(request.url))
    for text in POSTS.values():
        check_in_browser(checker, text)
    checker.locator("#advert-notes a").first.scroll_into_view_if_needed()
    assert requests == []


@pytest.mark.browser
def test_results_are_announced_and_explained(checker):
    marks = check_in_browser(checker, POSTS["exosome-therapy-guide"])
    status = checker.locator("#advert-status")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    signs_found = list(dict.fromkeys(sign for sign, _ in marks))
    assert f"{len(marks)} phrases show {len(signs_found)} warning signs" in status.inner_text()
    # The summary and the notes list the signs in order of concern.
    order = [sign for sign in SIGNS if sign in signs_found]
    assert checker.eval_on_selector_all("#advert-notes > li", "items => items.map(i => i.dataset.sign)") == order
    for sign_id in order:
        note = checker.locator(f"#note-{sign_id}")
        assert note.locator("summary").inner_text().startswith(f"{list(SIGNS).index(sign_id) + 1}. ")
        assert not note.locator("details").evaluate("d => d.open"), "notes start folded, one line each"
        note.locator("summary").click()
        assert "Why it matters" in note.inner_text() and "Ask the clinic" in note.inner_text()
        assert note.locator("a[href*='#ref-']").count() >= 1, f"{sign_id}: no citation"
        assert note.locator("a[href*='claims/#']").count() == len(SIGNS[sign_id].get("claims", []))
        assert note.locator("[id]").count() == 0, "a note repeats an id of the page"
    # Each mark is followed by a numbered link to its note, big enough to tap.
    ref = checker.locator("#advert-copy .advert-ref").first
    box = ref.bounding_box()
    assert box["width"] >= 16 and box["height"] >= 16
    ref.click()
    target = checker.evaluate("() => location.hash")
    assert target.startswith("#note-")
    assert checker.locator(f"{target} details").evaluate("d => d.open"), "the number opened its note"
    assert checker.evaluate("() => document.activeElement.tagName") == "SUMMARY", "focus stays behind"
    checker.locator(f"{target} a", has_text="Back to your text").click()
    assert checker.evaluate("() => location.hash") == "#" + ref.get_attribute("id"), "back to another mark"


@pytest.mark.browser
def test_tapping_a_marked_phrase_opens_its_note(checker):
    check_in_browser(checker, "Our treatment has no side effects and is FDA registered.")
    checker.locator("#advert-copy mark").nth(1).tap()
    assert checker.evaluate("() => location.hash") == "#note-registration-as-approval"
    assert checker.locator("#note-registration-as-approval details").evaluate("d => d.open")


@pytest.mark.browser
def test_the_button_that_keeps_focus_stays_in_sight_after_a_check(checker):
    checker.fill("#advert-text", POSTS["exosome-therapy-guide"])
    checker.focus("#advert-run")
    checker.keyboard.press("Enter")
    checker.wait_for_function("() => !document.getElementById('advert-result').hidden")
    assert checker.evaluate("() => document.activeElement.id") == "advert-run"
    header = checker.locator(".md-header").bounding_box()
    button = checker.locator("#advert-run").bounding_box()
    status = checker.locator("#advert-status").bounding_box()
    assert button["y"] >= header["y"] + header["height"], "the focused button is under the header"
    assert status["y"] + status["height"] <= PHONE["viewport"]["height"], "the summary is out of sight"


@pytest.mark.browser
def test_marks_found_do_not_read_as_a_full_list_and_old_marks_do_not_linger(checker):
    check_in_browser(checker, "It has no side effects.")
    assert "Other phrases may be warning signs too" in checker.locator("#advert-status").inner_text()
    checker.fill("#advert-text", "")
    checker.click("#advert-run")
    assert checker.locator("#advert-result").is_hidden(), "marks of a text that is gone"


@pytest.mark.browser
def test_one_sign_is_not_said_to_be_in_order(checker):
    check_in_browser(checker, "It has no side effects.")
    summary = checker.locator("#advert-status").inner_text()
    assert summary.startswith("1 phrase shows 1 warning sign: No risk") and "most serious" not in summary


@pytest.mark.browser
def test_the_marks_come_back_with_the_text_after_back(browser_without_cache, served_site):
    """When the browser drops the page (no back/forward cache), it puts the
    pasted text back; the marks must come back with it."""
    context = browser_without_cache.new_context(**PHONE)
    page = context.new_page()
    page.goto(served_site + "check-an-advert/")
    marks = check_in_browser(page, "Our treatment has no side effects.")
    page.locator("#advert-copy .advert-ref").click()
    page.goto(served_site + "patients/")
    page.go_back()
    page.wait_for_function("() => !document.getElementById('advert-result').hidden")
    assert page.eval_on_selector_all("#advert-copy mark", "els => els.map(e => [e.dataset.sign, e.textContent])") == [
        list(mark) for mark in marks]
    assert page.locator("#note-no-risk details").evaluate("d => d.open"), "the note the reader had open"
    context.close()


@pytest.mark.browser
def test_the_readers_text_is_shown_as_text_never_as_markup(checker):
    planted = '<img src=x onerror="window.planted=1"> no side effects <b>bold</b>'
    assert check_in_browser(checker, planted) == [("no-risk", "no side effects")]
    assert checker.locator("#advert-copy img, #advert-copy b").count() == 0
    assert '<img src=x onerror="window.planted=1">' in checker.locator("#advert-copy").inner_text()
    assert checker.evaluate("() => window.planted") is None


@pytest.mark.browser
def test_no_marks_says_what_that_does_not_mean(checker):
    check_in_browser(checker, "Our clinic is open from nine to five.")
    assert "does not show that the treatment works" in checker.locator("#advert-status").inner_text()


@pytest.mark.browser
def test_it_fits_a_phone(checker):
    check_in_browser(checker, POSTS["exosome-therapy-guide"])
    assert checker.evaluate("() => document.documentElement.scrollWidth") <= PHONE["viewport"]["width"]
    textarea = checker.locator("#advert-text").bounding_box()
    assert textarea["x"] >= 0 and textarea["x"] + textarea["width"] <= PHONE["viewport"]["width"]
    assert checker.locator("#advert-run").bounding_box()["height"] >= 44


@pytest.mark.browser
def test_nothing_moves_when_the_page_loads(checker):
    shift = checker.evaluate("""() => new Promise(done => {
      let total = 0;
      new PerformanceObserver(list => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
      }).observe({type: "layout-shift", buffered: true});
      setTimeout(() => done(total), 500);
    })""")
    assert shift < 0.01, f"cumulative layout shift {shift:.3f}"


@pytest.mark.browser
def test_without_javascript_the_signs_are_listed_and_the_form_is_hidden(browser, served_site):
    context = browser.new_context(**PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site + "check-an-advert/")
    assert not page.locator("#advert-check").is_visible()
    assert page.locator("section.sign-guide").count() == len(SIGNS)
    assert page.locator("#guide-no-risk").is_visible()
    context.close()
