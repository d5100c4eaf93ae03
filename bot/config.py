"""The configuration file: a small TOML document, validated key by key."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from bot.core.policy import BOOLEAN_KEYS, CHOICE_KEYS, POLICY_RANGES, WAITING_ROOM_KEYS, Policy, in_range
from bot.core.shards import ONE_PROCESS, Shards
from bot.store import DatabaseTarget
from bot.store.postgres.url import PostgresUrl

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
SECRET_ENV = "DOORMAN_WEB_SECRET"
MIN_SECRET = 32  # characters: the key that signs every session must not be guessable


class ConfigError(Exception):
    """The configuration cannot be used; the message names the key and what was expected."""


@dataclass(frozen=True)
class WebConfig:
    """The dashboard (SPEC section 16): served only when enabled and a signing secret is set."""

    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = 8080
    public_url: str | None = None  # what sign-in links point to, without a trailing slash; None: where it listens
    secret: str | None = field(default=None, repr=False)
    # The bot serves the dashboard itself; false leaves that to `python -m bot web` (a shared PostgreSQL), while
    # the bot still hands out sign-in links.
    in_bot: bool = True

    @property
    def serves_links(self) -> bool:
        """`/dashboard` hands out sign-in links: the dashboard is on, and a secret can sign its sessions."""
        return self.enabled and self.secret is not None

    @property
    def link_base(self) -> str:
        """Where sign-in links point: public_url, else the address it is configured to listen on."""
        return self.public_url or f"http://{self.host}:{self.port}"


@dataclass(frozen=True)
class Config:
    """Everything `load_config` read, with relative paths resolved against the config's folder."""

    database: DatabaseTarget  # a SQLite file, or a PostgreSQL URL
    token: str | None = field(default=None, repr=False)
    log_level: str = "INFO"
    dev_guild_ids: tuple[int, ...] = ()
    defaults: Policy = field(default_factory=Policy)
    shards: Shards = ONE_PROCESS
    members_intent: bool = False  # the Server Members privileged intent: the waiting room (SPEC section 13)
    web: WebConfig = field(default_factory=WebConfig)

    def redacted(self) -> dict[str, Any]:
        """The effective configuration as plain data, safe to print (the token is masked)."""
        return {
            "bot": {
                "token": "(set, redacted)" if self.token else "(not set)",
                "database": str(self.database),  # a URL's password is hidden
                "log_level": self.log_level,
                "dev_guild_ids": list(self.dev_guild_ids),
                "shard_count": self.shards.count,
                "shard_ids": list(self.shards.ids),
                "members_intent": self.members_intent,
            },
            "defaults": {f.name: getattr(self.defaults, f.name) for f in fields(Policy)},
            "web": {
                "enabled": self.web.enabled,
                "host": self.web.host,
                "port": self.web.port,
                "public_url": self.web.public_url,
                "in_bot": self.web.in_bot,
                "secret": "(set, redacted)" if self.web.secret else "(not set)",
            },
        }


def load_config(path: str | Path, *, environ: dict[str, str] | None = None) -> Config:
    """Read and validate the TOML at `path`; `DISCORD_TOKEN` in the environment wins over `[bot] token`."""
    path = Path(path)
    env = os.environ if environ is None else environ
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist (copy config.example.toml)") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None

    _reject_unknown(raw, {"bot", "defaults", "web"}, "")
    bot = _table(raw, "bot")
    defaults = _table(raw, "defaults")
    _reject_unknown(
        bot, {"token", "database", "log_level", "dev_guild_ids", "shard_count", "shard_ids", "members_intent"}, "bot."
    )
    _reject_unknown(defaults, {f.name for f in fields(Policy)}, "defaults.")

    if "database" not in bot:
        raise ConfigError(
            '[bot] database is required: a SQLite file, e.g. database = "doorman.db", or a postgresql:// URL'
        )
    database = _string(bot, "database", "bot.")
    if not database.strip():
        raise ConfigError("bot.database must not be empty")
    log_level = _string(bot, "log_level", "bot.", default="INFO").upper()
    if log_level not in LOG_LEVELS:
        raise ConfigError(f"bot.log_level must be one of {', '.join(LOG_LEVELS)}, got {log_level!r}")

    members_intent = bot.get("members_intent", False)
    if not isinstance(members_intent, bool):
        raise ConfigError(f"bot.members_intent must be true or false, got {members_intent!r}")
    policy = _policy(defaults)
    if not members_intent:
        # Without the intent the bot never hears of anyone joining: these timers could never start.
        for key in WAITING_ROOM_KEYS:
            if getattr(policy, key):
                raise ConfigError(
                    f"defaults.{key} needs the Server Members intent: set [bot] members_intent = true"
                    " (and switch the intent on in the Discord developer portal), or leave it 0"
                )

    token = env.get("DISCORD_TOKEN") or _string(bot, "token", "bot.", default="") or None
    return Config(
        database=PostgresUrl(database.strip())
        if PostgresUrl.means(database)
        else _database_path(path.parent, database),
        token=token.strip() if token else None,
        log_level=log_level,
        dev_guild_ids=_guild_ids(bot),
        defaults=policy,
        shards=shards_from(bot.get("shard_count"), bot.get("shard_ids"), "bot."),
        members_intent=members_intent,
        web=_web(_table(raw, "web"), env),
    )


