"""What carrying a delivery needs and how it can end: the contract between the worker and each kind's handler."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import discord

from bot.core.deliveries import Completion, Delivery, Fault
from bot.core.owed import Owed
from bot.core.settings import GuildSettings
from bot.i18n import Catalog, Words
from cogs._shared.language import server_language

if TYPE_CHECKING:
    from bot.app import Doorman
    from cogs._shared.first_response import FirstResponse


@dataclass(frozen=True)
class Job:
    """A delivery about to be carried, with what carrying it needs."""

    bot: Doorman
    guild: discord.Guild
    delivery: Delivery
    settings: GuildSettings  # as read for the batch this delivery is carried in
    member: discord.Member | None = None  # the newcomer as the interaction in hand sent them (saves a fetch)
    watched: bool = False  # someone who acted is waiting for the outcome, and will be told of it
    # The click in hand, on the message this may edit: answering the click with the edit saves a call.
    click: FirstResponse | None = None

    @property
    def server_language(self) -> Catalog:
        """The language of what the moderators read about this delivery (cogs/_shared/language.py)."""
        return server_language(self.bot, self.guild, self.settings)

    @property
    def interrupted(self) -> bool:
        """An earlier attempt began and nothing recorded its end: what it posted may already be there.

        A handler whose repeat would show (a request message, an alert) looks for that first; a DM or a
        log line may simply repeat (SPEC section 9 allows one).
        """
        return self.delivery.tried_at is not None


@dataclass(frozen=True)
class Done:
    """Carried, or nothing is left to carry: the delivery is forgotten, and `then` applied with it."""

    # For a moderator who clicked Retry (None: "Done."), in their language; when nothing was delivered, also
    # why, shown in the server's language on the alert it closes.
    note: Words | None = None
    then: Completion | None = None
    delivered: bool = True  # False: nothing reached Discord (it is gone, or the DMs are closed)


@dataclass(frozen=True)
class Failed:
    fault: Fault
    detail: Words  # for the moderators: what went wrong, and what may fix it


Outcome = Done | Failed


@dataclass(frozen=True)
class Handler:
    """How one kind of delivery is carried, and what the moderators are shown when it fails."""

    carry: Callable[[Job], Awaitable[Outcome]]
    # What it tries to do, in the server's language, as in "I could not {describe}": a verb phrase that fits
    # deliveries-alert-failing and deliveries-alert-stopped of that language.
    describe: Callable[[Job], Awaitable[str]]
    alert_on: frozenset[Fault] = field(default=frozenset({Fault.REFUSED}))  # the failures moderators must hear of


@dataclass
class Carried:
    """What carry() did: each delivery it tried, in order, with its outcome; and what they owe next, if held."""

    outcomes: list[tuple[Delivery, Outcome]] = field(default_factory=list)
    followups: list[int] = field(default_factory=list)  # held for the caller (hold_followups=True)

    def outcome_of(self, kind: type[Owed]) -> Outcome | None:
        return next((outcome for delivery, outcome in self.outcomes if isinstance(delivery.owed, kind)), None)
