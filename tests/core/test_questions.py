"""Join questions at the core (SPEC section 13): the check that spends nothing, then the claim with the answers."""

from __future__ import annotations

import os
from typing import Any

import pytest

from bot.core import invites, redemptions
from bot.core.codes import Code
from bot.core.people import Newcomer
from bot.core.questions import (
    Answered,
    AnswerMissing,
    QuestionsChanged,
    QuestionsEditedMeanwhile,
    QuestionTooLong,
    digest,
    is_optional,
    parse_questions,
)
from bot.core.redemptions import AskFirst, CodeGone, CodeProblem, CodeRefused, Redemption
from bot.core.repositories import Database, Transaction
from bot.core.settings import get_settings, set_questions
from bot.store.postgres.copy_db import copy_db
from bot.store.postgres.url import PostgresUrl
from tests.core.guild import ADMIN, DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened
from tests.databases import new_postgres_database

QUESTIONS = ("Who invited you?", "Anything else? (optional)")


def newcomer(user_id: int) -> Newcomer:
    return Newcomer(user_id=user_id, username=f"user{user_id}", role_ids=frozenset())


async def redeem(db: Database, user_id: int, code: str, answers: Answered | None = None) -> Redemption | AskFirst:
    return await redemptions.redeem(
        db,
        guild_id=GUILD,
        channel_id=WELCOME,
        newcomer=newcomer(user_id),
        code_text=code,
        defaults=DEFAULTS,
        now=NOW,
        answers=answers,
    )


def answered(*typed: str, questions: tuple[str, ...] = QUESTIONS) -> Answered:
    return Answered(asked=digest(questions), typed=typed)


async def code_of(db: Database, uses: int = 1) -> Code:
    await configure(db, invites_per_member=100, max_uses_per_code=10)
    await replace_questions(db, QUESTIONS)
    return (await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW, uses=uses)).code


async def read(db: Database, what: Any) -> Any:
    async def work(tx: Transaction) -> Any:
        return await what(tx)

    return await db.transaction(work)


async def test_a_good_code_is_checked_and_nothing_is_spent(database_target):
    async with opened(database_target) as db:
        code = await code_of(db)
        asked = await redeem(db, 700, code.display)
        assert isinstance(asked, AskFirst)
        assert asked.questions == QUESTIONS and asked.code == code.code
        assert (await read(db, lambda tx: tx.codes.get(code.id))).uses == 0
        assert await read(db, lambda tx: tx.admissions.open_of(GUILD, 700)) is None
        assert await read(db, lambda tx: tx.attempts.failures_since(GUILD, 700, since=0)) == 0


async def test_a_bad_code_is_refused_at_the_check_and_counted(database_target):
    async with opened(database_target) as db:
        await code_of(db)
        with pytest.raises(CodeRefused) as refused:
            await redeem(db, 700, "AAAA-AAAA-AAAA")
        assert refused.value.reason is CodeProblem.UNKNOWN
        assert await read(db, lambda tx: tx.attempts.failures_since(GUILD, 700, since=0)) == 1


async def test_the_answers_claim_the_code_and_are_stored_with_the_admission(database_target):
    async with opened(database_target) as db:
        code = await code_of(db)
        done = await redeem(db, 700, code.display, answered("  alice  ", ""))
        assert isinstance(done, Redemption)
        stored = await read(db, lambda tx: tx.admissions.get(done.admission.id))
        assert [(a.question, a.answer) for a in stored.answers] == [(QUESTIONS[0], "alice"), (QUESTIONS[1], "")]
        assert (await read(db, lambda tx: tx.codes.get(code.id))).uses == 1


async def test_a_required_answer_missing_is_refused_and_spends_nothing(database_target):
    async with opened(database_target) as db:
        code = await code_of(db)
        with pytest.raises(AnswerMissing) as refused:
            await redeem(db, 700, code.display, answered("   ", "more"))
        assert refused.value.question == QUESTIONS[0]
        assert (await read(db, lambda tx: tx.codes.get(code.id))).uses == 0


