"""What /invite shows: a new code with what to tell the invitee, and the member's quota."""

from __future__ import annotations

from bot.core.codes import Code, ReservationById, ReservationByUsername
from bot.core.inputs import MAX_NOTE
from bot.core.invites import CreatedCode
from bot.core.owed import WaitlistMessage
from bot.core.regeneration import Regenerated
from bot.i18n import Catalog
from cogs._shared.deliveries.outcomes import Carried, Done, Failed
from cogs._shared.lines import quota_line, reserved_for
from cogs._shared.links import NoLink, NoLinkBecause, no_link
from cogs._shared.markup import channel, code, escaped, timestamp, user


def created(t: Catalog, result: CreatedCode, link: Code | NoLink) -> str:
    """The reply to /invite create: the code and its link (or why it has none), and what to forward."""
    new = result.code
    url = link.link if isinstance(link, Code) else None
    lines = [t("invites-created-code", code=code(new.display))]
    if url is not None:
        lines.append(t("invites-created-link", link=url))
    lines += [
        t(
            "invites-created-uses",
            uses=new.max_uses,
            expires=timestamp(new.expires_at),
            relative=timestamp(new.expires_at, "R"),
        ),
    ]
    match new.for_user:
        case ReservationById():
            lines.append(t("invites-created-reserved-id", who=reserved_for(t, new.for_user)))
        case ReservationByUsername():
            # People pass on the name they see, and Discord shows display names and nicknames first.
            lines.append(t("invites-created-reserved-username", who=reserved_for(t, new.for_user)))
    if new.note:
        lines.append(t("invites-created-note", note=escaped(new.note, MAX_NOTE * 2)))  # escaped, it fits whole
    lines.append(quota_line(t, result.quota))
    welcome = result.settings.welcome_channel_id
    assert welcome is not None  # codes are only created once the guild is set up
    if isinstance(link, NoLink) and link.because is not NoLinkBecause.POLICY_OFF:
        lines.append(no_link(t, link, welcome))
    if url is not None:
        lines.append(t("invites-created-tell-link", link=url, code=new.display, channel=channel(welcome)))
    else:
        lines.append(t("invites-created-tell", code=new.display, channel=channel(welcome)))
    return "\n".join(lines)


def vouched(t: Catalog, person_id: int, carried: Carried) -> str:
    """The code was for someone waiting on the waitlist: it was DMed to them (or why not)."""
    outcome = carried.outcome_of(WaitlistMessage)
    if isinstance(outcome, Done) and not outcome.delivered:
        return t("waitlist-vouched-dm-refused", person=user(person_id))
    if isinstance(outcome, Failed):
        return t("waitlist-vouched-dm-delayed", person=user(person_id))
    return t("waitlist-vouched", person=user(person_id))


def revoked(t: Catalog, display: str, unused: int) -> str:
    return t("invites-revoked", code=code(display), count=unused)


def regenerated(t: Catalog, result: Regenerated, link: Code | NoLink) -> str:
    """The reply to /invite regenerate: the old code no longer works; the new one as /invite create shows it."""
    old = t("invites-regenerated-old", old=code(result.old.display), link="yes" if result.old.link else "no")
    return old + "\n" + created(t, result.created, link)
