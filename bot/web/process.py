"""`python -m bot web`: the dashboard served from a process of its own, beside bots sharing one PostgreSQL.

This process carries nothing to Discord. What a page commits (a decision, a revoked code) is owed in the same
transaction, as from a bot, left unleased, and announced to the bots (bot/store/postgres/notifications.py): the
bot running the guild's shard carries it at once. It reads people through Discord's REST API with the bot's
token (RestPeople): it has no gateway. With SQLite there is one process, and it is the bot: it serves the
dashboard itself (`[web] enabled`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from bot.config import SECRET_ENV, Config, ConfigError
from bot.i18n import Catalogs
from bot.store.postgres.database import PostgresDatabase
from bot.store.postgres.url import PostgresUrl
from bot.web.people import People
from bot.web.server import Dashboard
from bot.web.site import Site

log = logging.getLogger(__name__)


def refusal(config: Config) -> str | None:
    """Why this config cannot serve the dashboard from its own process, for the admin; None if it can."""
    if not isinstance(config.database, PostgresUrl):
        return (
            "python -m bot web serves the dashboard from a process of its own, which needs the PostgreSQL database"
            ' the bots share ([bot] database = "postgresql://..."). With SQLite the bot serves the dashboard'
            " itself: set [web] enabled = true and run python -m bot run"
        )
    if not config.token:
        return (
            "no token: the dashboard reads members' roles from Discord with the bot's token: set the DISCORD_TOKEN"
            " environment variable (or [bot] token in the config)"
        )
    if config.web.secret is None:
        return (
            f"no secret to sign the dashboard's sessions: set the {SECRET_ENV} environment variable (or [web] secret),"
            ' at least 32 characters, e.g. from: python -c "import secrets; print(secrets.token_urlsafe(32))"'
        )
    if not config.web.enabled:
        return (
            "[web] enabled = false: the bots hand out no sign-in links (/dashboard), so nobody could sign in: set"
            " [web] enabled = true, and in_bot = false to leave serving the dashboard to this process"
        )
    return None


async def serve(
    config: Config, people: People, stopping: asyncio.Event, listening: Callable[[str], None] | None = None
) -> None:
    """Serve the dashboard on [web] host:port until `stopping` is set, then stop serving and close the database.

    `config` must pass `refusal()`. `listening` is told the address once pages are served. Raises
    DatabaseUnusable if the database cannot be used, ConfigError if the address cannot be listened on.
    """
    web, secret = config.web, config.web.secret
    assert isinstance(config.database, PostgresUrl) and secret is not None, refusal(config)
    if web.in_bot:
        log.warning("[web] in_bot = true: the bots serve the dashboard too; set in_bot = false to leave it to this")
    db = await PostgresDatabase.open(config.database, carries=False)
    try:
        dashboard = Dashboard(Site.of(config, db, Catalogs.load(), people), web.host, web.port)
        try:
            await dashboard.start()
        except OSError as error:
            raise ConfigError(
                f"the dashboard cannot listen on [web] host and port {web.host}:{web.port}: {error.strerror or error}"
            ) from None
        try:
            if listening is not None:
                listening(f"http://{dashboard.host}:{dashboard.port}")
            await stopping.wait()
        finally:
            await dashboard.stop()  # first: no page starts a transaction while the database closes
    finally:
        await db.close()
