"""PostgreSQL through asyncpg: the database several processes share (SPEC section 15)."""
