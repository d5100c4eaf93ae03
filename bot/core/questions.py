"""Join questions (SPEC section 13): what a server asks newcomers before their code is claimed.

Admins set up to MAX_QUESTIONS questions with /gate questions (core.settings.set_questions). A newcomer's
/redeem first checks the code without spending it (core.redemptions), then a form asks the questions; submitting
it claims the code with the answers, stored with the admission. The form is answered from its custom_id alone,
which carries the digest of the questions it asked: if an admin changed them meanwhile, the answers are refused,
not stored under other questions.

A question is optional when it ends in "(optional)" or the same word in one of the shipped languages
(OPTIONAL_WORDS), in any case, with ASCII or full-width parentheses: "Who invited you? (optional)",
"Wer hat dich eingeladen? (optional)", "¿Quién te invitó? (opcional)", "誰の紹介ですか？（任意）".
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.refusals import Refused

MAX_QUESTIONS = 5  # a Discord form holds five inputs
MAX_QUESTION = 45  # a Discord form input's label
MAX_ANSWER = 1000

# "(optional)" as the admins of each shipped language would write it (en, de, es-ES, fr, pt-BR, ja).
# French admins make the word agree with « question » or « réponse » as often as not.
OPTIONAL_WORDS = frozenset(
    (
        "optional",
        "freiwillig",
        "opcional",
        "optionnel",
        "optionnelle",
        "facultatif",
        "facultative",
        "facultativo",
        "任意",
    )
)
_OPTIONAL = re.compile(r"[(（]\s*(?P<word>[^()（）]+?)\s*[)）]\s*$")


@dataclass(frozen=True)
class Answer:
    question: str  # as it was asked
    answer: str  # empty when an optional question was left empty


@dataclass(frozen=True)
class Answered:
    """A submitted form: what was typed for each question asked, and the digest of the questions it asked."""

    asked: str
    typed: tuple[str, ...]


@dataclass(eq=False)
class QuestionTooLong(Refused):
    """/gate questions with a question longer than a form's label can show."""

    number: int  # 1-based


@dataclass(eq=False)
class QuestionsChanged(Refused):
    """The answers were to questions the server no longer asks: nothing was claimed."""


@dataclass(eq=False)
class QuestionsEditedMeanwhile(Refused):
    """/gate questions submitted over questions another admin saved after this form opened: nothing was saved."""


@dataclass(eq=False)
class AnswerMissing(Refused):
    question: str


def is_optional(question: str) -> bool:
    match = _OPTIONAL.search(question)
    return match is not None and match["word"].casefold() in OPTIONAL_WORDS


def digest(questions: Sequence[str]) -> str:
    """A short fingerprint of the questions, carried by the answer form's custom_id."""
    return hashlib.sha256("\n".join(questions).encode()).hexdigest()[:10]


def parse_questions(typed: Sequence[str]) -> tuple[str, ...]:
    """The questions an admin typed, blanks dropped and whitespace (line breaks too) folded; checked for length."""
    questions = tuple(" ".join(text.split()) for text in typed)
    for number, question in enumerate(questions, start=1):
        if len(question) > MAX_QUESTION:
            raise QuestionTooLong(number)
    kept = tuple(question for question in questions if question)
    if len(kept) > MAX_QUESTIONS:
        raise ValueError(f"at most {MAX_QUESTIONS} questions; got {len(kept)}")
    return kept


def answers_to(questions: tuple[str, ...], answered: Answered) -> tuple[Answer, ...] | Refused:
    """The answers of a submitted form to the server's current questions, or why they are refused."""
    if answered.asked != digest(questions) or len(answered.typed) != len(questions):
        return QuestionsChanged()
    typed = zip(questions, answered.typed, strict=True)
    answers = tuple(Answer(question, text.strip()[:MAX_ANSWER]) for question, text in typed)
    for answer in answers:
        if not answer.answer and not is_optional(answer.question):
            return AnswerMissing(answer.question)
    return answers
