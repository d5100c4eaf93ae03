-- A reservation records its kind (SPEC section 2): by ID, only that account may redeem the code; by
-- username, only the account with that username. One for_user column could not tell an ID from a
-- username spelling the same digits, and let either redeem. (SQLite renames the column, not the comment
-- 0001 wrote beside it: the stored schema text still calls reserved_username "a username or a user ID".)
ALTER TABLE codes RENAME COLUMN for_user TO reserved_username;
ALTER TABLE codes ADD COLUMN reserved_user_id INTEGER
    CHECK (reserved_user_id IS NULL OR reserved_username IS NULL);

-- What was accepted as an ID: 15 to 21 digits. One beyond 64 bits names no account; CAST saturates it
-- to the largest INTEGER, which names none either, so such a code stays reserved for nobody.
UPDATE codes SET reserved_user_id = CAST(reserved_username AS INTEGER), reserved_username = NULL
WHERE length(reserved_username) BETWEEN 15 AND 21 AND reserved_username NOT GLOB '*[^0-9]*';

-- 0001's covering index, with both columns: the quota count and /invite list still read only the index.
DROP INDEX codes_by_inviter;
CREATE INDEX codes_by_inviter ON codes (
    guild_id, inviter_id, created_at, max_uses, uses, revoked_at,
    id, code, expires_at, reserved_user_id, reserved_username, note, revoked_by
);
