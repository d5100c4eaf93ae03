"""Bans (SPEC section 12): the bot watches them; the moderators' alert names who vouched for the banned member and
whom they vouched for, with Suspend inviter; the ban counts in the inviter's record; what the banned had stops."""

import re

import discord

from tests.databases import rows

SUSPEND = "Suspend inviter"


async def admitted(world, name, inviter=None):
    """`name` redeems a code of `inviter` (alice by default) and is approved if approval is on."""
    code = await world.create_code(inviter)
    newcomer = world.newcomer(name)
    await newcomer.slash(world.welcome, "redeem", code=code)
    request = world.modq.last_message
    if request is not None and request.components and request.embeds:
        await world.mod.click(request, label="Approve")
    return newcomer


def alerts(world):
    return [m for m in world.bot_messages(world.modq) if m.content.startswith("🔨")]


def buttons(message):
    return [button.label for row in message.components for button in row.children]


async def test_a_ban_alerts_the_moderators_with_who_vouched_and_whom_they_vouched_for(approving):
    bob = await admitted(approving, "bob")
    carol = await admitted(approving, "carol", inviter=bob)
    code = await approving.create_code(bob)  # bob's own code, unused
    await approving.ban(bob)
    [alert] = alerts(approving)
    lines = alert.content.splitlines()
    assert lines[0] == f"🔨 <@{bob.id}> was banned."
    alice, mod = approving.alice.id, approving.mod.id
    assert re.fullmatch(
        rf"They came in <t:\d+:R> with code `[0-9A-Z-]+` from <@{alice}>, approved by <@{mod}>\.", lines[1]
    )
    assert lines[2] == f"Inviter's record: <@{approving.alice.id}>: 1 admitted, 0 denied, 0 left, 1 banned"
    assert lines[3] == f"They vouched for 1 person: <@{carol.id}>"
    assert lines[4] == "Their active codes were revoked: 1."
    assert buttons(alert) == [SUSPEND]
    assert approving.pings() == []
    log = approving.logs.last_message.content
    assert log.startswith(f"🔨 <@{bob.id}> was banned") and "1 active code revoked" in log
    refused = await approving.newcomer("dave").slash(approving.welcome, "redeem", code=code)
    assert "revoked" in refused.response.content
    whois = await approving.admin.slash(approving.general, "gate whois", member=approving.alice)
    assert "Banned: 1" in whois.response.embeds[0].fields[-1].value


async def test_suspend_inviter_suspends_them_and_the_alert_says_who_did(ready):
    bob = await admitted(ready, "bob")
    spare = await ready.create_code()  # alice's, unused: the suspension revokes it
    await ready.ban(bob)
    [alert] = alerts(ready)
    answer = await ready.mod.click(alert, label=SUSPEND)
    shown = (answer.followups or [answer.response])[-1].content
    assert f"<@{ready.alice.id}> is suspended" in shown and "Codes revoked: 1" in shown
    [edited] = alerts(ready)
    assert edited.id == alert.id and edited.components == []
    assert re.search(rf"🚫 <@{ready.alice.id}> was suspended <t:\d+:R> by <@{ready.mod.id}>\.$", edited.content)
    refused = await ready.alice.slash(ready.general, "invite create")
    assert refused.response.content.endswith(f": <@{bob.id}>, whom you invited, was banned.")
    whois = await ready.admin.slash(ready.general, "gate whois", member=ready.alice)
    first = whois.response.embeds[0].description.splitlines()[0]
    assert first.endswith(f"by <@{ready.mod.id}>, after <@{bob.id}>, whom they invited, was banned.")
    late = await ready.newcomer("eve").slash(ready.welcome, "redeem", code=spare)
    assert "revoked" in late.response.content
    assert f"suspended <@{ready.alice.id}>" in ready.logs.last_message.content


async def test_only_moderators_may_suspend_from_the_alert(ready):
    bob = await admitted(ready, "bob")
    await ready.ban(bob)
    [alert] = alerts(ready)
    refused = await ready.admin.click(alert, label=SUSPEND)  # Manage Server, but not a moderator
    assert refused.ephemeral and "Only moderators" in refused.response.content
    assert rows(ready.env.bot.config.database, "SELECT user_id FROM suspensions") == []
    assert buttons(alerts(ready)[0]) == [SUSPEND]


async def test_an_inviter_suspended_already_is_said_so_and_the_alert_catches_up(ready):
    bob = await admitted(ready, "bob")
    await ready.ban(bob)
    [alert] = alerts(ready)
    await ready.admin.slash(ready.general, "gate suspend", member=ready.alice, reason="spam")
    answer = await ready.mod.click(alert, label=SUSPEND)
    assert f"<@{ready.alice.id}> is already suspended." in (answer.followups or [answer.response])[-1].content
    [edited] = alerts(ready)
    assert edited.components == [] and f"by <@{ready.admin.id}>." in edited.content
    assert rows(ready.env.bot.config.database, "SELECT reason, banned_invitee FROM suspensions") == [("spam", None)]


async def test_a_ban_posted_with_the_inviter_suspended_has_no_button(ready):
    bob = await admitted(ready, "bob")
    await ready.admin.slash(ready.general, "gate suspend", member=ready.alice)
    await ready.ban(bob)
    [alert] = alerts(ready)
    assert alert.components == [] and f"🚫 <@{ready.alice.id}> was suspended" in alert.content


