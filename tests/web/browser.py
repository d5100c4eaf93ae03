"""A real browser for the dashboard's tests: Debian's Chromium driven through Playwright's async API.

Fixtures (registered for the whole suite by tests/conftest.py's pytest_plugins: a test names them, imports none):
- `browser`: a headless Chromium of its own, launched for the test and closed after it, however it ends;
- `browser_page`: a page in a fresh context (no cookies) with a desktop-sized window, 1280x800;
- `phone_page`: the same on a phone-sized touch screen, 390x844, that honours `<meta name="viewport">`.
Both pages are watched from the start: `await assert_no_problems(page)` fails with what the browser complained of
(Content-Security-Policy violations, uncaught errors, resources that failed to load); `await problems(page)` and
`await csp_violations(page)` give the lists. `await screenshot(page, path)` takes a picture for the README.

Outside the fixtures, `async with chromium() as browser, open_page(browser, phone=True) as page:` does the same.

Each test launches its own browser (about 0.5 s with the driver, measured here): Playwright's objects belong to
the event loop that started them, and the suite gives every test a loop of its own, so one browser per worker
cannot outlive a test. Without Chromium the browser tests are skipped with the command that installs it, except
in CI (.ci/run sets DOORMAN_REQUIRE_BROWSER and installs it), where they fail.
"""

from __future__ import annotations

import functools
import os
import subprocess
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from weakref import WeakKeyDictionary

import pytest
from playwright.async_api import Browser, ConsoleMessage, Page, ViewportSize, async_playwright

CHROMIUM = Path("/usr/bin/chromium")
REQUIRED = "DOORMAN_REQUIRE_BROWSER"
INSTALL_HINT = (
    "the dashboard's browser tests need Debian's Chromium at /usr/bin/chromium: apt-get install chromium "
    "(and fonts-noto-cjk for pages in Japanese); never `playwright install`"
)
JAPANESE_FONT_HINT = "no Japanese font: the page's words would be boxes. apt-get install fonts-noto-cjk"
# Headless Chromium as these machines run it (Playwright adds flags of its own too): their network is closed, and
# Chromium's background connections to Google would be refused, many at a time. Playwright gives each browser a new,
# empty profile (--user-data-dir) and removes it when the browser closes.
FLAGS = (
    "--headless",
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
DESKTOP: ViewportSize = {"width": 1280, "height": 800}
PHONE: ViewportSize = {"width": 390, "height": 844}
TIMEOUT_MS = 10_000  # a missing element fails the test in 10 s, not Playwright's 30 (the machine is shared)

_problems: WeakKeyDictionary[Page, list[str]] = WeakKeyDictionary()


class NoBrowser(RuntimeError):
    """Chromium is not installed here."""


@asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    """A headless Chromium, closed (with Playwright's driver) when the block ends, however it ends."""
    if not os.access(CHROMIUM, os.X_OK):
        raise NoBrowser(INSTALL_HINT)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=list(FLAGS))
        try:
            yield browser
        finally:
            await browser.close()


@asynccontextmanager
async def open_page(browser: Browser, *, phone: bool = False) -> AsyncIterator[Page]:
    """A page in a context of its own (its own cookies), watched for problems from its first request."""
    context = await browser.new_context(
        viewport=PHONE if phone else DESKTOP,
        is_mobile=phone,
        has_touch=phone,
        device_scale_factor=1,
        locale="en-US",
        timezone_id="UTC",
    )
    try:
        context.set_default_timeout(TIMEOUT_MS)
        page = await context.new_page()
        watch(page)
        yield page
    finally:
        await context.close()


def watch(page: Page) -> None:
    """Collect what the browser reports as wrong on `page`: console errors (Chromium reports each CSP violation
    and each failed resource there) and uncaught page errors."""
    found: list[str] = []
    _problems[page] = found

    def console(message: ConsoleMessage) -> None:
        url = message.location.get("url", "")
        # Chromium asks for /favicon.ico on its own after the load, sometimes reporting its 404, sometimes not.
        if message.type == "error" and not url.endswith("/favicon.ico"):
            found.append(f"{message.text} (at {url})")

    page.on("console", console)
    page.on("pageerror", lambda error: found.append(f"uncaught: {error}"))


async def problems(page: Page) -> list[str]:
    """Everything wrong on `page` so far, in order. A round trip to the page first: events the browser sent before
    it have then all arrived."""
    await page.evaluate("0")
    return list(_problems[page])


async def csp_violations(page: Page) -> list[str]:
    return [problem for problem in await problems(page) if "Content Security Policy" in problem]


async def assert_no_problems(page: Page) -> None:
    found = await problems(page)
    assert found == [], f"the browser reported problems on {page.url}:\n" + "\n".join(found)


async def screenshot(page: Page, path: Path | str, *, full_page: bool = True) -> Path:
    """A PNG of `page` at `path`, as alike from run to run as a browser allows: fonts loaded, animations finished,
    no text cursor. Refuses a page in Japanese where no Japanese font is installed."""
    lang = await page.evaluate("document.documentElement.lang")
    if str(lang).startswith("ja") and not _has_japanese_font():
        raise NoBrowser(JAPANESE_FONT_HINT)
    await page.evaluate("document.fonts.ready.then(() => 0)")
    await page.screenshot(path=path, full_page=full_page, animations="disabled", caret="hide")
    return Path(path)


@functools.cache
def _has_japanese_font() -> bool:
    try:
        listed = subprocess.run(["fc-list", ":lang=ja", "family"], capture_output=True, text=True, check=False)
    except FileNotFoundError:  # no fontconfig: Chromium is not installed either
        return False
    return listed.stdout.strip() != ""


def require_chromium() -> None:
    """Skip the test where Chromium is missing; fail it in CI."""
    if os.access(CHROMIUM, os.X_OK):
        return
    if os.environ.get(REQUIRED):
        raise NoBrowser(f"{REQUIRED} is set: {INSTALL_HINT}")
    pytest.skip(INSTALL_HINT)


def require_japanese_font() -> None:
    """Skip the test where no Japanese font is installed; fail it in CI."""
    if _has_japanese_font():
        return
    if os.environ.get(REQUIRED):
        raise NoBrowser(f"{REQUIRED} is set: {JAPANESE_FONT_HINT}")
    pytest.skip(JAPANESE_FONT_HINT)


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    require_chromium()
    async with chromium() as launched:
        yield launched


@pytest.fixture
async def browser_page(browser: Browser) -> AsyncIterator[Page]:
    async with open_page(browser) as page:
        yield page


@pytest.fixture
async def phone_page(browser: Browser) -> AsyncIterator[Page]:
    async with open_page(browser, phone=True) as page:
        yield page
