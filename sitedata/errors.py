"""One error type for every kind of bad input, reported all together."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one entry: where, what, and how to fix it."""

    file: str
    line: int
    entry: str
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.entry}: {self.what}; {self.fix}"


class ContentError(Exception):
    """Raised with every problem found, so one build shows them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.entry, p.what))
        count = len(self.problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the site's content:\n{lines}")
