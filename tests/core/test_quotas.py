from hypothesis import given
from hypothesis import strategies as st

from bot.core.quotas import (
    DAY,
    QuotaRule,
    RoleQuota,
    SpentCode,
    after_spending,
    can_spend,
    code_cost,
    quota_rule,
    quota_status,
)

NOW = 1_000 * DAY


def rule(**overrides):
    arguments = dict(
        default_amount=3, default_period_days=30, member_role_ids=(), role_quotas={}, grant=0, unlimited=False
    )
    arguments.update(overrides)
    return quota_rule(**arguments)


def test_default_applies_without_a_role_quota():
    assert rule() == QuotaRule(limit=3, period_days=30)


def test_highest_role_quota_wins():
    quotas = {1: RoleQuota(5, None), 2: RoleQuota(10, 7), 3: RoleQuota(50, None)}
    assert rule(member_role_ids=(1, 2), role_quotas=quotas) == QuotaRule(limit=10, period_days=7)


def test_role_quota_of_zero_forbids_inviting_even_below_the_default():
    assert rule(member_role_ids=(1,), role_quotas={1: RoleQuota(0, None)}).limit == 0


def test_grants_raise_and_lower_but_never_below_zero():
    assert rule(grant=2).limit == 5
    assert rule(grant=-2).limit == 1
    assert rule(grant=-50).limit == 0


def test_manage_server_is_unlimited():
    status = quota_status(rule(unlimited=True), [SpentCode(NOW, 500)], NOW)
    assert status.remaining is None and can_spend(status, 10_000)


def test_revoked_codes_cost_only_their_used_uses():
    assert code_cost(max_uses=5, uses=2, revoked=True) == 2
    assert code_cost(max_uses=5, uses=2, revoked=False) == 5


def test_window_rolls_from_each_codes_creation():
    spent = [SpentCode(NOW - 29 * DAY, 2), SpentCode(NOW - 31 * DAY, 1), SpentCode(NOW - DAY, 1)]
    status = quota_status(rule(), spent, NOW)
    assert status.used == 3 and status.remaining == 0
    assert status.next_free_at == NOW - 29 * DAY + 30 * DAY


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 5)), max_size=20),
    st.integers(0, 10),
    st.integers(1, 5),
)
def test_spending_never_exceeds_the_limit(history, limit, cost):
    spent = [SpentCode(NOW - days * DAY, c) for days, c in history]
    status = quota_status(QuotaRule(limit, 30), spent, NOW)
    if can_spend(status, cost):
        assert status.used + cost <= limit
    else:
        assert status.used + cost > limit
    assert status.remaining == max(0, limit - status.used)


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 5)), max_size=20),
    st.one_of(st.none(), st.integers(0, 10)),
    st.integers(1, 60),
    st.integers(1, 5),
)
def test_the_status_after_creating_a_code_is_what_reading_the_window_again_gives(history, limit, period, cost):
    spent = [SpentCode(NOW - days * DAY, c) for days, c in history]
    rule = QuotaRule(limit, period)
    before = quota_status(rule, spent, NOW)
    assert after_spending(before, cost, NOW) == quota_status(rule, [*spent, SpentCode(NOW, cost)], NOW)
