"""Requests stay reachable, and every click or form on one is answered (SPEC section 9)."""

import asyncio
import re

import simcord._modal


def links(embed) -> list[str]:
    return re.findall(r"\]\((https://discord\.com/channels/[\d/]+)\)", embed.description)


async def delete_message(world, message) -> None:
    """A moderator deletes the request message in Discord."""
    await world.env.bot.get_channel(message.channel.id).get_partial_message(message.id).delete()
    await world.env.settle()


async def test_gate_pending_posts_a_deleted_request_again_and_links_the_new_one(approving):
    bob, request, _ = await approving.request_for()
    await delete_message(approving, request)
    embed = (await approving.admin.slash(approving.general, "gate pending")).response.embeds[0]
    [reposted] = approving.bot_messages(approving.modq)
    assert reposted.id != request.id and [b.label for b in reposted.components[0].children] == ["Approve", "Deny"]
    assert links(embed) == [f"https://discord.com/channels/{approving.guild.id}/{approving.modq.id}/{reposted.id}"]
    await approving.mod.click(reposted, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}


async def test_a_waiting_request_follows_the_moderator_channel_to_a_new_one(approving):
    bob, request, _ = await approving.request_for()
    staff = approving.staff_channel("staff")
    await approving.setup(mod_channel=staff, approval=True)
    [moved] = approving.bot_messages(staff)  # posted there at once, not when someone asks
    old = approving.env.bot.get_channel(approving.modq.id)
    left_behind = await old.fetch_message(request.id)
    assert left_behind.components == [] and f"<#{staff.id}>" in left_behind.content  # no second live copy
    embed = (await approving.admin.slash(approving.general, "gate pending")).response.embeds[0]
    assert f"/{staff.id}/{moved.id}" in links(embed)[0]
    await approving.mod.click(moved, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}


async def test_a_decided_request_is_edited_where_it_was_posted_after_the_channel_changed(approving):
    _, request, _ = await approving.request_for()
    approving.fail_request_edits()
    await approving.mod.click(request, label="Approve")
    staff = approving.staff_channel("staff")
    await approving.setup(mod_channel=staff, approval=True)
    approving.env.backend.faults.clear()
    await approving.env.advance_time(3600)
    shown = await approving.env.bot.get_channel(approving.modq.id).fetch_message(request.id)
    assert shown.components == [] and "Approved by" in str(shown.embeds[0].fields)
    assert [m for m in approving.bot_messages(staff) if m.embeds] == []


async def test_gate_pending_shows_a_request_with_no_message_yet_as_such(approving):
    approving.env.inject_error("POST", f"/channels/{approving.modq.id}/messages", status=500, times=None)
    await approving.request_for()
    embed = (await approving.admin.slash(approving.general, "gate pending")).response.embeds[0]
    assert "not yet posted" in embed.description and links(embed) == []


async def test_a_decided_request_whose_message_is_gone_is_posted_again_showing_the_decision(approving):
    _, request, _ = await approving.request_for()
    approving.fail_request_edits()
    await approving.mod.click(request, label="Approve")
    await delete_message(approving, request)
    approving.env.backend.faults.clear()
    await approving.env.advance_time(3600)
    [shown] = [m for m in approving.bot_messages(approving.modq) if m.embeds]
    assert shown.id != request.id and shown.components == [] and "Approved by" in str(shown.embeds[0].fields)


async def test_gate_pending_says_when_posting_a_request_was_given_up(approving):
    approving.env.inject_error("POST", f"/channels/{approving.modq.id}/messages", status=500, times=None)
    await approving.request_for()
    await approving.env.advance_time(8 * 86_400)
    embed = (await approving.admin.slash(approving.general, "gate pending")).response.embeds[0]
    assert "gave up" in embed.description and "I keep trying" not in embed.description


async def test_a_request_whose_edit_failed_is_edited_until_it_shows_the_decision(approving):
    bob, request, _ = await approving.request_for()
    approving.fail_request_edits(times=3)
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}
    assert approving.modq.history()[-1].components != []  # the buttons are still there, for now
    await approving.env.advance_time(3600)
    shown = approving.modq.history()[-1]
    assert shown.components == [] and "Approved by" in str(shown.embeds[0].fields)


async def test_two_moderators_with_the_deny_form_open_are_both_answered(approving):
    bob, request, _ = await approving.request_for()
    other = approving.guild.add_member(approving.env.create_user("mod2"), roles=[approving.mods])
    first = await approving.mod.click(request, label="Deny")
    second = await other.click(request, label="Deny")
    assert first.modal["custom_id"] != second.modal["custom_id"]
    results = await asyncio.gather(
        simcord._modal._submit_modal(approving.mod, first, {"reason": "first"}),
        simcord._modal._submit_modal(other, second, {"reason": "second"}),
    )
    told = [r.response.content for r in results if r.response is not None and r.response.content]
    assert len(told) == 1 and "already denied by" in told[0]
    assert (
        len(approving.dms(bob)) == 1 and sum("denied" in m.content for m in approving.bot_messages(approving.logs)) == 1
    )


async def test_a_click_on_a_decided_request_is_told_who_decided_and_when(approving):
    _, request, _ = await approving.request_for()
    approving.fail_request_edits()
    await approving.mod.click(request, label="Approve")
    for label in ("Approve", "Deny"):
        late = await approving.admin.click(request, label=label)  # an admin without Manage Roles: refused first
        assert "Only moderators" in late.response.content
        late = await approving.mod.click(request, label=label)
        assert late.ephemeral and f"already approved by <@{approving.mod.id}> <t:" in late.response.content


async def test_a_deny_form_submitted_after_a_restart_is_answered_and_denies(approving, make_bot):
    bob, request, _ = await approving.request_for()
    shown = await approving.mod.click(request, label="Deny")
    await approving.env.restart_bot(make_bot())
    result = await approving.mod.submit_modal(shown, {"reason": "not this time"})
    assert result.acknowledged
    assert "not this time" in approving.dms(bob)[-1]
    assert "Denied by" in str(approving.modq.history()[-1].embeds[0].fields)


async def test_a_deny_form_left_open_for_a_day_is_answered_when_submitted(approving):
    bob, request, _ = await approving.request_for()
    shown = await approving.mod.click(request, label="Deny")
    await approving.env.advance_time(86_400)
    result = await approving.mod.submit_modal(shown, {"reason": "slept on it"})
    assert result.acknowledged and "slept on it" in approving.dms(bob)[-1]
