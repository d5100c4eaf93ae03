"""The bot's lifetime: extensions, command sync, the error handler, closing."""

import pytest

from bot.app import EXTENSIONS
from bot.store.sqlite import database


def command_syncs(env):
    return [r for r in env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]


async def test_every_extension_loads_and_registers_its_commands(simcord_env):
    bot = simcord_env.bot
    assert set(bot.extensions) == set(EXTENSIONS)
    assert {c.name for c in bot.tree.get_commands()} == {"gate", "invite", "redeem"}


async def test_a_new_database_syncs_and_a_restart_does_not(simcord_env, make_bot):
    assert len(command_syncs(simcord_env)) == 1
    await simcord_env.restart_bot(make_bot())
    assert len(command_syncs(simcord_env)) == 1


async def test_an_unexpected_error_is_logged_and_apologised_for(ready, caplog, monkeypatch):
    def explode(conn, work):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(database, "_in_transaction", explode)
    result = await ready.alice.slash(ready.general, "invite list")
    monkeypatch.undo()
    assert result.ephemeral and "something went wrong" in result.response.content
    assert any("disk on fire" in str(error) or "disk on fire" in str(error.__cause__) for error in ready.env.errors)
    assert "unexpected error in /invite list" in caplog.text


async def test_close_closes_the_database(simcord_env):
    bot = simcord_env.bot
    await bot.close()

    async def nothing(tx):
        return None

    with pytest.raises(ValueError, match="no active connection"):
        await bot.db.transaction(nothing)
