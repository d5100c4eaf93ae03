"""The waitlist as admins and members see it: the two policies, /gate waitlist, whois, and a member vouching."""

from tests.databases import rows


async def join(world, name, **options):
    person = world.newcomer(name)
    await person.slash(world.welcome, "waitlist join", **options)
    return person


def entry_of(world, person):
    """The entry message of someone on the waitlist."""
    return next(m for m in world.bot_messages(world.modq) if f"<@{person.id}>" in m.embeds[0].fields[0].value)


async def test_policy_changes_are_validated_logged_and_shown(ready):
    saved = await ready.admin.slash(ready.general, "gate policy", waitlist=False, waitlist_cooldown_days=7)
    assert saved.response.content.startswith("Saved")
    line = ready.logs.last_message.content
    assert "waitlist: on → off" in line and "waitlist_cooldown_days: 30 → 7" in line
    shown = (await ready.admin.slash(ready.general, "gate settings")).response.embeds[0]
    policy = {f.name: f.value for f in shown.fields}
    assert "Waitlist: closed" in policy["Policy"] and "after 7 days" in policy["Policy"]
    refused = await ready.admin.slash(ready.general, "gate policy", waitlist_cooldown_days=366)
    assert "waitlist_cooldown_days" in refused.response.content and "0" in refused.response.content
    assert rows(ready.env.bot.config.database, "SELECT waitlist_cooldown_days FROM guild_settings") == [(7,)]


async def test_settings_show_the_waitlist_open_by_default(ready):
    embed = (await ready.admin.slash(ready.general, "gate settings")).response.embeds[0]
    policy = {f.name: f.value for f in embed.fields}["Policy"]
    assert "Waitlist: open (default)" in policy and "after 30 days (default)" in policy


async def test_gate_waitlist_pages_the_open_entries_in_order(ready):
    people = [await join(ready, f"guest{i}", about=f"hello {i}") for i in range(12)]
    await ready.mod.click(entry_of(ready, people[0]), label="Invite")
    result = await ready.admin.slash(ready.general, "gate waitlist")
    first = result.response.embeds[0]
    lines = first.description.splitlines()
    assert lines[0].startswith("📨") and f"invited by <@{ready.mod.id}>" in lines[0]
    assert lines[1].startswith(f"**1.** <@{people[1].id}> · joined <t:") and "hello 1" in lines[1]
    assert "Page 1 of 2" in first.footer.text
    second = (await ready.admin.click(result.response.message, label="Next")).response.embeds[0]
    assert second.description.splitlines()[-1].startswith(f"**11.** <@{people[11].id}>")


async def test_gate_waitlist_when_nobody_waits(ready):
    embed = (await ready.admin.slash(ready.general, "gate waitlist")).response.embeds[0]
    assert embed.description == "Nobody is on the waitlist."


async def test_whois_shows_the_waitlist_history(ready):
    bob = await join(ready, "bob")
    form = await ready.mod.click(entry_of(ready, bob), label="Decline")
    await ready.mod.submit_modal(form, {})
    await ready.admin.slash(ready.general, "gate policy", waitlist_cooldown_days=0)
    await bob.slash(ready.welcome, "waitlist join")
    await ready.mod.click(ready.modq.last_message, label="Invite")
    embed = (await ready.admin.slash(ready.general, "gate whois", member=bob)).response.embeds[0]
    history = embed.description.split("**Waitlist (2)**")[1].strip().splitlines()
    assert "Joined <t:" in history[0] and f"invited by <@{ready.mod.id}>" in history[0]
    assert f"declined by <@{ready.mod.id}>" in history[1]


async def test_a_member_vouching_for_someone_waiting_sends_them_the_code(ready):
    bob = await join(ready, "bob")
    reply = (await ready.alice.slash(ready.general, "invite create", for_user=str(bob.id))).response.content
    code = ready.code_in(reply)
    assert f"<@{bob.id}> was on the waitlist: I sent them this code by DM." in reply
    [dm] = ready.dms(bob)
    [invite] = ready.guild.invites()
    assert code in dm and f"<@{ready.alice.id}>" in dm and f"https://discord.gg/{invite.code}" in dm
    status = {f.name: f.value for f in entry_of(ready, bob).embeds[0].fields}["Status"]
    assert f"Invited by <@{ready.alice.id}>" in status and code in status
    assert f"was sent code `{code}` by <@{ready.alice.id}>" in ready.logs.last_message.content
    await bob.slash(ready.welcome, "redeem", code=code)
    assert await ready.roles_of(bob) == {"Member"}


async def test_a_reserved_code_for_someone_not_waiting_sends_nothing(ready):
    bob = ready.newcomer("bob")
    reply = (await ready.alice.slash(ready.general, "invite create", for_user=str(bob.id))).response.content
    assert "waitlist" not in reply
    assert bob.user.dm_channel is None or ready.dms(bob) == []
