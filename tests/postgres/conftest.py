"""Every test here is about PostgreSQL shared by several processes: the database is always PostgreSQL."""

import pytest


@pytest.fixture
def backend() -> str:
    return "postgres"
