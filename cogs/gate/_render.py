"""What /gate settings shows: the settings in effect, as embeds (the lines: cogs/_shared/settings_text.py)."""

from __future__ import annotations

import discord

from bot.core.quotas import RoleQuota
from bot.core.settings import GuildSettings
from bot.i18n import Catalog
from cogs._shared.pages import paginate
from cogs._shared.settings_text import numbered, place_lines, policy_lines, role_quota_lines


def settings_pages(
    t: Catalog, settings: GuildSettings, role_quotas: dict[int, RoleQuota], server_locale: str
) -> list[discord.Embed]:
    """The settings in effect: places and policy on every page, the role quotas (one per role) paged.

    `server_locale` is the guild's preferred locale, the language in effect when none was chosen."""
    lines = role_quota_lines(t, settings, role_quotas)
    pages = paginate(t, t("gate-settings-title"), lines, empty=t("gate-settings-no-role-quotas"))
    for page in pages:
        # A page's ten role quotas (a mention and two numbers each) fit a field's 1,024 characters.
        role_quotas_shown, page.description = page.description, None
        if not settings.is_set_up:
            page.description = t("gate-settings-not-set-up")
        page.colour = discord.Colour.blurple()
        places = "\n".join(place_lines(t, settings, server_locale))
        page.add_field(name=t("gate-settings-places"), value=places, inline=False)
        page.add_field(name=t("gate-settings-policy"), value="\n".join(policy_lines(t, settings)), inline=False)
        # Five questions of at most 45 characters (escaped: 90) fit a field's 1,024 characters.
        questions = "\n".join(numbered(settings.questions)) or t("questions-settings-none")
        page.add_field(name=t("questions-settings-title"), value=questions, inline=False)
        page.add_field(name=t("gate-settings-role-quotas"), value=role_quotas_shown, inline=False)
    return pages
