"""/invite answers in the member's own language (SPEC section 14): the reply follows the locale their Discord
client sends, whatever the server's language."""

from __future__ import annotations

import re

import discord
import pytest

CODE = re.compile(r"\*\*`([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})`\*\*")


@pytest.mark.parametrize(
    ("locale", "heading", "tell"),
    [
        ("de", "Dein Einladungscode", "Sag der Person, die du einlädst"),
        ("es-ES", "Tu código de invitación", "Dile a la persona que invitas"),
        ("es-419", "Tu código de invitación", "Dile a la persona que invitas"),
        ("fr", "Ton code d'invitation", "Dis à la personne que tu invites"),
        ("pt-BR", "Seu código de convite", "Diga à pessoa que você convidar"),
        ("ja", "あなたの招待コード", "招待する人にこう伝えてください"),
    ],
)
async def test_a_new_code_is_shown_in_the_members_language(ready, spoken, locale, heading, tell):
    spoken.set(ready.alice.id, locale)
    content = (await ready.alice.slash(ready.general, "invite create")).response.content
    assert heading in content and "Your invitation code" not in content, content
    code = CODE.search(content).group(1)  # shown as **`CODE`** in every language
    line = content.splitlines()[-1]  # what the member forwards: the command name stays English
    assert tell in line and f"`/redeem {code}`" in line and f"<#{ready.welcome.id}>" in line
    bob = ready.newcomer("bob")
    spoken.set(bob.id, "en-US")
    assert "Welcome" in (await bob.slash(ready.welcome, "redeem", code=code)).response.content


async def test_list_in_brazilian_portuguese_counts_uses_right(ready, spoken):
    spoken.set(ready.alice.id, "pt-BR")
    empty = (await ready.alice.slash(ready.general, "invite list")).response.embeds[0]
    assert empty.description == "Você ainda não tem códigos. Crie um com `/invite create`."
    await ready.alice.slash(ready.general, "invite create")
    one = (await ready.alice.slash(ready.general, "invite list")).response.embeds[0]
    assert one.title == "Seus códigos de convite" and one.fields[0].name == "Cota"
    assert one.fields[0].value.startswith("Cota: 1 de 3 usos gastos nos últimos 30 dias; restam 2.")
    await ready.alice.slash(ready.general, "invite create")
    two = (await ready.alice.slash(ready.general, "invite list")).response.embeds[0]
    assert two.fields[0].value.startswith("Cota: 2 de 3 usos gastos nos últimos 30 dias; resta 1.")


async def test_revoke_and_its_suggestions_in_german(ready, spoken):
    code = await ready.create_code(uses=2)
    spoken.set(ready.alice.id, "de")
    choices = await ready.alice.autocomplete(ready.general, "invite revoke", "code", "")
    assert [choice["name"] for choice in choices] == [f"{code} (0/2 genutzt)"]
    result = await ready.alice.slash(ready.general, "invite revoke", code=code)
    assert result.response.content == (
        f"Du hast `{code}` widerrufen. Niemand kann ihn mehr einlösen; "
        "2 nicht verbrauchte Nutzungen gehen zurück in dein Kontingent."
    )


async def test_the_command_picker_describes_invite_in_the_readers_language(ready):
    invite = next(command for command in await ready.env.bot.tree.fetch_commands() if command.name == "invite")
    assert invite.description_localizations[discord.Locale.german] == "Mit Einladungscodes für Neulinge bürgen"
    create = next(option for option in invite.options if option.name == "create")
    for_user = next(option for option in create.options if option.name == "for_user")
    assert for_user.description_localizations[discord.Locale.brazil_portuguese].startswith("Só esta conta")
