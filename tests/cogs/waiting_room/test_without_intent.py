"""Without the Server Members intent (the default), Discord never says who joined: the waiting room's policies are
refused, with the reason, in /gate policy and in the config file's defaults."""

from pathlib import Path
from typing import Any

import pytest

from bot.config import ConfigError, load_config
from tests.conftest import write_config
from tests.databases import execute, rows

HOUR = 3_600


async def test_gate_policy_refuses_the_timers_and_says_why(ready: Any, database_target: Any) -> None:
    refused = await ready.admin.slash(ready.general, "gate policy", kick_after_hours=24, remind_after_hours=1)
    t = ready.env.bot.catalogs["en"]
    assert refused.response.content == t(
        "waiting-refusal-needs-intent", options="`remind_after_hours`, `kick_after_hours`"
    )
    assert "Server Members Intent" in refused.response.content and refused.ephemeral
    stored = rows(database_target, "SELECT remind_after_hours, kick_after_hours FROM guild_settings")
    assert stored == [(None, None)]  # nothing saved


async def test_gate_policy_may_still_switch_them_off(ready: Any) -> None:
    saved = await ready.admin.slash(ready.general, "gate policy", kick_after_hours=0)
    assert saved.response.content.startswith("Saved"), saved.response.content


async def test_without_the_intent_a_join_is_not_heard_and_nobody_is_kicked(ready: Any, database_target: Any) -> None:
    """The timers stored on, as a bot that once ran with the intent left them: still no join is heard."""
    assert not ready.env.bot.intents.members
    execute(database_target, "UPDATE guild_settings SET remind_after_hours = 1, kick_after_hours = 24")
    carol = ready.guild.add_member(ready.env.create_user("carol"))
    await ready.env.advance_time(48 * HOUR)
    await ready.env.bot.get_guild(ready.guild.id).fetch_member(carol.id)  # still here
    assert ready.dms(carol) == []
    assert rows(database_target, "SELECT kind FROM deliveries WHERE kind LIKE '%_waiting'") == []


@pytest.mark.parametrize("key", ["remind_after_hours", "kick_after_hours"])
def test_the_config_refuses_the_timers_defaults_without_the_intent(tmp_path: Path, key: str) -> None:
    with pytest.raises(ConfigError, match=rf"defaults\.{key} needs the Server Members intent.*members_intent = true"):
        load_config(write_config(tmp_path, f"[defaults]\n{key} = 24"), environ={})


def test_the_config_takes_the_timers_defaults_with_the_intent(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "members_intent = true\n[defaults]\nkick_after_hours = 24"), environ={})
    assert config.members_intent and config.defaults.kick_after_hours == 24
    assert config.redacted()["bot"]["members_intent"] is True


def test_members_intent_must_be_true_or_false(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"bot\.members_intent must be true or false"):
        load_config(write_config(tmp_path, 'members_intent = "yes"'), environ={})


def test_run_says_so_when_discord_refuses_the_intent(tmp_path: Path, capsys: Any, monkeypatch: Any) -> None:
    """members_intent = true while the portal's switch is off: one line saying what to switch, exit status 2."""
    import discord

    from bot.__main__ import main
    from bot.app import Doorman

    async def refused(self: Doorman, token: str) -> None:
        raise discord.PrivilegedIntentsRequired(None)

    monkeypatch.setattr(Doorman, "login", refused)
    monkeypatch.setenv("DISCORD_TOKEN", "x")
    assert main(["run", "--config", str(write_config(tmp_path, "members_intent = true"))]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "Server Members intent" in line and "Developer Portal" in line
