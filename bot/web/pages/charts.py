"""The numbers (SPEC 16, admins): redemptions, admissions and denials per day; quota use; how many of each
inviter's newcomers stayed. Each chart is a drawing (bot/web/graphs) with a caption, followed by the same numbers
in a table: the table is what a screen reader reads, and what stays exact where the drawing rounds.

Everything is counted in the session's guild by core.stats, over bounded ranges (days, the quota window, the
top inviters): a page load never reads the guild's whole history row by row.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from bot.clock import now
from bot.core import stats
from bot.web.access import Need, viewer
from bot.web.forms import query_number
from bot.web.graphs import Series, bars_svg, part_bars_svg
from bot.web.render import names, page
from bot.web.site import SITE

routes = web.RouteTableDef()
DAY_CHOICES = (7, 30, 90)
DEFAULT_DAYS = 30
TOP = 20  # members and inviters shown in the two charts by person


def day_label(epoch: int) -> str:
    """A UTC day as every reader can read it (the charts count UTC days)."""
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d")


@routes.get("/admin/charts")
async def charts_page(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.ADMIN)
    t = seen.t
    asked = request.query.get("days", str(DEFAULT_DAYS)).strip()
    shown: dict[str, Any] = {"title": t("web-charts-title"), "choices": DAY_CHOICES}
    days = query_number(asked, digits=3)
    if days not in DAY_CHOICES:
        error = t("web-charts-bad-days")
        shown.update(days=DEFAULT_DAYS, error=error)
        return page(request, t, "charts.html", status=400, guild_id=seen.guild_id, viewer=seen, **shown)
    at, policy = now(), seen.settings.policy
    daily = await stats.per_day(site.db, guild_id=seen.guild_id, now=at, days=days)
    spent = await stats.quota_use(site.db, guild_id=seen.guild_id, settings=seen.settings, now=at, limit=TOP)
    stayed = await stats.retention(site.db, guild_id=seen.guild_id, limit=TOP, now=at)
    name = names(request, seen.guild_id).user
    labels = [day_label(day.day) for day in daily]
    empty = t("web-charts-empty")
    per_day = bars_svg(
        [
            Series(t("web-charts-redemptions"), [day.redemptions for day in daily]),
            Series(t("web-charts-admissions"), [day.admissions for day in daily]),
            Series(t("web-charts-denials"), [day.denials for day in daily]),
        ],
        labels,
        title=t("web-charts-per-day-heading"),
        empty=empty,
    )
    quota = part_bars_svg(
        Series(t("web-charts-default-limit"), [policy.invites_per_member] * len(spent)),
        Series(t("web-charts-spent"), [use.spent for use in spent]),
        [name(use.inviter_id) for use in spent],
        title=t("web-charts-quota-heading"),
        empty=empty,
    )
    retention = part_bars_svg(
        Series(t("web-charts-admitted"), [row.admitted for row in stayed]),
        Series(t("web-charts-stayed"), [row.stayed for row in stayed]),
        [name(row.inviter_id) for row in stayed],
        title=t("web-charts-retention-heading"),
        empty=empty,
    )
    return page(
        request,
        t,
        "charts.html",
        guild_id=seen.guild_id,
        viewer=seen,
        days=days,
        error=None,
        daily=list(zip(labels, daily, strict=True)),
        totals=(sum(d.redemptions for d in daily), sum(d.admissions for d in daily), sum(d.denials for d in daily)),
        per_day=per_day,
        spent=[(use.inviter_id, (use.spent, policy.invites_per_member)) for use in spent],  # each row of its table
        quota=quota,
        limit=policy.invites_per_member,
        period=policy.quota_period_days,
        stayed=[(row.inviter_id, (row.admitted, row.stayed)) for row in stayed],
        retention=retention,
        top=TOP,
        **shown,
    )
