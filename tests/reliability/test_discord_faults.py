"""Discord refuses or fails: every fault leaves a recorded, retryable state and a person who knows."""


async def test_a_newcomer_who_left_closes_the_request(approving):
    bob, request, _ = await approving.request_for()
    approving.guild.remove_member(bob)
    await approving.mod.click(request, label="Approve")
    edited = approving.modq.history()[-1]
    assert "left the server" in edited.embeds[0].fields[-1].value and edited.components == []
    assert approving.dms(approving.alice) == []
    assert "left before being admitted" in approving.logs.last_message.content


async def test_refused_grant_keeps_the_admission_and_alerts_with_retry(ready):
    code = await ready.create_code()
    ready.env.inject_error("PATCH", "/guilds/*/members/*", status=403, code=50013, times=None)
    bob = ready.newcomer("bob")
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert "moderators were alerted" in result.response.content
    alert = ready.modq.last_message
    assert f"<@{bob.id}>" in alert.content and [b.label for b in alert.components[0].children] == ["Retry"]
    again = await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    assert "roles are still being granted" in again.response.content
    ready.env.backend.faults.clear()
    retried = await ready.mod.click(alert, label="Retry")
    assert "has their roles now" in retried.response.content
    assert await ready.roles_of(bob) == {"Member"}
    assert "Resolved" in ready.modq.history()[-1].content and ready.modq.history()[-1].components == []
    assert len(ready.dms(ready.alice)) == 1


async def test_retry_that_still_fails_says_so(ready):
    code = await ready.create_code()
    ready.env.inject_error("PATCH", "/guilds/*/members/*", status=500, times=None)
    await ready.newcomer("bob").slash(ready.welcome, "redeem", code=code)
    retried = await ready.mod.click(ready.modq.last_message, label="Retry")
    assert "Still failing" in retried.response.content
    assert len([m for m in ready.bot_messages(ready.modq) if "Retry" in str(m.components)]) == 1


async def test_pending_grants_are_retried_when_the_bot_starts(ready, make_bot):
    code = await ready.create_code()
    ready.env.inject_error("PATCH", "/guilds/*/members/*", status=500, times=None)
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=code)
    ready.env.backend.faults.clear()
    await ready.env.restart_bot(make_bot())
    await ready.env.settle()
    assert await ready.roles_of(bob) == {"Member"}
    assert len(ready.dms(ready.alice)) == 1


async def test_an_unpostable_request_reaches_moderators_once_the_channel_works(approving):
    approving.env.inject_error("POST", f"/channels/{approving.modq.id}/messages", status=500, times=None)
    bob, _, result = await approving.request_for()
    assert "A moderator will review" in result.response.content
    assert approving.bot_messages(approving.modq) == []
    pending = await approving.admin.slash(approving.general, "gate pending")
    assert "not yet posted" in pending.response.embeds[0].description
    approving.env.backend.faults.clear()
    await approving.env.advance_time(5 * 60)
    [request] = approving.bot_messages(approving.modq)
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}


async def test_a_failed_acknowledgement_still_admits_and_updates_the_request(approving):
    bob, request, _ = await approving.request_for()
    approving.env.inject_error("POST", "/interactions/*/callback", status=500, times=1)
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}
    assert approving.modq.history()[-1].components == []
    assert len(approving.dms(bob)) == 1


async def test_hierarchy_changed_after_setup_is_a_403_with_retry(ready):
    """An admin drags the member role above the bot after /gate setup: Discord answers 403 (50013)."""
    code = await ready.create_code()
    ready.env.backend.edit_role(ready.guild.id, ready.member_role.id, {"position": 90})
    await ready.env.settle()
    bob = ready.newcomer("bob")
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert "moderators were alerted" in result.response.content
    alert = ready.modq.last_message
    assert "my role must be above the member role" in alert.content
    ready.env.backend.edit_role(ready.guild.id, ready.member_role.id, {"position": 1})
    await ready.env.settle()
    await ready.mod.click(alert, label="Retry")
    assert await ready.roles_of(bob) == {"Member"}


async def test_a_failing_dm_on_approval_is_told_to_the_moderator(approving):
    bob, request, _ = await approving.request_for()
    approving.env.inject_error("POST", f"/channels/{bob.user.dm_channel.id}/messages", status=500, times=None)
    result = await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}
    [note] = result.followups or [result.response]
    assert note.ephemeral and "could not DM" in note.content


async def test_a_closed_dm_on_denial_is_told_to_the_moderator(approving):
    bob, request, _ = await approving.request_for()
    approving.env.inject_error(
        "POST", f"/channels/{bob.user.dm_channel.id}/messages", status=403, code=50007, times=None
    )
    shown = await approving.mod.click(request, label="Deny")
    result = await approving.mod.submit_modal(shown, {"reason": "unknown account"})
    [note] = result.followups or [result.response]
    assert "could not DM" in note.content
    assert "denied by" in approving.logs.last_message.content


async def test_a_failing_redeem_acknowledgement_still_admits(ready):
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    ready.env.inject_error("POST", "/interactions/*/callback", status=500, times=1)
    await bob.slash(ready.welcome, "redeem", code=code)
    assert await ready.roles_of(bob) == {"Member"}
    assert len(ready.dms(ready.alice)) == 1


async def test_a_500_on_the_request_edit_leaves_the_decision_standing(approving):
    bob, request, _ = await approving.request_for()
    approving.fail_request_edits()
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}
    second = await approving.mod.click(request, label="Approve")  # the buttons are still there
    assert "already approved by" in second.response.content


async def test_the_log_channel_failing_never_blocks_an_admission(ready):
    ready.env.inject_error("POST", f"/channels/{ready.logs.id}/messages", status=500, times=None)
    bob = ready.newcomer("bob")
    result = await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    assert "Welcome" in result.response.content


async def test_member_role_deleted_after_setup_alerts_moderators(ready):
    code = await ready.create_code()
    await ready.env.bot.get_guild(ready.guild.id).get_role(ready.member_role.id).delete()
    await ready.env.settle()
    bob = ready.newcomer("bob")
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert "moderators were alerted" in result.response.content
    alert = ready.modq.last_message
    assert "member role no longer exists" in alert.content
    assert [button.label for button in alert.components[0].children] == ["Retry"]
