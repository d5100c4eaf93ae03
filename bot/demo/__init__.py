"""`python -m bot demo`: the real bot against a simulated Discord (SimCord), narrated step by step.

Same create_bot(), cogs and database code as production; no token, no network.
`--lang de` tells it in German, and its people use Discord in German, so the bot answers them in it.
`--web` ends by serving the dashboard on the demo's data and printing a sign-in link (bot/demo/web.py).
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
import tempfile
from pathlib import Path

from bot.app import create_bot
from bot.config import Config, WebConfig
from bot.demo.story import tell
from bot.demo.transcript import Transcript
from bot.i18n import DEFAULT_LOCALE, Catalogs

# The story is told in any shipped language (`--lang`, bot.i18n.SHIPPED); its people use Discord in the
# Discord locale of that language: the same name, but for English.
DISCORD_LOCALES = {"en": "en-US"}

INSTALL_HINT = (
    'The demo needs SimCord, the simulated Discord: pip install -e ".[demo]"  (or: pip install simcord==3.2.1)'
)


def run_demo(database: Path | None = None, lang: str = DEFAULT_LOCALE, web_port: int | None = None) -> int:
    """Run the walkthrough told in `lang` (one of bot.i18n.SHIPPED), then serve the dashboard on `web_port` if given
    until Ctrl+C; 0 on success, 2 if SimCord is not installed."""
    try:
        import simcord  # noqa: F401
    except ImportError:
        print(INSTALL_HINT, file=sys.stderr)
        return 2
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    locale = DISCORD_LOCALES.get(lang, lang)
    out = Transcript(colour, Catalogs.load()[locale])
    try:
        if database is not None:
            asyncio.run(_walkthrough(database.resolve(), out, locale, web_port))
        else:
            with tempfile.TemporaryDirectory(prefix="doorman-demo-") as folder:
                asyncio.run(_walkthrough(Path(folder) / "demo.db", out, locale, web_port))
    except KeyboardInterrupt:  # how the dashboard's serving ends
        pass
    print()
    return 0


def _web(port: int | None) -> WebConfig:
    """The dashboard on this machine only, signed with a secret made for this run."""
    if port is None:
        return WebConfig()
    return WebConfig(True, "127.0.0.1", port, f"http://127.0.0.1:{port}", secrets.token_urlsafe(32))


async def _walkthrough(database: Path, out: Transcript, locale: str, web_port: int | None) -> None:
    import simcord

    from bot.simulated_locales import speaking

    # The Server Members intent: the waiting room hears joins (SPEC section 13); SimCord grants every intent.
    bot = create_bot(Config(database=database, members_intent=True, web=_web(web_port)))
    # strict_sync off: a kept --database remembers its last sync, but each run's simulated Discord starts empty.
    async with simcord.run(bot, strict_sync=False) as env:
        out.now = env.now
        try:
            # Everyone in the story uses Discord in the demo's language, so the bot answers them in it.
            with speaking(env, default=locale):
                await tell(env, out, locale, web=web_port is not None)
        finally:
            await bot.close()
