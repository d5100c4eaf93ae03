"""Returning members: /redeem without a code, under the policy `returning` (SPEC section 13)."""

from __future__ import annotations

from tests.cogs.screening.helpers import admitted_then_left, fields, rejoin
from tests.databases import rows


def admissions(world):
    return rows(world.env.bot.config.database, "SELECT user_id, status, came_back FROM admissions ORDER BY id")


def uses(world):
    return rows(world.env.bot.config.database, "SELECT uses FROM codes ORDER BY id")


async def test_a_stranger_without_a_code_is_told_a_code_is_needed(ready):
    bob = ready.newcomer("bob")
    refused = await bob.slash(ready.welcome, "redeem")
    assert refused.response.content == "You need an invitation code: use `/redeem` with the code a member gave you."
    assert await ready.roles_of(bob) == {"Newcomer"} and admissions(ready) == []
    assert ready.bot_messages(ready.modq) == []


async def test_by_default_a_returning_member_waits_for_a_moderator(ready):
    _, bob = await admitted_then_left(ready)
    dms_before = len(ready.dms(ready.alice))
    result = await bob.slash(ready.welcome, "redeem")
    assert result.response.content.startswith("Welcome back! A moderator will review your request to rejoin")
    assert await ready.roles_of(bob) == {"Newcomer"}
    request = ready.modq.last_message
    assert "They were admitted here before (request #1" in fields(request)["Needs a moderator because"]
    assert fields(request)["Invited by"] == f"<@{ready.alice.id}>"  # their earlier admission's inviter
    await ready.mod.click(request, label="Approve")
    assert await ready.roles_of(bob) == {"Member"}
    assert admissions(ready) == [(bob.id, "admitted", 0), (bob.id, "admitted", 1)]
    assert uses(ready) == [(1,)]  # coming back spends no use of the old code
    assert len(ready.dms(ready.alice)) == dms_before  # the inviter is not told again
    assert "approved" in ready.dms(bob)[-1]
    assert ready.logs.last_message.content.startswith(f"🔁 <@{bob.id}> came back without a code, on their earlier")
    assert ready.logs.last_message.content.endswith(f"approved by <@{ready.mod.id}>.")


async def test_readmit_lets_them_back_in_at_once(ready):
    saved = await ready.admin.slash(ready.general, "gate policy", returning="readmit")
    assert "Returning members: let back in at once" in saved.response.embeds[0].fields[1].value
    assert "returning: approve → readmit" in ready.logs.last_message.content
    _, bob = await admitted_then_left(ready)
    result = await bob.slash(ready.welcome, "redeem")
    assert result.response.content == "Welcome back to **Doorman Test**! The rest of the server is open to you again."
    assert await ready.roles_of(bob) == {"Member"}  # the newcomer role is gone
    assert admissions(ready) == [(bob.id, "admitted", 0), (bob.id, "admitted", 1)]
    assert ready.bot_messages(ready.modq) == []
    assert ready.logs.last_message.content.startswith(f"🔁 <@{bob.id}> came back without a code")


async def test_policy_code_asks_for_a_new_code(ready):
    await ready.admin.slash(ready.general, "gate policy", returning="code")
    _, bob = await admitted_then_left(ready)
    refused = await bob.slash(ready.welcome, "redeem")
    assert refused.response.content.startswith("Welcome back! This server asks returning members for a new")
    assert await ready.roles_of(bob) == {"Newcomer"} and len(admissions(ready)) == 1
    code = await ready.create_code()
    await bob.slash(ready.welcome, "redeem", code=code)
    assert await ready.roles_of(bob) == {"Member"}  # with a code, as anyone


async def test_a_banned_returner_needs_a_code_and_a_moderator_whatever_the_policy(ready):
    await ready.admin.slash(ready.general, "gate policy", returning="readmit")
    user, bob = await admitted_then_left(ready)
    ready.guild.remove_member(bob)
    await ready.ban(bob)
    bob = rejoin(ready, user)  # unbanned since, and back
    refused = await bob.slash(ready.welcome, "redeem")
    assert refused.response.content.startswith("To come back you need a new invitation code, and a moderator")
    assert await ready.roles_of(bob) == {"Newcomer"}
    code = await ready.create_code()
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert "A moderator will review your request" in result.response.content
    assert await ready.roles_of(bob) == {"Newcomer"}
    holds = fields(ready.modq.last_message)["Needs a moderator because"]
    assert "They were banned from this server before" in holds


async def test_a_suspended_returner_needs_a_code_and_a_moderator(ready):
    await ready.admin.slash(ready.general, "gate policy", returning="readmit")
    _, bob = await admitted_then_left(ready)
    await ready.admin.slash(ready.general, "gate suspend", member=bob.user)
    refused = await bob.slash(ready.welcome, "redeem")
    assert refused.response.content.startswith("To come back you need a new invitation code")
    code = await ready.create_code()
    await bob.slash(ready.welcome, "redeem", code=code)
    assert await ready.roles_of(bob) == {"Newcomer"}
    assert "They are suspended on this server" in fields(ready.modq.last_message)["Needs a moderator because"]


async def test_a_denied_returner_needs_a_code_and_a_moderator(approving):
    await approving.admin.slash(approving.general, "gate policy", approval=False)
    _, bob = await admitted_then_left(approving)
    await bob.slash(approving.welcome, "redeem")  # back, to a moderator (the policy `returning = approve`)
    shown = await approving.mod.click(approving.modq.last_message, label="Deny")
    await approving.mod.submit_modal(shown, {})
    await approving.admin.slash(approving.general, "gate policy", returning="readmit")
    refused = await bob.slash(approving.welcome, "redeem")
    assert refused.response.content.startswith("To come back you need a new invitation code")
    code = await approving.create_code()
    await bob.slash(approving.welcome, "redeem", code=code)
    assert await approving.roles_of(bob) == {"Newcomer"}
    shown = fields(approving.modq.last_message)
    assert "2 earlier requests on this server, 1 denied" in shown["Signals"]
    assert "An earlier request of theirs on this server was denied" in shown["Needs a moderator because"]
    # The denied return was not a new vouch of alice's: her record keeps bob admitted once, never denied.
    assert "1 admitted, 0 denied, 0 left" in shown["Inviter's record"]


async def test_a_member_still_here_is_refused_as_a_member(ready):
    refused = await ready.admin.slash(ready.welcome, "redeem")  # a member who sees the welcome channel
    assert "already" in refused.response.content and admissions(ready) == []
