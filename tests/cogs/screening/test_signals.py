"""Risk signals in every request, and the minimum account age (SPEC section 13)."""

from __future__ import annotations

from tests.cogs.screening.helpers import admitted_then_left, fields
from tests.databases import rows

DAY = 86_400


async def test_a_new_account_without_an_avatar_shows_its_signals(approving):
    _, request, _ = await approving.request_for()
    signals = fields(request)["Signals"]
    assert "Account age: 0 days" in signals
    assert "⚠️ No avatar of their own" in signals
    assert "No earlier requests on this server" in signals
    assert "Needs a moderator because" not in fields(request)  # approval is on: nothing else holds them


async def test_an_account_with_its_own_avatar_says_so(approving):
    carol = approving.guild.add_member(
        approving.env.create_user("carol", avatar="a1b2c3"), roles=[approving.newcomer_role]
    )
    await approving.env.advance_time(3 * DAY)
    code = await approving.create_code()
    await carol.slash(approving.welcome, "redeem", code=code)
    signals = fields(approving.modq.last_message)["Signals"]
    assert "Has their own avatar" in signals and "No avatar" not in signals
    assert "Account age: 3 days" in signals


async def test_a_young_account_waits_for_a_moderator_although_approval_is_off(ready):
    saved = await ready.admin.slash(ready.general, "gate policy", min_account_age_days=7)
    assert "Minimum account age: 7 days" in saved.response.embeds[0].fields[1].value
    assert "min_account_age_days: 0 → 7" in ready.logs.last_message.content
    bob, request, result = await ready.request_for()
    assert "A moderator will review your request" in result.response.content
    assert await ready.roles_of(bob) == {"Newcomer"}
    shown = fields(request)
    assert "younger than this server's minimum account age" in shown["Needs a moderator because"]
    assert [button.label for button in request.components[0].children] == ["Approve", "Deny"]
    [admission] = rows(ready.env.bot.config.database, "SELECT status, holds, has_avatar FROM admissions")
    assert admission == ("awaiting_approval", "young_account", 0)
    await ready.mod.click(request, label="Approve")
    assert await ready.roles_of(bob) == {"Member"}


async def test_an_old_enough_account_comes_in_at_once(ready):
    await ready.admin.slash(ready.general, "gate policy", min_account_age_days=7)
    carol = ready.newcomer("carol")
    await ready.env.advance_time(8 * DAY)
    code = await ready.create_code()
    result = await carol.slash(ready.welcome, "redeem", code=code)
    assert result.response.content.startswith("Welcome to")
    assert await ready.roles_of(carol) == {"Member"}
    assert ready.bot_messages(ready.modq) == []


async def test_someone_denied_before_shows_it_and_waits_for_a_moderator_with_a_new_code(approving):
    bob, request, _ = await approving.request_for()
    shown = await approving.mod.click(request, label="Deny")
    await approving.mod.submit_modal(shown, {"reason": "spam"})
    await approving.admin.slash(approving.general, "gate policy", approval=False)
    code = await approving.create_code()
    result = await bob.slash(approving.welcome, "redeem", code=code)
    assert "A moderator will review your request" in result.response.content
    assert await approving.roles_of(bob) == {"Newcomer"}
    again = fields(approving.modq.last_message)
    assert "⚠️ 1 earlier request on this server, 1 denied" in again["Signals"]
    assert "An earlier request of theirs on this server was denied" in again["Needs a moderator because"]


async def test_a_returning_member_shows_the_earlier_admission(ready):
    _, bob = await admitted_then_left(ready)
    await bob.slash(ready.welcome, "redeem")
    shown = fields(ready.modq.last_message)
    assert "1 earlier request on this server, 0 denied" in shown["Signals"]
    assert "⚠️ 1 earlier" not in shown["Signals"]  # nothing to warn of: that request let them in
    assert "Came back without a code" in shown["Signals"]
    assert "They were admitted here before (request #1, <t:" in shown["Needs a moderator because"]


async def test_min_account_age_is_refused_out_of_range(ready):
    refused = await ready.admin.slash(ready.general, "gate policy", min_account_age_days=4000)
    assert "min_account_age_days" in refused.response.content and "3650" in refused.response.content
    [(stored,)] = rows(ready.env.bot.config.database, "SELECT min_account_age_days FROM guild_settings")
    assert stored is None
