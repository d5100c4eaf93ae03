"""The command line: `python -m bot run | check-config | demo | backup` (also the `doorman` script)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import Config, ConfigError, load_config
from bot.store import open_database
from bot.store.errors import StoreError

DEFAULT_CONFIG = "doorman.toml"
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="doorman", description="Doorman: an invite-only gate for Discord.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="connect to Discord and serve")
    check = commands.add_parser("check-config", help="validate the config and print it (token redacted)")
    backup = commands.add_parser("backup", help="write an online, consistent copy of the database")
    backup.add_argument("path", type=Path, help="where to write the copy")
    for sub in (run, check, backup):
        sub.add_argument("--config", type=Path, default=Path(DEFAULT_CONFIG), help=f"default: ./{DEFAULT_CONFIG}")
    demo = commands.add_parser("demo", help="an offline walkthrough against a simulated Discord (no token)")
    demo.add_argument("--database", type=Path, help="keep the demo's database here (default: a temporary file)")

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

        return run_demo(args.database)
    config = load_config(args.config)
    if args.command == "check-config":
        print(json.dumps(config.redacted(), indent=2))
        return 0
    if args.command == "backup":
        asyncio.run(_backup(config, args.path))
        print(f"backed up {config.database} to {args.path}")
        return 0
    return _run(config)


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
    return 0


async def _check_database(path: Path) -> None:
    """Open the database (creating and migrating it as the bot would) and close it; StoreError if unusable."""
    database = await open_database(path)
    await database.close()


async def _backup(config: Config, target: Path) -> None:
    database = await open_database(config.database)  # creates and migrates a database that does not exist yet
    try:
        await database.backup(target)
    finally:
        await database.close()


if __name__ == "__main__":
    sys.exit(main())
