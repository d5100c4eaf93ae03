"""Each reader reads admissions in their own language (SPEC section 14): the newcomer's reply and DMs in
theirs, the request in the moderator channel in the server's, the deny form in the clicking moderator's."""

import discord


async def speaks_french(world) -> None:
    """The server's preferred locale becomes French (the server's language, with none chosen in setup)."""
    await world.env.bot.get_guild(world.guild.id).edit(preferred_locale=discord.Locale.french)
    await world.env.settle()


async def test_the_newcomer_is_welcomed_in_their_language_and_the_inviter_told_in_theirs(ready, spoken):
    spoken.set(ready.alice.id, "pt-BR")
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    spoken.set(bob.id, "de")
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert result.response.content == (
        f"Willkommen auf **Doorman Test**! Eingeladen hat dich <@{ready.alice.id}>; "
        "der Rest des Servers steht dir jetzt offen."
    )
    assert ready.dms(ready.alice) == [f"<@{bob.id}> entrou em **Doorman Test** com seu código `{code}`."]


async def test_a_request_in_the_servers_language_denied_by_a_japanese_moderator_to_a_german_newcomer(approving, spoken):
    await speaks_french(approving)
    code = await approving.create_code()
    bob = approving.newcomer("bob")
    spoken.set(bob.id, "de")
    spoken.set(approving.mod.id, "ja")
    result = await bob.slash(approving.welcome, "redeem", code=code)
    assert result.response.content.startswith("Dein Code wurde angenommen.")

    request = approving.modq.last_message
    embed = request.embeds[0]
    assert embed.title.startswith("Demande d'admission n°")
    assert [field.name for field in embed.fields][:3] == ["Nouvel arrivant", "Invité·e par", "Code"]
    assert [button.label for button in request.components[0].children] == ["Approuver", "Refuser"]

    shown = await approving.mod.click(request, label="Refuser")
    assert "参加リクエストを却下" in str(shown.modal) and "理由（新規参加者に送られます）" in str(shown.modal)
    await approving.mod.submit_modal(shown, {"reason": "spam"})

    assert approving.dms(bob) == [
        "❌ Deine Beitrittsanfrage für **Doorman Test** wurde von einem Moderator abgelehnt.\nGrund: spam"
    ]
    decided = approving.modq.last_message
    assert decided.id == request.id and decided.components == []
    assert f"❌ Refusée par <@{approving.mod.id}>" in str(decided.embeds[0].fields)
