"""DMs in a remembered channel: opened ahead where a person acts, so a DM about an admission is one call."""

from tests.databases import execute, rows

OPEN_DM = ("POST", "/users/@me/channels")


def calls(world, since: int) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in world.env.http_requests[since:]]


def remembered(world) -> dict[int, int]:
    return dict(rows(world.env.bot.config.database, "SELECT user_id, channel_id FROM direct_channels"))


async def test_creating_a_code_opens_the_inviters_dm_ahead_and_remembers_it(ready):
    start = len(ready.env.http_requests)
    await ready.create_code()
    assert calls(ready, start).count(OPEN_DM) == 1
    assert remembered(ready) == {ready.alice.id: ready.alice.user.dm_channel.id}
    start = len(ready.env.http_requests)
    await ready.create_code()  # known now: not opened again
    assert OPEN_DM not in calls(ready, start)


async def test_the_inviter_is_told_without_opening_a_channel_even_after_a_restart(ready, make_bot):
    code = await ready.create_code()
    await ready.env.restart_bot(make_bot())  # discord.py forgets its DM channels; the database does not
    bob = ready.newcomer("bob")
    start = len(ready.env.http_requests)
    await bob.slash(ready.welcome, "redeem", code=code)
    assert OPEN_DM not in calls(ready, start)
    [dm] = ready.dms(ready.alice)
    assert f"<@{bob.id}>" in dm


async def test_a_newcomer_waiting_for_approval_is_told_the_decision_without_opening_a_channel(approving):
    bob, request, _ = await approving.request_for()
    assert bob.id in remembered(approving)  # opened after the newcomer was answered
    start = len(approving.env.http_requests)
    await approving.mod.click(request, label="Approve")
    assert OPEN_DM not in calls(approving, start)
    assert "approved" in approving.dms(bob)[-1]


async def test_a_remembered_channel_discord_no_longer_knows_is_opened_again(ready):
    code = await ready.create_code()
    execute(
        ready.env.bot.config.database, "UPDATE direct_channels SET channel_id = 1 WHERE user_id = $1", ready.alice.id
    )
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=code)
    await ready.env.settle()
    assert len(ready.dms(ready.alice)) == 1
    assert remembered(ready)[ready.alice.id] == ready.alice.user.dm_channel.id


async def test_a_dm_that_cannot_be_opened_ahead_is_opened_when_sent(ready):
    ready.env.inject_error(*OPEN_DM, status=500, times=1)
    code = await ready.create_code()
    assert remembered(ready) == {}
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=code)
    assert len(ready.dms(ready.alice)) == 1
    assert ready.alice.id in remembered(ready)


async def test_approve_is_answered_by_the_request_showing_the_decision(approving):
    bob, request, _ = await approving.request_for()
    start = len(approving.env.http_requests)
    result = await approving.mod.click(request, label="Approve")
    answers = [r for r in approving.env.http_requests[start:] if r.path.endswith("/callback")]
    assert [r.json["type"] for r in answers] == [7]  # the click's answer is the request's edit
    assert ("PATCH", f"/channels/{approving.modq.id}/messages/{request.id}") not in calls(approving, start)
    [shown] = [m for m in approving.modq.history() if m.id == request.id]
    assert shown.components == [] and "Approved by" in str(shown.embeds[0].fields)
    assert result.acknowledged and await approving.roles_of(bob) == {"Member"}
