"""create_bot(): the Doorman bot, its resources and its lifetime."""

from __future__ import annotations

import hashlib
import json
import logging
import weakref
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import SECRET_ENV, Config
from bot.core.repositories import Database, Transaction
from bot.core.shards import ONE_PROCESS
from bot.i18n import Catalogs
from bot.i18n.commands import CommandTranslator
from bot.store import open_database
from cogs._shared.deliveries.alerts import RetryButton
from cogs._shared.deliveries.worker import DeliveryWorker
from cogs._shared.guards import RefusedCheck, reply_refusal
from cogs._shared.language import reader
from cogs._shared.pages import LatePageClick, Pages
from cogs._shared.replies import apologise, send_ephemeral

if TYPE_CHECKING:
    from bot.web.server import Dashboard

log = logging.getLogger(__name__)

EXTENSIONS = (
    "cogs.gate",
    "cogs.invites",
    "cogs.admissions",
    "cogs.waitlist",
    "cogs.bans",
    "cogs.waiting_room",
    "cogs.dashboard",
)
_FINGERPRINT_KEY = "command_sync_fingerprint"


class Doorman(commands.Bot):
    """The bot. `db` and `deliveries` (the worker carrying what is owed to Discord) live from
    setup_hook() until close(); `catalogs` holds every word it says, in each shipped language.

    A process running some of several shards (ShardedDoorman) carries only their guilds' deliveries
    (core.shards), and only the process with shard 0 syncs commands.
    """

    db: Database
    deliveries: DeliveryWorker
    dashboard: Dashboard | None = None  # served by this process (SPEC 16), from setup_hook until close

    def __init__(self, config: Config, catalogs: Catalogs | None = None) -> None:
        # No privileged intent unless configured: members are fetched when needed (guild.fetch_member). Guild
        # Moderation (not privileged) brings bans (cogs/bans). Server Members (privileged, [bot] members_intent)
        # brings joins for the waiting room (cogs/waiting_room); the member list is not fetched at startup.
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents(guilds=True, moderation=True, members=config.members_intent),
            chunk_guilds_at_startup=False,
            # User text is echoed in replies, the moderator queue and the log: it must never ping anyone.
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            **self._shard_options(config),
        )
        self.config = config
        self.catalogs = catalogs if catalogs is not None else Catalogs.load()
        # Page buttons still listening, by key, so that a click on stopped ones is answered (cogs/_shared/pages.py).
        # Weak: discord.py holds a view while it listens, and nothing should once it has stopped.
        self.live_pages: weakref.WeakValueDictionary[str, Pages] = weakref.WeakValueDictionary()
        self.tree.error(self.on_app_command_error)

    @staticmethod
    def _shard_options(config: Config) -> dict[str, Any]:
        """What discord.py needs to run the configured shards: nothing for one process with one shard."""
        return {}

    async def setup_hook(self) -> None:
        self.db = await open_database(self.config.database, self.config.shards)
        self.deliveries = DeliveryWorker(self)
        self.db.on_commit = self.deliveries.committed
        # Before the worker's first look, so that nothing another process commits meanwhile goes unheard.
        await self.db.listen()
        self.add_dynamic_items(RetryButton, LatePageClick)
        for extension in EXTENSIONS:
            await self.load_extension(extension)  # each registers the deliveries it owes
        await self.deliveries.start()
        await self.sync_commands_if_changed()
        await self.start_dashboard()

    async def start_dashboard(self) -> None:
        """Serve the dashboard in this event loop when the config asks for it and a secret can sign its sessions.
        A dashboard that cannot listen (the port taken) is logged: the bot goes on serving Discord."""
        web = self.config.web
        if not web.enabled or not web.in_bot:
            return
        # Imported here: a bot without the dashboard never loads aiohttp's server, Jinja2 or the pages.
        from bot.web.people import BotPeople
        from bot.web.server import Dashboard
        from bot.web.site import Site

        if web.secret is None:
            log.warning("[web] enabled but no secret: the dashboard is not served; set %s", SECRET_ENV)
            return
        dashboard = Dashboard(Site.of(self.config, self.db, self.catalogs, BotPeople(self)), web.host, web.port)
        try:
            await dashboard.start()
        except OSError:
            log.exception("the dashboard could not listen on %s:%s", web.host, web.port)
            return
        self.dashboard = dashboard

    @property
    def dashboard_url(self) -> str:
        """Where sign-in links point: the dashboard this process serves, else the configured address."""
        return self.dashboard.site.public_url if self.dashboard is not None else self.config.web.link_base

    async def close(self) -> None:
        try:
            # The worker first: an attempt cut short by closing the HTTP session would be recorded as
            # a failure; stopped, it stays leased here and the next start carries it.
            if self.dashboard is not None:  # first: no page may start a decision while the rest closes
                await self.dashboard.stop()
            if hasattr(self, "deliveries"):
                await self.deliveries.stop()
            await super().close()
        finally:
            if hasattr(self, "db"):
                await self.db.close()

    async def sync_commands_if_changed(self) -> None:
        """Sync the command tree (globally, or to dev_guild_ids) when it differs from the last sync.

        Only the process running shard 0 syncs: commands belong to the application, not to a shard, and
        several processes syncing at once would each spend Discord's daily budget of command creations.
        """
        if 0 not in self.config.shards.ids:
            log.info("not syncing application commands: the process running shard 0 does")
            return
        guild_ids = self.config.dev_guild_ids
        # The payload as sync sends it, translations included: a changed translation is a changed command.
        # Each language is read once for its descriptions, then freed: replies read only their readers' languages.
        translator = CommandTranslator(self.catalogs)
        commands_json = [
            await command.get_translated_payload(self.tree, translator) for command in self.tree.get_commands()
        ]
        fingerprint = hashlib.sha256(
            json.dumps({"commands": commands_json, "guilds": guild_ids}, sort_keys=True).encode()
        ).hexdigest()

        async def last_sync(tx: Transaction) -> str | None:
            return await tx.meta.get(_FINGERPRINT_KEY)

        if await self.db.transaction(last_sync) == fingerprint:
            log.info("application commands unchanged since the last sync; not syncing")
            return
        await self.tree.set_translator(translator)
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
        finally:
            await self.tree.set_translator(None)

        async def remember(tx: Transaction) -> None:
            await tx.meta.put(_FINGERPRINT_KEY, fingerprint)

        await self.db.transaction(remember)
        log.info("synced %d application commands", len(commands_json))

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """A failed check is answered with its reason; anything unexpected is logged and apologised for.

        Refusals from a command's body never get here: they are answered where they happen (cogs/_shared/guards.py).
        """
        if isinstance(error, RefusedCheck):
            log.debug("check refused %s: %r", interaction.user.id, error.refusal)
            await reply_refusal(interaction, error.refusal)
        elif isinstance(error, app_commands.NoPrivateMessage):
            await send_ephemeral(interaction, reader(interaction)("check-server-only"))
        elif isinstance(error, app_commands.CheckFailure):
            await send_ephemeral(interaction, reader(interaction)("check-failed"))
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("unexpected error in /%s", command, exc_info=error)
            await apologise(interaction)


class ShardedDoorman(Doorman, commands.AutoShardedBot):
    """Doorman running shards `config.shards.ids` of `config.shards.count`, each with its own gateway connection
    (discord.py's AutoShardedBot). The rest of the bot is the same: shards only decide which guilds are its own."""

    @staticmethod
    def _shard_options(config: Config) -> dict[str, Any]:
        return {"shard_count": config.shards.count, "shard_ids": list(config.shards.ids)}


def create_bot(config: Config, catalogs: Catalogs | None = None) -> Doorman:
    """Build the bot without touching the network; setup_hook opens the database when it logs in.

    Sharded only when the config names shards: one process with one shard is a plain bot. `catalogs`
    are the shipped ones unless given (tests give a pseudo-language).
    """
    bot_class = Doorman if config.shards == ONE_PROCESS else ShardedDoorman
    return bot_class(config, catalogs)