async def test_the_button_works_after_a_restart(ready, make_bot):
    bob = await admitted(ready, "bob")
    await ready.ban(bob)
    await ready.env.restart_bot(make_bot())
    [alert] = alerts(ready)
    await ready.mod.click(alert, label=SUSPEND)
    assert rows(ready.env.bot.config.database, "SELECT user_id, suspended_by FROM suspensions") == [
        (ready.alice.id, ready.mod.id)
    ]


async def test_someone_who_predates_doorman_is_recorded_without_an_alert_and_their_codes_stop(ready):
    code = await ready.create_code()
    await ready.ban(ready.alice)
    assert alerts(ready) == []
    assert rows(ready.env.bot.config.database, "SELECT user_id FROM bans") == [(ready.alice.id,)]
    logged = f"🔨 <@{ready.alice.id}> was banned (they did not come in through Doorman). 1 active code revoked."
    assert ready.logs.last_message.content == logged
    refused = await ready.newcomer("bob").slash(ready.welcome, "redeem", code=code)
    assert "revoked" in refused.response.content
    tree = await ready.admin.slash(ready.general, "gate tree", member=ready.alice.user)  # a banned user, no member
    assert f"**<@{ready.alice.id}>**: banned, nobody vouched for them" in tree.response.embeds[0].description


async def test_a_newcomer_banned_while_waiting_closes_their_request_and_alerts(approving):
    bob, request, _ = await approving.request_for("bob")
    await approving.ban(bob)
    [alert] = alerts(approving)
    assert f"from <@{approving.alice.id}>." in alert.content.splitlines()[1]  # nobody approved them
    shown = approving.modq.history()
    closed = next(message for message in shown if message.id == request.id)
    assert closed.components == [] and "left" in closed.embeds[0].fields[-1].value.lower()
    late = await approving.mod.click(closed, label="Approve") if closed.components else None
    assert late is None


async def test_someone_banned_on_the_waitlist_leaves_it(ready):
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "waitlist join")
    await ready.ban(bob)
    assert alerts(ready) == []  # they never came in
    [(status,)] = rows(ready.env.bot.config.database, "SELECT status FROM waitlist")
    assert status == "left"


async def test_a_ban_after_an_unban_and_a_return_alerts_again_and_counts_once(ready):
    """(Discord sending one ban twice alerts once: tests/core/test_bans.py.)"""
    bob = await admitted(ready, "bob")
    await ready.ban(bob)
    await ready.env.bot.get_guild(ready.guild.id).unban(discord.Object(bob.id))
    await ready.env.advance_time(60)
    back = ready.guild.add_member(bob.user, roles=[ready.newcomer_role])  # unbanned, bob comes back
    await back.slash(ready.welcome, "redeem", code=await ready.create_code())
    await ready.ban(back)
    assert len(alerts(ready)) == 2
    assert "0 left, 1 banned" in alerts(ready)[-1].content  # the record counts the person once


async def test_a_shared_links_newcomer_has_no_suspend_button(ready):
    made = await ready.admin.slash(ready.general, "gate link")
    code = ready.code_in(made.response.content)
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=code)
    await ready.mod.click(ready.modq.last_message, label="Approve")
    await ready.ban(bob)
    [alert] = alerts(ready)
    assert alert.components == [] and f"through <@{ready.admin.id}>'s shared link" in alert.content


async def test_the_alert_is_posted_once_when_discord_fails_it_first(ready):
    bob = await admitted(ready, "bob")
    ready.env.inject_error("POST", f"/channels/{ready.modq.id}/messages", status=500, times=1)
    await ready.ban(bob)
    await ready.env.advance_time(600)
    await ready.env.settle()
    assert len(alerts(ready)) == 1


async def test_a_german_server_reads_the_alert_and_its_button_in_german(ready):
    german = ready.env.bot.catalogs["de"]
    await ready.setup(language="de")
    bob = await admitted(ready, "bob")
    await ready.ban(bob)
    [alert] = [m for m in ready.bot_messages(ready.modq) if m.content.startswith("🔨")]
    assert alert.content.splitlines()[0] == german("bans-alert-banned", member=f"<@{bob.id}>")
    assert alert.content.splitlines()[-1] == german("bans-alert-vouched-for-nobody")
    assert buttons(alert) == [german("bans-button-suspend-inviter")]
    await ready.mod.click(alert, label=german("bans-button-suspend-inviter"))
    assert rows(ready.env.bot.config.database, "SELECT reason, banned_invitee FROM suspensions") == [(None, bob.id)]
    logged = german("suspension-log-suspended-ban", actor=f"<@{ready.mod.id}>", member=f"<@{ready.alice.id}>",
                    banned=f"<@{bob.id}>", count=0)  # fmt: skip
    assert ready.logs.last_message.content == logged


async def test_the_inviter_is_told_of_the_ban_in_their_own_language(ready, spoken):
    """The reason is not a sentence stored in the server's language: each reader reads it in theirs."""
    spoken.set(ready.alice.id, "ja")
    bob = await admitted(ready, "bob")
    await ready.ban(bob)
    await ready.mod.click(alerts(ready)[0], label=SUSPEND)
    refused = await ready.alice.slash(ready.general, "invite create")
    japanese = ready.env.bot.catalogs["ja"]
    assert refused.response.content == japanese("suspension-refusal-suspended-ban", member=f"<@{bob.id}>")