def _web(table: dict[str, Any], env: Mapping[str, str]) -> WebConfig:
    _reject_unknown(table, {"enabled", "host", "port", "public_url", "secret", "in_bot"}, "web.")
    enabled, in_bot = table.get("enabled", False), table.get("in_bot", True)
    for key, value in (("enabled", enabled), ("in_bot", in_bot)):
        if not isinstance(value, bool):
            raise ConfigError(f"web.{key} must be true or false, got {value!r}")
    host = _string(table, "host", "web.", default="127.0.0.1").strip()
    if not host:
        raise ConfigError("web.host must not be empty (127.0.0.1 serves this machine only, 0.0.0.0 every interface)")
    port = table.get("port", 8080)
    if not isinstance(port, int) or isinstance(port, bool) or not 0 <= port <= 65_535:
        raise ConfigError(f"web.port must be a whole number from 0 to 65535 (0: any free port), got {port!r}")
    public_url = _string(table, "public_url", "web.", default="").strip().rstrip("/") or None
    if public_url is not None and (
        not public_url.startswith(("http://", "https://")) or any(c.isspace() for c in public_url)
    ):
        raise ConfigError(f"web.public_url must be an http:// or https:// address, got {public_url!r}")
    secret = env.get(SECRET_ENV) or _string(table, "secret", "web.", default="") or None
    if secret is not None and len(secret.strip()) < MIN_SECRET:
        raise ConfigError(
            f"the dashboard's secret ({SECRET_ENV} or web.secret) must be at least {MIN_SECRET} characters;"
            ' make one with: python -c "import secrets; print(secrets.token_urlsafe(32))"'
        )
    return WebConfig(enabled, host, port, public_url, secret.strip() if secret else None, in_bot)


def _database_path(folder: Path, database: str) -> Path:
    """The database file, relative to the config's folder, with its links resolved."""
    if "\0" in database:
        raise ConfigError("bot.database must not contain a NUL character")
    try:
        return (folder / database).resolve()
    except (OSError, RuntimeError) as error:  # a symlink loop, a folder that cannot be read
        raise ConfigError(f"bot.database {database!r} cannot be resolved: {error}") from None


def shards_from(count: object, ids: object, prefix: str) -> Shards:
    """The shards a process runs: `count` shards in all (default 1), of which `ids` (default: every one)."""
    if count is None:
        if ids is not None:
            raise ConfigError(f"{prefix}shard_ids needs {prefix}shard_count, the number of shards in all")
        return ONE_PROCESS
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= 65_536:
        raise ConfigError(f"{prefix}shard_count must be a whole number from 1 to 65536, got {count!r}")
    if ids is None:
        return Shards.every(count)
    if (
        not isinstance(ids, list | tuple)
        or not ids
        or not all(isinstance(i, int) and not isinstance(i, bool) and 0 <= i < count for i in ids)
        or len(set(ids)) != len(ids)
    ):
        raise ConfigError(
            f"{prefix}shard_ids must be a list of distinct shard numbers from 0 to {count - 1}, got {ids!r}"
        )
    return Shards(count, tuple(sorted(ids)))


def _reject_unknown(table: dict[str, Any], known: set[str], prefix: str) -> None:
    for key in table:
        if key not in known:
            raise ConfigError(f"unknown key {prefix}{key}; expected one of: {', '.join(sorted(known))}")


def _table(raw: dict[str, Any], name: str) -> dict[str, Any]:
    value = raw.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{name}] must be a table")
    return value


def _string(table: dict[str, Any], key: str, prefix: str, default: str | None = None) -> str:
    value = table.get(key, default)
    if not isinstance(value, str):
        raise ConfigError(f"{prefix}{key} must be a string, got {type(value).__name__}")
    return value


def _guild_ids(bot: dict[str, Any]) -> tuple[int, ...]:
    value = bot.get("dev_guild_ids", [])
    if not isinstance(value, list) or not all(
        isinstance(item, int) and not isinstance(item, bool) and item > 0 for item in value
    ):
        raise ConfigError("bot.dev_guild_ids must be a list of guild IDs (positive integers)")
    return tuple(value)


def _policy(table: dict[str, Any]) -> Policy:
    policy = Policy()
    for key, value in table.items():
        if key in BOOLEAN_KEYS:
            if not isinstance(value, bool):
                raise ConfigError(f"defaults.{key} must be true or false, got {value!r}")
        elif key in CHOICE_KEYS:
            choices = [choice.value for choice in CHOICE_KEYS[key]]
            if value not in choices:
                raise ConfigError(f"defaults.{key} must be one of {', '.join(choices)}, got {value!r}")
            value = CHOICE_KEYS[key](value)
        else:
            low, high = POLICY_RANGES[key]
            if not isinstance(value, int) or isinstance(value, bool) or not in_range(key, value):
                raise ConfigError(f"defaults.{key} must be a whole number from {low} to {high}, got {value!r}")
        policy = replace(policy, **{key: value})
    return policy
