"""The command line and the bot's start-up around a SQLite file: SQLite only (PostgreSQL: tests/postgres)."""

import pytest


@pytest.fixture
def backend() -> str:
    return "sqlite"
