"""A throwaway PostgreSQL server for the tests and benchmarks, from Debian's `postgresql` package.

`DOORMAN_TEST_POSTGRES` (a URL to a server where the user may create databases) is used as it is.
Otherwise a cluster is created in a temporary folder and started on a unix socket only, as the
`postgres` user when running as root (initdb refuses root), and stopped at the end. Without the
server's programs `start` raises NoPostgres, saying how to install them (tests/conftest.py decides
whether that fails the run: it does in CI).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ENVIRONMENT = "DOORMAN_TEST_POSTGRES"
INSTALL_HINT = (
    "PostgreSQL's server programs are needed for the tests on PostgreSQL: install Debian's package "
    "(apt-get install postgresql), or set DOORMAN_TEST_POSTGRES to a server's URL"
)


class NoPostgres(RuntimeError):
    """No server to test against, and none can be started here."""


@dataclass
class Server:
    """A running server: `url(name)` connects to database `name` on it."""

    base: str  # the URL of its maintenance database, `postgres`
    folder: Path | None  # the cluster we started, stopped and removed by stop()
    user: str | None  # who runs it (the postgres user when we are root)

    def url(self, database: str) -> str:
        return urlunsplit(urlsplit(self.base)._replace(path="/" + database))

    def stop(self) -> None:
        if self.folder is None:
            return
        _as_owner(self.user, [_program("pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"])
        shutil.rmtree(self.folder, ignore_errors=True)


def start(*, durable: bool = False) -> Server:
    """The server named by DOORMAN_TEST_POSTGRES, or a new one; `durable` keeps fsync on (benchmarks)."""
    given = os.environ.get(ENVIRONMENT)
    if given:
        return Server(given, None, None)
    initdb = _program("initdb")
    folder = Path(tempfile.mkdtemp(prefix="doorman-pg-"))  # short: a socket path has at most 107 bytes
    user = "postgres" if os.geteuid() == 0 else None
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    data = folder / "data"
    _as_owner(user, [initdb, "-D", str(data), "-U", "doorman", "--auth=trust", "-E", "UTF8", "--no-sync"])
    settings = f"-k {folder} -c listen_addresses='' -c max_connections=200"
    if not durable:
        # A test's writes need not survive a power cut: the suite runs several times faster.
        settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    _as_owner(user, [_program("pg_ctl"), "-D", str(data), "-o", settings, "-l", str(folder / "log"), "-w", "start"])
    return Server(f"postgresql://doorman@/postgres?host={folder}", folder, user)


def _program(name: str) -> str:
    """A server program: on the PATH, or in Debian's versioned folder (newest first)."""
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    if found is None:
        raise NoPostgres(INSTALL_HINT)
    return found


def _as_owner(user: str | None, command: list[str]) -> None:
    if user is not None:
        command = ["runuser", "-u", user, "--", *command]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise NoPostgres(f"{' '.join(command)} failed: {done.stderr.strip() or done.stdout.strip()}")
