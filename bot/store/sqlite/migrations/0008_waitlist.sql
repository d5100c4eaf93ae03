-- The waitlist (SPEC section 10): its two policies (NULL: the config's default), and one row per time someone
-- joined it, kept when closed for /gate whois. An entry is waiting, then invited (decided_by and decided_at say
-- who sent which code, code_id, and when), and closes as redeemed, declined (by, when, reason), left, or lapsed
-- (its code ended unused and they joined again) (closed_at).
ALTER TABLE guild_settings ADD COLUMN waitlist INTEGER;
ALTER TABLE guild_settings ADD COLUMN waitlist_cooldown_days INTEGER;

CREATE TABLE waitlist (
    id                 INTEGER PRIMARY KEY,
    guild_id           INTEGER NOT NULL,
    user_id            INTEGER NOT NULL,
    about              TEXT,
    joined_at          INTEGER NOT NULL,
    status             TEXT    NOT NULL CHECK (status IN ('waiting', 'invited', 'redeemed', 'declined', 'left', 'lapsed')),
    decided_by         INTEGER,
    decided_at         INTEGER,
    reason             TEXT,
    code_id            INTEGER REFERENCES codes (id),
    closed_at          INTEGER,
    message_channel_id INTEGER,                -- the entry's message in the moderator channel, once posted
    message_id         INTEGER
);
-- Someone is on a guild's waitlist at most once at a time.
CREATE UNIQUE INDEX waitlist_one_open ON waitlist (guild_id, user_id) WHERE status IN ('waiting', 'invited');
-- The open entries in order (positions, /gate waitlist).
CREATE INDEX waitlist_open ON waitlist (guild_id, joined_at, id) WHERE status IN ('waiting', 'invited');
-- A person's history (/gate whois, the cooldown after a decline).
CREATE INDEX waitlist_by_user ON waitlist (guild_id, user_id);
