"""A newcomer answers the server's join questions (SPEC section 13): /redeem checks the code without spending it,
a form asks the questions, and its submission claims the code with the answers."""

from __future__ import annotations

from typing import Any

import pytest
import simcord

from tests.databases import rows

QUESTIONS = ["Who invited you?", "What brings you here? (optional)"]


async def ask(world: Any, questions: list[str] = QUESTIONS) -> None:
    shown = await world.admin.slash(world.general, "gate questions")
    await world.admin.submit_modal(shown, {f"question-{n}": q for n, q in enumerate(questions)})


async def form_for(world: Any, name: str = "bob", code: str | None = None) -> tuple[Any, Any, str]:
    """A newcomer runs /redeem with a fresh code (or `code`) and is shown the form: (newcomer, reply, code)."""
    code = code or await world.create_code()
    newcomer = world.newcomer(name)
    shown = await newcomer.slash(world.welcome, "redeem", code=code)
    assert shown.modal is not None, shown.response
    return newcomer, shown, code


def uses_of(world: Any, target: Any, code: str) -> int:
    [(uses,)] = rows(target, "SELECT uses FROM codes WHERE code = $1", code.replace("-", ""))
    return int(uses)


def failures_of(target: Any, user_id: int) -> int:
    return len(rows(target, "SELECT 1 FROM redeem_failures WHERE user_id = $1", user_id))


def fields(message: Any) -> dict[str, str]:
    return {field.name: field.value for field in message.embeds[0].fields}


async def test_the_form_asks_the_questions_and_spends_nothing(ready, database_target):
    await ask(ready)
    bob, shown, code = await form_for(ready)
    inputs = [row["components"][0] for row in shown.modal["components"]]
    assert shown.modal["title"] == "A few questions before you join"
    assert [(i["label"], i["required"], i["max_length"]) for i in inputs] == [
        ("Who invited you?", True, 1000),
        ("What brings you here? (optional)", False, 1000),
    ]
    assert uses_of(ready, database_target, code) == 0 and await ready.roles_of(bob) == {"Newcomer"}
    assert rows(database_target, "SELECT 1 FROM admissions WHERE user_id = $1", bob.id) == []
    with pytest.raises(simcord.SetupError, match="Required"):  # Discord itself insists on a required answer
        await bob.submit_modal(shown, {"answer-1": "fun"})


async def test_answers_with_approval_off_admit_at_once_and_whois_shows_them(ready, database_target):
    await ask(ready)
    bob, shown, code = await form_for(ready)
    done = await bob.submit_modal(shown, {"answer-0": "alice, my cousin", "answer-1": ""})
    assert "Welcome to **Doorman Test**" in done.response.content
    assert await ready.roles_of(bob) == {"Member"} and uses_of(ready, database_target, code) == 1
    whois = await ready.admin.slash(ready.general, "gate whois", member=bob)
    description = whois.response.embeds[0].description
    assert "↳ **Who invited you?** alice, my cousin" in description
    assert "↳ **What brings you here? (optional)** (no answer)" in description


async def test_answers_with_markdown_and_mentions_reach_the_request_escaped_and_ping_nobody(approving):
    await ask(approving)
    bob, shown, _ = await form_for(approving)
    answer = "**me** <@&1> @everyone <@123>"
    done = await bob.submit_modal(shown, {"answer-0": answer, "answer-1": "_fun_"})
    assert "A moderator will review" in done.response.content
    request = fields(approving.modq.last_message)
    assert request["Who invited you?"] == "\\*\\*me\\*\\* <@&1> @everyone <@123>"
    assert request["What brings you here? (optional)"] == "\\_fun\\_"
    assert (
        list(request).index("Who invited you?") == list(request).index("Signals") + 1
    )  # after them, before the decision
    assert approving.pings() == []
    await approving.mod.click(approving.modq.last_message, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}
    assert "\\*\\*me\\*\\*" in fields(approving.modq.history()[-1])["Who invited you?"]  # kept once decided


async def test_an_optional_question_left_empty_shows_no_answer(approving):
    await ask(approving)
    bob, shown, _ = await form_for(approving)
    await bob.submit_modal(shown, {"answer-0": "alice"})
    assert fields(approving.modq.last_message)["What brings you here? (optional)"] == "(no answer)"


async def test_a_required_answer_left_blank_is_refused_and_spends_nothing(ready, database_target):
    await ask(ready)
    bob, shown, code = await form_for(ready)
    refused = await bob.submit_modal(shown, {"answer-0": "    "})
    assert refused.response.content == "Please answer “Who invited you?”: it is required. Your code was not used."
    assert uses_of(ready, database_target, code) == 0 and await ready.roles_of(bob) == {"Newcomer"}


