"""Read YAML strictly, remembering the line of every mapping and key.

Error messages name `file:line`, so the loader keeps line numbers that
PyYAML would otherwise throw away. Our data needs none of YAML's anchors,
aliases or tags, and a repeated key silently keeps only its last value, so
all of these are errors: a 659-byte alias bomb would otherwise hang the build.
"""

import contextlib
import datetime
import gc
import re
from pathlib import Path

import yaml

from .errors import Problem


class LineDict(dict):
    """A mapping that knows the line where it starts and where each key is."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


# libyaml's parser (when PyYAML ships with it) is about ten times faster and
# still reports line numbers.
class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


class _Refused(yaml.YAMLError):
    """A construct the data may not use, with where it is and what to do."""

    def __init__(self, line: int, problem: str, fix: str):
        super().__init__(problem)
        self.line, self.problem, self.fix = line, problem, fix


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    seen: dict[str, int] = {}
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            line = key.start_mark.line + 1
            if key.value in seen:
                raise _Refused(line, f"key '{key.value}' appears twice in one entry (also line {seen[key.value]})",
                               f"keep one '{key.value}:'; YAML would silently publish only the last")
            seen[key.value] = line
    mapping = LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {
        key.value: key.start_mark.line + 1 for key, _ in node.value if isinstance(key, yaml.ScalarNode)
    }
    return mapping


def _construct_date(loader: _LineLoader, node: yaml.ScalarNode) -> str:
    # Dates stay ISO strings, as they are in JSON downloads and schemas.
    value = loader.construct_yaml_timestamp(node)
    return value.date().isoformat() if isinstance(value, datetime.datetime) else value.isoformat()


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_date)


# Where a node may begin (a line's start, or after ':', '-', '?', '[', '{' or
# ','), the character that would open an anchor, an alias or a tag. A file
# without one cannot hold any, and skips the walk through its events.
_NODE_PROPERTY = re.compile(r"(?:^|[:\-?\[{,])[ \t]*[&*!]", re.MULTILINE)


def _refuse_anchors_aliases_and_tags(text: str) -> None:
    """Walk the parser's events (cheap: nothing is expanded) and stop at the
    first anchor, alias or explicit tag."""
    if not _NODE_PROPERTY.search(text):
        return
    for event in yaml.parse(text, Loader=_LineLoader):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(line, "YAML anchors and aliases (&name, *name) are not allowed",
                           "write the value out in full where it is used")
        tag = getattr(event, "tag", None)
        implicit = getattr(event, "implicit", True)
        if tag and not (implicit is True or (isinstance(implicit, tuple) and any(implicit))):
            raise _Refused(line, f"YAML tag '{tag}' is not allowed",
                           "remove the tag; write the value as plain text, a number or a date")


@contextlib.contextmanager
def _collector_paused():
    """A parsed file is a tree of new objects without cycles. Left running,
    Python's cycle collector walks the growing tree again and again as it is
    built: a third of the parse time at ten times today's data, half at a
    hundred times."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_yaml(text: str, file: str) -> tuple[object, list[Problem]]:
    """Parse text; on malformed YAML return no data and the problem."""
    try:
        _refuse_anchors_aliases_and_tags(text)
        with _collector_paused():
            return yaml.load(text, Loader=_LineLoader), []
    except _Refused as error:
        return None, [Problem(file, error.line, "file", error.problem, error.fix)]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        return None, [Problem(file, line, "file", f"malformed YAML ({reason})",
                              "fix the indentation or quoting at that line")]
    except (ValueError, TypeError, OverflowError) as error:
        # A timestamp such as 2026-13-45 parses as YAML but is no real date.
        return None, [Problem(file, 1, "file", f"unreadable value ({error})", "correct the value")]


# The data model and the term linker both read glossary.yml: a file is
# parsed again only when its text changes. Readers share the entries and
# never modify them.
_parsed: dict[tuple[str, str], tuple[str, tuple[list, list[Problem]]]] = {}


def read_yaml_list(path: Path, label: str) -> tuple[list, list[Problem]]:
    """Read a data file that must hold a list of entries."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], [Problem(label, 1, "file", "file is missing", f"create {label} holding a YAML list")]
    except UnicodeDecodeError:
        return [], [Problem(label, 1, "file", "file is not UTF-8 text", "save it as UTF-8")]
    key = (str(path.resolve()), label)
    if key not in _parsed or _parsed[key][0] != text:
        _parsed[key] = (text, _entries(text, label))
    return _parsed[key][1]


def _entries(text: str, label: str) -> tuple[list, list[Problem]]:
    data, problems = parse_yaml(text, label)
    if problems:
        return [], problems
    if data is None:
        return [], [Problem(label, 1, "file", "file is empty",
                            f"add the entries as a YAML list, or remove {label} and its kind")]
    if not isinstance(data, list):
        return [], [Problem(label, 1, "file", "top level is not a list",
                            "write each entry as a list item starting with '- '")]
    return data, []
