"""The dashboard in a real browser (SPEC 16): Debian's Chromium on the dashboard that a SimCord world's bot serves.

A moderator signs in with the link `/dashboard` gives them and approves a request by keyboard alone, and Discord
changes as after a click on the button; a member creates and revokes a code on a phone; and every page is looked
at as a browser sees it: nothing the browser complains of (a CSP violation, a resource that failed), one `h1`,
a name for every field and button, a visible focus ring, nothing wider than a phone's screen.

The bot's dashboard, SimCord and Playwright share the test's event loop: after a browser action that gives the
bot something to carry to Discord, `await settle(world)` lets it.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.async_api import Browser, Page

from tests.conftest import World
from tests.web import discord_world
from tests.web.browser import assert_no_problems, open_page, problems, watch
from tests.web.discord_world import message, settle

config_extra = discord_world.config_extra  # the bot serves the dashboard on a free port


@pytest.fixture
def backend() -> str:
    """The browser's view is the subject, not the database: SQLite only (the pages run on both databases in
    their HTTP tests, and so do decisions taken on them: test_decisions_in_discord.py)."""
    return "sqlite"


# The roles that take input or act, as Chromium's accessibility tree names them.
CONTROLS = frozenset(
    {"button", "textbox", "searchbox", "spinbutton", "combobox", "listbox", "checkbox", "radio", "slider", "switch"}
)
# Every page a signed-in admin who moderates too may open (the error page and the signed-out page aside).
PAGES = (
    "/",
    "/codes",
    "/queue",
    "/waitlist",
    "/admin/settings",
    "/admin/codes",
    "/admin/tree?member={alice}",
    "/admin/audit",
    "/admin/charts",
)
MOST_TABS = 80  # a page's stops, more than any page of these small worlds has


async def sign_in(page: Page, world: World, actor: Any) -> None:
    """`actor` runs /dashboard in Discord and opens the link of its ephemeral reply in `page`."""
    reply = await actor.slash(world.general, "dashboard")
    assert reply.ephemeral
    found = re.search(r"http://127\.0\.0\.1:\d+/signin/[A-Za-z0-9_-]+", reply.response.content)
    assert found is not None, reply.response.content
    await page.goto(found.group())
    assert page.url == world.env.bot.dashboard.site.public_url + "/"  # redirected to the first page, signed in


async def tab_to(page: Page, selector: str) -> None:
    """Press Tab until the element `selector` names has the focus."""
    for _ in range(MOST_TABS):
        await page.keyboard.press("Tab")
        if await page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector} on {page.url}")


async def wider_than_the_screen(page: Page, width: int) -> list[str]:
    """What sticks out to the right of a window `width` wide: nothing inside a box that scrolls sideways itself
    (a table in `.scroll`, a graph in `.graph` or `.chart-box`) counts, unless positioned out of it."""
    found = await page.evaluate(
        """(width) => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width)
            .filter(e => !e.closest('.scroll, .graph, .chart-box') || getComputedStyle(e).position === 'absolute')
            .map(e => e.outerHTML.slice(0, 120))""",
        width,
    )
    return list(found)


async def fits(page: Page) -> None:
    """Nothing on the page is wider than its window: it never scrolls sideways (its tables and graphs may)."""
    # The window's own width: a phone's browser widens its layout to what sticks out, so innerWidth would grow too.
    window = page.viewport_size
    assert window is not None
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= window["width"], (
        f"{page.url} is wider than its window: {await wider_than_the_screen(page, window['width'])}"
    )


async def looks_right(page: Page, *, problems_expected: int = 0) -> None:
    """What every page must be in a browser: see the module's docstring."""
    where = page.url
    if problems_expected == 0:
        await assert_no_problems(page)
    else:
        assert len(await problems(page)) == problems_expected, await problems(page)
    assert await page.locator("h1").count() == 1, where
    await fits(page)
    cdp = await page.context.new_cdp_session(page)
    tree = await cdp.send("Accessibility.getFullAXTree")
    await cdp.detach()
    unnamed = [
        node
        for node in tree["nodes"]
        if not node.get("ignored")
        and node.get("role", {}).get("value") in CONTROLS
        and not str(node.get("name", {}).get("value", "")).strip()
    ]
    assert unnamed == [], f"controls without a name on {where}: {unnamed}"
    await every_stop_shows_its_focus(page)


