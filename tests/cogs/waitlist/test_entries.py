"""The entry in the moderator channel: Invite and Decline, decided exactly once, by moderators only, after restarts."""

import asyncio
import re

import simcord
import simcord._modal

from tests.databases import rows

CODE = re.compile(r"`([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})`")


async def on_the_list(world, name="bob", **options):
    """Someone joins the waitlist; (them, their entry's message)."""
    person = world.newcomer(name)
    await person.slash(world.welcome, "waitlist join", **options)
    return person, world.modq.last_message


def fields(message):
    return {field.name: field.value for field in message.embeds[0].fields}


def codes(world):
    return rows(world.env.bot.config.database, "SELECT code, kind, reserved_user_id, inviter_id, max_uses FROM codes")


def invite_requests(world):
    return [r for r in world.env.http_requests if r.method == "POST" and r.path.endswith("/invites")]


async def test_invite_dms_the_code_with_its_link_and_redeeming_it_admits(ready):
    bob, entry = await on_the_list(ready)
    answer = await ready.mod.click(entry, label="Invite")
    shown = (answer.followups or [answer.response])[-1].content
    assert f"Invited <@{bob.id}>" in shown
    [(code, kind, reserved, inviter, uses)] = codes(ready)
    assert (kind, reserved, inviter, uses) == ("waitlist", bob.id, ready.mod.id, 1)
    [request] = invite_requests(ready)
    assert request.json["max_uses"] == 1 and request.json["max_age"] == 7 * 86_400
    [invite] = ready.guild.invites()
    [dm] = ready.dms(bob)
    display = "-".join(code[i : i + 4] for i in range(0, 12, 4))
    assert f"`{display}`" in dm and f"https://discord.gg/{invite.code}" in dm and f"/redeem {display}" in dm
    decided = ready.modq.history()[-1]
    assert decided.id == entry.id and decided.components == []
    assert f"Invited by <@{ready.mod.id}>" in fields(decided)["Status"] and display in fields(decided)["Status"]
    assert f"invited from the waitlist by <@{ready.mod.id}>" in ready.logs.last_message.content
    welcome = await bob.slash(ready.welcome, "redeem", code=display)
    assert "Welcome" in welcome.response.content and await ready.roles_of(bob) == {"Member"}
    assert "Redeemed a code" in fields(ready.modq.history()[-1])["Status"]
    # quota: the moderator's code spends none of theirs (mods hold the member role, with a quota of 3)
    listed = await ready.mod.slash(ready.general, "invite list")
    assert "0 of 3 uses spent" in listed.response.embeds[0].fields[0].value


async def test_a_code_from_the_waitlist_follows_the_approval_policy(approving):
    bob, entry = await on_the_list(approving)
    await approving.mod.click(entry, label="Invite")
    [(code, *_)] = codes(approving)
    result = await bob.slash(approving.welcome, "redeem", code=code)
    assert "A moderator will review" in result.response.content
    request = approving.modq.last_message
    assert request.embeds[0].title.startswith("Admission request") and await approving.roles_of(bob) == {"Newcomer"}


async def test_decline_with_a_reason_dms_it_and_closes_the_entry(ready):
    bob, entry = await on_the_list(ready)
    form = await ready.mod.click(entry, label="Decline")
    assert form.modal is not None
    answer = await ready.mod.submit_modal(form, {"reason": "we are full <@&1> @everyone"})
    assert f"Declined <@{bob.id}>" in (answer.followups or [answer.response])[-1].content
    [dm] = ready.dms(bob)
    assert "was declined" in dm and "we are full" in dm and "join the waitlist again" in dm
    decided = ready.modq.history()[-1]
    assert f"Declined by <@{ready.mod.id}>" in fields(decided)["Status"] and "we are full" in fields(decided)["Reason"]
    assert decided.components == []
    line = ready.logs.last_message.content
    assert f"<@{bob.id}> was declined from the waitlist by <@{ready.mod.id}>" in line and "we are full" in line
    assert codes(ready) == [] and ready.pings() == []


async def test_a_non_moderator_is_refused_and_nothing_changes(ready):
    bob, entry = await on_the_list(ready)
    refused = await ready.admin.click(entry, label="Invite")
    assert refused.ephemeral and "Only moderators" in refused.response.content
    no_form = await ready.admin.click(entry, label="Decline")
    assert no_form.modal is None and "Only moderators" in no_form.response.content
    assert codes(ready) == [] and ready.dms(bob) == []
    assert [b.label for b in ready.modq.history()[-1].components[0].children] == ["Invite", "Decline"]


