"""Refusals: what the rules say no to, as facts rather than sentences.

Each refusal is an exception whose fields are the values a sentence about it needs (a time, a limit, a
channel ID). The glue renders them for the reader (cogs/_shared/refusals.py), so the same refusal can be
a Discord reply today and a web page or another language later. Refusals are defined beside the rule
that raises them; the ones shared by several rules live here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(eq=False)  # eq=False keeps exceptions hashable by identity, as tracebacks and loggers expect
class Refused(Exception):
    """A request the rules refuse: nothing the person asked for happened.

    A refused redemption is still recorded toward the lockout (see core.redemptions).
    """

    def __str__(self) -> str:
        # Logs and test failures show the facts; people see the rendered sentence, never this.
        return repr(self)


class Authority(Enum):
    """Who may do what (SPEC section 1)."""

    MEMBER = "member"  # holds the member role, or Manage Server
    MODERATOR = "moderator"  # Manage Roles, or the moderator role
    ADMIN = "admin"  # Manage Server


@dataclass(eq=False)
class NotAllowed(Refused):
    """The person lacks the authority the action needs."""

    needed: Authority


@dataclass(eq=False)
class NotSetUp(Refused):
    """The guild has not run /gate setup: there is no welcome channel, moderator channel or member role yet."""
