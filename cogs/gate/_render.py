"""What /gate settings shows: the settings in effect."""

from __future__ import annotations

import discord

from bot.core.quotas import RoleQuota
from bot.core.settings import GuildSettings
from bot.i18n import Catalog, catalog_locale
from cogs._shared.markup import channel, escaped, role
from cogs._shared.pages import paginate

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


def settings_pages(
    t: Catalog, settings: GuildSettings, role_quotas: dict[int, RoleQuota], server_locale: str
) -> list[discord.Embed]:
    """The settings in effect: places and policy on every page, the role quotas (one per role) paged.

    `server_locale` is the guild's preferred locale, the language in effect when none was chosen."""
    period = settings.policy.quota_period_days
    lines = [
        t("gate-settings-role-quota", role=role(role_id), amount=quota.amount, period=quota.period_days or period)
        for role_id, quota in role_quotas.items()
    ]
    pages = paginate(t, t("gate-settings-title"), lines, empty=t("gate-settings-no-role-quotas"))
    for page in pages:
        # A page's ten role quotas (a mention and two numbers each) fit a field's 1,024 characters.
        role_quotas_shown, page.description = page.description, None
        if not settings.is_set_up:
            page.description = t("gate-settings-not-set-up")
        page.colour = discord.Colour.blurple()
        _add_settings(t, page, settings, server_locale)
        page.add_field(name=t("gate-settings-role-quotas"), value=role_quotas_shown, inline=False)
    return pages


def _language_line(t: Catalog, settings: GuildSettings, server_locale: str) -> str:
    if settings.language is not None:
        return t("gate-settings-language", language=t(LANGUAGE_NAMES[catalog_locale(settings.language)]))
    return t("gate-settings-language-server", language=t(LANGUAGE_NAMES[catalog_locale(server_locale)]))


def _add_settings(t: Catalog, embed: discord.Embed, settings: GuildSettings, server_locale: str) -> None:
    embed.add_field(
        name=t("gate-settings-places"),
        value="\n".join(
            [
                t("gate-settings-welcome-channel", place=_place(t, "welcome_channel_id", settings.welcome_channel_id)),
                t("gate-settings-mod-channel", place=_place(t, "mod_channel_id", settings.mod_channel_id)),
                t("gate-settings-log-channel", place=_place(t, "log_channel_id", settings.log_channel_id)),
                t("gate-settings-member-role", place=_place(t, "member_role_id", settings.member_role_id)),
                t("gate-settings-newcomer-role", place=_place(t, "newcomer_role_id", settings.newcomer_role_id)),
                t("gate-settings-mod-role", place=_place(t, "mod_role_id", settings.mod_role_id)),
                _language_line(t, settings, server_locale),
            ]
        ),
        inline=False,
    )
    policy = settings.policy

    def mark(key: str) -> str:
        return "" if key in settings.overridden else t("gate-settings-default")

    embed.add_field(
        name=t("gate-settings-policy"),
        value="\n".join(
            [
                t("gate-settings-approval", approval="on" if policy.approval else "off") + mark("approval"),
                t("gate-settings-invite-links", links="on" if policy.invite_links else "off") + mark("invite_links"),
                t(
                    "gate-settings-invites-per-member",
                    amount=policy.invites_per_member,
                    period=policy.quota_period_days,
                )
                + mark("invites_per_member"),
                t("gate-settings-code-lifetime", days=policy.code_ttl_days) + mark("code_ttl_days"),
                t("gate-settings-max-uses", uses=policy.max_uses_per_code) + mark("max_uses_per_code"),
                t("waitlist-settings-waitlist", state="on" if policy.waitlist else "off") + mark("waitlist"),
                t("waitlist-settings-cooldown", days=policy.waitlist_cooldown_days) + mark("waitlist_cooldown_days"),
                t("suspension-settings-invite-after", days=policy.invite_after_days) + mark("invite_after_days"),
                t("screening-settings-min-account-age", days=policy.min_account_age_days)
                + mark("min_account_age_days"),
                t("screening-settings-returning", returning=policy.returning.value) + mark("returning"),
                t("waiting-settings-remind", count=policy.remind_after_hours) + mark("remind_after_hours"),
                t("waiting-settings-kick", count=policy.kick_after_hours) + mark("kick_after_hours"),
                t("gate-settings-lockout", attempts=policy.redeem_attempts, minutes=policy.lockout_minutes),
            ]
        ),
        inline=False,
    )
    # Five questions of at most 45 characters (escaped: 90) fit a field's 1,024 characters.
    questions = "\n".join(numbered(settings.questions)) or t("questions-settings-none")
    embed.add_field(name=t("questions-settings-title"), value=questions, inline=False)


def numbered(questions: tuple[str, ...]) -> list[str]:
    """The join questions as lines "1. …", escaped: as /gate settings and a saved /gate questions show them."""
    return [f"{number}. {escaped(question, 100)}" for number, question in enumerate(questions, start=1)]
