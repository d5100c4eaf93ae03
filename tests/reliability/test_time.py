"""Time passing under SimCord's default options: nothing polls, and weeks pass in one advance_time call.

The bot sleeps until its next delivery or timer is due (SPEC section 9), so a simulated month costs
one settle per thing that falls due, and an idle month costs none.
"""

from contextlib import asynccontextmanager

from bot.core import deliveries
from bot.core.log_lines import RevokedLine
from tests.databases import rows

DAY = 86_400


@asynccontextmanager
async def counting_queries(world):
    """The transactions the bot runs inside the block: every query it makes is in one, on either database."""
    db = world.env.bot.db
    seen: list[str] = []
    original = db.transaction

    async def counted(work):
        seen.append(getattr(work, "__qualname__", repr(work)))
        return await original(work)

    db.transaction = counted
    try:
        yield seen
    finally:
        del db.transaction  # the method of the class again


def grant_attempts(world, user) -> int:
    return sum(1 for r in world.env.http_requests if r.method in ("PATCH", "PUT") and f"/members/{user.id}" in r.path)


async def test_an_idle_day_makes_no_database_query(ready):
    await ready.create_code()
    async with counting_queries(ready) as sent:
        await ready.env.advance_time(DAY)
    assert sent == []


async def test_a_month_passes_in_one_call_and_codes_expire(ready):
    await ready.admin.slash(ready.general, "gate policy", invite_links=False)  # nothing is owed at the expiry
    code = await ready.create_code(expires_in="7d")
    async with counting_queries(ready) as sent:
        await ready.env.advance_time(30 * DAY)
    assert sent == []
    result = await ready.newcomer("late").slash(ready.welcome, "redeem", code=code)
    assert "expired" in result.response.content


async def test_a_month_with_a_links_expiry_wakes_the_bot_once(ready):
    """The code's invite link is deleted when it expires (SPEC section 11): one wake, then idle again."""
    await ready.create_code(expires_in="7d")
    async with counting_queries(ready) as sent:
        await ready.env.advance_time(30 * DAY)
    claim, read, done = "claim_due.<locals>.claim", "get_settings.<locals>.read", "complete.<locals>.done"
    assert sent == [claim, read, done, claim] and ready.guild.invites() == []


async def test_a_month_passes_while_a_refused_grant_is_retried_and_then_given_up(ready):
    """A 403 is retried from 30 s, doubling, at most an hour apart (not every 5 minutes forever: 8,640 a month),
    with one alert; after 7 days it stops, the alert says so, and Retry revives it."""
    ready.env.inject_error("PATCH", "/guilds/*/members/*", status=403, code=50013, times=None)
    bob = ready.newcomer("bob")
    result = await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    assert "moderators were alerted" in result.response.content
    await ready.env.advance_time(30 * DAY)
    attempts = grant_attempts(ready, bob)
    assert 170 <= attempts <= 185, attempts  # 1 + 7 doublings + about 167 hourly tries in 7 days
    [alert] = ready.bot_messages(ready.modq)
    assert "gave up" in alert.content and f"<@{bob.id}>" in alert.content
    await ready.env.advance_time(DAY)
    assert grant_attempts(ready, bob) == attempts  # stopped means stopped

    ready.env.backend.faults.clear()
    retried = await ready.mod.click(alert, label="Retry")
    assert "has their roles now" in retried.response.content
    assert await ready.roles_of(bob) == {"Member"}
    assert "Resolved" in ready.bot_messages(ready.modq)[0].content
    assert len(ready.dms(ready.alice)) == 1


async def test_a_month_passes_while_discord_fails_the_grants_of_ten_newcomers(ready):
    """Deliveries failing together are retried together: one wake for all at each try, not one each."""
    ready.env.inject_error("PATCH", "/guilds/*/members/*", status=500, times=None)
    newcomers = []
    for i in range(10):
        newcomers.append(ready.newcomer(f"n{i}"))
        await newcomers[-1].slash(ready.welcome, "redeem", code=await ready.create_code(who=ready.admin))
        await ready.env.advance_time(2)  # a few seconds apart, as people arrive
    # Three days per call: each call has one 5-second budget. This month of 1,800 retries in one call took 3-4 s
    # on SQLite; three days take about 1 s on SQLite and 2 s on PostgreSQL (552 transactions a day, 1.1 ms each).
    for _ in range(10):
        await ready.env.advance_time(3 * DAY)
    assert all(170 <= grant_attempts(ready, newcomer) <= 185 for newcomer in newcomers)
    [(stopped,)] = rows(ready.env.bot.config.database, "SELECT COUNT(*) FROM deliveries WHERE stopped_at IS NOT NULL")
    assert stopped == 10  # each gave up after 7 days, and waits for Retry


async def test_a_week_passes_with_a_request_post_falling_due(approving):
    """A request the moderator channel refused (a 500) is posted by the worker when the channel works again."""
    approving.env.inject_error("POST", f"/channels/{approving.modq.id}/messages", status=500, times=3)
    bob, _, result = await approving.request_for()
    assert "A moderator will review" in result.response.content and approving.bot_messages(approving.modq) == []
    await approving.env.advance_time(7 * DAY)
    [request] = approving.bot_messages(approving.modq)
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}


async def test_a_timer_is_carried_when_it_falls_due_even_across_a_restart(ready, make_bot):
    """A delivery written to fall due later (a timer) waits for its time, and a restart keeps it."""
    at = int(ready.env.now().timestamp())

    async def owe_later(tx):
        await deliveries.owe(tx, ready.guild.id, RevokedLine(1, "AAAA-AAAA-AAAA", 2), now=at, due_at=at + 3 * DAY)

    await ready.env.bot.db.transaction(owe_later)
    await ready.env.advance_time(2 * DAY)
    assert not any("revoked" in m.content for m in ready.bot_messages(ready.logs))
    await ready.env.restart_bot(make_bot())
    await ready.env.advance_time(DAY)
    assert sum("revoked code" in m.content for m in ready.bot_messages(ready.logs)) == 1
