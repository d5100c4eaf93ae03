"""Refusals: what the core says no to, each with the sentence a person is shown."""

from __future__ import annotations


class Refused(Exception):
    """A request the rules refuse. str(error) says why and what to do next.

    Nothing the person asked for happened; a refused redemption is still recorded toward the lockout.
    """
