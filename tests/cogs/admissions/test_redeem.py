"""A newcomer redeems a code in the welcome channel (approval off)."""

import pytest


async def test_redeeming_grants_member_and_removes_newcomer_in_one_request(ready):
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    before = len(ready.env.http_requests)
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert result.ephemeral and "Welcome to **Doorman Test**" in result.response.content
    assert f"<@{ready.alice.id}>" in result.response.content
    assert await ready.roles_of(bob) == {"Member"}
    role_calls = [r for r in ready.env.http_requests[before:] if "/members/" in r.path and r.method != "GET"]
    assert [r.method for r in role_calls] == ["PATCH"]
    [entry] = [e for e in ready.guild.audit_log() if e.target_id == bob.id]
    assert code in entry.reason and str(ready.alice.id) in entry.reason


async def test_without_a_newcomer_role_the_member_role_is_added(world):
    await world.setup(newcomer_role=None)
    code = await world.create_code()
    carol = world.guild.add_member(world.env.create_user("carol"))
    await carol.slash(world.welcome, "redeem", code=code)
    assert await world.roles_of(carol) == {"Member"}


async def test_inviter_gets_one_dm_and_the_log_gets_one_line(ready):
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=code)
    [dm] = ready.dms(ready.alice)
    assert f"<@{bob.id}>" in dm and code in dm
    [line] = ready.bot_messages(ready.logs)[1:]  # after the setup line
    assert "admitted" in line.content and f"<@{bob.id}>" in line.content


async def test_a_closed_dm_never_breaks_the_admission(ready):
    code = await ready.create_code()
    ready.env.inject_error(
        "POST", f"/channels/{ready.alice.user.dm_channel.id}/messages", status=403, code=50007, times=None
    )
    bob = ready.newcomer("bob")
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert "Welcome" in result.response.content and await ready.roles_of(bob) == {"Member"}


async def test_redeem_elsewhere_points_to_the_welcome_channel(ready):
    lobby = ready.guild.create_text_channel("lobby")
    bob = ready.newcomer("bob")
    result = await bob.slash(lobby, "redeem", code=await ready.create_code())
    assert f"<#{ready.welcome.id}>" in result.response.content
    assert await ready.roles_of(bob) == {"Newcomer"}


async def test_a_member_is_told_they_are_already_in(ready):
    # Admins see the welcome channel in this layout and hold the member role.
    result = await ready.admin.slash(ready.welcome, "redeem", code=await ready.create_code())
    assert "already a member" in result.response.content


async def test_the_welcome_channel_check_comes_first(ready):
    lobby = ready.guild.create_text_channel("lobby")
    result = await ready.alice.slash(lobby, "redeem", code="nope")
    assert f"<#{ready.welcome.id}>" in result.response.content


async def test_before_setup_newcomers_are_told_to_wait_for_an_admin(world):
    bob = world.newcomer("bob")
    result = await bob.slash(world.welcome, "redeem", code="7KQ2-M9XD-4HBT")
    assert "not set up" in result.response.content


@pytest.mark.parametrize("reason", ["malformed", "unknown", "expired", "used up", "revoked", "reserved"])
async def test_refusals_name_the_reason_and_spend_nothing(ready, reason):
    code = await ready.create_code(expires_in="1h") if reason == "expired" else await ready.create_code()
    typed = code
    if reason == "malformed":
        typed = "hello"
    elif reason == "unknown":
        typed = "AAAA-AAAA-AAAA"
    elif reason == "expired":
        await ready.env.advance_time(3601)
    elif reason == "used up":
        await ready.newcomer("first").slash(ready.welcome, "redeem", code=code)
    elif reason == "revoked":
        await ready.alice.slash(ready.general, "invite revoke", code=code)
    elif reason == "reserved":
        typed = await ready.create_code(for_user="someone_else")
    bob = ready.newcomer("bob")
    result = await bob.slash(ready.welcome, "redeem", code=typed)
    assert result.ephemeral and reason in result.response.content, result.response.content
    assert await ready.roles_of(bob) == {"Newcomer"}


async def test_five_failures_lock_out_until_the_time_passes(ready):
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    for _ in range(4):
        await bob.slash(ready.welcome, "redeem", code="AAAA-AAAA-AAAA")
    fifth = await bob.slash(ready.welcome, "redeem", code="AAAA-AAAA-AAAA")
    assert "try again <t:" in fifth.response.content
    locked = await bob.slash(ready.welcome, "redeem", code=code)
    assert "Too many failed attempts" in locked.response.content
    await ready.env.advance_time(15 * 60)
    assert "Welcome" in (await bob.slash(ready.welcome, "redeem", code=code)).response.content


async def test_a_guessing_burst_alerts_moderators_once(ready):
    for i in range(30):
        await ready.newcomer(f"guesser{i}").slash(ready.welcome, "redeem", code=f"AAAA-AAAA-{i:04d}")
    alerts = [m for m in ready.bot_messages(ready.modq) if "guessing" in m.content]
    assert len(alerts) == 1


async def test_the_newcomer_is_answered_before_the_inviter_is_told(ready):
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    before = len(ready.env.http_requests)
    await bob.slash(ready.welcome, "redeem", code=code)
    requests = ready.env.http_requests[before:]
    calls = [(r.method, r.path) for r in requests]
    reply = next(i for i, r in enumerate(requests) if r.path.endswith("/callback") and r.json["type"] == 4)
    dm = next(
        i for i, (method, path) in enumerate(calls) if path == f"/channels/{ready.alice.user.dm_channel.id}/messages"
    )
    assert reply < dm
    assert ("GET", f"/guilds/{ready.guild.id}/members/{bob.id}") not in calls  # Discord sent the member along


async def test_a_quick_redemption_is_answered_at_once_without_thinking_first(ready):
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    before = len(ready.env.http_requests)
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert _responses(ready.env.http_requests[before:]) == ["message"]  # no "thinking…" before it
    assert result.ephemeral and "Welcome" in result.response.content


def _responses(requests):
    """The interaction responses among these requests, in order: a message, "thinking", or a follow-up."""
    kinds = {4: "message", 5: "thinking"}
    return [
        kinds.get(r.json["type"], r.json["type"]) if r.path.endswith("/callback") else "follow-up"
        for r in requests
        if r.path.startswith(("/interactions/", "/webhooks/"))
    ]


async def test_a_redemption_that_outlasts_the_patience_is_deferred_then_answered(ready, slow_redemptions):
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    before = len(ready.env.http_requests)
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert _responses(ready.env.http_requests[before:]) == ["thinking", "follow-up"]
    assert result.ephemeral and "Welcome" in result.response.content
    assert await ready.roles_of(bob) == {"Member"}


async def test_a_refusal_after_a_deferral_is_still_answered(ready, slow_redemptions):
    bob = ready.newcomer("bob")
    before = len(ready.env.http_requests)
    result = await bob.slash(ready.welcome, "redeem", code="0000-0000-0000")
    assert _responses(ready.env.http_requests[before:]) == ["thinking", "follow-up"]
    assert result.ephemeral and "unknown" in result.response.content
