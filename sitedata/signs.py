"""The warning signs of an unproven clinic (data/warning-signs.yml), and the
phrases that show them in a clinic's own words.

Each sign's patterns are regular expressions in the part of the syntax that
Python's `re` and JavaScript's RegExp read alike. The build checks them here,
against their examples and look-alikes; /check-an-advert/ runs the very same
sources in the reader's browser (see checker_json and advert-check.js).
"""

import re
from dataclasses import dataclass

from .citations import cited_keys
from .markdown import data_markdown, escape, page_link
from .structured_data import script_json

# Curly quotes, odd spaces and dashes become their plain forms, one
# character for one, so a match's offsets hold in the original text.
_PLAIN = str.maketrans({**dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
                        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
                        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"),
                        **dict.fromkeys("\u00a0\u2002\u2003\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " ")})
# A match starts and ends at a word's edge (ASCII letters and digits, as
# JavaScript's RegExp sees them).
_EDGE_BEFORE, _EDGE_AFTER = "(?<![A-Za-z0-9])", "(?![A-Za-z0-9])"
# Syntax the two engines read differently, or that a pattern must not set
# itself: named or inline-flag groups, anchors, Unicode classes,
# \b \w \d (Unicode in Python, ASCII in JavaScript) and '{,n}'.
_UNPORTABLE = re.compile(r"\(\?(?![:=!]|<[=!])|\\[AZzbBwWdDpPG]|\{,|(?<![\\\[])[\^$]")


@dataclass(frozen=True)
class Mark:
    """One phrase of a text that shows a warning sign."""

    start: int
    end: int
    sign: str
    phrase: str


def plain(text: str) -> str:
    return text.translate(_PLAIN)


def unportable(source: str) -> str | None:
    """Why a pattern cannot run the same in both engines, or None."""
    found = _UNPORTABLE.search(source)
    if found:
        return f"'{found.group(0)}' reads differently in Python and JavaScript"
    try:
        compiled = compile_pattern(source)
    except re.error as error:
        return f"not a valid regular expression ({error})"
    if compiled.search(" ") or compiled.fullmatch(""):
        return "matches an empty phrase"
    return None


def bounded(source: str) -> str:
    """The pattern as both engines run it: whole words only."""
    return f"{_EDGE_BEFORE}(?:{source}){_EDGE_AFTER}"


def compile_pattern(source: str) -> re.Pattern:
    return re.compile(bounded(source), re.IGNORECASE)


def negation(source: str) -> str:
    """A pattern's `not_after`, as both engines run it on the 40 characters
    before a match: the words must end there, starting at a word's edge."""
    return f"{_EDGE_BEFORE}(?:{source})\\s*$"


# How far back `not_after` looks ("there is no complete cure").
LOOK_BACK = 40
# Words that cancel a match right after them, unless a pattern sets its own
# `not_after`: "not a magical cure", "we never ask you to pay to take part".
# At most three words between: "no side effects and is FDA registered" is
# still a registration.
NEGATION = ("(?:no|not|never|whether|cannot|can't|won't|don't|doesn't|isn't|aren't|unable\\s+to)"
            "(?:\\s+(?:a|an|the))?(?:\\s+[a-z-]+){0,3}")


@dataclass(frozen=True)
class Compiled:
    sign: str
    pattern: re.Pattern
    not_after: re.Pattern


def not_after(pattern: dict) -> str:
    """The words that cancel a pattern's match, as both engines run them:
    its own `not_after` (by default the negations), and its `also_not_after`."""
    words = [pattern.get("not_after", NEGATION), pattern.get("also_not_after")]
    return negation("|".join(filter(None, words)))


def compiled_signs(signs: dict[str, dict]) -> list[Compiled]:
    """Every pattern in the order of concern, the file's order."""
    return [Compiled(sign_id, compile_pattern(pattern["match"]), re.compile(not_after(pattern), re.IGNORECASE))
            for sign_id, sign in signs.items() for pattern in sign.get("patterns", [])]


def find_marks(text: str, patterns: list[Compiled]) -> list[Mark]:
    """Every phrase that shows a sign, without overlaps: the earliest
    start wins, then the longer phrase, then the sign of more concern. A
    match right after its pattern's `not_after` words is no match.
    advert-check.js does exactly this."""
    searched = plain(text)
    found = [(match.start(), -(match.end() - match.start()), rank, each.sign, match.end())
             for rank, each in enumerate(patterns)
             for match in each.pattern.finditer(searched)
             if not each.not_after.search(searched[max(0, match.start() - LOOK_BACK):match.start()])]
    marks: list[Mark] = []
    for start, _, _, sign_id, end in sorted(found):
        if not marks or start >= marks[-1].end:
            marks.append(Mark(start, end, sign_id, text[start:end]))
    return marks


def checker_json(signs: dict[str, dict]) -> str:
    """What the page's script needs, safe inside <script>: each sign's id
    and name, and its patterns as the browser runs them."""
    return script_json([{"id": sign_id, "name": sign["name"],
                         "patterns": [{"match": bounded(pattern["match"]),
                                       "not_after": not_after(pattern)}
                                      for pattern in sign.get("patterns", [])]}
                        for sign_id, sign in signs.items()])


def warning_signs_markdown(signs: dict[str, dict]) -> str:
    """The short list (/patients/, /stem-cells/): each sign and why."""
    items = [
        f'<li id="sign-{sign["id"]}" markdown>\n'
        f"**{escape(sign['sign'])}** {data_markdown(sign['explanation'])}\n</li>"
        for sign in signs.values()
    ]
    return '<ol class="warning-signs" markdown>\n' + "\n".join(items) + "\n</ol>"


def sign_guide_markdown(signs: dict[str, dict], sections: dict[str, dict[str, str]]) -> str:
    """/check-an-advert/'s reference list: every sign with why it matters,
    who says so, what to ask, the claims that show it and the science. The
    checker's notes are copied from these sections, never typed twice."""
    blocks = []
    for number, (sign_id, sign) in enumerate(signs.items(), 1):
        page, _, anchor = sign["explained_in"].partition("#")
        asks = "\n".join(f"- {escape(question)}" for question in sign["ask"])
        claims = "\n".join(f"- [](claims.md#{claim_id})" for claim_id in sign.get("claims", []))
        science = sections[page][anchor]
        found_by = ("" if sign.get("patterns") else
                    "*The checker cannot find this sign in words: ask about it.*\n\n")
        blocks.append(
            f'<section class="sign-guide" id="guide-{sign_id}" data-sign="{sign_id}" markdown>\n\n'
            f"### {number}. {escape(sign['name'])} {{#check-{sign_id}}}\n\n"
            f"{found_by}**Why it matters.** {data_markdown(sign['explanation'])}\n\n"
            f"**Ask the clinic:**\n\n{asks}\n\n"
            + (f"**Seen in the posts we checked:**\n\n{claims}\n\n" if claims else "")
            + f"**The science:** [{escape(science)}]({page_link(page, anchor)})\n\n"
            "</section>"
        )
    return "\n\n".join(blocks)


def basis(sign: dict) -> list[str]:
    """The references a sign rests on: those its explanation cites."""
    return cited_keys(sign["explanation"])
