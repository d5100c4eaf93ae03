"""One line about a code or an admission, as admins and members see them in lists."""

from __future__ import annotations

import functools

from bot.core.admissions import Admission, AdmissionStatus
from bot.core.codes import Code, CodeKind, CodeStatus, Reservation, ReservationById
from bot.core.quotas import QuotaStatus
from bot.i18n import Catalog
from cogs._shared.limits import listed
from cogs._shared.markup import code as code_span
from cogs._shared.markup import timestamp, user
from cogs._shared.statuses import admission_status, code_status_icon

REDEEMERS_LIMIT = 160  # characters: six mentions or so, and the line stays under pages.LINE_LIMIT


def reserved_for(t: Catalog, reservation: Reservation) -> str:
    """Whom a code is for: the account's mention and its ID (a mention of someone outside the server may show
    no name), or the username."""
    if isinstance(reservation, ReservationById):
        return t("line-reserved-for-id", user=user(reservation.user_id), id=str(reservation.user_id))
    return t("line-reserved-for-username", username=code_span(reservation.username))


def describe_codes(t: Catalog, codes: list[Code], at: int, *, with_inviter: bool) -> list[str]:
    """One line per code, each regenerated code naming its predecessor and successor when the list holds them
    (a code and its replacement have the same inviter, so a list of one inviter's codes holds both)."""
    shown = {code.id: code.display for code in codes}
    successors = {code.replaces: code.display for code in codes if code.replaces is not None}
    return [
        describe_code(
            t,
            code,
            at,
            with_inviter=with_inviter,
            replaced_by=successors.get(code.id),
            replaces=shown.get(code.replaces) if code.replaces is not None else None,
        )
        for code in codes
    ]


def describe_code(
    t: Catalog,
    code: Code,
    at: int,
    *,
    with_inviter: bool,
    replaced_by: str | None = None,
    replaces: str | None = None,
) -> str:
    """One line about a code: status, uses, expiry, who redeemed it (and whose it is); what it is for when it is
    not a member's invitation, and the codes it replaced or was replaced by (as displayed)."""
    status = code.status(at)
    parts = [
        code_span(code.display),
        code_status_icon(t, status),
        t("line-code-uses", uses=code.uses, max=code.max_uses),
    ]
    if code.kind is not CodeKind.MEMBER:
        parts.append(t("line-code-kind", kind=code.kind.value))
    if with_inviter:
        parts.append(t("line-code-by", inviter=user(code.inviter_id)))
    if replaced_by is not None:
        parts.append(t("line-code-replaced-by", code=code_span(replaced_by)))
    if replaces is not None:
        parts.append(t("line-code-replaces", code=code_span(replaces)))
    if status is CodeStatus.ACTIVE:
        parts.append(t("line-code-expires", when=timestamp(code.expires_at, "R")))
        if code.link is not None:
            parts.append(t("line-code-link", link=code.link))
    if code.for_user is not None:
        parts.append(t("line-code-for", reserved=reserved_for(t, code.for_user)))
    if code.redeemer_ids:  # up to 100 of them: as many as keep the line short, then how many more
        redeemers = [user(user_id) for user_id in code.redeemer_ids]
        more = functools.partial(and_more, t)
        parts.append("→ " + listed(redeemers, REDEEMERS_LIMIT, more=more, separator=t("list-separator")))
    return " · ".join(parts)


def describe_admission(t: Catalog, admission: Admission, *, from_inviter: bool = False) -> str:
    """One admission as a line: who came in (or, `from_inviter`, who vouched), how, and what became of it."""
    shown = code_span(admission.code_display)
    parts = [
        t("line-admission-from-inviter", inviter=user(admission.inviter_id), code=shown)
        if from_inviter
        else t("line-admission", user=user(admission.user_id), code=shown, inviter=user(admission.inviter_id)),
        t("line-admission-redeemed", when=timestamp(admission.redeemed_at)),
        admission_status(t, admission.status),
    ]
    if admission.decided_by is not None:
        decision = "denied" if admission.status is AdmissionStatus.DENIED else "approved"
        parts.append(
            t(
                "line-admission-decided",
                decision=decision,
                moderator=user(admission.decided_by),
                when=timestamp(admission.decided_at or 0, "R"),
            )
        )
    return " · ".join(parts)


def and_more(t: Catalog, left: int) -> str:
    """What ends a list cut short (limits.listed's `more`): "and 3 more", in `t`."""
    return t("shared-list-more", count=left)


def quota_line(t: Catalog, status: QuotaStatus) -> str:
    """A member's quota: used of the limit in the period, what remains, and when the next use frees up."""
    if status.rule.limit is None or status.remaining is None:
        return t("invites-quota-unlimited")
    text = t(
        "invites-quota",
        used=status.used,
        limit=status.rule.limit,
        days=status.rule.period_days,
        remaining=status.remaining,
    )
    if status.next_free_at is not None:
        text = t("invites-quota-next-free", quota=text, when=timestamp(status.next_free_at, "R"))
    return text
