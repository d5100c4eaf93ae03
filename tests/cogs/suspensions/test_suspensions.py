"""/gate suspend and /gate unsuspend (SPEC section 12): what the suspended member, the admin, the log and the
moderator queue see, and what the database and Discord end up holding."""

import asyncio

import simcord

from tests.databases import rows


def deletions(world) -> list[str]:
    return [r.path for r in world.env.http_requests if r.method == "DELETE" and r.path.startswith("/invites/")]


def suspended(world) -> list[tuple]:
    return rows(world.env.bot.config.database, "SELECT user_id, reason, via FROM suspensions ORDER BY user_id")


async def suspend(world, who, **options):
    return (await world.admin.slash(world.general, "gate suspend", member=who, **options)).response.content


async def admitted(world, inviter, name):
    """A newcomer let in with a fresh code of `inviter` (approval off): now a member who may invite."""
    code = await world.create_code(inviter)
    person = world.newcomer(name)
    await person.slash(world.welcome, "redeem", code=code)
    return person


async def test_a_suspended_member_loses_their_codes_and_cannot_make_more_until_lifted(ready):
    first = await ready.create_code()
    second = await ready.create_code()
    alice = ready.alice
    reply = await suspend(ready, alice, reason="selling invites")
    assert reply == f"🚫 <@{alice.id}> is suspended. Codes revoked: 2. Waiting requests marked: 0."
    assert ready.logs.last_message.content == (
        f"🚫 <@{ready.admin.id}> suspended <@{alice.id}> (2 codes revoked). Reason: selling invites"
    )
    assert suspended(ready) == [(alice.id, "selling invites", None)]
    assert rows(ready.env.bot.config.database, "SELECT count(*) FROM codes WHERE revoked_at IS NULL") == [(0,)]
    assert len(deletions(ready)) == 2  # both links deleted on Discord
    refused = (await alice.slash(ready.general, "invite create")).response.content
    assert refused == (
        "You are suspended on this server, so you cannot create or regenerate invitation codes. Reason: selling invites"
    )
    regenerated = (await alice.slash(ready.general, "invite regenerate", code=first)).response.content
    assert regenerated.startswith("You are suspended")
    newcomer = ready.newcomer("bob")
    assert "revoked" in (await newcomer.slash(ready.welcome, "redeem", code=second)).response.content
    assert rows(ready.env.bot.config.database, "SELECT count(*) FROM admissions") == [(0,)]
    assert (await suspend(ready, alice)) == f"<@{alice.id}> is already suspended."

    whois = (await ready.admin.slash(ready.general, "gate whois", member=alice)).response.embeds[0].description
    assert whois.splitlines()[0].startswith("🚫 **Suspended** <t:") and "Reason: selling invites" in whois

    lifted = await ready.admin.slash(ready.general, "gate unsuspend", member=alice)
    assert lifted.response.content.startswith(f"✅ <@{alice.id}> is no longer suspended.")
    assert ready.logs.last_message.content == f"✅ <@{ready.admin.id}> lifted the suspension of <@{alice.id}>."
    assert suspended(ready) == []
    assert ready.code_in((await alice.slash(ready.general, "invite create")).response.content)
    again = await ready.admin.slash(ready.general, "gate unsuspend", member=alice)
    assert again.response.content == f"<@{alice.id}> is not suspended."


async def test_a_waiting_request_made_with_their_code_is_marked_in_the_queue(approving):
    bob, request, _ = await approving.request_for("bob")
    await suspend(approving, approving.alice)
    shown = approving.modq.last_message
    assert shown.id == request.id  # edited where it was, still waiting with its buttons
    fields = {f.name: f.value for f in shown.embeds[0].fields}
    assert fields["⚠️ Inviter suspended"].startswith("The member who invited them was suspended <t:")
    assert shown.components
    pending = await approving.admin.slash(approving.general, "gate pending")
    [line] = (pending.followups or [pending.response])[-1].embeds[0].description.splitlines()
    assert line.startswith(f"<@{bob.id}>") and "⚠️ inviter suspended" in line
    await approving.admin.slash(approving.general, "gate unsuspend", member=approving.alice)
    assert "⚠️ Inviter suspended" not in {f.name for f in approving.modq.last_message.embeds[0].fields}
    pending = await approving.admin.slash(approving.general, "gate pending")
    assert "suspended" not in (pending.followups or [pending.response])[-1].embeds[0].description
    assert bob.id not in [row[0] for row in suspended(approving)]


async def test_branch_suspends_everyone_they_vouched_for_three_levels_down(ready):
    alice = ready.alice
    bob = await admitted(ready, alice, "bob")
    carol = await admitted(ready, bob, "carol")
    dave = await admitted(ready, carol, "dave")
    daves_code = await ready.create_code(dave)
    outsider = ready.member("erin")
    reply = await suspend(ready, alice, branch=True)
    assert reply.startswith(f"🚫 <@{alice.id}> is suspended, and 3 members they invited")
    assert "Codes revoked: 1." in reply
    assert suspended(ready) == sorted(
        [(alice.id, None, None), (bob.id, None, alice.id), (carol.id, None, alice.id), (dave.id, None, alice.id)]
    )
    line = ready.logs.last_message.content
    assert f"suspended <@{alice.id}> and 3 members they invited: <@{bob.id}>" in line
    assert f"<@{dave.id}>" in line and "no reason given" in line
    assert (await dave.slash(ready.general, "invite create")).response.content.startswith("You are suspended")
    assert "revoked" in (await ready.newcomer("frank").slash(ready.welcome, "redeem", code=daves_code)).response.content
    assert ready.code_in((await outsider.slash(ready.general, "invite create")).response.content)
    whois = (await ready.admin.slash(ready.general, "gate whois", member=carol)).response.embeds[0].description
    assert f"with everyone <@{alice.id}> invited" in whois.splitlines()[0]
    tree = (await ready.admin.slash(ready.general, "gate tree", member=alice)).response.embeds[0].description
    below = tree.split("\n", 2)[2]  # the member, the heading, then everyone below
    assert [line.strip(" └\u2003") for line in below.splitlines()] == [
        f"<@{p.id}>: suspended" for p in (bob, carol, dave)
    ]


async def test_the_suspended_member_and_the_admin_read_their_own_languages(ready, spoken):
    spoken.set(ready.alice.id, "de")
    spoken.set(ready.admin.id, "fr")
    reply = await suspend(ready, ready.alice, reason="Spam")
    assert reply.startswith(f"🚫 <@{ready.alice.id}> est suspendu·e. Codes révoqués : 0.")
    refused = (await ready.alice.slash(ready.general, "invite create")).response.content
    assert refused.startswith("Du hast auf diesem Server eine Einladungssperre") and refused.endswith("Grund: Spam")


async def test_a_suspension_and_a_creation_at_once_leave_no_active_code(gil_for_races, ready):
    """One wins cleanly: the code is refused, or it is made and the suspension revokes it (its link too)."""
    alice = ready.alice
    made, told = await asyncio.gather(
        simcord.actors._slash(alice, ready.general, "invite create", {}),
        simcord.actors._slash(ready.admin, ready.general, "gate suspend", {"member": alice}),
    )
    assert told.response.content.startswith(f"🚫 <@{alice.id}> is suspended.")
    active = rows(ready.env.bot.config.database, "SELECT count(*) FROM codes WHERE revoked_at IS NULL")
    assert active == [(0,)]
    if made.response.content.startswith("You are suspended"):
        assert rows(ready.env.bot.config.database, "SELECT count(*) FROM codes") == [(0,)]
    else:
        assert ready.code_in(made.response.content) and "Codes revoked: 1." in told.response.content
