"""Carrying one delivery: its kind's handler makes the Discord calls; this classifies how it went and records it.

Discord's answer decides what follows (SPEC section 9): a 5xx, a 429 or a network error is retried
later; a 403 is retried too and the moderators get one alert with a Retry button; a 404 is
resolved by the handler as the domain says (or the delivery is dropped: there is nothing left to
do); a DM the recipient does not accept (50007) is dropped.
"""

from __future__ import annotations

import logging

import aiohttp
import discord

from bot.clock import now
from bot.core.deliveries import Fault, complete, fail
from bot.core.posts import Posted
from bot.i18n import words
from cogs._shared.deliveries.alerts import DETAIL_LIMIT, failing_text, find_alert, post_alert, update_alert
from cogs._shared.deliveries.outcomes import Done, Failed, Handler, Job, Outcome
from cogs._shared.discord_errors import DM_CLOSED
from cogs._shared.limits import shorten

log = logging.getLogger(__name__)


UNEXPECTED = words("deliveries-failed-unexpected")  # a failure's detail when the bot itself failed


async def carry_one(job: Job, handler: Handler) -> Outcome:
    """Try the delivery once and record how it went; the outcome."""
    delivery = job.delivery
    outcome = await _attempt(job, handler)
    # What is recorded (the error, why it was dropped) is shown later on alerts: the server's language.
    t = job.server_language
    if isinstance(outcome, Done):
        dropped = None if outcome.delivered or outcome.note is None else outcome.note(t)
        await complete(job.bot.db, delivery, now=now(), then=outcome.then, dropped=dropped)
        return outcome
    detail = outcome.detail(t)
    log.info("delivery %s (%s) failed: %s", delivery.id, type(delivery.owed).__name__, detail)
    alert = None
    if outcome.fault in handler.alert_on:
        alert = await _alert(job, handler, detail)
    failure = await fail(job.bot.db, delivery, carrier=job.bot.db.carrier, error=detail, now=now(), alert=alert)
    if failure is not None and failure.stopped:
        log.warning("delivery %s stopped after 7 days of failures: %s", delivery.id, detail)
    return outcome


async def _alert(job: Job, handler: Handler, detail: str) -> Posted | None:
    """The moderators' alert about this failure, if it needs posting (the one an interrupted attempt posted, or
    a new one); an alert already posted is edited if what went wrong changed.

    Its own failure changes nothing about the delivery's: it is retried all the same, and the alert with it.
    """
    delivery = job.delivery
    if delivery.alert is not None and detail == delivery.last_error:
        return None  # it says so already
    try:
        t = job.server_language
        text = failing_text(t, await handler.describe(job), detail)
        if delivery.alert is not None:
            await update_alert(job, text)
            return None
        return (await find_alert(job) if job.interrupted else None) or await post_alert(job, text)
    except Exception:
        log.warning("could not alert the moderators about delivery %s", job.delivery.id, exc_info=True)
        return None


async def _attempt(job: Job, handler: Handler) -> Outcome:
    # What went wrong is told to the moderators (alerts, a Retry's answer), around Discord's own error text
    # as Discord wrote it.
    try:
        return await handler.carry(job)
    except discord.Forbidden as error:
        if error.code == DM_CLOSED:
            return Done(words("deliveries-done-dm-closed"), delivered=False)
        if error.text:  # of no set length
            shown = shorten(error.text, DETAIL_LIMIT)
            refused = words("deliveries-failed-refused", status=str(error.status), error=shown)
            return Failed(Fault.REFUSED, refused)
        return Failed(Fault.REFUSED, words("deliveries-failed-refused-permissions", status=str(error.status)))
    except discord.NotFound:
        return Done(words("deliveries-done-gone"), delivered=False)
    except discord.HTTPException as error:
        return Failed(Fault.TRANSIENT, words("deliveries-failed-discord", status=str(error.status)))
    except (TimeoutError, OSError, aiohttp.ClientError) as error:
        return Failed(Fault.TRANSIENT, words("deliveries-failed-unreachable", error=type(error).__name__))
    except Exception:
        log.exception("unexpected error carrying delivery %s", job.delivery.id)
        return Failed(Fault.TRANSIENT, UNEXPECTED)
