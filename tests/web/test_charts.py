"""The charts on the web (SPEC 16, admins): redemptions, admissions and denials per day, quota use, who stayed;
each number exact in the table after its chart, counted in the session's guild only."""

from __future__ import annotations

import re

import pytest

from bot.core import bans
from bot.core.quotas import DAY
from bot.core.repositories import Database, Transaction
from bot.web.pages import charts
from bot.web.pages.charts import day_label
from tests.core.guild import GUILD, NOW
from tests.web.arrivals import arrive, open_the_gate
from tests.web.conftest import MEMBER, MODERATOR, OTHER_GUILD, FakePeople, Web

TODAY = NOW - NOW % DAY  # a UTC midnight
AT = TODAY + 12 * 3600  # the page is read at noon
HOUR = 3600


@pytest.fixture(autouse=True)
def noon(monkeypatch: pytest.MonkeyPatch) -> None:
    """The charts read the clock once: fixed, so that which day is today never depends on when the test runs."""
    monkeypatch.setattr(charts, "now", lambda: AT)


@pytest.fixture
async def history(db: Database, people: FakePeople) -> None:
    """Bea (101) brought three newcomers over the last days, Cy (102) two; one of Bea's was banned since."""
    people.join(101, name="Bea")
    people.join(102, name="Cy")
    await open_the_gate(db, approval=True)
    await arrive(db, 101, 301, at=TODAY - 2 * DAY + HOUR, approve=True)
    await arrive(db, 101, 302, at=TODAY - DAY + HOUR, approve=True, granted_at=TODAY + HOUR)
    await arrive(db, 101, 303, at=TODAY - DAY + 2 * HOUR, approve=False, decided_at=TODAY + 2 * HOUR)
    await arrive(db, 102, 304, at=TODAY - 10 * DAY, approve=True)
    await arrive(db, 102, 305, at=TODAY + 3 * HOUR, granted=False)  # still awaiting a moderator
    await bans.member_banned(db, guild_id=GUILD, user_id=301, now=TODAY + 4 * HOUR)


def table(page: str, table_id: str) -> list[tuple[str, ...]]:
    """A table's body rows: the row's heading (a link's words, if a link) and its numbers."""
    found = re.search(rf'<table id="{table_id}">(.*?)</table>', page, re.S)
    assert found is not None, f"no table {table_id}"
    body = found.group(1).split("<tbody>")[1].split("</tbody>")[0]
    rows = re.findall(r"<tr><th scope=\"row\">(?:<a [^>]*>)?(.*?)(?:</a>)?</th>(.*?)</tr>", body)
    return [(heading, *re.findall(r"<td>(\d+)</td>", cells)) for heading, cells in rows]


def totals(page: str) -> tuple[str, ...]:
    found = re.search(r"<tfoot><tr><th scope=\"row\">Total</th>(.*?)</tr></tfoot>", page)
    assert found is not None
    return tuple(re.findall(r"<td>(\d+)</td>", found.group(1)))


def busy_days(page: str) -> list[tuple[str, ...]]:
    return [row for row in table(page, "per-day") if row[1:] != ("0", "0", "0")]


async def test_redemptions_admissions_and_denials_count_on_their_own_days(web: Web, history: None) -> None:
    web.sign_in(700)
    page = await web.get("/admin/charts?days=30")
    rows = table(page, "per-day")
    assert len(rows) == 30 and rows[-1][0] == day_label(TODAY) and rows[0][0] == day_label(TODAY - 29 * DAY)
    assert busy_days(page) == [
        (day_label(TODAY - 10 * DAY), "1", "1", "0"),
        (day_label(TODAY - 2 * DAY), "1", "1", "0"),
        (day_label(TODAY - DAY), "2", "0", "0"),  # 302 waits for roles until today, 303 for a decision
        (day_label(TODAY), "1", "1", "1"),
    ]
    assert totals(page) == ("5", "3", "1")
    assert "In total: redemptions 5, admissions 3, denials 1." in page
    assert page.count('class="chart-bar chart-series-') == 8  # a bar per non-zero number


