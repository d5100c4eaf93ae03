"""What every page reads: the database, the words, the signing secret and the people of Discord."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web

from bot.config import Config
from bot.core.policy import Policy
from bot.core.repositories import Database
from bot.i18n import Catalogs
from bot.web.people import People
from bot.web.sessions import Session


@dataclass(frozen=True)
class Site:
    db: Database
    defaults: Policy  # the config's policy defaults, as the bot reads settings with them
    catalogs: Catalogs
    secret: bytes = field(repr=False)  # signs sessions and CSRF tokens (SPEC 16: DOORMAN_WEB_SECRET)
    public_url: str  # where sign-in links point, without a trailing slash ("" until served: bot/web/server.py)
    people: People
    # The bot runs with the Server Members intent ([bot] members_intent): the waiting room's timers may be set.
    members_intent: bool = False

    @classmethod
    def of(cls, config: Config, db: Database, catalogs: Catalogs, people: People) -> Site:
        """The site `config` describes: the bot's own dashboard and `python -m bot web` build it alike."""
        assert config.web.secret is not None  # both refuse to serve without one, saying why
        secret, public_url = config.web.secret.encode(), config.web.public_url or ""
        return cls(db, config.defaults, catalogs, secret, public_url, people, config.members_intent)

    @property
    def secure(self) -> bool:
        """Browsers reach it over HTTPS: cookies are marked Secure."""
        return self.public_url.startswith("https://")


SITE = web.AppKey("site", Site)
# What the middleware read off this request (bot/web/security.py): its session, if any, and its forms' token.
SESSION: web.RequestKey[Session | None] = web.RequestKey("session")
CSRF: web.RequestKey[str] = web.RequestKey("csrf", str)