async def test_two_moderators_clicking_invite_at_once_make_one_code(ready):
    bob, entry = await on_the_list(ready)
    second = ready.guild.add_member(ready.env.create_user("mod2"), roles=[ready.mods, ready.member_role])
    await ready.env.settle()
    results = await asyncio.gather(
        simcord.actors._component_click(ready.mod, entry, label="Invite", custom_id=None),
        simcord.actors._component_click(second, entry, label="Invite", custom_id=None),
    )
    answers = [(r.followups or [r.response])[-1].content for r in results]
    assert sum("Invited" in a for a in answers) == 1
    assert sum("already invited by" in a for a in answers) == 1
    assert len(codes(ready)) == 1 and len(ready.dms(bob)) == 1


async def test_a_second_decline_form_is_told_who_decided(ready):
    bob, entry = await on_the_list(ready)
    first = await ready.mod.click(entry, label="Decline")
    second_mod = ready.guild.add_member(ready.env.create_user("mod2"), roles=[ready.mods, ready.member_role])
    second = await second_mod.click(entry, label="Decline")
    await second_mod.submit_modal(second, {"reason": "first"})
    late = await ready.mod.submit_modal(first, {"reason": "second"})
    assert f"already declined by <@{second_mod.id}>" in (late.followups or [late.response])[-1].content
    assert len(ready.dms(bob)) == 1 and "first" in ready.dms(bob)[0]


async def test_invite_racing_the_persons_redemption_makes_one_way_in(ready):
    bob, entry = await on_the_list(ready)
    member_code = await ready.create_code()
    results = await asyncio.gather(
        simcord.actors._component_click(ready.mod, entry, label="Invite", custom_id=None),
        simcord.actors._slash(bob, ready.welcome, "redeem", {"code": member_code}),
    )
    answer = (results[0].followups or [results[0].response])[-1].content
    assert await ready.roles_of(bob) == {"Member"}
    assert "Redeemed a code" in fields(ready.modq.history()[-1])["Status"]
    database = ready.env.bot.config.database
    waitlist_codes = rows(database, "SELECT revoked_at FROM codes WHERE kind = 'waitlist'")
    if "already redeemed a code" in answer:  # the redemption committed first: no code was made
        assert waitlist_codes == []
    else:  # the Invite committed first: the redemption revoked its unused code
        assert "Invited" in answer and len(waitlist_codes) == 1 and waitlist_codes[0][0] is not None


async def test_redeeming_a_members_code_closes_the_entry(ready):
    bob, entry = await on_the_list(ready)
    await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    assert entry.id == ready.bot_messages(ready.modq)[0].id
    fresh = ready.modq.history()[0]
    assert fresh.components == [] and "Redeemed a code" in fields(fresh)["Status"]


async def test_buttons_keep_working_after_a_restart(ready, make_bot):
    bob, entry = await on_the_list(ready)
    await ready.env.restart_bot(make_bot())
    await ready.mod.click(entry, label="Invite")
    assert len(ready.dms(bob)) == 1 and len(codes(ready)) == 1


async def test_closed_dms_on_invite_tell_the_moderator_and_status_shows_the_code(ready):
    bob, entry = await on_the_list(ready)
    ready.env.inject_error("POST", f"/channels/{bob.user.dm_channel.id}/messages", status=403, code=50007, times=None)
    answer = await ready.mod.click(entry, label="Invite")
    told = (answer.followups or [answer.response])[-1].content
    assert f"could not DM <@{bob.id}>" in told and "/waitlist status" in told
    [(code, *_)] = codes(ready)
    status = (await bob.slash(ready.welcome, "waitlist status")).response.content
    display = "-".join(code[i : i + 4] for i in range(0, 12, 4))
    [invite] = ready.guild.invites()
    assert f"`{display}`" in status and f"https://discord.gg/{invite.code}" in status and "valid until <t:" in status


async def test_a_dm_refused_on_a_later_try_is_told_to_the_moderators(ready):
    """Discord fails the DM at first (the moderator is told it will come); by the retry, the person has closed their
    DMs: nobody who acted is there to hear it, so the moderator channel is told, once."""
    bob, entry = await on_the_list(ready)
    dms = f"/channels/{bob.user.dm_channel.id}/messages"
    ready.env.inject_error("POST", dms, status=500, times=1)
    answer = await ready.mod.click(entry, label="Invite")
    assert "I will keep trying" in (answer.followups or [answer.response])[-1].content
    ready.env.inject_error("POST", dms, status=403, code=50007, times=None)
    await ready.env.advance_time(3600)
    notices = [m.content for m in ready.bot_messages(ready.modq) if m.content.startswith("⚠️")]
    assert notices == [
        f"⚠️ I could not DM <@{bob.id}> the code they were sent from the waitlist: their DMs are closed."
        f" They can read it with `/waitlist status` in <#{ready.welcome.id}>."
    ]
    assert rows(ready.env.bot.config.database, "SELECT COUNT(*) FROM deliveries WHERE kind LIKE 'waitlist%'") == [(0,)]