async def every_stop_shows_its_focus(page: Page) -> None:
    """Tab through the page: each element the focus stops on draws an outline (`:focus-visible`; a date field's
    focus is in its parts, which `:focus-visible` does not see: its own rule gives it the ring)."""
    await page.evaluate("document.activeElement && document.activeElement.blur()")
    first = None
    for _ in range(MOST_TABS):
        await page.keyboard.press("Tab")
        stop = await page.evaluate(
            """() => {
                const e = document.activeElement;
                if (!e || e === document.body) return null;
                const style = getComputedStyle(e);
                return {html: e.outerHTML.slice(0, 120), outline: style.outlineStyle,
                        width: parseFloat(style.outlineWidth)};
            }"""
        )
        if stop is None or stop["html"] == first:
            return  # out of the page, or round to its first stop again
        first = first or stop["html"]
        assert stop["outline"] != "none" and stop["width"] >= 2, f"{page.url}: {stop}"
    raise AssertionError(f"more than {MOST_TABS} stops on {page.url}")


async def test_a_moderator_signs_in_from_discord_and_approves_by_keyboard_alone(
    approving: World, browser_page: Page
) -> None:
    world, page = approving, browser_page
    bob, request, _ = await world.request_for()
    assert request.components != []  # the buttons wait for a moderator
    await sign_in(page, world, world.mod)
    assert "Signed in as" in await page.locator("main").inner_text()

    await tab_to(page, 'nav a[href="/queue"]')
    async with page.expect_navigation():
        await page.keyboard.press("Enter")
    assert await page.locator("h1").inner_text() == "Queue"
    await tab_to(page, "button.approve")
    assert await page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"  # seen focused
    async with page.expect_navigation():
        await page.keyboard.press("Enter")
    assert "Approved: request #" in await page.locator(".flash").inner_text()
    await assert_no_problems(page)

    await settle(world)  # the delivery worker carries the decision to Discord
    assert await world.roles_of(bob) == {"Member"}
    edited = message(world.modq, request.id)
    assert edited.components == []
    decision = {field.name: field.value for field in edited.embeds[0].fields}["Decision"]
    assert f"Approved by <@{world.mod.id}>" in decision
    assert "approved your request" in world.dms(bob)[-1]


async def test_a_member_creates_and_revokes_a_code_on_a_phone(ready: World, phone_page: Page) -> None:
    world, page = ready, phone_page
    await sign_in(page, world, world.alice)
    await looks_right(page)
    await page.get_by_role("link", name="My codes").first.click()
    await looks_right(page)
    await page.get_by_label("Note (optional)").fill("for my climbing partner")
    async with page.expect_navigation():
        await page.get_by_role("button", name="Create").click()
    flash = await page.locator(".flash").inner_text()
    code = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", flash)
    assert code is not None, flash
    await settle(world)  # Discord makes its invite link
    await page.reload()
    row = page.locator("tr", has_text=code.group())
    assert await row.locator(".status").inner_text() == "active"
    await looks_right(page)

    async with page.expect_navigation():
        await row.get_by_role("button", name=f"Revoke {code.group()}").click()
    assert f"Code {code.group()} revoked." in await page.locator(".flash").inner_text()
    assert await page.locator("tr", has_text=code.group()).locator(".status").inner_text() == "revoked"
    await looks_right(page)
    await settle(world)
    assert "revoked" in world.logs.last_message.content


async def test_every_page_is_whole_in_the_browser(approving: World, browser: Browser, browser_page: Page) -> None:
    world, page = approving, browser_page
    await world.request_for()  # a request in the queue
    await world.newcomer("wren").slash(world.welcome, "waitlist join", about="a friend of alice")
    # An admin who moderates too (Manage Server alone is not a moderator's role: core.people), for every page.
    boss = world.guild.add_member(
        world.env.create_user("boss"), roles=[world.guild.roles["Admins"], world.mods, world.member_role]
    )
    await sign_in(page, world, boss)
    async with open_page(browser, phone=True) as phone:
        await phone.context.add_cookies(await page.context.cookies())  # the same session, on a phone too
        for path in PAGES:
            await page.goto(world.env.bot.dashboard.site.public_url + path.format(alice=world.alice.id))
            await looks_right(page)
            await phone.goto(page.url)
            await fits(phone)
            await assert_no_problems(phone)
    # An error page, in a tab of its own: the browser reports its status as a resource that failed to load,
    # and that, alone, is expected there.
    error_page = await page.context.new_page()
    watch(error_page)
    address = world.env.bot.dashboard.site.public_url + "/nowhere"
    answer = await error_page.goto(address)
    assert answer is not None and answer.status == 404
    assert await problems(error_page) == [
        f"Failed to load resource: the server responded with a status of 404 (Not Found) (at {address})"
    ]
    await looks_right(error_page, problems_expected=1)
    await error_page.close()
    async with page.expect_navigation():
        await page.get_by_role("button", name="Sign out").click()
    assert await page.locator("h1").inner_text() == "Sign in"
    await looks_right(page)
