"""The self-check questions: each topic page's "Check your understanding",
and the question bank downloads for flashcards and quizzes, from one list
(data/questions.yml)."""

import re

from .citations import CITATION
from .markdown import data_markdown, escape
from .spreadsheet import csv_text

# Characters Moodle's GIFT format reads as syntax.
GIFT_SPECIAL = re.compile(r"([~=#{}:\\])")


def questions_markdown(questions: dict[str, dict], page: str) -> str:
    """The page's questions, each with its id and an answer that opens on
    demand (and is left out of a printed handout, see print-answers.md)."""
    asked = [q for q in questions.values() if q["page"] == page]
    return "\n\n".join(
        f"**{number}. {escape(q['question'])}**\n{{: #{q['id']} .self-check }}\n\n"
        f'??? success "Answer"\n\n    **Answer.** {data_markdown(q["answer"])}'
        for number, q in enumerate(asked, 1)
    )


def plain_answer(answer: str) -> str:
    """An answer for a flashcard: no citation markers or Markdown emphasis
    (the card links to the page, which cites its sources)."""
    text = CITATION.sub("", answer)
    text = re.sub(r"\*\*?([^*]+)\*\*?", r"\1", text)
    return " ".join(re.sub(r"\s+([.,;:])", r"\1", text).split())


def questions_csv(items: list[dict]) -> str:
    """Front, back, tags, id: the columns Anki and Quizlet import."""
    return csv_text(["front", "back", "tags", "id"],
                    [[item["question"], f"{plain_answer(item['answer'])} ({item['permalink']})",
                      f"regenmed {item['page']}", item["id"]] for item in items])


def gift_escape(text: str) -> str:
    return GIFT_SPECIAL.sub(r"\\\1", text)


def questions_gift(items: list[dict]) -> str:
    """Moodle GIFT: each question an essay question with its model answer
    as general feedback, its title the stable id."""
    blocks = [
        f"// {item['permalink']}\n"
        f"::{gift_escape(item['id'])}::{gift_escape(item['question'])} {{\n"
        f"####{gift_escape(plain_answer(item['answer']))}\n}}"
        for item in items
    ]
    return "\n\n".join(blocks) + "\n"
