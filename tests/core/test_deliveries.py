"""The rules of what is owed to Discord: the retry schedule, giving up, leases, and the stored form."""

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core import deliveries
from bot.core.deliveries import GIVE_UP_AFTER_SECONDS, LEASE_SECONDS, next_try, retry_delay
from bot.core.log_lines import RevokedLine
from bot.core.owed import (
    KINDS,
    DirectMessage,
    DirectMessageAbout,
    ShowRequest,
    StoppedNotice,
    decode,
    encode,
    superseded,
)
from tests.core.guild import GUILD, NOW, configure, opened


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db)
        yield db


def line(n: int) -> RevokedLine:
    """Something to owe (a log line: no admission needed behind it)."""
    return RevokedLine(by=n, code="AAAA-AAAA-AAAA", inviter_id=n)


async def owe(db, owed, *, now=NOW, due_at=None):
    async def add(tx):
        return await deliveries.owe(tx, GUILD, owed, now=now, due_at=due_at)

    return await deliveries.get_delivery(db, await db.transaction(add))


async def attempt_fails(db, delivery, *, at, carrier):
    """Claim the delivery when it is due (unless the carrier holds it already), as a worker would, and record a
    failed attempt."""
    await deliveries.claim_due(db, carrier=carrier, now=at, limit=50)
    [taken] = await deliveries.take(db, [delivery.id], carrier=carrier, now=at)
    return await deliveries.fail(db, taken, carrier=carrier, error="Discord failed (500)", now=at)


def test_retries_start_at_30_seconds_and_double_up_to_an_hour():
    assert [retry_delay(n) for n in range(1, 10)] == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]


@given(st.integers(min_value=1, max_value=10_000))
def test_no_two_tries_are_more_than_an_hour_apart(attempts):
    assert 30 <= retry_delay(attempts) <= 3600 and retry_delay(attempts + 1) >= retry_delay(attempts)


@given(now=st.integers(min_value=0, max_value=2**40), attempts=st.integers(min_value=1, max_value=200))
def test_the_next_try_comes_at_most_an_eighth_early_and_never_late(now, attempts):
    delay = retry_delay(attempts)
    assert now + delay - delay // 8 < next_try(now, attempts) <= now + delay


@given(
    slot=st.integers(min_value=0, max_value=2**30),
    first=st.integers(min_value=0, max_value=449),
    second=st.integers(min_value=0, max_value=449),
)
def test_deliveries_failing_in_the_same_eighth_of_an_hour_at_the_hourly_pace_fall_due_together(slot, first, second):
    assert next_try(slot * 450 + first, 9) == next_try(slot * 450 + second, 9)


@pytest.mark.parametrize("kind", sorted(KINDS))
@given(data=st.data())
def test_every_kind_is_stored_and_read_back_as_itself(kind, data):
    owed = data.draw(st.builds(KINDS[kind]))
    assert decode(*encode(owed)) == owed


async def test_a_failure_is_retried_later_and_after_seven_days_it_stops_with_one_notice(db):
    delivery = await owe(db, line(1))
    at, attempts = NOW, 0
    while True:
        failure = await attempt_fails(db, delivery, at=at, carrier=db.carrier)
        attempts += 1
        delivery = await deliveries.get_delivery(db, delivery.id)
        if failure.stopped:
            break
        assert failure.next_due == next_try(at, attempts) == delivery.due_at
        at = failure.next_due
    assert at - NOW >= GIVE_UP_AFTER_SECONDS > at - NOW - 3600
    assert 160 < attempts < 190 and delivery.stopped_at == at
    later = at + 10 * 86_400
    claimed, next_due = await deliveries.claim_due(db, carrier="someone", now=later, limit=50)
    assert [d.owed for d in claimed] == [StoppedNotice(delivery.id)]  # told once; the stopped one waits for Retry
    assert next_due == later + LEASE_SECONDS  # only the notice's lease: nothing wakes for the stopped one


async def test_retry_revives_a_stopped_delivery_with_a_fresh_seven_days(db):
    delivery = await owe(db, line(1))
    await deliveries.fail(db, delivery, carrier=db.carrier, error="x", now=NOW)
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


async def test_a_carrier_whose_lease_ran_out_neither_takes_nor_records_what_another_took_over(db):
    ids = [(await owe(db, line(n), due_at=NOW + 1)).id for n in (1, 2)]
    first, _ = await deliveries.claim_due(db, carrier="a", now=NOW + 1, limit=50)
    taken_over, _ = await deliveries.claim_due(db, carrier="b", now=NOW + 1 + LEASE_SECONDS, limit=50)
    assert [d.id for d in first] == [d.id for d in taken_over] == ids
    assert await deliveries.take(db, ids, carrier="a", now=NOW + 2 + LEASE_SECONDS) == []
    assert await deliveries.fail(db, first[1], carrier="a", error="late", now=NOW + 2 + LEASE_SECONDS) is None
    assert [d.id for d in await deliveries.take(db, ids, carrier="b", now=NOW + 2 + LEASE_SECONDS)] == ids
    assert (await deliveries.get_delivery(db, ids[1])).last_error is None  # a's late failure changed nothing


async def test_taking_a_delivery_renews_its_lease(db):
    delivery = await owe(db, line(1))  # leased to this process for LEASE_SECONDS
    await deliveries.take(db, [delivery.id], carrier=db.carrier, now=NOW + LEASE_SECONDS - 1)
    claimed, _ = await deliveries.claim_due(db, carrier="other", now=NOW + LEASE_SECONDS + 1, limit=50)
    assert claimed == []


async def test_what_a_process_commits_due_now_is_leased_to_it(db):
    await owe(db, line(1))
    claimed, next_due = await deliveries.claim_due(db, carrier="other", now=NOW, limit=50)
    assert claimed == [] and next_due == NOW + LEASE_SECONDS


async def test_a_start_frees_what_the_carrier_held_and_retries_what_was_failing(db):
    held = await owe(db, line(1))  # leased to this database's carrier, then a crash
    failing = await owe(db, line(2))
    await deliveries.fail(db, failing, carrier=db.carrier, error="500", now=NOW)  # next try in 30 s
    timer = await owe(db, line(3), due_at=NOW + 86_400)
    await deliveries.resume(db, carrier=db.carrier, now=NOW + 1)
    claimed, next_due = await deliveries.claim_due(db, carrier=db.carrier, now=NOW + 1, limit=50)
    assert {d.id for d in claimed} == {held.id, failing.id}
    # The next wake: when these leases end (taken back then, should their attempts never end), before the timer.
    assert next_due == NOW + 1 + LEASE_SECONDS < timer.due_at


def test_only_a_later_showing_of_the_same_request_supersedes_an_earlier_one():
    assert superseded(ShowRequest(1), ShowRequest(1))
    assert not superseded(ShowRequest(1), ShowRequest(2))
    dm = DirectMessage(5, DirectMessageAbout.APPROVED, 1)
    assert not superseded(dm, dm)


async def test_what_is_owed_at_once_is_reported_as_written_and_marked_tried_in_its_row(db):
    reported = []
    db.on_commit = reported.extend
    stored = await owe(db, line(1))
    db.on_commit = None
    [owing] = reported
    assert owing.leased and owing.written == replace(stored, tried_at=None)  # no attempt before this one
    assert stored.tried_at == NOW  # a crash before the attempt: the next one looks for what it may have posted
