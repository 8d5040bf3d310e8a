"""The quick schema check (fastjsonschema) and jsonschema, the reference,
give every entry the same verdict: real entries, and real entries broken
in the ways an editor breaks them (a field dropped, renamed or added, a
value of the wrong type or form, a list item repeated or out of place)."""

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from conftest import ROOT
from sitedata.model import KINDS
from sitedata.validation import EntryValidator
from sitedata.yamlfile import read_yaml_list

REAL = {kind.name: read_yaml_list(ROOT / "data" / kind.file, f"data/{kind.file}")[0] for kind in KINDS}
QUICK = {kind.name: EntryValidator(kind.schema) for kind in KINDS}
REFERENCE = {kind.name: Draft202012Validator(kind.schema) for kind in KINDS}
ODD_VALUES = [None, True, False, 0, -1, 1.0, 1.5, 2026, 10**12, "", " ", "x", "Two words", "a--b", "A-b", "-a",
              "2026-13-45", "2026-11-28", "2026-11", "https://example.org", "www.example.org", "10.1000/x",
              [], ["x"], ["x", "x"], [1], [None], {}, {"x": "y"}]


def _verdicts(kind_name: str, entry: object) -> tuple[bool, bool]:
    return QUICK[kind_name].passes_quick_check(entry), not list(REFERENCE[kind_name].iter_errors(entry))


def test_every_real_entry_passes_both():
    for kind in KINDS:
        for entry in REAL[kind.name]:
            assert _verdicts(kind.name, entry) == (True, True), (kind.name, entry)


@st.composite
def broken_entries(draw):
    kind = draw(st.sampled_from(KINDS))
    entry = dict(draw(st.sampled_from(REAL[kind.name])))
    fields = sorted(kind.schema["properties"])
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(fields))
        action = draw(st.sampled_from(["drop", "set", "add", "append", "nested"]))
        if action == "drop":
            entry.pop(name, None)
        elif action == "set":
            entry[name] = draw(st.sampled_from(ODD_VALUES))
        elif action == "add":
            entry[draw(st.sampled_from(["extra", "Id", name.upper()]))] = "x"
        elif isinstance(entry.get(name), list) and action == "append":
            entry[name] = [*entry[name], draw(st.sampled_from(ODD_VALUES + entry[name][:1]))]
        elif isinstance(entry.get(name), list) and entry[name] and isinstance(entry[name][0], dict):
            item = dict(entry[name][0])
            key = draw(st.sampled_from(sorted(item) + ["extra"]))
            if draw(st.booleans()):
                item.pop(key, None)
            else:
                item[key] = draw(st.sampled_from(ODD_VALUES))
            entry[name] = [item, *entry[name][1:]]
    return kind.name, entry


@settings(max_examples=600, deadline=None)
@given(broken_entries())
def test_a_broken_entry_gets_the_same_verdict_from_both(case):
    kind_name, entry = case
    quick, reference = _verdicts(kind_name, entry)
    assert quick == reference, f"{kind_name}: quick check {quick}, jsonschema {reference} for {entry}"
