"""Admissions this process is carrying to Discord right now, so the catch-up loop leaves them alone.

The set lives on the bot, in memory only: after a crash nothing is in flight, so the next start resumes everything.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.app import Doorman


@contextmanager
def carrying(bot: Doorman, admission_id: int) -> Iterator[None]:
    """Mark an admission as being carried to Discord by this task, so the catch-up loop skips it.

    Enter it in the same step as the await that returned the admission: no other task runs in
    between, so the catch-up can never see it committed but unmarked.
    """
    bot.admissions_in_flight.add(admission_id)
    try:
        yield
    finally:
        bot.admissions_in_flight.discard(admission_id)


def in_flight(bot: Doorman, admission_id: int) -> bool:
    return admission_id in bot.admissions_in_flight