async def test_an_invite_link_refused_still_dms_the_code_without_a_link(ready):
    bob, entry = await on_the_list(ready)
    ready.env.inject_error("POST", f"/channels/{ready.welcome.id}/invites", status=403, times=None)
    answer = await ready.mod.click(entry, label="Invite")
    assert "could not make an invite link" in (answer.followups or [answer.response])[-1].content
    [dm] = ready.dms(bob)
    [(code, *_)] = codes(ready)
    assert code[:4] in dm and "discord.gg" not in dm and ready.guild.invites() == []


async def test_someone_gone_from_the_server_is_closed_as_left_without_a_code(ready):
    bob, entry = await on_the_list(ready)
    ready.guild.remove_member(bob)
    await ready.env.settle()
    answer = await ready.mod.click(entry, label="Invite")
    assert f"<@{bob.id}> has left the server" in (answer.followups or [answer.response])[-1].content
    assert codes(ready) == [] and ready.dms(bob) == []
    closed = ready.modq.history()[-1]
    assert "Left <t:" in fields(closed)["Status"] and closed.components == []


async def test_declining_someone_gone_closes_the_entry_as_left_with_no_cooldown(ready):
    bob, entry = await on_the_list(ready)
    form = await ready.mod.click(entry, label="Decline")
    ready.guild.remove_member(bob)
    await ready.env.settle()
    answer = await ready.mod.submit_modal(form, {"reason": "spam"})
    assert f"<@{bob.id}> has left the server" in (answer.followups or [answer.response])[-1].content
    closed = ready.modq.history()[-1]
    assert "Left <t:" in fields(closed)["Status"] and closed.components == [] and ready.dms(bob) == []
    assert "declined" not in ready.logs.last_message.content
    back = ready.guild.add_member(bob.user, roles=[ready.newcomer_role])  # they come back: no cooldown to wait out
    await ready.env.settle()
    assert "position **1**" in (await back.slash(ready.welcome, "waitlist join")).response.content


async def test_a_waiting_entry_follows_a_new_moderator_channel(ready):
    bob, entry = await on_the_list(ready)
    staff = ready.staff_channel("staff")
    await ready.setup(mod_channel=staff)
    left_behind = await ready.env.bot.get_channel(ready.modq.id).fetch_message(entry.id)
    assert left_behind.content == f"📦 Moved to <#{staff.id}>, the moderator channel now: decide it there."
    assert left_behind.components == []
    moved = staff.last_message
    assert f"<@{bob.id}>" in fields(moved)["Person"]
    await ready.mod.click(moved, label="Invite")
    assert len(ready.dms(bob)) == 1 and "Invited by" in fields(staff.last_message)["Status"]


async def test_a_decline_form_submitted_after_a_restart_is_answered_and_declines(ready, make_bot):
    bob, entry = await on_the_list(ready)
    shown = await ready.mod.click(entry, label="Decline")
    await ready.env.restart_bot(make_bot())
    result = await ready.mod.submit_modal(shown, {"reason": "not this time"})
    assert result.acknowledged and "not this time" in ready.dms(bob)[-1]
    assert "Declined by" in fields(ready.modq.history()[-1])["Status"]


async def test_a_regenerated_waitlist_code_is_sent_again_and_the_entry_holds_it(ready):
    """The moderator's code leaked: they regenerate it, and the person on the list gets the new one (and link)."""
    bob, entry = await on_the_list(ready)
    await ready.mod.click(entry, label="Invite")
    [first_dm] = ready.dms(bob)
    old = CODE.search(first_dm).group(1)
    answer = await ready.mod.slash(ready.general, "invite regenerate", code=old)
    new = ready.code_in(answer.response.content)
    [_, second_dm] = ready.dms(bob)
    [invite] = ready.guild.invites()  # the old code's link deleted, the new one's made before the DM
    assert f"`{new}`" in second_dm and f"https://discord.gg/{invite.code}" in second_dm
    status = await bob.slash(ready.welcome, "waitlist status")
    assert new in status.response.content and old not in status.response.content
    assert "revoked" in (await bob.slash(ready.welcome, "redeem", code=old)).response.content
    assert "Welcome" in (await bob.slash(ready.welcome, "redeem", code=new)).response.content
    assert "Redeemed a code" in fields(ready.modq.history()[-1])["Status"]
