"""The README's pictures of the dashboard: `python -m tests.web.screenshots docs/screenshots`.

The demo's world is built as `python -m bot demo --web` builds it (bot.demo: the same story, told through the real
bot on a simulated Discord, which then serves the dashboard; here on a free port). Its last step has `ada` (an
admin) and `mo` (a moderator) run `/dashboard`: the sign-in links their replies show are opened in Chromium
(tests/web/browser.py), and each page is saved as a PNG, window-sized. The story is then told once more in
Japanese, for the queue in Japanese. Needs the test extras (Playwright, SimCord) and Debian's Chromium with
fonts-noto-cjk, as the browser tests do, and fonts-noto-color-emoji (the log's lines start with emoji, drawn as
empty boxes without it).

It lives beside the browser fixtures it drives: a tool for the docs, run by hand, not a test and not a benchmark.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
import socket
import sys
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

from playwright.async_api import Browser, Page

from bot.demo import DISCORD_LOCALES, _walkthrough
from bot.demo.transcript import Transcript
from bot.i18n import Catalogs
from tests.web.browser import DESKTOP, chromium, open_page, screenshot

LINK = re.compile(r"http://127\.0\.0\.1:\d+/signin/[A-Za-z0-9_-]+")
# (file, who signs in, page): the admin's pages as ada; the moderators' as mo (an admin alone is no moderator).
DESKTOP_PAGES = (
    ("home", "ada", "/"),
    ("my-codes", "ada", "/codes"),
    ("queue", "mo", "/queue"),
    ("waitlist", "mo", "/waitlist"),
    ("settings", "ada", "/admin/settings"),
    ("all-codes", "ada", "/admin/codes"),
    ("tree", "ada", "/admin/tree?member={alice}"),
    ("audit-log", "ada", "/admin/audit"),
    ("charts", "ada", "/admin/charts"),
)


class Signposts(Transcript):
    """The demo's transcript, keeping the sign-in links its `/dashboard` replies show, by who was shown each."""

    def __init__(self, locale: str) -> None:
        super().__init__(False, Catalogs.load()[DISCORD_LOCALES.get(locale, locale)])
        self.links: dict[str, str] = {}
        self.served = asyncio.Event()

    def sees(self, who: str, text: str, *, ephemeral: bool = False) -> None:
        super().sees(who, text, ephemeral=ephemeral)
        found = LINK.search(text)
        if found:
            self.links[who] = found.group()
        if {"ada", "mo"} <= self.links.keys():
            self.served.set()

    def user_id(self, name: str) -> str:
        [found] = [user_id for user_id, shown in self.names.items() if shown == f"@{name}"]
        return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.asynccontextmanager
async def demo(locale: str) -> AsyncIterator[Signposts]:
    """The demo told in `locale` (one of bot.i18n.SHIPPED), serving the dashboard until the block ends."""
    out = Signposts(locale)
    with tempfile.TemporaryDirectory(prefix="doorman-screenshots-") as folder:
        discord_locale = DISCORD_LOCALES.get(locale, locale)
        story = asyncio.create_task(_walkthrough(Path(folder) / "demo.db", out, discord_locale, free_port()))
        served = asyncio.create_task(out.served.wait())
        try:
            await asyncio.wait((story, served), return_when=asyncio.FIRST_COMPLETED)
            if not out.served.is_set():
                story.result()  # its failure, if it failed
                raise RuntimeError("the demo ended without serving the dashboard")
            yield out
        finally:
            served.cancel()
            story.cancel()  # as Ctrl+C ends the demo
            with contextlib.suppress(asyncio.CancelledError):
                await story


async def shoot(page: Page, address: str, path: Path) -> None:
    """The page at `address`, window-sized: cut to its own height when shorter than the window."""
    await page.goto(address)
    height = int(await page.evaluate("document.documentElement.scrollHeight"))
    viewport = page.viewport_size or DESKTOP
    if height < viewport["height"]:
        await page.set_viewport_size({"width": viewport["width"], "height": height})
    await screenshot(page, path, full_page=False)
    await page.set_viewport_size(viewport)


async def english(
    browser: Browser,
    folder: Path,
) -> None:
    async with demo("en") as told:
        base = told.links["ada"].split("/signin/")[0]
        alice = told.user_id("alice")
        async with open_page(browser) as ada, open_page(browser) as mo, open_page(browser, phone=True) as phone:
            await ada.goto(told.links["ada"])
            await mo.goto(told.links["mo"])
            await phone.context.add_cookies(await mo.context.cookies())  # mo's session, on a phone too
            pages = {"ada": ada, "mo": mo}
            for name, who, path in DESKTOP_PAGES:
                await shoot(pages[who], base + path.format(alice=alice), folder / f"{name}.png")
            await shoot(phone, base + "/queue", folder / "queue-phone.png")


async def japanese(
    browser: Browser,
    folder: Path,
) -> None:
    async with demo("ja") as told, open_page(browser) as mo:
        await mo.goto(told.links["mo"])
        await shoot(mo, told.links["mo"].split("/signin/")[0] + "/queue", folder / "queue-ja.png")


async def take(folder: Path) -> None:
    transcript = io.StringIO()  # what the demo tells, shown only if it goes wrong
    try:
        with contextlib.redirect_stdout(transcript):
            async with chromium() as browser:
                await english(browser, folder)
                await japanese(browser, folder)
    except BaseException:
        print(transcript.getvalue(), file=sys.stderr)
        raise


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    asyncio.run(take(folder))
    names = [name for name, _, _ in DESKTOP_PAGES] + ["queue-phone", "queue-ja"]
    shots = [folder / f"{name}.png" for name in names]
    for path in shots:
        print(f"{path}: {path.stat().st_size // 1024} KB")
    print(f"{sum(path.stat().st_size for path in shots) // 1024} KB in all")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.web.screenshots OUTDIR   (the README's: docs/screenshots)")
    main(Path(sys.argv[1]))
