"""What stops the store from working, told to an admin: which database, and what is wrong with it.

Each carries its facts as fields; `str()` is the one line the command line prints before exiting 2.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A problem with the database's files that only an admin can fix; `str()` is one line saying so."""


class DatabaseUnusable(StoreError):
    """The database `where` (a SQLite file, or a PostgreSQL URL without its password) cannot be used, for `reason`."""

    def __init__(self, where: Path | str, reason: str) -> None:
        super().__init__(where, reason)
        self.where = where
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot use the database {self.where}: {self.reason}"


class DatabaseTooNew(DatabaseUnusable):
    """The schema at `where` (`version`) is newer than the newest this code ships (`newest`): never touched."""

    def __init__(self, where: Path | str, version: int, newest: int) -> None:
        super().__init__(where, f"its schema version {version} is newer than this Doorman knows ({newest})")
        self.version = version
        self.newest = newest

    def __str__(self) -> str:
        return (
            f"the database {self.where} has schema version {self.version}, newer than this Doorman knows "
            f"({self.newest}): upgrade Doorman, or restore a backup made by this version"
        )


class BackupRefused(StoreError):
    """A backup cannot be written to `target`, for `reason`; nothing was written."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(target, reason)
        self.target = target
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot back up to {self.target}: {self.reason}"
