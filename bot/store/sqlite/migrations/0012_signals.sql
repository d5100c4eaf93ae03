-- Risk signals and returning members (SPEC section 13). has_avatar: whether the newcomer's account had its own
-- avatar when they redeemed (NULL for admissions made before this was kept). holds: why a moderator must look at
-- the request although approval is off (comma-separated words of core.holds.Hold; NULL: none). came_back:
-- admitted again without a code, with the code and inviter of their earlier admission (the code gets no use).
-- min_account_age_days and "returning" (a keyword in PostgreSQL, so always quoted): NULL is the config's default.
ALTER TABLE admissions ADD COLUMN has_avatar INTEGER;
ALTER TABLE admissions ADD COLUMN holds TEXT;
ALTER TABLE admissions ADD COLUMN came_back INTEGER NOT NULL DEFAULT 0;
ALTER TABLE guild_settings ADD COLUMN min_account_age_days INTEGER;
ALTER TABLE guild_settings ADD COLUMN "returning" TEXT;