async def test_a_code_used_up_meanwhile_spends_nothing_and_counts_nothing(database_target):
    async with opened(database_target) as db:
        code = await code_of(db, uses=1)
        assert isinstance(await redeem(db, 700, code.display), AskFirst)
        assert isinstance(await redeem(db, 701, code.display, answered("alice", "")), Redemption)
        with pytest.raises(CodeGone) as refused:
            await redeem(db, 700, code.display, answered("alice", ""))
        assert refused.value.reason is CodeProblem.USED_UP
        assert await read(db, lambda tx: tx.admissions.open_of(GUILD, 700)) is None
        assert await read(db, lambda tx: tx.attempts.failures_since(GUILD, 700, since=0)) == 0
        assert (await read(db, lambda tx: tx.codes.get(code.id))).uses == 1


async def test_a_code_revoked_meanwhile_is_refused(database_target):
    async with opened(database_target) as db:
        code = await code_of(db)
        await invites.revoke_code(db, guild_id=GUILD, code_text=code.display, by_user=ADMIN, as_admin=True, now=NOW)
        with pytest.raises(CodeGone) as refused:
            await redeem(db, 700, code.display, answered("alice", ""))
        assert refused.value.reason is CodeProblem.REVOKED


async def test_answers_to_questions_changed_meanwhile_are_refused(database_target):
    async with opened(database_target) as db:
        code = await code_of(db)
        await replace_questions(db, ["Who invited you?"])
        with pytest.raises(QuestionsChanged):
            await redeem(db, 700, code.display, answered("alice", ""))
        await replace_questions(db, [])  # none now: redeemed at once
        assert isinstance(await redeem(db, 700, code.display), Redemption)


async def test_questions_are_parsed_stored_and_cleared(database_target):
    async with opened(database_target) as db:
        await configure(db)
        after = await replace_questions(db, ["", " Who  invited\nyou? ", "", "", "Why?"])
        assert after.questions == ("Who invited you?", "Why?")
        assert (await get_settings(db, GUILD, DEFAULTS)).questions == after.questions
        assert (await replace_questions(db, ["", ""])).questions == ()


def test_a_question_longer_than_a_label_is_refused():
    with pytest.raises(QuestionTooLong) as refused:
        parse_questions(["fine", "x" * 46])
    assert refused.value.number == 2
    assert parse_questions(["x" * 45]) == ("x" * 45,)


@pytest.mark.parametrize(
    "question",
    ["Why? (optional)", "Why? (Optional) ", "Warum? (freiwillig)", "¿Por qué? (opcional)", "Pourquoi ? (facultatif)",
     "Pourquoi ? (optionnel)", "理由は？（任意）", "理由は？(任意)"],
)  # fmt: skip
def test_optional_questions_in_each_language(question):
    assert is_optional(question)


@pytest.mark.parametrize("question", ["Why?", "Optional extras?", "(optional) Why?", "Why? (required)"])
def test_other_questions_are_required(question):
    assert not is_optional(question)


@pytest.mark.postgres
async def test_copy_db_carries_the_questions_and_the_answers(tmp_path, postgres):
    source = tmp_path / "old.db"
    async with opened(source) as db:
        code = await code_of(db)
        done = await redeem(db, 700, code.display, answered("ällice ✨", ""))
        assert isinstance(done, Redemption)
    name = f"doorman_questions_{os.getpid()}"
    await new_postgres_database(postgres.base, name)
    target = PostgresUrl(postgres.url(name))
    await copy_db(source, target)
    async with opened(target) as db:
        assert (await get_settings(db, GUILD, DEFAULTS)).questions == QUESTIONS
        stored = await read(db, lambda tx: tx.admissions.get(done.admission.id))
        assert [(a.question, a.answer) for a in stored.answers] == [(QUESTIONS[0], "ällice ✨"), (QUESTIONS[1], "")]


async def replace_questions(db, typed):
    """An admin saves the form they opened on the questions in effect."""
    opened_on = digest((await get_settings(db, GUILD, DEFAULTS)).questions)
    return await set_questions(db, GUILD, DEFAULTS, typed, opened_on=opened_on, by=ADMIN, now=NOW)


async def test_a_form_opened_before_another_admin_saved_saves_nothing(database_target):
    async with opened(database_target) as db:
        await configure(db)
        stale = digest(())  # opened while there were no questions
        await replace_questions(db, ["Who invited you?"])  # another admin saves first
        with pytest.raises(QuestionsEditedMeanwhile):
            await set_questions(db, GUILD, DEFAULTS, ["Why?"], opened_on=stale, by=ADMIN, now=NOW)
        assert (await get_settings(db, GUILD, DEFAULTS)).questions == ("Who invited you?",)
