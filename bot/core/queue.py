"""The moderators' queue (SPEC 16): a guild's open admission requests, each with what its message shows.

Read in one transaction, so every request on a page is shown as it was at one moment. Only the requests of
the page shown have their facts read: a raid of thousands of requests costs one indexed read of the open
admissions (core.admissions.open_admissions's), not thousands of reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from bot.core.admissions import Admission, AdmissionStatus, RequestFacts, facts_of

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

PAGE_SIZE = 50  # requests on a page; the waitlist's page shows as many entries
T = TypeVar("T")


def page_count(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


def numbered_page(items: Sequence[T], asked: int) -> tuple[list[T], int]:
    """Page `asked` (from 0) of `items`, PAGE_SIZE a page, and its number: past the last page, the last."""
    number = min(max(asked, 0), page_count(len(items)) - 1)
    return list(items[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]), number


@dataclass(frozen=True)
class QueuePage:
    requests: list[RequestFacts]  # this page's, those awaiting a decision first, each group oldest first
    number: int  # from 0
    total: int  # open requests on every page

    @property
    def pages(self) -> int:
        return page_count(self.total)


def _order(admission: Admission) -> tuple[bool, int]:
    # What a moderator can act on comes first; approved requests whose roles Discord has not granted yet follow.
    return admission.status is not AdmissionStatus.AWAITING_APPROVAL, admission.id


async def open_requests(db: Database, *, guild_id: int, page: int = 0) -> QueuePage:
    """The guild's open requests (admissions a moderator had to look at: approval was required), `page` of them.

    An admission admitted at once whose roles are pending was never a request: /gate pending and the alerts
    show it, not the queue."""

    async def read(tx: Transaction) -> QueuePage:
        requests = sorted((a for a in await tx.admissions.open(guild_id) if a.approval_required), key=_order)
        shown, number = numbered_page(requests, page)
        return QueuePage([await facts_of(tx, admission) for admission in shown], number, len(requests))

    return await db.transaction(read)
