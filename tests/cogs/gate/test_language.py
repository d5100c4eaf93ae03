"""/gate setup's language (SPEC section 14): what it stores, and /gate settings read in the admin's language."""

from typing import Any

from bot.core.settings import get_settings


async def _settings(world: Any) -> tuple[str, str | None]:
    """The language line of /gate settings, and the language stored."""
    result = await world.admin.slash(world.general, "gate settings")
    places = result.response.embeds[0].fields[0].value
    bot = world.env.bot
    stored = await get_settings(bot.db, world.guild.id, bot.config.defaults)
    return places.splitlines()[-1], stored.language


async def test_setup_stores_a_language_and_settings_show_it(world):
    result = await world.setup(language="de")
    assert result.response.content == "Saved."
    assert await _settings(world) == ("Language: Deutsch", "de")
    # The line about the change is already in the language it chose.
    line = world.logs.last_message.content
    assert "/gate setup" in line and "Deutsch" in line and "changed settings" not in line


async def test_the_servers_language_is_stored_as_none(world):
    await world.setup(language="ja")
    await world.setup(language="server")
    assert await _settings(world) == ("Language: English (the server's preferred language)", None)


async def test_an_admin_with_a_french_client_reads_settings_in_french(world, spoken):
    await world.setup(language="es-ES")
    spoken.set(world.admin.id, "fr")
    result = await world.admin.slash(world.general, "gate settings")
    [embed] = result.response.embeds
    assert embed.title.startswith("Paramètres de Doorman")
    places, policy = embed.fields[0].value, embed.fields[1].value
    assert f"Salon de bienvenue : <#{world.welcome.id}>" in places
    assert places.endswith("Langue : Español")  # a language is named in its own language
    assert "Approbation : désactivée" in policy
