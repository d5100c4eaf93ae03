"""A log line's words (SPEC section 4): as the log channel reads it, and as the dashboard's audit log shows it.

Pure: the facts come from the line and, for a line about an admission, that admission as it is now.
"""

from __future__ import annotations

from functools import partial

from bot.core.admissions import Admission
from bot.core.codes import CodeKind
from bot.core.log_lines import (
    AdmittedLine,
    BannedLine,
    DeniedLine,
    GrantLine,
    LeftLine,
    LinkCodeLine,
    LogLine,
    RegeneratedLine,
    RevokedAllLine,
    RevokedLine,
    RoleQuotaLine,
    SettingsLine,
    SuspendedLine,
    UnsuspendedLine,
    WaitingKickedLine,
    WaitlistDeclinedLine,
    WaitlistInvitedLine,
    WaitlistJoinedLine,
)
from bot.core.settings import FROM_DASHBOARD, LANGUAGE_KEY, QUESTIONS_KEY
from bot.i18n import Catalog, Catalogs
from bot.i18n.patterns import Arg
from cogs._shared.limits import CONTENT, listed
from cogs._shared.lines import and_more
from cogs._shared.markup import channel, code, escaped, role, user


def log_text(t: Catalog, line: LogLine, admission: Admission | None, catalogs: Catalogs) -> str:
    """The line as it reads in the log channel; `admission` is the one a line about an admission names
    (core.owed.admission_of), as it is now. `catalogs` name a language in its own words."""
    match line:
        case AdmittedLine(admission_id=admission_id):
            assert admission is not None and admission.id == admission_id
            member, inviter, shown = user(admission.user_id), user(admission.inviter_id), code(admission.code_display)
            if admission.came_back:  # on their earlier admission's code: it must not read as a new vouch
                if admission.decided_by is None:
                    return t("screening-log-readmitted", member=member, code=shown, inviter=inviter)
                moderator = user(admission.decided_by)
                return t(
                    "screening-log-readmitted-approved", member=member, code=shown, inviter=inviter, moderator=moderator
                )
            if admission.code_kind is CodeKind.LINK and admission.decided_by is not None:
                # An admin's shared link vouches for nobody: the line must not read as if the admin did.
                return t(
                    "deliveries-log-admitted-shared-link",
                    member=member,
                    code=shown,
                    admin=inviter,
                    moderator=user(admission.decided_by),
                )
            if admission.decided_by is not None:
                return t(
                    "deliveries-log-admitted-approved",
                    member=member,
                    code=shown,
                    inviter=inviter,
                    moderator=user(admission.decided_by),
                )
            return t("deliveries-log-admitted", member=member, code=shown, inviter=inviter)
        case LeftLine(admission_id=admission_id):
            assert admission is not None and admission.id == admission_id
            return t("deliveries-log-left", member=user(admission.user_id))
        case DeniedLine(admission_id=admission_id):
            assert admission is not None and admission.id == admission_id
            facts = {
                "member": user(admission.user_id),
                "moderator": user(admission.decided_by or 0),
                "code": code(admission.code_display),
                "inviter": user(admission.inviter_id),
            }
            if not admission.reason:
                return t("deliveries-log-denied", **facts)
            around = len(t("deliveries-log-denied-reason", **facts, reason=""))
            return t("deliveries-log-denied-reason", **facts, reason=escaped(admission.reason, CONTENT - around))
        case SettingsLine(by=by, command=command, changes=changes) if command == FROM_DASHBOARD:
            described = describe_changes(t, changes, catalogs)
            return t("deliveries-log-settings-dashboard", actor=user(by), changes=described)
        case SettingsLine(by=by, command=command, changes=changes):
            described = describe_changes(t, changes, catalogs)
            return t("deliveries-log-settings", actor=user(by), command=command, changes=described)
        case RoleQuotaLine(by=by, role_id=role_id, amount=amount, period_days=period):
            return t("deliveries-log-role-quota", actor=user(by), role=role(role_id), amount=amount, days=period)
        case GrantLine(by=by, user_id=member, amount=amount, limit=limit, period_days=period):
            grant: dict[str, Arg] = {"actor": user(by), "member": user(member), "amount": f"{amount:+d}"}
            if limit is None:  # Manage Server: no limit
                return t("deliveries-log-grant-unlimited", **grant, days=period)
            return t("deliveries-log-grant", **grant, limit=limit, days=period)
        case RevokedLine(by=by, code=text, inviter_id=inviter) if by == inviter:
            return t("deliveries-log-revoked-own", actor=user(by), code=code(text))
        case RevokedLine(by=by, code=text, inviter_id=inviter):
            return t("deliveries-log-revoked", actor=user(by), code=code(text), inviter=user(inviter))
        case RevokedAllLine(by=by, inviter_id=inviter, codes=codes):
            more = partial(and_more, t)
            shown = listed([code(text) for text in codes], CONTENT - 200, more=more, separator=t("list-separator"))
            return t("deliveries-log-revoked-all", actor=user(by), inviter=user(inviter), count=len(codes), codes=shown)
        case LinkCodeLine(by=by, code=text, uses=uses):
            return t("deliveries-log-link-code", actor=user(by), code=code(text), count=uses)
        case RegeneratedLine(by=by, old=old, new=new):
            return t("deliveries-log-regenerated", actor=user(by), old=code(old), new=code(new))
        case WaitlistJoinedLine(user_id=person, entry_id=entry_id):
            return t("waitlist-log-joined", person=user(person), number=str(entry_id))
        case WaitlistInvitedLine(user_id=person, by=by, code=text, from_moderator=True):
            return t("waitlist-log-invited", person=user(person), by=user(by), code=code(text))
        case WaitlistInvitedLine(user_id=person, by=by, code=text):
            return t("waitlist-log-vouched", person=user(person), by=user(by), code=code(text))
        case WaitlistDeclinedLine(user_id=person, by=by, reason=None):
            return t("waitlist-log-declined", person=user(person), by=user(by))
        case WaitlistDeclinedLine(user_id=person, by=by, reason=str(reason)):
            around = len(t("waitlist-log-declined-reason", person=user(person), by=user(by), reason=""))
            shown = escaped(reason, CONTENT - around)
            return t("waitlist-log-declined-reason", person=user(person), by=user(by), reason=shown)
        case SuspendedLine(by=by, user_id=member, banned_invitee=int(invitee), codes=codes):
            return t(
                "suspension-log-suspended-ban", actor=user(by), member=user(member), banned=user(invitee), count=codes
            )
        case SuspendedLine(by=by, user_id=member, reason=reason, branch=branch, codes=codes):
            why = t("suspension-no-reason") if reason is None else escaped(reason, CONTENT // 3)
            if not branch:
                return t("suspension-log-suspended", actor=user(by), member=user(member), count=codes, reason=why)
            more = partial(and_more, t)
            others = listed([user(u) for u in branch], CONTENT // 2, more=more, separator=t("list-separator"))
            return t(
                "suspension-log-suspended-branch",
                actor=user(by),
                member=user(member),
                others=others,
                vouched=len(branch),
                count=codes,
                reason=why,
            )
        case UnsuspendedLine(by=by, user_id=member):
            return t("suspension-log-unsuspended", actor=user(by), member=user(member))
        case BannedLine(user_id=member, admission_id=None, codes=codes):
            return t("bans-log-banned-unvouched", member=user(member), count=codes)
        case BannedLine(admission_id=int(admission_id), codes=codes):
            assert admission is not None and admission.id == admission_id
            member, inviter, shown = user(admission.user_id), user(admission.inviter_id), code(admission.code_display)
            return t("bans-log-banned", member=member, inviter=inviter, code=shown, count=codes)
        case WaitingKickedLine(user_id=member, hours=hours):
            return t("waiting-log-kicked", member=user(member), count=hours)
    raise TypeError(f"no words for the log line {type(line).__name__}")


def describe_changes(
    t: Catalog, changes: tuple[tuple[str, int | bool | str | None, int | bool | str | None], ...], catalogs: Catalogs
) -> str:
    """What changed, as `key: old → new` pairs (or 'no change'); `catalogs` name a language in its own words."""
    shown = [_change(t, key, old, new, catalogs) for key, old, new in changes]
    return t("clause-separator").join(shown) or t("deliveries-log-no-change")


def _change(
    t: Catalog, key: str, old: int | bool | str | None, new: int | bool | str | None, catalogs: Catalogs
) -> str:
    # The setting is named as its command option is (`welcome_channel`): option names stay English.
    if key.endswith("_id"):
        mention = channel if key.endswith("channel_id") else role
        shown_old = mention(old) if isinstance(old, int) else t("deliveries-log-value-none")
        shown_new = mention(new) if isinstance(new, int) else t("deliveries-log-value-none")
        return t("deliveries-log-change", setting=key.removesuffix("_id"), old=shown_old, new=shown_new)
    if key == LANGUAGE_KEY:
        return t("deliveries-log-change", setting=key, old=_language(t, old, catalogs), new=_language(t, new, catalogs))
    if key == QUESTIONS_KEY:  # typed by an admin: escaped, one a line becomes one after the other
        return t("deliveries-log-change", setting="questions", old=_questions(t, old), new=_questions(t, new))
    return t("deliveries-log-change", setting=key, old=_value(t, old), new=_value(t, new))


def _language(t: Catalog, value: int | bool | str | None, catalogs: Catalogs) -> str:
    """A language as its speakers name it ("Deutsch"); None is the server's preferred locale."""
    if not isinstance(value, str):
        return t("deliveries-log-value-server-language")
    return catalogs[value]("deliveries-language-name")


def _questions(t: Catalog, value: int | bool | str | None) -> str:
    if not isinstance(value, str):
        return t("deliveries-log-value-none")
    return " | ".join(escaped(question, 100) for question in value.splitlines())


def _value(t: Catalog, value: int | bool | str | None) -> str:
    if isinstance(value, bool):
        return t("deliveries-log-value-on") if value else t("deliveries-log-value-off")
    return str(value)
