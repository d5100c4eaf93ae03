"""With approval on, a redemption becomes a request that a moderator approves or denies."""


async def request_for(world, name="bob", **code_options):
    """A newcomer redeems a fresh code; returns (newcomer, the request message, the redeem result)."""
    code = await world.create_code(**code_options)
    newcomer = world.newcomer(name)
    result = await newcomer.slash(world.welcome, "redeem", code=code)
    return newcomer, world.modq.last_message, result


async def test_redeeming_posts_a_request_with_everything_moderators_need(approving):
    bob, request, result = await request_for(approving, note="my cousin")
    assert "A moderator will review" in result.response.content
    assert await approving.roles_of(bob) == {"Newcomer"}
    embed = request.embeds[0]
    fields = {field.name: field.value for field in embed.fields}
    assert f"<@{bob.id}>" in fields["Newcomer"] and str(bob.id) in fields["Newcomer"]
    assert "Account created <t:" in fields["Newcomer"]
    assert fields["Invited by"] == f"<@{approving.alice.id}>"
    assert fields["Inviter's note"] == "my cousin" and fields["Redeemed"].startswith("<t:")
    labels = [button.label for button in request.components[0].children]
    assert labels == ["Approve", "Deny"]


async def test_a_moderator_approves(approving):
    bob, request, _ = await request_for(approving)
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}
    edited = approving.modq.history()[-1]
    assert edited.id == request.id and edited.components == []
    decision = {field.name: field.value for field in edited.embeds[0].fields}["Decision"]
    assert f"Approved by <@{approving.mod.id}>" in decision and "<t:" in decision
    assert len(approving.dms(bob)) == 1 and "approved" in approving.dms(bob)[0]
    assert len(approving.dms(approving.alice)) == 1
    assert f"approved by <@{approving.mod.id}>" in approving.logs.last_message.content


async def test_a_moderator_denies_with_a_reason(approving):
    bob, request, _ = await request_for(approving)
    shown = await approving.mod.click(request, label="Deny")
    assert shown.modal is not None
    await approving.mod.submit_modal(shown, {"reason": "not who they claim <@&1> @everyone"})
    assert await approving.roles_of(bob) == {"Newcomer"}
    edited = approving.modq.history()[-1]
    decision = {field.name: field.value for field in edited.embeds[0].fields}["Decision"]
    assert f"Denied by <@{approving.mod.id}>" in decision and "not who they claim" in decision
    assert edited.components == []
    [dm] = approving.dms(bob)
    assert "denied" in dm and "not who they claim" in dm
    assert "denied by" in approving.logs.last_message.content
    assert approving.dms(approving.alice) == [] and approving.pings() == []


async def test_deny_without_a_reason(approving):
    bob, request, _ = await request_for(approving)
    shown = await approving.mod.click(request, label="Deny")
    await approving.mod.submit_modal(shown, {})
    [dm] = approving.dms(bob)
    assert "denied" in dm and "Reason" not in dm


async def test_the_mod_role_may_decide_without_manage_roles(approving):
    bob, request, _ = await request_for(approving)
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}


async def test_non_moderators_are_refused_and_nothing_changes(approving):
    bob, request, _ = await request_for(approving)
    result = await approving.admin.click(request, label="Approve")  # Manage Server is not moderating
    assert result.ephemeral and "Only moderators" in result.response.content
    denied = await approving.admin.click(request, label="Deny")
    assert denied.modal is None and "Only moderators" in denied.response.content
    assert await approving.roles_of(bob) == {"Newcomer"}
    assert [b.label for b in approving.modq.history()[-1].components[0].children] == ["Approve", "Deny"]


async def test_a_newcomer_with_a_pending_request_is_told_to_wait(approving):
    bob, _, _ = await request_for(approving)
    second = await approving.create_code()
    result = await bob.slash(approving.welcome, "redeem", code=second)
    assert "still waiting" in result.response.content and "No code was used" in result.response.content
    listed = await approving.alice.slash(approving.general, "invite list")
    assert "🟢 active" in listed.response.embeds[0].description


async def test_approve_racing_deny_makes_one_decision(approving):
    bob, request, _ = await request_for(approving)
    shown = await approving.mod.click(request, label="Deny")
    other_mod = approving.guild.add_member(
        approving.env.create_user("mod2"), roles=[approving.mods, approving.member_role]
    )
    await other_mod.click(request, label="Approve")
    late = await approving.mod.submit_modal(shown, {"reason": "too late"})
    assert "already approved by" in late.response.content
    assert await approving.roles_of(bob) == {"Member"} and len(approving.dms(bob)) == 1


async def test_buttons_keep_working_after_a_restart(approving, make_bot):
    bob, request, _ = await request_for(approving)
    await approving.env.restart_bot(make_bot())
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}


async def test_a_newcomer_who_left_closes_the_request(approving):
    bob, request, _ = await request_for(approving)
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
    bob, _, result = await request_for(approving)
    assert "A moderator will review" in result.response.content
    assert approving.bot_messages(approving.modq) == []
    pending = await approving.admin.slash(approving.general, "gate pending")
    assert "not yet posted" in pending.response.embeds[0].description
    approving.env.backend.faults.clear()
    await approving.env.advance_time(5 * 60)
    [request] = approving.bot_messages(approving.modq)
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}


async def test_gate_pending_links_open_requests(approving):
    bob, request, _ = await request_for(approving)
    embed = (await approving.admin.slash(approving.general, "gate pending")).response.embeds[0]
    assert f"<@{bob.id}>" in embed.description and f"/{approving.modq.id}/{request.id}" in embed.description


async def test_gate_whois_traces_who_vouched(approving):
    bob, request, _ = await request_for(approving)
    await approving.mod.click(request, label="Approve")
    embed = (await approving.admin.slash(approving.general, "gate whois", member=bob)).response.embeds[0]
    vouched = embed.fields[0].value
    assert f"<@{approving.alice.id}> with code" in vouched and f"approved by <@{approving.mod.id}>" in vouched
    inviter = (await approving.admin.slash(approving.general, "gate whois", member=approving.alice)).response.embeds[0]
    assert "**Invited (1)**" in inviter.description and f"<@{bob.id}>" in inviter.description


async def test_a_failed_acknowledgement_still_admits_and_updates_the_request(approving):
    bob, request, _ = await request_for(approving)
    approving.env.inject_error("POST", "/interactions/*/callback", status=500, times=1)
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}
    assert approving.modq.history()[-1].components == []
    assert len(approving.dms(bob)) == 1


async def test_whois_pages_through_everyone_a_member_invited(ready):
    await ready.admin.slash(ready.general, "gate policy", invites_per_member=20)
    for i in range(12):
        await ready.newcomer(f"guest{i}").slash(ready.welcome, "redeem", code=await ready.create_code())
    result = await ready.admin.slash(ready.general, "gate whois", member=ready.alice)
    first = result.response.embeds[0]
    assert "**Invited (12)**" in first.description and "Page 1 of 2" in first.footer.text
    second = (await ready.admin.click(result.response.message, label="Next")).response.embeds[0]
    assert len(second.description.splitlines()) == 1 + 2
