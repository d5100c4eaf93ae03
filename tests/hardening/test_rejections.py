"""Hardening, written from the SPEC alone: a reply Discord rejects (400) is replaced by a short apology, never left
unanswered (SPEC sections 6, 17).

Each test makes Discord reject exactly one call (times=1) on the interaction being answered, then checks what
the person sees: the interaction is acknowledged, and what they read is either the real answer or a short
apology, never nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from cogs._shared.pages import TIMEOUT
from tests.conftest import APOLOGY

CALLBACK = "/interactions/*/*/callback"
FOLLOWUP = "/webhooks/*/*"
EDIT_ORIGINAL = "/webhooks/*/*/messages/@original"


def reject(world: Any, method: str, path: str) -> None:
    world.env.inject_error(method, path, status=400, code=50035, message="Invalid Form Body (injected)", times=1)


def answered(result: Any) -> str:
    """What the person reads: asserts the interaction was answered with something readable."""
    assert result.acknowledged, "the interaction was left unanswered: Discord shows 'This interaction failed'"
    response = result.response
    assert response is not None, "acknowledged, but nothing was ever shown"
    text = response.content or "".join((e.description or "") for e in response.embeds)
    if result.modal is None:
        assert text.strip(), "an empty answer (a 'thinking…' that never ends?)"
    return text


def forget_errors(world: Any) -> None:
    _ = world.env.errors  # the injected rejection is logged on purpose


# ---------------------------------------------------------------- commands


@pytest.mark.parametrize(
    ("command", "options", "answer"),
    [
        ("invite create", {}, CALLBACK),
        ("invite list", {}, CALLBACK),
        ("invite revoke", {"code": "AAAA-BBBB-CCCC"}, CALLBACK),
    ],
)
async def test_a_rejected_member_command_reply_becomes_an_apology(ready, command, options, answer):
    reject(ready, "POST", answer)
    result = await ready.alice.slash(ready.general, command, **options)
    assert answered(result) == APOLOGY and result.ephemeral
    forget_errors(ready)


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("gate settings", {}),
        ("gate codes", {}),
        ("gate whois", {"member": "alice"}),
        ("gate policy", {"approval": True}),
    ],
)
async def test_a_rejected_admin_command_reply_becomes_an_apology(ready, command, options):
    options = {key: (ready.alice if value == "alice" else value) for key, value in options.items()}
    reject(ready, "POST", CALLBACK)
    result = await ready.admin.slash(ready.general, command, **options)
    assert answered(result) == APOLOGY and result.ephemeral
    forget_errors(ready)


async def test_a_rejected_followup_after_gate_pending_defers_becomes_an_apology(approving):
    await approving.request_for()
    reject(approving, "POST", FOLLOWUP)
    result = await approving.admin.slash(approving.general, "gate pending")
    assert answered(result) == APOLOGY
    forget_errors(approving)


async def test_a_rejected_welcome_becomes_an_apology_and_the_newcomer_is_in(ready):
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    reject(ready, "POST", CALLBACK)  # a quick redemption's answer is its first response
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert answered(result) == APOLOGY
    assert await ready.roles_of(bob) == {"Member"}
    forget_errors(ready)


async def test_a_rejected_followup_after_a_slow_redemption_becomes_an_apology_and_the_newcomer_is_in(
    ready, slow_redemptions
):
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    reject(ready, "POST", FOLLOWUP)
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert answered(result) == APOLOGY
    assert await ready.roles_of(bob) == {"Member"}
    forget_errors(ready)


async def test_a_rejected_followup_after_a_reservation_lookup_becomes_an_apology(ready):
    carol = ready.env.create_user("carol")
    reject(ready, "POST", FOLLOWUP)
    result = await ready.alice.slash(ready.general, "invite create", for_user=str(carol.id))
    assert answered(result) == APOLOGY
    forget_errors(ready)


async def test_a_rejected_refusal_becomes_an_apology(ready):
    bob = ready.newcomer("bob")
    reject(ready, "POST", CALLBACK)
    result = await bob.slash(ready.welcome, "redeem", code="not a code")
    assert answered(result) == APOLOGY
    forget_errors(ready)


# ---------------------------------------------------------------- the moderators' buttons and form


async def test_a_rejected_answer_to_approve_is_not_left_unanswered(approving):
    bob, request, _ = await approving.request_for()
    reject(approving, "POST", CALLBACK)
    result = await approving.mod.click(request, label="Approve")
    answered(result)
    assert await approving.roles_of(bob) == {"Member"}
    forget_errors(approving)


async def test_a_rejected_deny_form_is_answered_with_an_apology(approving):
    _, request, _ = await approving.request_for()
    reject(approving, "POST", CALLBACK)
    result = await approving.mod.click(request, label="Deny")
    assert answered(result) == APOLOGY
    forget_errors(approving)


async def test_a_rejected_answer_to_a_submitted_deny_form_is_not_left_unanswered(approving):
    bob, request, _ = await approving.request_for()
    form = await approving.mod.click(request, label="Deny")
    reject(approving, "POST", CALLBACK)
    result = await approving.mod.submit_modal(form, {"reason": "not today"})
    answered(result)
    assert "was denied" in approving.dms(bob)[-1]
    forget_errors(approving)


async def test_a_rejected_refusal_to_a_non_moderator_becomes_an_apology(approving):
    _, request, _ = await approving.request_for()
    reject(approving, "POST", CALLBACK)
    result = await approving.admin.click(request, label="Approve")  # sees the queue, but is no moderator
    assert answered(result) == APOLOGY
    forget_errors(approving)


async def test_a_rejected_answer_to_a_deny_form_for_a_decided_request_becomes_an_apology(approving):
    """Two moderators opened the Deny form; the first submits, then the second: told who decided, or an apology."""
    second = approving.guild.add_member(
        approving.env.create_user("mod2"), roles=[approving.mods, approving.member_role]
    )
    _, request, _ = await approving.request_for()
    first_form = await approving.mod.click(request, label="Deny")
    second_form = await second.click(request, label="Deny")
    await approving.mod.submit_modal(first_form, {"reason": "first"})
    reject(approving, "POST", CALLBACK)
    result = await second.submit_modal(second_form, {"reason": "second"})
    assert answered(result) == APOLOGY
    forget_errors(approving)


async def test_a_rejected_answer_to_retry_is_not_left_unanswered(ready):
    code = await ready.create_code()
    ready.env.inject_error("PATCH", "/guilds/*/members/*", status=500, times=None)
    await ready.newcomer("bob").slash(ready.welcome, "redeem", code=code)
    alert = ready.modq.last_message
    reject(ready, "POST", CALLBACK)
    result = await ready.mod.click(alert, label="Retry")
    text = answered(result)
    assert "Still failing" in text or text == APOLOGY
    forget_errors(ready)


async def test_a_rejected_followup_to_retry_becomes_an_apology(ready):
    code = await ready.create_code()
    ready.env.inject_error("PATCH", "/guilds/*/members/*", status=500, times=None)
    await ready.newcomer("bob").slash(ready.welcome, "redeem", code=code)
    alert = ready.modq.last_message
    reject(ready, "POST", FOLLOWUP)
    result = await ready.mod.click(alert, label="Retry")
    assert answered(result) == APOLOGY
    forget_errors(ready)


# ---------------------------------------------------------------- page buttons


@pytest.fixture
async def paged(ready: Any) -> Any:
    await ready.admin.slash(ready.general, "gate policy", invites_per_member=30)
    for _ in range(23):
        await ready.create_code()
    result = await ready.admin.slash(ready.general, "gate codes")
    assert "Page 1 of 3" in result.response.embeds[0].footer.text
    return result


async def test_a_rejected_page_turn_becomes_an_apology(ready, paged):
    reject(ready, "POST", CALLBACK)
    result = await ready.admin.click(paged.response.message, label="Next")
    assert answered(result) == APOLOGY
    forget_errors(ready)


async def test_a_rejected_answer_to_a_late_page_click_becomes_an_apology(ready, paged, make_bot):
    await ready.env.restart_bot(make_bot())
    reject(ready, "POST", CALLBACK)
    result = await ready.admin.click(paged.response.message, label="Next")
    assert answered(result) == APOLOGY
    forget_errors(ready)


async def test_after_a_rejected_page_turn_the_buttons_still_turn_pages(ready, paged):
    reject(ready, "POST", CALLBACK)
    await ready.admin.click(paged.response.message, label="Next")
    forget_errors(ready)
    turned = await ready.admin.click(paged.response.message, label="Next")
    footer = turned.response.embeds[0].footer.text
    assert footer.startswith("Page 2 of 3"), footer  # the rejected turn did not move the reader on


async def test_a_rejected_timeout_edit_leaves_buttons_that_are_still_answered(ready, paged):
    reject(ready, "PATCH", "/webhooks/*/*/messages/*")
    await ready.env.advance_time(TIMEOUT + 1)
    forget_errors(ready)
    late = await ready.admin.click(paged.response.message, label="Next")
    assert "expired" in answered(late)
