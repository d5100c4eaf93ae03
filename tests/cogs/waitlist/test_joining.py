"""/waitlist join, leave and status, and every refusal, as the person without a code sees them."""

from bot.core.quotas import DAY
from tests.databases import rows


async def join(world, who, **options):
    return (await who.slash(world.welcome, "waitlist join", **options)).response.content


async def test_joining_replies_with_the_position_and_posts_the_entry(ready):
    bob = ready.newcomer("bob")
    reply = await join(ready, bob, about="a friend of <@&1> @everyone, I **love** chess")
    assert "at position **1**" in reply
    entry = ready.modq.last_message
    fields = {field.name: field.value for field in entry.embeds[0].fields}
    person = fields["Person"]
    assert f"<@{bob.id}>" in person and str(bob.id) in person and "Account created <t:" in person
    assert fields["About them"] == "a friend of <@&1> @everyone, I \\*\\*love\\*\\* chess"
    assert fields["Joined"].startswith("<t:") and "Waiting" in fields["Status"]
    assert [b.label for b in entry.components[0].children] == ["Invite", "Decline"]
    assert f"<@{bob.id}> joined the waitlist" in ready.logs.last_message.content
    assert ready.pings() == []


async def test_positions_recount_when_someone_is_invited(ready):
    people = [ready.newcomer(name) for name in ("bob", "carol", "dave")]
    replies = [await join(ready, person) for person in people]
    assert [f"at position **{n}**" in reply for n, reply in enumerate(replies, start=1)] == [True, True, True]
    first_entry = ready.bot_messages(ready.modq)[0]
    await ready.mod.click(first_entry, label="Invite")
    status = await people[2].slash(ready.welcome, "waitlist status")
    assert "position **2**" in status.response.content
    invited = await people[0].slash(ready.welcome, "waitlist status")
    assert "You were sent an invitation code" in invited.response.content


async def test_leaving_closes_the_entry(ready):
    bob = ready.newcomer("bob")
    await join(ready, bob)
    left = await bob.slash(ready.welcome, "waitlist leave")
    assert left.response.content == "You left the waitlist."
    fields = {field.name: field.value for field in ready.modq.last_message.embeds[0].fields}
    assert "Left <t:" in fields["Status"] and ready.modq.last_message.components == []
    status = await bob.slash(ready.welcome, "waitlist status")
    assert "You are not on the waitlist" in status.response.content
    again = await bob.slash(ready.welcome, "waitlist leave")
    assert again.response.content == "You are not on the waitlist."


async def test_joining_and_leaving_in_a_loop_stops_at_three_entries_a_day(ready):
    """Each join posts an entry for the moderators: a loop of joins and leaves must not flood their channel."""
    bob = ready.newcomer("bob")
    for _ in range(3):
        assert "at position **1**" in await join(ready, bob)
        await bob.slash(ready.welcome, "waitlist leave")
    entries = len(ready.bot_messages(ready.modq))
    refused = await join(ready, bob)
    assert refused.startswith("You have joined the waitlist 3 times in the last day. You can join it again <t:")
    assert len(ready.bot_messages(ready.modq)) == entries  # nothing posted
    await ready.env.advance_time(DAY)
    assert "at position **1**" in await join(ready, bob)


async def test_joining_elsewhere_is_refused_pointing_to_the_welcome_channel(ready):
    bob = ready.newcomer("bob")
    lobby = ready.guild.create_text_channel("lobby")
    reply = (await bob.slash(lobby, "waitlist join")).response.content
    assert f"<#{ready.welcome.id}>" in reply and "/waitlist join" in reply
    assert ready.bot_messages(ready.modq) == []


async def test_a_member_is_refused(ready):
    reply = await join(ready, ready.admin)
    assert "already a member" in reply
    assert ready.bot_messages(ready.modq) == []


async def test_the_closed_waitlist_is_refused(ready):
    await ready.admin.slash(ready.general, "gate policy", waitlist=False)
    reply = await join(ready, ready.newcomer("bob"))
    assert "waitlist is closed" in reply and ready.bot_messages(ready.modq) == []


async def test_someone_already_on_it_is_told_where(ready):
    bob = ready.newcomer("bob")
    await join(ready, bob)
    assert "already on the waitlist, at position **1**" in await join(ready, bob)
    await ready.mod.click(ready.modq.last_message, label="Invite")
    assert "were sent a code: see `/waitlist status`" in await join(ready, bob)
    assert len(ready.bot_messages(ready.modq)) == 1


async def test_someone_with_an_open_admission_is_refused(approving):
    bob, _, _ = await approving.request_for()
    reply = await join(approving, bob)
    assert "admission is still open" in reply


async def test_about_too_long_is_refused(ready):
    reply = await join(ready, ready.newcomer("bob"), about="x" * 301)
    assert "about" in reply and "300" in reply
    assert ready.bot_messages(ready.modq) == []


async def test_a_decline_keeps_them_off_until_the_cooldown_ends(ready):
    bob = ready.newcomer("bob")
    await join(ready, bob)
    shown = await ready.mod.click(ready.modq.last_message, label="Decline")
    await ready.mod.submit_modal(shown, {"reason": "not now"})
    refused = await join(ready, bob)
    [(declined_at,)] = rows(ready.env.bot.config.database, "SELECT decided_at FROM waitlist")
    assert "was declined" in refused and f"<t:{declined_at + 30 * DAY}:f>" in refused
    status = (await bob.slash(ready.welcome, "waitlist status")).response.content
    assert "was declined" in status and f"<t:{declined_at + 30 * DAY}:f>" in status
    await ready.env.advance_time(30 * DAY)
    assert "at position **1**" in await join(ready, bob)
    assert len(ready.bot_messages(ready.modq)) == 2


async def test_someone_whose_code_expired_unused_may_join_again(ready):
    bob = ready.newcomer("bob")
    await join(ready, bob)
    first = ready.modq.last_message
    await ready.mod.click(first, label="Invite")
    await ready.env.advance_time(8 * DAY)  # the code lives 7 days
    status = (await bob.slash(ready.welcome, "waitlist status")).response.content
    assert "That code is expired now" in status and "/waitlist join" in status
    assert "at position **1**" in await join(ready, bob)
    old = await ready.env.bot.get_channel(ready.modq.id).fetch_message(first.id)
    assert "Their code ended unused" in {f.name: f.value for f in old.embeds[0].fields}["Status"]
    fresh = ready.modq.last_message
    assert fresh.id != first.id and [b.label for b in fresh.components[0].children] == ["Invite", "Decline"]
