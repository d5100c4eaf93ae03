"""The inviter's record (SPEC section 12): one line in every admission request, a section of /gate whois."""


def fields(message):
    return {field.name: field.value for field in message.embeds[0].fields}


async def test_each_request_shows_the_inviters_record_under_the_inviter(approving):
    first, request, _ = await approving.request_for("first")
    assert fields(request)["Inviter's record"] == f"<@{approving.alice.id}>: 0 admitted, 0 denied, 0 left, 0 banned"
    await approving.mod.click(request, label="Approve")
    _, request, _ = await approving.request_for("second")
    denied = await approving.mod.click(request, label="Deny")
    await approving.mod.submit_modal(denied, {"reason": "no"})
    await approving.ban(first)
    _, request, _ = await approving.request_for("third")
    names = [field.name for field in request.embeds[0].fields]
    assert names.index("Inviter's record") == names.index("Redeemed") - 1  # after the inviter, code and note
    assert fields(request)["Inviter's record"] == f"<@{approving.alice.id}>: 1 admitted, 1 denied, 0 left, 1 banned"


async def test_whois_shows_the_record_on_every_page(ready):
    await ready.admin.slash(ready.general, "gate policy", invites_per_member=20)
    for i in range(12):
        await ready.newcomer(f"guest{i}").slash(ready.welcome, "redeem", code=await ready.create_code())
    await ready.create_code()  # made, never used
    result = await ready.admin.slash(ready.general, "gate whois", member=ready.alice)
    expected = "Codes created: 13 · Admitted: 12 · Denied: 0 · Left within 30 days: 0 · Banned: 0"
    assert fields(result.response)["Record as an inviter"] == expected
    second = await ready.admin.click(result.response.message, label="Next")
    assert {f.name: f.value for f in second.response.embeds[0].fields}["Record as an inviter"] == expected


async def test_a_newcomer_who_left_before_approval_counts_as_left(approving):
    bob, request, _ = await approving.request_for()
    approving.guild.remove_member(bob)
    await approving.mod.click(request, label="Approve")
    result = await approving.admin.slash(approving.general, "gate whois", member=approving.alice)
    record = fields(result.response)["Record as an inviter"]
    assert "Left within 30 days: 1" in record and "Admitted: 0" in record, record


async def test_the_record_in_german(ready, spoken):
    spoken.set(ready.admin.id, "de")
    await ready.newcomer("guest").slash(ready.welcome, "redeem", code=await ready.create_code())
    result = await ready.admin.slash(ready.general, "gate whois", member=ready.alice)
    record = fields(result.response)["Bilanz als einladende Person"]
    expected = "Erstellte Codes: 1 · Aufgenommen: 1 · Abgelehnt: 0 · Innerhalb von 30 Tagen gegangen: 0 · Gebannt: 0"
    assert record == expected
