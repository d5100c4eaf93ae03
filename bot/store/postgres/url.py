"""A `postgresql://` URL from the config: what the pool connects with, and what is safe to print."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

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
        parts = urlsplit(self.dsn)
        if parts.password is None:
            return self.dsn
        user = parts.username or ""
        host = parts.netloc.rpartition("@")[2]
        return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))
