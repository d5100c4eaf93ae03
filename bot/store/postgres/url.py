"""A `postgresql://` URL from the config: what the pool connects with, and what is safe to print."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

SCHEMES = ("postgresql://", "postgres://")


@dataclass(frozen=True)
class PostgresUrl:
    """The URL as written; `str()` hides its password, for logs, errors and `check-config`."""

    dsn: str = field(repr=False)

    @staticmethod
    def means(database: str) -> bool:
        """Whether the config's `database` names PostgreSQL rather than a SQLite file."""
        return database.strip().lower().startswith(SCHEMES)

    def __str__(self) -> str:
        scheme, _, rest = self.dsn.partition("://")
        userinfo, at, hostpart = rest.rpartition("@")
        if at and ":" in userinfo:
            # Everything between "user:" and the last "@" is the password, whatever characters it holds
            # (an unencoded "#", "?" or "/" would mislead a URL parser into showing part of it).
            rest = f"{userinfo.partition(':')[0]}:***@{hostpart}"
        address, question, query = rest.partition("?")
        if not question:
            return f"{scheme}://{address}"
        shown = [(key, "***" if key.lower() == "password" else value) for key, value in parse_qsl(query, True)]
        return f"{scheme}://{address}?{urlencode(shown, safe='/*')}"
