"""The real browser works here: it opens a page served on localhost under the dashboard's kind of
Content-Security-Policy, fills and sends a form with the keyboard alone, takes screenshots, reports CSP
violations, and is gone when its test ends (tests/web/browser.py)."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from playwright.async_api import Page
from yarl import URL

from tests.web.browser import (
    PHONE,
    NoBrowser,
    assert_no_problems,
    chromium,
    csp_violations,
    open_page,
    require_chromium,
    require_japanese_font,
    screenshot,
)

CSP = "default-src 'none'; style-src 'self'"
HEAD = '<meta charset="utf-8"><meta name="viewport" content="width=device-width">'


def page(body: str, *, lang: str = "en", stylesheet: str = "/s.css") -> web.Response:
    head = f'{HEAD}<link rel="stylesheet" href="{stylesheet}"><title>Test</title>'
    text = f'<!doctype html><html lang="{lang}"><head>{head}</head><body>{body}</body></html>'
    return web.Response(text=text, content_type="text/html")


async def form(request: web.Request) -> web.Response:
    return page(
        '<main><h1>Greeting</h1><form method="post" action="/greet">'
        '<label for="name">Name</label> <input id="name" name="name"> <button>Greet</button></form></main>'
    )


async def greet(request: web.Request) -> web.Response:
    name = (await request.post()).get("name", "")
    request.app[SENT].append(str(name))
    raise web.HTTPSeeOther(URL("/greeted").with_query(name=str(name)))


async def greeted(request: web.Request) -> web.Response:
    return page(f"<main><h1>Hello, {html.escape(request.query.get('name', ''))}</h1></main>")


async def inline_script(request: web.Request) -> web.Response:
    return page("<p>Scripted</p><script>document.title = 'ran'</script>")


async def unstyled(request: web.Request) -> web.Response:
    return page("<p>Its stylesheet is gone</p>", stylesheet="/gone.css")


async def japanese(request: web.Request) -> web.Response:
    return page("<main><h1>招待コード</h1><p>新しいコードを作成しました。</p></main>", lang="ja")


async def stylesheet(request: web.Request) -> web.Response:
    return web.Response(
        text="body { font-family: sans-serif; } :focus { outline: 3px solid #1a73e8; }", content_type="text/css"
    )


@web.middleware
async def csp(request: web.Request, handler: web.Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as answer:
        answer.headers["Content-Security-Policy"] = CSP
        raise
    response.headers["Content-Security-Policy"] = CSP
    return response


SENT = web.AppKey("sent", list[str])


@pytest.fixture
async def server() -> AsyncIterator[TestServer]:
    app = web.Application(middlewares=[csp])
    app[SENT] = []
    app.router.add_get("/", form)
    app.router.add_post("/greet", greet)
    app.router.add_get("/greeted", greeted)
    app.router.add_get("/inline", inline_script)
    app.router.add_get("/unstyled", unstyled)
    app.router.add_get("/ja", japanese)
    app.router.add_get("/s.css", stylesheet)
    async with TestServer(app, host="127.0.0.1", port=0) as served:
        yield served


async def focused(page: Page) -> str:
    return str(await page.evaluate("document.activeElement.outerHTML"))


async def test_a_form_is_filled_and_sent_with_the_keyboard_alone(
    browser_page: Page, server: TestServer, tmp_path: Path
):
    page = browser_page
    await page.goto(str(server.make_url("/")))
    await page.keyboard.press("Tab")
    assert await focused(page) == '<input id="name" name="name">'
    await page.keyboard.type("Ada <Lovelace>")
    await page.keyboard.press("Tab")
    assert await focused(page) == "<button>Greet</button>"
    async with page.expect_navigation():
        await page.keyboard.press("Enter")

    assert server.app[SENT] == ["Ada <Lovelace>"]
    assert await page.locator("h1").inner_text() == "Hello, Ada <Lovelace>"
    shot = await screenshot(page, tmp_path / "greeted.png")
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    await assert_no_problems(page)


async def test_an_inline_script_is_blocked_and_reported_as_a_csp_violation(browser_page: Page, server: TestServer):
    page = browser_page
    await page.goto(str(server.make_url("/inline")))
    assert await page.title() == "Test"  # the script did not run
    violations = await csp_violations(page)
    assert len(violations) == 1 and "inline script" in violations[0], violations
    with pytest.raises(AssertionError, match="Content Security Policy"):
        await assert_no_problems(page)


async def test_a_missing_stylesheet_is_a_problem(browser_page: Page, server: TestServer):
    page = browser_page
    await page.goto(str(server.make_url("/unstyled")))
    with pytest.raises(AssertionError, match="404"):
        await assert_no_problems(page)


async def test_a_phone_page_is_phone_sized_and_japanese_is_drawn(phone_page: Page, server: TestServer, tmp_path: Path):
    require_japanese_font()
    page = phone_page
    await page.goto(str(server.make_url("/ja")))
    assert await page.evaluate("[window.innerWidth, window.innerHeight]") == [PHONE["width"], PHONE["height"]]
    shot = await screenshot(page, tmp_path / "ja.png", full_page=False)
    assert shot.stat().st_size > 0
    await assert_no_problems(page)


async def test_the_browser_is_closed_when_its_block_fails():
    require_chromium()
    with pytest.raises(RuntimeError, match="the test failed"):
        async with chromium() as browser, open_page(browser) as page:
            await page.set_content("<p>x</p>")
            raise RuntimeError("the test failed")
    assert not browser.is_connected()


def test_without_chromium_the_reason_names_the_apt_command(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setattr("tests.web.browser.CHROMIUM", tmp_path / "chromium")
    monkeypatch.delenv("DOORMAN_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        require_chromium()
    monkeypatch.setenv("DOORMAN_REQUIRE_BROWSER", "1")
    with pytest.raises(NoBrowser, match="apt-get install chromium"):
        require_chromium()
