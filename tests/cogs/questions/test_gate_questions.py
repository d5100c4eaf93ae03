"""/gate questions (SPEC section 13): admins set, change and clear the join questions with a form."""

from __future__ import annotations

from typing import Any

QUESTIONS = {"question-0": "Who invited you?", "question-2": "**Why** us? (optional)"}


def inputs(shown: Any) -> list[dict[str, Any]]:
    return [row["components"][0] for row in shown.modal["components"]]


def settings_field(result: Any) -> str:
    return {field.name: field.value for field in result.response.embeds[0].fields}["Join questions"]


async def test_questions_are_set_logged_shown_and_prefilled(ready):
    shown = await ready.admin.slash(ready.general, "gate questions")
    assert shown.modal["title"] == "Join questions"
    assert [(i["label"], i["max_length"], i["required"]) for i in inputs(shown)] == [
        (f"Question {n}", 45, False) for n in range(1, 6)
    ]
    saved = await ready.admin.submit_modal(shown, QUESTIONS)
    assert saved.ephemeral and saved.response.content == (
        "Saved: newcomers now answer these 2 questions when they redeem a code.\n"
        "1. Who invited you?\n2. \\*\\*Why\\*\\* us? (optional)"
    )
    line = ready.bot_messages(ready.logs)[-1].content
    assert line == (
        f"⚙️ <@{ready.admin.id}> changed settings with /gate questions:"
        " questions: none → Who invited you? | \\*\\*Why\\*\\* us? (optional)"
    )
    settings = await ready.admin.slash(ready.general, "gate settings")
    assert settings_field(settings) == "1. Who invited you?\n2. \\*\\*Why\\*\\* us? (optional)"
    again = await ready.admin.slash(ready.general, "gate questions")
    assert [i.get("value") for i in inputs(again)] == ["Who invited you?", "**Why** us? (optional)", None, None, None]


async def test_a_form_opened_before_another_save_saves_nothing_and_says_why(ready):
    """Two forms open at once (two admins, or one in two windows): the second save would silently drop the first."""
    first = await ready.admin.slash(ready.general, "gate questions")
    second = await ready.admin.slash(ready.general, "gate questions")
    await ready.admin.submit_modal(first, QUESTIONS)
    refused = await ready.admin.submit_modal(second, {"question-0": "Why?"})
    assert refused.ephemeral and refused.response.content.startswith("Another admin saved other join questions")
    settings = await ready.admin.slash(ready.general, "gate settings")
    assert settings_field(settings).startswith("1. Who invited you?")


async def test_an_empty_form_clears_them_and_redeem_claims_at_once(ready):
    await ready.admin.submit_modal(await ready.admin.slash(ready.general, "gate questions"), QUESTIONS)
    cleared = await ready.admin.submit_modal(await ready.admin.slash(ready.general, "gate questions"), {})
    assert cleared.response.content == "Saved: newcomers are asked no questions; `/redeem` uses their code at once."
    assert "questions: Who invited you? | \\*\\*Why\\*\\* us? (optional) → none" in ready.logs.last_message.content
    settings = await ready.admin.slash(ready.general, "gate settings")
    assert settings_field(settings) == "None: `/redeem` uses the code at once."
    bob = ready.newcomer("bob")
    redeemed = await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    assert redeemed.modal is None and "Welcome to **Doorman Test**" in redeemed.response.content


async def test_a_german_server_and_newcomer_read_their_language(ready, spoken):
    german = ready.env.bot.catalogs["de"]
    spoken.set(ready.admin.id, "de")
    shown = await ready.admin.slash(ready.general, "gate questions")
    assert shown.modal["title"] == german("questions-admin-form-title") == "Beitrittsfragen"
    saved = await ready.admin.submit_modal(
        shown, {"question-0": "Wer hat dich eingeladen?", "question-1": "Warum? (freiwillig)"}
    )
    assert saved.response.content.startswith(german("questions-saved", count=2))
    bob = ready.newcomer("bob")
    spoken.set(bob.id, "de")
    asked = await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    assert asked.modal["title"] == german("questions-form-title")
    assert [(i["label"], i["required"]) for i in inputs(asked)] == [
        ("Wer hat dich eingeladen?", True),
        ("Warum? (freiwillig)", False),
    ]
    refused = await bob.submit_modal(asked, {"answer-0": "  "})
    assert refused.response.content == german("questions-refusal-missing", question="Wer hat dich eingeladen?")
    asked = await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    done = await bob.submit_modal(asked, {"answer-0": "alice"})
    assert await ready.roles_of(bob) == {"Member"} and done.response.content.startswith("Willkommen")


async def test_an_admin_who_lost_the_right_while_the_form_was_open_saves_nothing(ready):
    shown = await ready.admin.slash(ready.general, "gate questions")
    guild = ready.env.bot.get_guild(ready.guild.id)
    admin = await guild.fetch_member(ready.admin.id)
    await admin.remove_roles(guild.get_role(ready.guild.roles["Admins"].id))
    await ready.env.settle()
    refused = await ready.admin.submit_modal(shown, QUESTIONS)
    assert refused.response.content.startswith("Only admins")
    redeemed = await ready.newcomer("bob").slash(ready.welcome, "redeem", code=await ready.create_code())
    assert redeemed.modal is None and "Welcome" in redeemed.response.content  # no question was saved


async def test_a_check_too_slow_for_a_form_asks_to_redeem_again(ready, slow_redemptions, database_target):
    await ready.admin.submit_modal(await ready.admin.slash(ready.general, "gate questions"), QUESTIONS)
    bob = ready.newcomer("bob")
    result = await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    assert result.modal is None and result.response.content == (
        "That took too long to show the questions. Please use `/redeem` again; your code was not used."
    )
    assert await ready.roles_of(bob) == {"Newcomer"}
