"""What one process commits wakes the process that carries it at once (SPEC sections 9 and 15: nothing polls).

Two Database objects on one PostgreSQL stand for two processes' views of it: one has no worker (the
dashboard's own process, `python -m bot web`), the other is a bot running shard 0 of 2 whose worker is
replaced by a recorder of what `on_commit` reports, the hook its DeliveryWorker hangs on.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot import clock
from bot.core import admissions, deliveries
from bot.core.deliveries import Owing
from bot.core.log_lines import RevokedLine
from bot.core.repositories import Transaction
from bot.core.shards import Shards, shard_of
from bot.store.postgres.database import PostgresDatabase
from bot.store.postgres.notifications import CHANNEL
from bot.store.postgres.url import PostgresUrl
from tests.conftest import World
from tests.core.guild import NOW
from tests.databases import execute, rows

pytestmark = pytest.mark.postgres

ON_SHARD_0, ON_SHARD_1 = 4 << 22, 5 << 22
FIRST_OF_TWO = Shards(2, (0,))
LINE = RevokedLine(by=1, code="ABCD-EFGH-JKLM", inviter_id=2)
PATIENCE = 30  # seconds: a safety net against a hang, never reached when the test passes


class Heard:
    """What a bot's database reports through on_commit, in order, as its worker would be told."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[Owing] = asyncio.Queue()

    def __call__(self, owing: list[Owing]) -> None:
        for item in owing:
            self.queue.put_nowait(item)

    async def next(self) -> Owing:
        return await asyncio.wait_for(self.queue.get(), PATIENCE)


@pytest.fixture
async def web(database_target: PostgresUrl) -> AsyncIterator[PostgresDatabase]:
    """The dashboard's own process: it carries nothing."""
    db = await PostgresDatabase.open(database_target, carries=False)
    yield db
    await db.close()


@pytest.fixture
async def bot_db(database_target: PostgresUrl) -> AsyncIterator[tuple[PostgresDatabase, Heard]]:
    """A bot running shard 0 of 2, listening, with a recorder for a worker."""
    db = await PostgresDatabase.open(database_target, FIRST_OF_TWO)
    heard = Heard()
    db.on_commit = heard
    await db.listen()
    yield db, heard
    await db.close()


async def owe(db: PostgresDatabase, guild_id: int, due_at: int = NOW) -> int:
    async def work(tx: Transaction) -> int:
        return await deliveries.owe(tx, guild_id, LINE, now=NOW, due_at=due_at)

    return await db.transaction(work)


def listening_backends(target: PostgresUrl) -> list[int]:
    return [pid for (pid,) in rows(target, "SELECT pid FROM pg_stat_activity WHERE query LIKE 'LISTEN %'")]


def test_the_guilds_are_on_the_shards_the_tests_say() -> None:
    assert (shard_of(ON_SHARD_0, 2), shard_of(ON_SHARD_1, 2)) == (0, 1)


async def test_a_delivery_the_dashboard_commits_wakes_the_bot_that_carries_its_guild(
    web: PostgresDatabase, bot_db: tuple[PostgresDatabase, Heard], database_target: PostgresUrl
) -> None:
    _, heard = bot_db
    delivery_id = await owe(web, ON_SHARD_0)

    assert await heard.next() == Owing(delivery_id, ON_SHARD_0, NOW, leased=False)
    # Left for the bot to claim: the dashboard's process never holds a lease.
    assert rows(database_target, "SELECT lease_owner FROM deliveries WHERE id = $1", delivery_id) == [(None,)]


async def test_the_bot_hears_only_its_own_shards_guilds(
    web: PostgresDatabase, bot_db: tuple[PostgresDatabase, Heard]
) -> None:
    _, heard = bot_db
    await owe(web, ON_SHARD_1)
    mine = await owe(web, ON_SHARD_0)

    # Notifications arrive in commit order: the first heard is the second commit's.
    assert (await heard.next()).id == mine
    assert heard.queue.empty()


async def test_a_timer_tells_when_it_falls_due(web: PostgresDatabase, bot_db: tuple[PostgresDatabase, Heard]) -> None:
    _, heard = bot_db
    await owe(web, ON_SHARD_0, due_at=NOW + 3600)

    assert (await heard.next()).due_at == NOW + 3600


async def test_nothing_is_heard_of_a_transaction_that_rolled_back(
    web: PostgresDatabase, bot_db: tuple[PostgresDatabase, Heard]
) -> None:
    _, heard = bot_db

    async def fails(tx: Transaction) -> None:
        await deliveries.owe(tx, ON_SHARD_0, LINE, now=NOW)
        raise RuntimeError("changed its mind")

    with pytest.raises(RuntimeError):
        await web.transaction(fails)
    kept = await owe(web, ON_SHARD_0)

    assert (await heard.next()).id == kept


