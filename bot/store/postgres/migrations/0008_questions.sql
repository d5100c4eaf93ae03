-- stand-in: branch questions writes this one
-- (PostgreSQL: a file of comments alone is no statement, which asyncpg cannot run; hence the no-op below)
SELECT 1;
