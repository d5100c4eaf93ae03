"""The admins' settings page (SPEC 16): what /gate settings shows, and a form for what /gate policy changes.

A change is saved by the same core call as /gate policy (core.settings.update_settings: the same ranges and
refusals, and the waiting room's timers only with the Server Members intent), logged as made on the dashboard.
The form carries a digest of the policy it showed: if another admin changed it since, nothing is saved and the
page shows theirs (the last save must not silently win).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from aiohttp import web

from bot.clock import now
from bot.core import quotas
from bot.core.inputs import parse_whole_number
from bot.core.policy import BOOLEAN_KEYS, CHOICE_KEYS, POLICY_RANGES, Returning
from bot.core.settings import FROM_DASHBOARD, POLICY_KEYS, Change, GuildSettings, differences, update_settings
from bot.core.waiting_room import refuse_without_intent
from bot.web.access import Need, viewer
from bot.web.answers import ERROR, acting, carried
from bot.web.forms import field
from bot.web.render import page
from bot.web.site import SITE
from cogs._shared.log_text import describe_changes
from cogs._shared.settings_text import numbered, place_lines, policy_lines, role_quota_lines

routes = web.RouteTableDef()
BACK = "/admin/settings"
ON, OFF = "on", "off"

# Each policy key's label under its option name: the words of its /gate policy option, in every language.
DESCRIPTIONS = {
    "invites_per_member": "gate-cmd-policy-invites-per-member",
    "quota_period_days": "gate-cmd-policy-quota-period-days",
    "code_ttl_days": "gate-cmd-policy-code-ttl-days",
    "max_uses_per_code": "gate-cmd-policy-max-uses-per-code",
    "approval": "gate-cmd-approval",
    "invite_links": "gate-cmd-policy-invite-links",
    "waitlist": "waitlist-cmd-policy-waitlist",
    "waitlist_cooldown_days": "waitlist-cmd-policy-cooldown-days",
    "invite_after_days": "suspension-cmd-policy-invite-after-days",
    "min_account_age_days": "screening-cmd-policy-min-account-age-days",
    "returning": "screening-cmd-policy-returning",
    "remind_after_hours": "waiting-cmd-policy-remind-after-hours",
    "kick_after_hours": "waiting-cmd-policy-kick-after-hours",
}
# The choices of `returning`, in the words of /gate policy's.
RETURNING_WORDS = {
    Returning.APPROVE: "screening-returning-approve",
    Returning.READMIT: "screening-returning-readmit",
    Returning.CODE: "screening-returning-code",
}


class NotAChoice(Exception):
    """An on/off or a choice field holding something the form does not offer: nothing was saved."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class ChangedMeanwhile(Exception):
    """Another admin changed the policy after this form was filled: nothing was saved."""


def shown_digest(settings: GuildSettings) -> str:
    """What the form was filled with: the policy values it showed, as a short digest."""
    shown = "\n".join(f"{key}={getattr(settings.policy, key)}" for key in POLICY_KEYS)
    return hashlib.sha256(shown.encode()).hexdigest()[:32]


def typed_policy(form: Mapping[str, object]) -> dict[str, Change]:
    """Every policy key's value as the form holds it: numbers as typed (NotANumber if they are not; their range
    is update_settings' to check), on/off and the choices offered (NotAChoice if not)."""
    typed: dict[str, Change] = {}
    for key in POLICY_KEYS:
        text = field(form, key).strip()
        if key in POLICY_RANGES:
            typed[key] = parse_whole_number(text, option=key)
        elif key in BOOLEAN_KEYS and text in (ON, OFF):
            typed[key] = text == ON
        elif key in CHOICE_KEYS and text in {choice.value for choice in CHOICE_KEYS[key]}:
            typed[key] = text
        else:
            raise NotAChoice(key)
    return typed


@routes.get("/admin/settings")
async def settings_page(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.ADMIN)
    t, settings = seen.t, seen.settings
    role_quotas = await quotas.role_quotas(site.db, seen.guild_id)
    fields = [
        {
            "key": key,
            "about": t(DESCRIPTIONS[key]),
            "value": getattr(settings.policy, key),
            "range": POLICY_RANGES.get(key),
            "boolean": key in BOOLEAN_KEYS,
        }
        for key in POLICY_KEYS
    ]
    return page(
        request,
        t,
        "settings.html",
        guild_id=seen.guild_id,
        viewer=seen,
        title=t("web-settings-title"),
        set_up=settings.is_set_up,
        places=place_lines(t, settings, site.people.guild_locale(seen.guild_id)),
        policy=policy_lines(t, settings),
        questions=numbered(settings.questions),
        role_quotas=role_quota_lines(t, settings, role_quotas),
        fields=fields,
        returning=[(choice.value, t(RETURNING_WORDS[choice])) for choice in Returning],
        shown=shown_digest(settings),
        on=ON,
        off=OFF,
    )


@routes.post("/admin/settings")
async def change_policy(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.ADMIN)
    form = await request.post()
    t, opened_on = seen.t, field(form, "shown")

    def unchanged(before: GuildSettings) -> None:
        if shown_digest(before) != opened_on:
            raise ChangedMeanwhile()

    async def work() -> str:
        typed = typed_policy(form)
        unchanged(seen.settings)  # the settings as this request read them: the form's values are changes from them
        changes = {key: value for key, value in typed.items() if getattr(seen.settings.policy, key) != value}
        if not changes:
            return t("web-settings-nothing-changed")
        refuse_without_intent(changes, members_intent=site.members_intent)
        before, after = await update_settings(
            site.db,
            seen.guild_id,
            site.defaults,
            changes,
            by=seen.user_id,
            command=FROM_DASHBOARD,
            now=now(),
            expect=unchanged,  # and as they stand when saved: nobody changed them in between
        )
        return t("web-settings-saved", changes=describe_changes(t, differences(before, after), site.catalogs))

    try:
        return await acting(request, seen, BACK, work)
    except NotAChoice as refused:
        return carried(request, BACK, t("web-settings-not-a-choice", key=refused.key), kind=ERROR)
    except ChangedMeanwhile:
        return carried(request, BACK, t("web-settings-changed-meanwhile"), kind=ERROR)
