"""What Discord refuses is retried, dropped or brought to the moderators, as SPEC section 9 says."""

from tests.databases import rows


def owed(world) -> list[tuple[str, int]]:
    """The deliveries still owed: (kind, failed attempts)."""
    return rows(world.env.bot.config.database, "SELECT kind, attempts FROM deliveries ORDER BY id")


def lines(world) -> list[str]:
    return [message.content for message in world.bot_messages(world.logs)][1:]  # after the setup line


async def redeem(world, name="bob"):
    newcomer = world.newcomer(name)
    result = await newcomer.slash(world.welcome, "redeem", code=await world.create_code())
    return newcomer, result


async def test_after_a_day_of_use_nothing_is_left_owed(approving):
    await approving.request_for("bob")
    await approving.mod.click(approving.modq.last_message, label="Approve")
    await approving.request_for("carol")
    shown = await approving.mod.click(approving.modq.last_message, label="Deny")
    await approving.mod.submit_modal(shown, {"reason": "no"})
    await approving.admin.slash(approving.general, "gate revoke-all", member=approving.alice)
    assert owed(approving) == []


async def test_a_log_channel_i_may_not_post_in_alerts_once_and_retry_delivers_the_line(ready):
    ready.env.inject_error("POST", f"/channels/{ready.logs.id}/messages", status=403, code=50013, times=None)
    bob, result = await redeem(ready)
    assert "Welcome" in result.response.content and await ready.roles_of(bob) == {"Member"}
    await ready.env.advance_time(600)  # retried meanwhile: still one alert
    [alert] = ready.bot_messages(ready.modq)
    assert "log channel" in alert.content and [b.label for b in alert.components[0].children] == ["Retry"]
    ready.env.backend.faults.clear()
    retried = await ready.mod.click(alert, label="Retry")
    assert retried.response.content == "Done."
    assert any("admitted" in line for line in lines(ready))
    assert "Resolved" in ready.bot_messages(ready.modq)[0].content and owed(ready) == []


async def test_a_passing_failure_is_retried_without_bothering_the_moderators(ready):
    ready.env.inject_error("POST", f"/channels/{ready.logs.id}/messages", status=500, times=2)
    await redeem(ready)
    assert owed(ready) == [("admitted_line", 1)]
    await ready.env.advance_time(120)  # tried again after 30 s, then 60 s more
    assert any("admitted" in line for line in lines(ready)) and owed(ready) == []
    assert ready.bot_messages(ready.modq) == []


async def test_a_log_channel_that_is_gone_drops_the_line(ready):
    await ready.env.bot.get_channel(ready.logs.id).delete()
    await ready.env.settle()
    _, result = await redeem(ready)
    assert "Welcome" in result.response.content and owed(ready) == []
    assert ready.bot_messages(ready.modq) == []


async def test_a_closed_dm_found_by_a_later_try_is_told_in_the_moderator_channel(approving):
    bob, request, _ = await approving.request_for()
    dm = f"/channels/{bob.user.dm_channel.id}/messages"
    approving.env.inject_error("POST", dm, status=500, times=1)
    result = await approving.mod.click(request, label="Approve")
    assert "could not DM" in (result.followups or [result.response])[0].content  # yet: it keeps trying
    approving.env.inject_error("POST", dm, status=403, code=50007, times=None)
    await approving.env.advance_time(60)
    notice = approving.modq.last_message
    assert f"<@{bob.id}>" in notice.content and "DMs are closed" in notice.content and owed(approving) == []


async def test_the_guessing_alert_is_owed_with_the_failure_that_makes_the_burst(ready):
    for i in range(20):
        await ready.newcomer(f"guesser{i}").slash(ready.welcome, "redeem", code=f"AAAA-AAAA-{i:04d}")
    assert sum("guessing" in m.content for m in ready.bot_messages(ready.modq)) == 1
    assert owed(ready) == []


async def test_a_role_discord_no_longer_knows_is_not_read_as_the_newcomer_leaving(ready):
    ready.env.inject_error("PATCH", "/guilds/*/members/*", status=404, code=10011, message="Unknown Role", times=1)
    bob, result = await redeem(ready)
    assert "moderators were alerted" in result.response.content
    assert "member role no longer exists" in ready.modq.last_message.content
    assert not any("left" in line for line in lines(ready)) and owed(ready) == [("grant_roles", 1)]
    await ready.env.advance_time(30)  # the role was there after all: the retry admits
    assert await ready.roles_of(bob) == {"Member"} and "Resolved" in ready.modq.last_message.content


async def test_an_alert_says_what_is_wrong_now_when_the_failure_changes(ready):
    ready.env.inject_error("PATCH", "/guilds/*/members/*", status=500, times=None)
    await redeem(ready)
    [alert] = ready.bot_messages(ready.modq)
    assert "(500)" in alert.content
    await ready.env.bot.get_guild(ready.guild.id).get_role(ready.member_role.id).delete()
    await ready.env.advance_time(30)
    [alert] = ready.bot_messages(ready.modq)  # the same alert, edited
    assert "member role no longer exists" in alert.content and alert.components


async def test_an_alert_whose_delivery_was_dropped_says_so_not_resolved(ready):
    ready.env.inject_error("POST", f"/channels/{ready.logs.id}/messages", status=403, code=50013, times=None)
    await redeem(ready)
    [alert] = ready.bot_messages(ready.modq)
    await ready.env.bot.get_channel(ready.logs.id).delete()
    await ready.env.settle()
    retried = await ready.mod.click(alert, label="Retry")
    assert "dropped" in retried.response.content
    [alert] = ready.bot_messages(ready.modq)
    assert alert.content.startswith("☑️ Closed") and "dropped" in alert.content and not alert.components
