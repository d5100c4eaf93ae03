"""create_bot(): the Doorman bot, its resources and its lifetime."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import Config
from bot.storage import Storage

log = logging.getLogger(__name__)

EXTENSIONS = ("cogs.gate", "cogs.invites", "cogs.redeem", "cogs.approvals")
_FINGERPRINT_KEY = "command_sync_fingerprint"


class Doorman(commands.Bot):
    """The bot. `storage` is open from setup_hook() until close()."""

    storage: Storage

    def __init__(self, config: Config) -> None:
        # No privileged intent: members are fetched when needed (guild.fetch_member).
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents(guilds=True),
            # User text is echoed in replies, the moderator queue and the log: it must never ping anyone.
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
        )
        self.config = config
        # Admissions a handler is carrying to Discord right now; the catch-up loop leaves them alone.
        # Memory only: after a crash nothing is in flight, so the next start resumes everything.
        self.admissions_in_flight: set[int] = set()
        self.tree.error(self.on_app_command_error)

    async def setup_hook(self) -> None:
        self.storage = await Storage.open(self.config.database)
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        await self.sync_commands_if_changed()

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            if hasattr(self, "storage"):
                await self.storage.close()

    async def sync_commands_if_changed(self) -> None:
        """Sync the command tree (globally, or to dev_guild_ids) when it differs from the last sync."""
        guild_ids = self.config.dev_guild_ids
        commands_json = [command.to_dict(self.tree) for command in self.tree.get_commands()]
        fingerprint = hashlib.sha256(
            json.dumps({"commands": commands_json, "guilds": guild_ids}, sort_keys=True).encode()
        ).hexdigest()
        if await self.storage.transaction(_read_fingerprint) == fingerprint:
            log.info("application commands unchanged since the last sync; not syncing")
            return
        try:
            if guild_ids:
                for guild_id in guild_ids:
                    guild = discord.Object(guild_id)
                    self.tree.copy_global_to(guild=guild)
                    await self.tree.sync(guild=guild)
            else:
                await self.tree.sync()
        except discord.HTTPException:
            # The bot still works with the commands Discord already has; the next start tries again.
            log.exception("syncing application commands failed")
            return

        def save(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_FINGERPRINT_KEY, fingerprint),
            )

        await self.storage.transaction(save)
        log.info("synced %d application commands", len(commands_json))

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """Refusals are answered with their reason; anything unexpected is logged and apologised for."""
        if isinstance(error, app_commands.CheckFailure):
            text = str(error) or "You can't use this command here."
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("unexpected error in /%s", command, exc_info=error)
            # No promise that nothing changed: the failure may come after a commit (a claimed code).
            text = "Sorry, something went wrong on my side. Please try again in a moment."
        await send_ephemeral(interaction, text)


async def send_ephemeral(
    interaction: discord.Interaction,
    text: str | None,
    *,
    embed: discord.Embed = discord.utils.MISSING,
    view: discord.ui.View = discord.utils.MISSING,
) -> None:
    """Answer ephemerally whether or not the interaction was already acknowledged."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text or "", ephemeral=True, embed=embed, view=view)
        else:
            await interaction.response.send_message(text, ephemeral=True, embed=embed, view=view)
    except discord.HTTPException:
        log.warning("could not answer interaction %s", interaction.id, exc_info=True)


async def acknowledge(interaction: discord.Interaction, *, ephemeral: bool = False, thinking: bool = False) -> None:
    """Defer before slow work. If Discord refuses the acknowledgement, the work still goes on:
    what was committed must reach Discord (roles, the moderator queue) even if this reply cannot."""
    try:
        await interaction.response.defer(ephemeral=ephemeral, thinking=thinking)
    except discord.HTTPException:
        log.warning("could not acknowledge interaction %s; carrying on", interaction.id, exc_info=True)


def _read_fingerprint(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_FINGERPRINT_KEY,)).fetchone()
    return None if row is None else str(row["value"])


def create_bot(config: Config) -> Doorman:
    """Build the bot without touching the network; setup_hook opens the database when it logs in."""
    return Doorman(config)
