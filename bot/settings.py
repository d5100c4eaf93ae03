"""Per-guild settings: where Doorman works (channels, roles) and the policy in effect."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace

from bot.config import Policy
from bot.errors import Refused
from bot.storage import Storage

# /gate setup's keys: the places Doorman works.
PLACE_KEYS = (
    "welcome_channel_id",
    "mod_channel_id",
    "log_channel_id",
    "member_role_id",
    "newcomer_role_id",
    "mod_role_id",
)
# /gate policy's keys: a subset of Policy; the lockout stays with the config file.
POLICY_KEYS = ("invites_per_member", "quota_period_days", "code_ttl_days", "max_uses_per_code", "approval")


class NotSetUp(Refused):
    def __init__(self) -> None:
        super().__init__("Doorman is not set up on this server yet. An admin needs to run `/gate setup` first.")


@dataclass(frozen=True)
class GuildSettings:
    """One guild's settings, with the config defaults filled in where admins set nothing."""

    guild_id: int
    welcome_channel_id: int | None
    mod_channel_id: int | None
    log_channel_id: int | None
    member_role_id: int | None
    newcomer_role_id: int | None
    mod_role_id: int | None
    policy: Policy
    overridden: frozenset[str]  # policy keys an admin set for this guild

    @property
    def is_set_up(self) -> bool:
        return None not in (self.welcome_channel_id, self.mod_channel_id, self.member_role_id)

    def require_setup(self) -> GuildSettings:
        if not self.is_set_up:
            raise NotSetUp()
        return self


def read_settings(conn: sqlite3.Connection, guild_id: int, defaults: Policy) -> GuildSettings:
    """The guild's settings inside a running transaction."""
    row = conn.execute("SELECT * FROM guild_settings WHERE guild_id = ?", (guild_id,)).fetchone()
    places = {key: (row[key] if row else None) for key in PLACE_KEYS}
    overrides = {key: row[key] for key in POLICY_KEYS if row and row[key] is not None}
    if "approval" in overrides:
        overrides["approval"] = bool(overrides["approval"])
    return GuildSettings(
        guild_id=guild_id,
        policy=replace(defaults, **overrides),
        overridden=frozenset(overrides),
        **places,
    )


async def get_settings(storage: Storage, guild_id: int, defaults: Policy) -> GuildSettings:
    """The guild's settings, defaults filled in."""

    def read(conn: sqlite3.Connection) -> GuildSettings:
        return read_settings(conn, guild_id, defaults)

    return await storage.transaction(read)


async def update_settings(
    storage: Storage, guild_id: int, defaults: Policy, changes: dict[str, int | bool | None]
) -> tuple[GuildSettings, GuildSettings]:
    """Apply `changes` (PLACE_KEYS or POLICY_KEYS) to the guild; return (before, after)."""
    unknown = set(changes) - set(PLACE_KEYS) - set(POLICY_KEYS)
    if unknown:
        raise ValueError(f"not a setting: {sorted(unknown)}")
    columns = list(changes)

    def update(conn: sqlite3.Connection) -> tuple[GuildSettings, GuildSettings]:
        before = read_settings(conn, guild_id, defaults)
        conn.execute("INSERT OR IGNORE INTO guild_settings (guild_id) VALUES (?)", (guild_id,))
        if columns:
            # Column names come from the fixed lists above, never from input.
            assignments = ", ".join(f"{column} = ?" for column in columns)
            conn.execute(
                "UPDATE guild_settings SET " + assignments + " WHERE guild_id = ?",
                [*changes.values(), guild_id],
            )
        return before, read_settings(conn, guild_id, defaults)

    return await storage.transaction(update)
