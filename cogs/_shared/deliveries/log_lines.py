"""The guild's log channel: one line per admission, denial, revocation and setting change.

Rendered when carried (in the words of cogs/_shared/log_text.py), from the line's facts and the admission
as it is then. A log channel that is gone (or unset) drops the line; one the bot may not post in is a 403,
with an alert.
"""

from __future__ import annotations

import discord

from bot.core.admissions import get_admission
from bot.core.log_lines import LogLine
from bot.core.owed import KINDS, Owed, admission_of
from bot.i18n import Catalog, words
from cogs._shared.deliveries.outcomes import Done, Handler, Job, Outcome
from cogs._shared.language import server_language
from cogs._shared.limits import CONTENT, shorten
from cogs._shared.log_text import log_text
from cogs._shared.markup import channel

# Every kind of log line (core.audit_log.KINDS reads them the same way): each one is carried by post_line.
LINES: tuple[type[Owed], ...] = tuple(kind for kind in KINDS.values() if issubclass(kind, LogLine))


async def post_line(job: Job) -> Outcome:
    settings = job.settings
    t = server_language(job.bot, job.guild, settings)  # the moderators read the log together
    log_channel = job.guild.get_channel(settings.log_channel_id) if settings.log_channel_id else None
    if not isinstance(log_channel, discord.TextChannel):
        return Done(words("deliveries-log-channel-gone"), delivered=False)
    assert isinstance(job.delivery.owed, LogLine)
    await log_channel.send(shorten(await render(t, job, job.delivery.owed), CONTENT))
    return Done()


async def render(t: Catalog, job: Job, line: LogLine) -> str:
    """The line as it reads in the log channel, with its admission as it is now."""
    assert isinstance(line, Owed)  # every LogLine is one of the kinds owed
    admission_id = admission_of(line)
    admission = None
    if admission_id is not None:
        admission = await get_admission(job.bot.db, guild_id=job.guild.id, admission_id=admission_id)
    return log_text(t, line, admission, job.bot.catalogs)


async def _describe(job: Job) -> str:
    t = job.server_language
    return t("deliveries-log-describe", channel=channel(job.settings.log_channel_id or 0))


HANDLER = Handler(post_line, _describe)
