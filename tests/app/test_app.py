"""The bot's lifetime: extensions, command sync, the error handler, closing."""

import pytest

from bot.app import EXTENSIONS, create_bot
from bot.config import load_config
from bot.store.errors import DatabaseTooNew, DatabaseUnusable
from bot.store.sqlite import group_commit
from bot.store.sqlite.migrations import shipped
from tests.conftest import database_at_version, write_config


def command_syncs(env):
    return [r for r in env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]


async def test_every_extension_loads_and_registers_its_commands(simcord_env):
    bot = simcord_env.bot
    assert set(bot.extensions) == set(EXTENSIONS)
    assert {c.name for c in bot.tree.get_commands()} == {"gate", "invite", "redeem", "waitlist", "dashboard"}


async def test_a_new_database_syncs_and_a_restart_does_not(simcord_env, make_bot):
    assert len(command_syncs(simcord_env)) == 1
    await simcord_env.restart_bot(make_bot())
    assert len(command_syncs(simcord_env)) == 1


async def test_an_unexpected_error_is_logged_and_apologised_for(ready, caplog, monkeypatch):
    def explode(conn, work, *where):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(group_commit, "in_savepoint", explode)
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


async def test_commands_keep_the_order_discord_shows_them_in(simcord_env):
    """The order is part of the sync fingerprint: changing it re-syncs every deployment."""
    gate = simcord_env.bot.tree.get_command("gate")
    assert [command.name for command in gate.commands] == [
        "setup",
        "policy",
        "settings",
        "quota",
        "grant",
        "link",
        "codes",
        "revoke",
        "revoke-all",
        "pending",
        "whois",
        "tree",
        "waitlist",
        "suspend",
        "unsuspend",
        "questions",
    ]
    waitlist = simcord_env.bot.tree.get_command("waitlist")
    assert [command.name for command in waitlist.commands] == ["join", "leave", "status"]
    invite = simcord_env.bot.tree.get_command("invite")
    assert [command.name for command in invite.commands] == ["create", "list", "revoke", "regenerate"]


async def test_every_command_answers_its_refusals_itself(simcord_env):
    """A refusal that reached the tree's error handler would count as an unexpected error (SPEC section 8)."""
    commands = [c for c in simcord_env.bot.tree.walk_commands() if not hasattr(c, "commands")]
    assert len(commands) >= 14
    assert [c.qualified_name for c in commands if not getattr(c.callback, "__answers_refusals__", False)] == []


async def test_setup_refuses_a_database_from_a_newer_version(tmp_path):
    database_at_version(tmp_path / "doorman.db", 99)
    bot = create_bot(load_config(write_config(tmp_path), environ={}))
    try:
        with pytest.raises(DatabaseTooNew) as refused:
            await bot.setup_hook()
    finally:
        await bot.close()
    assert (refused.value.version, refused.value.newest) == (99, len(shipped()))
    assert "schema version 99" in str(refused.value) and str(tmp_path / "doorman.db") in str(refused.value)


async def test_setup_refuses_a_database_path_that_is_a_directory(tmp_path):
    (tmp_path / "doorman.db").mkdir()
    bot = create_bot(load_config(write_config(tmp_path), environ={}))
    try:
        with pytest.raises(DatabaseUnusable, match="directory") as refused:
            await bot.setup_hook()
    finally:
        await bot.close()
    assert refused.value.where == tmp_path / "doorman.db"
