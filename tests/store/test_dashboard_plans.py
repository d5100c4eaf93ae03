"""The dashboard's reads search indexes, so a page costs the same in a guild of a million codes as of a thousand.

Measured at 1M codes (benchmarks/dashboard_queries.py): an expired-codes page that walked the guild's codes took
600 ms; by the expiry index, under 1 ms. These tests read SQLite's plans for the very statements the store runs.
"""

import sqlite3

import pytest

from bot.core.audit_log import AuditQuery
from bot.core.code_search import CodeFilter
from bot.core.codes import CodeKind, CodeStatus
from bot.store.sql import audit_log, dashboard_links, stats
from bot.store.sql import codes as code_rows
from tests.core.guild import GUILD, NOW
from tests.store.test_query_plans import plan

# Each search, its first page and a later one: (query, the index it must search, with the columns it fixes).
SEARCHES = {
    "everything": (AuditQuery(), "audit_log_by_time (guild_id=?"),
    "a week": (AuditQuery(since=NOW - 7 * 86_400, until=NOW), "audit_log_by_time (guild_id=? AND at>? AND at<?)"),
    "since": (AuditQuery(since=NOW), "audit_log_by_time (guild_id=? AND at>?"),
    "until": (AuditQuery(until=NOW), "audit_log_by_time (guild_id=? AND at<?"),
    "kind": (AuditQuery(kind="denied_line"), "audit_log_by_kind (guild_id=? AND kind=?"),
    "kind in a week": (
        AuditQuery(kind="denied_line", since=NOW - 7 * 86_400, until=NOW),
        "audit_log_by_kind (guild_id=? AND kind=? AND at>? AND at<?)",
    ),
    "person": (AuditQuery(person=5), "sqlite_autoindex_audit_people_1 (guild_id=? AND user_id=?"),
    "person in a week": (
        AuditQuery(person=5, since=NOW - 86_400, until=NOW),
        "sqlite_autoindex_audit_people_1 (guild_id=? AND user_id=? AND at>? AND at<?)",
    ),
    "person and kind": (AuditQuery(person=5, kind="denied_line"), "sqlite_autoindex_audit_people_1 (guild_id=?"),
}
PAGES = {
    "all": (CodeFilter(), False, "codes_by_guild (guild_id=?)"),
    "active by expiry": (CodeFilter(CodeStatus.ACTIVE), True, "codes_by_expiry (guild_id=? AND expires_at>?)"),
    "active newest first": (CodeFilter(CodeStatus.ACTIVE), False, "codes_by_guild (guild_id=?)"),
    "expired by expiry": (CodeFilter(CodeStatus.EXPIRED), True, "codes_by_expiry (guild_id=? AND expires_at<?)"),
    "expired newest first": (CodeFilter(CodeStatus.EXPIRED), False, "codes_by_guild (guild_id=?)"),
    "used": (CodeFilter(CodeStatus.USED), False, "codes_by_guild (guild_id=?)"),
    "revoked": (CodeFilter(CodeStatus.REVOKED), False, "codes_revoked (guild_id=?)"),
    "kind": (CodeFilter(kind=CodeKind.LINK), False, "codes_by_kind (guild_id=? AND kind=?)"),
    "inviter": (CodeFilter(CodeStatus.USED, inviter_id=5), False, "codes_by_inviter (guild_id=? AND inviter_id=?)"),
}
DAYS = {
    "redemptions": (stats.REDEMPTIONS_PER_DAY, "COVERING INDEX admissions_by_redemption (guild_id=? AND redeemed_at>?"),
    "admissions": (stats.ADMISSIONS_PER_DAY, "COVERING INDEX admissions_by_admission (guild_id=? AND admitted_at>?"),
    "denials": (stats.DENIALS_PER_DAY, "INDEX admissions_denied (guild_id=? AND decided_at>?"),
}


@pytest.mark.parametrize("name", sorted(SEARCHES))
@pytest.mark.parametrize(("before_id", "after_id"), [(None, None), (100, None), (None, 100)])  # first, Older, Newer
def test_audit_searches_search_their_index(path, name, before_id, after_id):
    query, expected = SEARCHES[name]
    with sqlite3.connect(path) as conn:
        found = plan(conn, *audit_log.search_statement(GUILD, query, before_id=before_id, limit=50, after_id=after_id))
    if after_id is not None:  # the bound on the entry's time is searched in the index too
        expected = expected.split(" AND at")[0]
    assert expected in found and "TEMP B-TREE" not in found and "SCAN l" not in found, found


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize(("before_id", "after_id"), [(None, None), (100, None), (None, 100)])  # first, Older, Newer
def test_each_codes_page_reads_the_index_its_filter_names(path, name, before_id, after_id):
    filter, by_expiry, expected = PAGES[name]
    statement = code_rows.page_statement(
        GUILD, filter, now=NOW, before_id=before_id, limit=50, by_expiry=by_expiry, after_id=after_id
    )
    with sqlite3.connect(path) as conn:
        found = plan(conn, *statement)
    assert f"INDEX {expected.removesuffix(')')}" in found and "SCAN" not in found, found


def test_who_redeemed_a_page_of_codes_is_read_by_the_codes_index(path):
    """Not by the guild's index of every admission: SQLite's choice without statistics (37 ms a page at 1M codes)."""
    with sqlite3.connect(path) as conn:
        found = plan(conn, code_rows.redeemers_statement(50), (GUILD, *range(1, 51)))
    assert "admissions_by_code (code_id=?)" in found and "SCAN" not in found, found


@pytest.mark.parametrize("status", [CodeStatus.ACTIVE, CodeStatus.EXPIRED])
def test_codes_are_counted_by_expiry_from_the_index_alone(path, status):
    side = code_rows.expiry_side(status)
    assert side is not None
    with sqlite3.connect(path) as conn:
        found = plan(conn, code_rows.count_by_expiry(side), (GUILD, NOW))
    assert "COVERING INDEX codes_by_expiry" in found, found


@pytest.mark.parametrize("name", sorted(DAYS))
def test_each_days_counts_read_one_index_over_the_range(path, name):
    statement, expected = DAYS[name]
    with sqlite3.connect(path) as conn:
        found = plan(conn, statement, (GUILD, NOW, NOW + 86_400))
    assert expected in found, found


def test_retention_counts_admitted_people_from_an_index_and_looks_into_the_top_inviters_only(path):
    with sqlite3.connect(path) as conn:
        admitted = plan(conn, stats.ADMITTED_PER_INVITER, (GUILD, 20))
        stayed = plan(conn, stats.stayed_statement(3), (GUILD, 1, 2, 3))
    assert "COVERING INDEX admissions_admitted (guild_id=?)" in admitted, admitted
    assert "admissions_admitted (guild_id=? AND inviter_id=?)" in stayed and "SCAN" not in stayed, stayed


def test_a_sign_in_link_is_found_by_its_hash_and_expired_ones_by_their_expiry(path):
    with sqlite3.connect(path) as conn:
        used = plan(conn, dashboard_links.USE, (NOW, "0" * 64))
        forgotten = plan(conn, dashboard_links.FORGET_EXPIRED, (NOW,))
    assert "sqlite_autoindex_dashboard_links_1 (token_hash=?)" in used, used
    assert "dashboard_links_by_expiry (expires_at<?)" in forgotten, forgotten
