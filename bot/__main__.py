"""The command line: `python -m bot run | check-config | demo | backup | migrate | copy-db | web` (also `doorman`)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bot.config import Config, ConfigError, load_config, shards_from
from bot.i18n.locales import DEFAULT_LOCALE, SHIPPED
from bot.store import DatabaseTarget, open_database
from bot.store.errors import StoreError
from bot.store.postgres.url import PostgresUrl

DEFAULT_CONFIG = "doorman.toml"
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="doorman", description="Doorman: an invite-only gate for Discord.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="connect to Discord and serve")
    run.add_argument("--shard-count", type=int, help="shards in all (overrides [bot] shard_count)")
    run.add_argument("--shard-ids", type=_shard_ids, help="this process's shards, e.g. 0,1 (overrides [bot] shard_ids)")
    check = commands.add_parser("check-config", help="validate the config and print it (token redacted)")
    backup = commands.add_parser("backup", help="write an online, consistent copy of the SQLite database")
    backup.add_argument("path", type=Path, help="where to write the copy")
    migrate = commands.add_parser("migrate", help="bring the database's schema up to this version, then exit")
    copy = commands.add_parser("copy-db", help="copy a SQLite database into the configured, empty PostgreSQL one")
    copy.add_argument("sqlite_path", type=Path, metavar="SQLITE_PATH", help="the SQLite database to copy")
    web = commands.add_parser("web", help="serve the dashboard from a process of its own (a shared PostgreSQL)")
    for sub in (run, check, backup, migrate, copy, web):
        sub.add_argument("--config", type=Path, default=Path(DEFAULT_CONFIG), help=f"default: ./{DEFAULT_CONFIG}")
    demo = commands.add_parser("demo", help="an offline walkthrough against a simulated Discord (no token)")
    demo.add_argument("--database", type=Path, help="keep the demo's database here (default: a temporary file)")
    demo.add_argument(
        "--lang",
        choices=SHIPPED,
        default=DEFAULT_LOCALE,
        help=f"the language the story is told in and its people use Discord in (default: {DEFAULT_LOCALE})",
    )
    demo.add_argument("--web", action="store_true", help="end by serving the dashboard on the demo's data")
    demo.add_argument("--port", type=int, default=8080, help="the dashboard's port with --web (default: 8080)")

    args = parser.parse_args(argv)
    try:
        return _command(args)
    except (ConfigError, StoreError) as error:
        # Something only an admin can fix (StoreError also comes out of bot.run, from setup_hook): a traceback
        # would bury the one line that says what to do.
        # One line, even for a path with a line break in it.
        print("doorman: " + str(error).replace("\n", "\\n"), file=sys.stderr)
        return EXIT_USAGE


def _command(args: argparse.Namespace) -> int:
    if args.command == "demo":
        from bot.demo import run_demo

        return run_demo(args.database, args.lang, args.port if args.web else None)
    config = load_config(args.config)
    if args.command == "check-config":
        print(json.dumps(config.redacted(), indent=2))
        return 0
    if args.command == "backup":
        if isinstance(config.database, PostgresUrl):
            print(
                f"doorman: {config.database} is PostgreSQL: back it up with pg_dump "
                "(e.g. pg_dump --format=custom --file=doorman.dump DBNAME); backup copies SQLite files",
                file=sys.stderr,
            )
            return EXIT_USAGE
        asyncio.run(_backup(config.database, args.path))
        print(f"backed up {config.database} to {args.path}")
        return 0
    if args.command == "migrate":
        asyncio.run(_check_database(config.database))
        print(f"the database {config.database} is at this version's schema")
        return 0
    if args.command == "copy-db":
        return _copy_db(config, args.sqlite_path)
    if args.command == "web":
        return _web(config)
    if args.shard_count is not None or args.shard_ids is not None:
        count = config.shards.count if args.shard_count is None else args.shard_count
        ids = None if args.shard_ids is None else list(args.shard_ids)
        config = replace(config, shards=shards_from(count, ids, "--shard-"))
    return _run(config)


def _shard_ids(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"shard IDs are numbers separated by commas, e.g. 0,1; got {text!r}") from None


def _copy_db(config: Config, source: Path) -> int:
    from bot.store.postgres.copy_db import copy_db

    if not isinstance(config.database, PostgresUrl):
        print("doorman: copy-db copies into PostgreSQL: set [bot] database to a postgresql:// URL", file=sys.stderr)
        return EXIT_USAGE
    progress = _progress if sys.stderr.isatty() else None
    counts = asyncio.run(copy_db(source, config.database, progress))
    if progress is not None:
        print(file=sys.stderr)
    rows = ", ".join(f"{table} {count}" for table, count in counts.items())
    print(f"copied {source} into {config.database} and verified the row counts: {rows}")
    return 0


def _progress(table: str, done: int, total: int) -> None:
    print(f"\r{table}: {done} of {total} rows\033[K", end="", file=sys.stderr, flush=True)


def _run(config: Config) -> int:
    if not config.token:
        print(
            "doorman: no token: set the DISCORD_TOKEN environment variable (or [bot] token in the config). "
            "To try Doorman without one, run: python -m bot demo",
            file=sys.stderr,
        )
        return EXIT_USAGE
    import discord

    from bot.app import create_bot

    # A database this version cannot use is refused before logging in, so the bot never comes online unable to work.
    asyncio.run(_check_database(config.database))
    discord.utils.setup_logging(level=getattr(logging, config.log_level))
    bot = create_bot(config)
    try:
        bot.run(config.token, log_handler=None)
    except discord.LoginFailure:
        print("doorman: Discord refused the token: check DISCORD_TOKEN.", file=sys.stderr)
        return EXIT_USAGE
    except discord.PrivilegedIntentsRequired:
        print(
            "doorman: Discord refused the Server Members intent ([bot] members_intent = true): switch it on for the"
            " bot in the Discord Developer Portal (Bot, Privileged Gateway Intents), or set members_intent = false.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return 0


def _web(config: Config) -> int:
    from bot.web.process import refusal

    refused = refusal(config)
    if refused is not None:
        print(f"doorman: {refused}", file=sys.stderr)
        return EXIT_USAGE
    import discord

    discord.utils.setup_logging(level=getattr(logging, config.log_level))
    try:
        asyncio.run(_serve_web(config))
    except discord.LoginFailure:
        print("doorman: Discord refused the token: check DISCORD_TOKEN.", file=sys.stderr)
        return EXIT_USAGE
    return 0


async def _serve_web(config: Config) -> None:
    """Log in to Discord's REST API and serve the dashboard until SIGINT or SIGTERM; then log out."""
    from bot.web.people import RestPeople
    from bot.web.process import serve

    assert config.token is not None
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for stop_signal in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(stop_signal, stopping.set)
    people = await RestPeople.login(config.token)
    try:
        await serve(config, people, stopping)
    finally:
        await people.close()


async def _check_database(target: DatabaseTarget) -> None:
    """Open the database (creating and migrating it as the bot would) and close it; StoreError if unusable."""
    database = await open_database(target)
    await database.close()


async def _backup(path: Path, target: Path) -> None:
    from bot.store.sqlite.database import SqliteDatabase

    database = await SqliteDatabase.open(path)  # creates and migrates a database that does not exist yet
    shown = _pages_copied if sys.stderr.isatty() else None
    try:
        await database.backup(target, shown)
    finally:
        await database.close()
    if shown is not None:
        print(file=sys.stderr)


def _pages_copied(done: int, total: int) -> None:
    print(f"\rbackup: {done} of {total} pages\033[K", end="", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
