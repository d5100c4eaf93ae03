"""The settings in effect as text, as /gate settings shows them and the dashboard's settings page too.

Each part is a list of lines written for Discord (mentions, **bold**); /gate settings puts them in embed
fields, the dashboard turns them into HTML (bot/web/discord_text.py).
"""

from __future__ import annotations

from bot.core.quotas import RoleQuota
from bot.core.settings import GuildSettings
from bot.i18n import Catalog, catalog_locale
from cogs._shared.markup import channel, escaped, role

# Each shipped catalog's language, by the message naming it (in its own language).
LANGUAGE_NAMES = {
    "en": "gate-language-en",
    "de": "gate-language-de",
    "es-ES": "gate-language-es",
    "fr": "gate-language-fr",
    "pt-BR": "gate-language-pt-br",
    "ja": "gate-language-ja",
}


def _place(t: Catalog, key: str, value: int | None) -> str:
    if not value:
        return t("gate-settings-not-set")
    return channel(value) if key.endswith("channel_id") else role(value)


def place_lines(t: Catalog, settings: GuildSettings, server_locale: str | None) -> list[str]:
    """Where Doorman works, and in which language. `server_locale` is the guild's preferred locale, the
    language in effect when none was chosen."""
    return [
        t("gate-settings-welcome-channel", place=_place(t, "welcome_channel_id", settings.welcome_channel_id)),
        t("gate-settings-mod-channel", place=_place(t, "mod_channel_id", settings.mod_channel_id)),
        t("gate-settings-log-channel", place=_place(t, "log_channel_id", settings.log_channel_id)),
        t("gate-settings-member-role", place=_place(t, "member_role_id", settings.member_role_id)),
        t("gate-settings-newcomer-role", place=_place(t, "newcomer_role_id", settings.newcomer_role_id)),
        t("gate-settings-mod-role", place=_place(t, "mod_role_id", settings.mod_role_id)),
        _language_line(t, settings, server_locale),
    ]


def _language_line(t: Catalog, settings: GuildSettings, server_locale: str | None) -> str:
    if settings.language is not None:
        return t("gate-settings-language", language=t(LANGUAGE_NAMES[catalog_locale(settings.language)]))
    return t("gate-settings-language-server", language=t(LANGUAGE_NAMES[catalog_locale(server_locale)]))


def policy_lines(t: Catalog, settings: GuildSettings) -> list[str]:
    """The policy in effect, each value an admin left at the config's default marked so."""
    policy = settings.policy

    def mark(key: str) -> str:
        return "" if key in settings.overridden else t("gate-settings-default")

    return [
        t("gate-settings-approval", approval="on" if policy.approval else "off") + mark("approval"),
        t("gate-settings-invite-links", links="on" if policy.invite_links else "off") + mark("invite_links"),
        t("gate-settings-invites-per-member", amount=policy.invites_per_member, period=policy.quota_period_days)
        + mark("invites_per_member"),
        t("gate-settings-code-lifetime", days=policy.code_ttl_days) + mark("code_ttl_days"),
        t("gate-settings-max-uses", uses=policy.max_uses_per_code) + mark("max_uses_per_code"),
        t("waitlist-settings-waitlist", state="on" if policy.waitlist else "off") + mark("waitlist"),
        t("waitlist-settings-cooldown", days=policy.waitlist_cooldown_days) + mark("waitlist_cooldown_days"),
        t("suspension-settings-invite-after", days=policy.invite_after_days) + mark("invite_after_days"),
        t("screening-settings-min-account-age", days=policy.min_account_age_days) + mark("min_account_age_days"),
        t("screening-settings-returning", returning=policy.returning.value) + mark("returning"),
        t("waiting-settings-remind", count=policy.remind_after_hours) + mark("remind_after_hours"),
        t("waiting-settings-kick", count=policy.kick_after_hours) + mark("kick_after_hours"),
        t("gate-settings-lockout", attempts=policy.redeem_attempts, minutes=policy.lockout_minutes),
    ]


def role_quota_lines(t: Catalog, settings: GuildSettings, role_quotas: dict[int, RoleQuota]) -> list[str]:
    """One line per role with a quota of its own (none: an empty list)."""
    period = settings.policy.quota_period_days
    return [
        t("gate-settings-role-quota", role=role(role_id), amount=quota.amount, period=quota.period_days or period)
        for role_id, quota in role_quotas.items()
    ]


def numbered(questions: tuple[str, ...]) -> list[str]:
    """The join questions as lines "1. …", escaped: as /gate settings and a saved /gate questions show them."""
    return [f"{number}. {escaped(question, 100)}" for number, question in enumerate(questions, start=1)]