async def test_the_period_chosen_bounds_the_days(web: Web, history: None) -> None:
    web.sign_in(700)
    page = await web.get("/admin/charts?days=7")
    assert len(table(page, "per-day")) == 7 and totals(page) == ("4", "2", "1")  # Cy's first is 10 days old
    assert '<option value="7" selected>' in page
    assert len(table(await web.get("/admin/charts?days=90"), "per-day")) == 90
    assert len(table(await web.get("/admin/charts"), "per-day")) == 30  # by default


async def test_quota_use_is_each_members_spending_against_the_default_quota(web: Web, history: None) -> None:
    web.sign_in(700)
    page = await web.get("/admin/charts")
    assert table(page, "quota") == [("Bea", "3", "100"), ("Cy", "2", "100")]  # a code of one use each
    assert "against the server&#39;s default quota of 100 uses" in page
    assert "their exact limits are not shown here" in page


async def test_who_stayed_counts_each_inviters_newcomers_admitted_and_still_here(web: Web, history: None) -> None:
    web.sign_in(700)
    page = await web.get("/admin/charts")
    assert table(page, "retention") == [("Bea", "2", "1"), ("Cy", "1", "1")]  # 301 banned, 303 denied, 305 waits
    assert '<a href="/admin/tree?member=101">Bea</a>' in page


async def test_the_charts_over_everyone_are_kept_not_counted_again_on_every_load(
    web: Web, db: Database, history: None
) -> None:
    """Quota use and who stayed count the guild's whole history (seconds at a million codes): a page load keeps
    them, and the next loads within core.stats.CHART_SECONDS read them back (benchmarks/dashboard_pages.py)."""
    web.sign_in(700)
    await web.get("/admin/charts")

    async def kept(tx: Transaction) -> list[tuple[int, str] | None]:
        return [await tx.stats.chart(GUILD, name) for name in (f"retention:{charts.TOP}", f"quota_use:30:{charts.TOP}")]

    assert [None if found is None else found[0] for found in await db.transaction(kept)] == [AT, AT]


async def test_an_empty_server_has_clean_empty_charts(web: Web) -> None:
    web.sign_in(700)
    page = await web.get("/admin/charts")
    assert busy_days(page) == [] and len(table(page, "per-day")) == 30 and totals(page) == ("0", "0", "0")
    assert page.count('<text class="chart-empty"') == 3 and "Nothing to show yet." in page
    assert 'id="quota"' not in page and "Nobody has spent any of their quota in this period." in page
    assert 'id="retention"' not in page and "Nobody has been admitted with a code yet." in page
    assert "chart-bar" not in page


async def test_another_servers_admissions_are_never_counted(web: Web, db: Database, people: FakePeople) -> None:
    people.join(101, name="Bea")
    await open_the_gate(db)
    await open_the_gate(db, guild_id=OTHER_GUILD)
    await arrive(db, 101, 401, at=TODAY + HOUR, guild_id=OTHER_GUILD)
    await arrive(db, 101, 402, at=TODAY - DAY, guild_id=OTHER_GUILD)
    web.sign_in(700)
    page = await web.get("/admin/charts")
    assert totals(page) == ("0", "0", "0") and "Bea" not in page and "chart-bar" not in page


async def test_names_holding_html_are_shown_escaped(web: Web, people: FakePeople, history: None) -> None:
    people.join(101, name="<script>alert(1)</script>")
    web.sign_in(700)
    page = await web.get("/admin/charts")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize("days", ["14", "0", "-7", "365", "abc", "", "٣٠"])
async def test_a_period_other_than_7_30_or_90_days_is_refused(web: Web, history: None, days: str) -> None:
    web.sign_in(700)
    page = await web.get(f"/admin/charts?days={days}", status=400)
    assert "Charts cover the last 7, 30 or 90 days" in page and 'class="flash error"' in page
    assert "<svg" not in page and '<option value="30" selected>' in page


@pytest.mark.parametrize("who", [MEMBER, MODERATOR])
async def test_only_admins_see_the_charts(web: Web, history: None, who: int) -> None:
    web.sign_in(who)
    page = await web.get("/admin/charts", status=403)
    assert "Bea" not in page and "<svg" not in page


async def test_the_charts_speak_the_readers_language(web: Web, history: None) -> None:
    web.sign_in(700, locale="ja")
    page = await web.get("/admin/charts")
    assert '<html lang="ja">' in page and "コード使用" in page and "残ったメンバー" in page
