"""With approval on, a redemption becomes a request that a moderator approves or denies."""


async def test_redeeming_posts_a_request_with_everything_moderators_need(approving):
    bob, request, result = await approving.request_for(note="my cousin")
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
    bob, request, _ = await approving.request_for()
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
    bob, request, _ = await approving.request_for()
    shown = await approving.mod.click(request, label="Deny")
    assert shown.modal is not None
    await approving.mod.submit_modal(shown, {"reason": "not who they claim <@&1> @everyone"})
    assert await approving.roles_of(bob) == {"Newcomer"}
    edited = approving.modq.history()[-1]
    fields = {field.name: field.value for field in edited.embeds[0].fields}
    assert f"Denied by <@{approving.mod.id}>" in fields["Decision"] and "not who they claim" in fields["Reason"]
    assert edited.components == []
    [dm] = approving.dms(bob)
    assert "denied" in dm and "not who they claim" in dm
    assert "denied by" in approving.logs.last_message.content
    assert approving.dms(approving.alice) == [] and approving.pings() == []


async def test_deny_without_a_reason(approving):
    bob, request, _ = await approving.request_for()
    shown = await approving.mod.click(request, label="Deny")
    await approving.mod.submit_modal(shown, {})
    [dm] = approving.dms(bob)
    assert "denied" in dm and "Reason" not in dm


async def test_the_mod_role_may_decide_without_manage_roles(approving):
    bob, request, _ = await approving.request_for()
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}


async def test_non_moderators_are_refused_and_nothing_changes(approving):
    bob, request, _ = await approving.request_for()
    result = await approving.admin.click(request, label="Approve")  # Manage Server is not moderating
    assert result.ephemeral and "Only moderators" in result.response.content
    denied = await approving.admin.click(request, label="Deny")
    assert denied.modal is None and "Only moderators" in denied.response.content
    assert await approving.roles_of(bob) == {"Newcomer"}
    assert [b.label for b in approving.modq.history()[-1].components[0].children] == ["Approve", "Deny"]


async def test_a_newcomer_with_a_pending_request_is_told_to_wait(approving):
    bob, _, _ = await approving.request_for()
    second = await approving.create_code()
    result = await bob.slash(approving.welcome, "redeem", code=second)
    assert "still waiting" in result.response.content and "No code was used" in result.response.content
    listed = await approving.alice.slash(approving.general, "invite list")
    assert "🟢 active" in listed.response.embeds[0].description


async def test_approve_racing_deny_makes_one_decision(approving):
    bob, request, _ = await approving.request_for()
    shown = await approving.mod.click(request, label="Deny")
    other_mod = approving.guild.add_member(
        approving.env.create_user("mod2"), roles=[approving.mods, approving.member_role]
    )
    await other_mod.click(request, label="Approve")
    late = await approving.mod.submit_modal(shown, {"reason": "too late"})
    assert "already approved by" in late.response.content
    assert await approving.roles_of(bob) == {"Member"} and len(approving.dms(bob)) == 1


async def test_buttons_keep_working_after_a_restart(approving, make_bot):
    bob, request, _ = await approving.request_for()
    await approving.env.restart_bot(make_bot())
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}


async def test_gate_pending_links_open_requests(approving):
    bob, request, _ = await approving.request_for()
    embed = (await approving.admin.slash(approving.general, "gate pending")).response.embeds[0]
    assert f"<@{bob.id}>" in embed.description and f"/{approving.modq.id}/{request.id}" in embed.description


async def test_gate_whois_traces_who_vouched(approving):
    bob, request, _ = await approving.request_for()
    await approving.mod.click(request, label="Approve")
    embed = (await approving.admin.slash(approving.general, "gate whois", member=bob)).response.embeds[0]
    vouched = embed.description.split("**Invited")[0]
    assert "**Vouched for by (1)**" in vouched
    assert f"<@{approving.alice.id}> with code" in vouched and f"approved by <@{approving.mod.id}>" in vouched
    inviter = (await approving.admin.slash(approving.general, "gate whois", member=approving.alice)).response.embeds[0]
    assert "**Invited (1)**" in inviter.description and f"<@{bob.id}>" in inviter.description


async def test_whois_pages_through_everyone_a_member_invited(ready):
    await ready.admin.slash(ready.general, "gate policy", invites_per_member=20)
    for i in range(12):
        await ready.newcomer(f"guest{i}").slash(ready.welcome, "redeem", code=await ready.create_code())
    result = await ready.admin.slash(ready.general, "gate whois", member=ready.alice)
    first = result.response.embeds[0]
    # Two headings, 13 lines (alice has no admission on record: she was there before Doorman): 10 + 5.
    assert "**Invited (12)**" in first.description and "Page 1 of 2" in first.footer.text
    second = (await ready.admin.click(result.response.message, label="Next")).response.embeds[0]
    assert len(second.description.splitlines()) == 5 and "12 in all" in second.footer.text