async def test_a_bad_code_is_refused_before_any_form_and_counted(ready, database_target):
    await ask(ready)
    bob = ready.newcomer("bob")
    refused = await bob.slash(ready.welcome, "redeem", code="AAAA-AAAA-AAAA")
    assert refused.modal is None and refused.response.content.startswith("That code is unknown here.")
    assert failures_of(database_target, bob.id) == 1


async def test_a_form_submitted_after_someone_else_used_up_the_code_spends_nothing(ready, database_target):
    await ask(ready)
    bob, bobs_form, code = await form_for(ready)
    carol, carols_form, _ = await form_for(ready, "carol", code)
    await carol.submit_modal(carols_form, {"answer-0": "alice"})
    assert await ready.roles_of(carol) == {"Member"}
    refused = await bob.submit_modal(bobs_form, {"answer-0": "alice"})
    assert refused.response.content == (
        "Your answers were not saved and nothing was used: the code changed while you answered. This does not count"
        " as a failed attempt. That code is used up. Ask the person who invited you for a new one."
    )
    assert await ready.roles_of(bob) == {"Newcomer"} and uses_of(ready, database_target, code) == 1
    assert rows(database_target, "SELECT 1 FROM admissions WHERE user_id = $1", bob.id) == []
    assert failures_of(database_target, bob.id) == 0


async def test_a_form_submitted_after_another_code_was_redeemed_is_refused(approving, database_target):
    """Once admitted, the welcome channel is out of sight (and /redeem says they are a member); while their
    other request waits, the first form is told so."""
    await ask(approving)
    bob, first_form, first_code = await form_for(approving)
    second_form = await bob.slash(approving.welcome, "redeem", code=await approving.create_code())
    await bob.submit_modal(second_form, {"answer-0": "alice"})
    refused = await bob.submit_modal(first_form, {"answer-0": "alice"})
    assert refused.response.content.startswith("Your request is still waiting for a moderator")
    assert uses_of(approving, database_target, first_code) == 0


async def test_a_form_submitted_after_the_questions_changed_is_refused(ready, database_target):
    await ask(ready)
    bob, shown, code = await form_for(ready)
    await ask(ready, ["Who invited you?", "Where are you from?"])
    refused = await bob.submit_modal(shown, {"answer-0": "alice"})
    assert "questions changed while you answered" in refused.response.content
    assert uses_of(ready, database_target, code) == 0


async def test_a_form_submitted_after_a_restart_is_answered_and_claims(approving, make_bot):
    await ask(approving)
    bob, shown, _ = await form_for(approving)
    await approving.env.restart_bot(make_bot())
    done = await bob.submit_modal(shown, {"answer-0": "alice"})
    assert done.acknowledged and "A moderator will review" in done.response.content
    assert fields(approving.modq.last_message)["Who invited you?"] == "alice"


async def test_five_long_answers_beside_a_note_and_a_reason_stay_within_an_embed(approving):
    await ask(approving, [f"Question number {n}?" for n in range(5)])
    code = await approving.create_code(note="*" * 200)
    bob, shown, _ = await form_for(approving, code=code)
    await bob.submit_modal(shown, {f"answer-{n}": "_" * 1000 for n in range(5)})  # each doubles when escaped
    request = approving.modq.last_message
    shown_deny = await approving.mod.click(request, label="Deny")
    await approving.mod.submit_modal(shown_deny, {"reason": "*" * 500})
    embed = approving.modq.history()[-1].embeds[0]
    assert len(embed) <= 6000 and len(embed.fields) <= 25
    assert all(len(field.value or "") <= 1024 for field in embed.fields)
    assert "Denied by" in fields(approving.modq.history()[-1])["Decision"]
    answers = [fields(approving.modq.history()[-1])[f"Question number {n}?"] for n in range(5)]
    assert all(answer.startswith("\\_\\_") and answer.endswith("…") for answer in answers)


async def test_whois_cuts_a_long_answer_the_request_shows_whole(approving):
    await ask(approving)
    bob, shown, _ = await form_for(approving)
    await bob.submit_modal(shown, {"answer-0": "*" * 400})
    assert fields(approving.modq.last_message)["Who invited you?"] == "\\*" * 400
    whois = await approving.admin.slash(approving.general, "gate whois", member=bob)
    [line] = [line for line in whois.response.embeds[0].description.splitlines() if line.startswith("↳ **Who")]
    assert line == "↳ **Who invited you?** " + "\\*" * 124 + "…"
