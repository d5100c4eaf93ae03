"""Group commit: the transactions queued while the last COMMIT was running, committed together.

A commit with `synchronous=FULL` waits for the disk (an fsync, about 0.3 ms here), and SQLite has
one writer: one COMMIT per transaction caps a burst at the disk's pace. Instead the connection's
thread takes every transaction queued so far and runs them in one `BEGIN IMMEDIATE ... COMMIT`,
each inside its own SAVEPOINT, so that one that raises rolls back only itself. Nobody is answered
before the COMMIT that holds their writes: results go back only once it has returned.

Some failures end the whole transaction, not just the statement (SQLite rolls everything back on
an interrupt, a full disk or an I/O error inside a write). Then the group starts over without the
transaction that failed: the others ran against state that is gone, nobody has been told anything
yet, and running a transaction's work again on the state as it is now is what a retry means.
"""

from __future__ import annotations

import asyncio
import inspect
import sqlite3
import threading
from collections.abc import Callable, Coroutine, Sequence
from typing import Any, TypeVar, cast

from bot.core.deliveries import Owing
from bot.core.repositories import Work
from bot.core.shards import Shards
from bot.store.sql.transaction import SqlTransaction
from bot.store.sqlite.connection import SqliteConnection

T = TypeVar("T")

# What one transaction came to: its result and what it owes Discord, or what it raised.
Committed = tuple[Any, list[Owing]]
Outcome = Committed | BaseException


Waiting = tuple[Work[Any], "asyncio.Future[Committed]"]


class Group:
    """Transactions sent to the thread together, and the futures their callers wait on.

    The task that sends a group awaits the executor's future itself: SimCord settles a wait on an
    executor job at once, and a wait on anything else, or a result handed back with
    call_soon_threadsafe, costs it a poll. Cancelling that task cancels the future, though the thread
    may be committing already: then the outcomes come another way (`finished`), so that nobody in the
    group waits forever or hears "cancelled" about what was committed.
    """

    def __init__(self, members: list[Waiting], answer: Callable[[Group, list[Outcome]], None]) -> None:
        self.members = members
        self._answer = answer
        self._loop = asyncio.get_running_loop()
        self._lock = threading.Lock()
        self._state = "queued"  # -> running -> done; or queued -> abandoned; or running -> orphaned -> done
        self._outcomes: list[Outcome] = []

    def run(self, conn: sqlite3.Connection, carrier: str, shards: Shards) -> list[Outcome]:
        """On the thread: commit the group; its outcomes."""
        with self._lock:
            if self._state == "abandoned":
                return []
            self._state = "running"
        try:
            outcomes = run_group(conn, [work for work, _ in self.members], carrier, shards)
        except BaseException as error:
            outcomes = [error] * len(self.members)
        with self._lock:
            self._outcomes = outcomes
            if self._state == "orphaned":  # nobody will read the executor's future: hand them over
                self._loop.call_soon_threadsafe(self._answer, self, outcomes)
            self._state = "done"
        return outcomes

    def finished(self, running: asyncio.Future[list[Outcome]]) -> None:
        """On the loop, when the executor's future is done: answer the group."""
        if not running.cancelled():
            self._answer(self, running.result())
            return
        with self._lock:
            state = self._state
            if state == "queued":
                self._state = "abandoned"
            elif state == "running":
                self._state = "orphaned"
        if state == "queued":  # never ran: nothing was committed
            self._answer(self, [asyncio.CancelledError()] * len(self.members))
        elif state == "done":
            self._answer(self, self._outcomes)


def run_group(conn: sqlite3.Connection, works: Sequence[Work[Any]], carrier: str, shards: Shards) -> list[Outcome]:
    """Run each work in its own savepoint, all in one transaction; each one's outcome, once committed (or not)."""
    outcomes: list[Outcome | None] = [None] * len(works)
    pending = list(range(len(works)))
    while pending:
        succeeded: list[int] = []
        try:
            conn.execute("BEGIN IMMEDIATE")
            for position, index in enumerate(pending):
                try:
                    outcomes[index] = in_savepoint(conn, works[index], carrier, shards)
                    succeeded.append(index)
                except Exception as error:
                    outcomes[index] = error
                    if not conn.in_transaction:  # it took the whole transaction with it: the rest start over
                        pending = succeeded + pending[position + 1 :]
                        break
            else:
                conn.execute("COMMIT")
                pending = []
        except Exception as error:  # BEGIN or COMMIT failed: nothing of this round was committed
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            for index in pending:
                if index in succeeded or outcomes[index] is None:
                    outcomes[index] = error
            pending = []
    return [outcome for outcome in outcomes if outcome is not None]


def in_savepoint(conn: sqlite3.Connection, work: Work[Any], carrier: str, shards: Shards) -> Committed:
    """One transaction's work, inside the group's transaction; rolled back to its savepoint if it raises."""
    conn.execute("SAVEPOINT work")
    try:
        tx = SqlTransaction(SqliteConnection(conn), carrier, shards)
        result = run_to_completion(work(tx))
        conn.execute("RELEASE work")
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK TO work")
                conn.execute("RELEASE work")
            except sqlite3.Error:
                conn.execute("ROLLBACK")  # its savepoint cannot be undone alone: the group starts over
        raise
    return result, tx.owing


def run_to_completion(coroutine: Coroutine[Any, Any, T]) -> T:
    """The result of a coroutine that never suspends, driven here without an event loop."""
    if not inspect.iscoroutine(coroutine):
        raise TypeError(f"a transaction's work is an async function; it returned {type(coroutine).__name__}")
    try:
        coroutine.send(None)
    except StopIteration as done:
        return cast(T, done.value)
    coroutine.close()
    raise RuntimeError("a transaction awaited something other than the database; it must not suspend")
