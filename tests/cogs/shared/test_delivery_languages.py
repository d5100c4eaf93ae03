"""What deliveries say, in the server's language (SPEC section 14): alerts and the log follow the guild's
preferred locale; the answer to Retry follows the moderator who clicked it."""

import discord
import pytest

from bot.i18n import Catalogs
from cogs._shared.log_text import describe_changes
from tests.cogs.shared.test_deliveries import lines


@pytest.fixture
async def french(world):
    """A world whose server prefers French, set up (approval off)."""
    guild = world.env.bot.get_guild(world.guild.id)
    await guild.edit(preferred_locale=discord.Locale.french)
    await world.env.settle()
    assert (await world.setup()).response.content  # answered, in the admin's own language
    return world


async def test_the_log_channel_speaks_the_servers_language(french):
    newcomer = french.newcomer("bob")
    await newcomer.slash(french.welcome, "redeem", code=await french.create_code())
    setup, admitted = [message.content for message in french.bot_messages(french.logs)]
    assert "a modifié les paramètres avec /gate setup : welcome_channel : aucun → <#" in setup
    assert admitted.startswith(f"✅ <@{newcomer.id}> admis avec le code `") and f"de <@{french.alice.id}>." in admitted


async def test_an_alert_its_button_and_its_closing_speak_the_servers_language(french, spoken):
    spoken.set(french.mod.id, "de")
    french.env.inject_error("POST", f"/channels/{french.logs.id}/messages", status=403, code=50013, times=None)
    code = await french.create_code()
    bob = french.newcomer("bob")
    spoken.set(bob.id, "de")
    await bob.slash(french.welcome, "redeem", code=code)
    [alert] = french.bot_messages(french.modq)
    assert alert.content.startswith(f"⚠️ Je n'ai pas pu publier une ligne dans le salon de logs <#{french.logs.id}> : ")
    assert "Discord a refusé (403, " in alert.content and "clique sur **Réessayer**" in alert.content
    assert [button.label for button in alert.components[0].children] == ["Réessayer"]
    french.env.backend.faults.clear()
    retried = await french.mod.click(alert, label="Réessayer")
    assert retried.response.content == "Erledigt."  # the moderator who clicked reads German
    assert french.bot_messages(french.modq)[0].content == "✅ Résolu : ça a fini par passer."
    assert any("admis avec le code" in line for line in lines(french))


async def test_what_a_retry_found_is_told_in_the_clickers_language_and_closes_the_alert_in_the_servers(french, spoken):
    """A grant Discord refuses; the newcomer leaves; a German moderator clicks Retry on the French alert."""
    spoken.set(french.mod.id, "de")
    french.env.inject_error("PATCH", "/guilds/*/members/*", status=403, code=50013, times=None)
    bob = french.newcomer("bob")
    await bob.slash(french.welcome, "redeem", code=await french.create_code())
    [alert] = french.bot_messages(french.modq)
    french.guild.remove_member(bob)
    french.env.backend.faults.clear()
    retried = await french.mod.click(alert, label="Réessayer")
    german, fr = french.env.bot.catalogs["de"], french.env.bot.catalogs["fr"]
    assert retried.response.content == german("admissions-newcomer-left", newcomer=f"<@{bob.id}>")
    closed = french.bot_messages(french.modq)[0].content
    assert closed == fr("deliveries-alert-closed-left", member=f"<@{bob.id}>", admission="1")


def test_a_language_setting_is_named_in_its_own_words():
    catalogs = Catalogs.load()
    changes = (("language", None, "de"), ("approval", False, True))
    assert describe_changes(catalogs["fr"], changes, catalogs) == (
        "language : la langue préférée du serveur → Deutsch ; approval : désactivé → activé"
    )
    assert describe_changes(catalogs["en-US"], (("language", "ja", None),), catalogs) == (
        "language: 日本語 → the server's preferred locale"
    )
