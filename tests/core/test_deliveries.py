"""The rules of what is owed to Discord: the retry schedule, giving up, leases, and the stored form."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core import deliveries
from bot.core.deliveries import GIVE_UP_AFTER_SECONDS, LEASE_SECONDS, retry_delay
from bot.core.owed import (
    KINDS,
    DirectMessage,
    DirectMessageAbout,
    RevokedLine,
    ShowRequest,
    StoppedNotice,
    decode,
    encode,
    superseded,
)
from tests.core.guild import GUILD, NOW, configure, opened


@pytest.fixture
async def db(tmp_path):
    async with opened(tmp_path / "owed.db") as db:
        await configure(db)
        yield db


def line(n: int) -> RevokedLine:
    """Something to owe (a log line: no admission needed behind it)."""
    return RevokedLine(by=n, code="AAAA-AAAA-AAAA", inviter_id=n)


async def owe(db, owed, *, now=NOW, due_at=None):
    async def add(tx):
        return await deliveries.owe(tx, GUILD, owed, now=now, due_at=due_at)

    return await deliveries.get_delivery(db, await db.transaction(add))


def test_retries_start_at_30_seconds_and_double_up_to_an_hour():
    assert [retry_delay(n) for n in range(1, 10)] == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]


@given(st.integers(min_value=1, max_value=10_000))
def test_no_two_tries_are_more_than_an_hour_apart(attempts):
    assert 30 <= retry_delay(attempts) <= 3600 and retry_delay(attempts + 1) >= retry_delay(attempts)


@pytest.mark.parametrize("kind", sorted(KINDS))
@given(data=st.data())
def test_every_kind_is_stored_and_read_back_as_itself(kind, data):
    owed = data.draw(st.builds(KINDS[kind]))
    assert decode(*encode(owed)) == owed


async def test_a_failure_is_retried_later_and_after_seven_days_it_stops_with_one_notice(db):
    delivery = await owe(db, line(1))
    at, attempts = NOW, 0
    while True:
        failure = await deliveries.fail(db, delivery, error="Discord failed (500)", now=at)
        attempts += 1
        delivery = await deliveries.get_delivery(db, delivery.id)
        if failure.stopped:
            break
        assert failure.next_due == at + retry_delay(attempts) == delivery.due_at
        at = failure.next_due
    assert at - NOW >= GIVE_UP_AFTER_SECONDS > at - NOW - 3600
    assert 160 < attempts < 190 and delivery.stopped_at == at
    claimed, next_due = await deliveries.claim_due(db, carrier="someone", now=at + 10 * 86_400, limit=50)
    assert [d.owed for d in claimed] == [StoppedNotice(delivery.id)]  # told once; the stopped one waits for Retry
    assert next_due is None


async def test_retry_revives_a_stopped_delivery_with_a_fresh_seven_days(db):
    delivery = await owe(db, line(1))
    await deliveries.fail(db, delivery, error="x", now=NOW)
    revived = await deliveries.revive(db, guild_id=GUILD, delivery_id=delivery.id, carrier="me", now=NOW + 5)
    assert revived.attempts == 0 and revived.failing_since is None and revived.stopped_at is None
    with pytest.raises(deliveries.NothingToRedeliver):
        await deliveries.revive(db, guild_id=GUILD + 1, delivery_id=delivery.id, carrier="me", now=NOW)


async def test_a_lease_keeps_a_delivery_to_one_carrier_until_it_runs_out(db):
    later = await owe(db, line(1), due_at=NOW + 60)  # a timer: not leased when written
    first, _ = await deliveries.claim_due(db, carrier="a", now=NOW + 60, limit=50)
    second, next_due = await deliveries.claim_due(db, carrier="b", now=NOW + 61, limit=50)
    assert [d.id for d in first] == [later.id] and second == []
    assert next_due == NOW + 60 + LEASE_SECONDS  # b wakes when a's lease would run out
    taken, _ = await deliveries.claim_due(db, carrier="b", now=NOW + 60 + LEASE_SECONDS, limit=50)
    assert [d.id for d in taken] == [later.id]


async def test_what_a_process_commits_due_now_is_leased_to_it(db):
    await owe(db, line(1))
    claimed, next_due = await deliveries.claim_due(db, carrier="other", now=NOW, limit=50)
    assert claimed == [] and next_due == NOW + LEASE_SECONDS


async def test_a_start_frees_what_the_carrier_held_and_retries_what_was_failing(db):
    held = await owe(db, line(1))  # leased to this database's carrier, then a crash
    failing = await owe(db, line(2))
    await deliveries.fail(db, failing, error="500", now=NOW)  # next try in 30 s
    timer = await owe(db, line(3), due_at=NOW + 86_400)
    await deliveries.resume(db, carrier=db.carrier, now=NOW + 1)
    claimed, next_due = await deliveries.claim_due(db, carrier=db.carrier, now=NOW + 1, limit=50)
    assert {d.id for d in claimed} == {held.id, failing.id} and next_due == timer.due_at


def test_only_a_later_showing_of_the_same_request_supersedes_an_earlier_one():
    assert superseded(ShowRequest(1), ShowRequest(1))
    assert not superseded(ShowRequest(1), ShowRequest(2))
    dm = DirectMessage(5, DirectMessageAbout.APPROVED, 1)
    assert not superseded(dm, dm)