async def test_a_bot_does_not_announce_what_its_own_worker_carries(
    database_target: PostgresUrl, web: PostgresDatabase, bot_db: tuple[PostgresDatabase, Heard]
) -> None:
    """A second bot on the same shard (a mistake, but one a listener would show): a timer of its own shard's
    is told to its own worker by its commit, and announced to nobody."""
    _, heard = bot_db
    twin = await PostgresDatabase.open(database_target, FIRST_OF_TWO)
    try:
        await owe(twin, ON_SHARD_0, due_at=NOW + 60)
    finally:
        await twin.close()
    last = await owe(web, ON_SHARD_0)

    assert (await heard.next()).id == last


async def test_a_bot_deciding_for_another_shards_guild_leaves_it_to_that_shards_process(
    database_target: PostgresUrl, bot_db: tuple[PostgresDatabase, Heard]
) -> None:
    """The dashboard served by a bot running shard 1 decides for a guild on shard 0: shard 0's bot carries it."""
    _, heard = bot_db
    second = await PostgresDatabase.open(database_target, Shards(2, (1,)))
    try:
        delivery_id = await owe(second, ON_SHARD_0)
    finally:
        await second.close()

    assert await heard.next() == Owing(delivery_id, ON_SHARD_0, NOW, leased=False)
    assert rows(database_target, "SELECT lease_owner FROM deliveries WHERE id = $1", delivery_id) == [(None,)]


async def test_a_process_ignores_its_own_notifications(database_target: PostgresUrl, web: PostgresDatabase) -> None:
    listening = await PostgresDatabase.open(database_target, carries=False)
    heard = Heard()
    listening.on_commit = heard
    try:
        await listening.listen()
        own = await owe(listening, ON_SHARD_0)  # announced (it carries nothing), but its own
        theirs = await owe(web, ON_SHARD_0)

        # Its own commit reported once, by the commit itself; then the other's, heard.
        assert [(await heard.next()).id, (await heard.next()).id] == [own, theirs]
        assert heard.queue.empty()
    finally:
        await listening.close()


async def test_after_its_connection_is_killed_the_bot_listens_again_and_catches_up(
    web: PostgresDatabase, bot_db: tuple[PostgresDatabase, Heard], database_target: PostgresUrl
) -> None:
    _, heard = bot_db
    [listener] = listening_backends(database_target)
    # Owed while nobody could hear: written behind the processes' backs, so no notification is ever sent.
    execute(
        database_target,
        "INSERT INTO deliveries (guild_id, kind, payload, created_at, due_at) VALUES ($1, 'revoked_line', $2, $3, $3)",
        ON_SHARD_0,
        '{"by": 1, "code": "ABCD-EFGH-JKLM", "inviter_id": 2}',
        NOW,
    )
    [(missed,)] = rows(database_target, "SELECT id FROM deliveries")
    execute(database_target, "SELECT pg_terminate_backend($1)", listener)

    assert await heard.next() == Owing(missed, ON_SHARD_0, NOW, leased=False)  # the catch-up
    [again] = listening_backends(database_target)
    assert again != listener
    later = await owe(web, ON_SHARD_0)
    assert (await heard.next()).id == later


async def test_a_closed_database_stops_listening(database_target: PostgresUrl) -> None:
    db = await PostgresDatabase.open(database_target)
    await db.listen()
    assert len(listening_backends(database_target)) == 1
    await db.close()

    assert listening_backends(database_target) == []
    assert CHANNEL == "doorman_deliveries"


async def test_an_idle_bot_carries_a_decision_the_dashboards_process_commits(
    approving: World, database_target: PostgresUrl
) -> None:
    """The whole way: a request waits, the bot's worker sleeps; the dashboard's process approves; the bot's worker
    is woken by the notification and grants the roles and edits the request, with no look of its own."""
    world, bot = approving, approving.env.bot
    newcomer, request, _ = await world.request_for("bob")
    await world.env.settle()
    [(admission_id,)] = rows(database_target, "SELECT id FROM admissions WHERE user_id = $1", newcomer.id)
    woken = asyncio.Event()
    told = bot.db.on_commit

    def spy(owing: list[Owing]) -> None:
        told(owing)
        woken.set()

    bot.db.on_commit = spy
    web = await PostgresDatabase.open(database_target, carries=False)
    try:
        await admissions.decide(
            web, guild_id=world.guild.id, admission_id=admission_id, moderator_id=world.mod.id, approve=True,
            reason=None, now=clock.now(),
        )  # fmt: skip
    finally:
        await web.close()
    await asyncio.wait_for(woken.wait(), PATIENCE)
    await world.env.settle()

    assert "Member" in await world.roles_of(newcomer)
    shown = await bot.get_channel(world.modq.id).fetch_message(request.id)
    assert shown.components == [] and f"Approved by <@{world.mod.id}>" in str(shown.embeds[0].fields)
