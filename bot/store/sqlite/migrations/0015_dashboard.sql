-- The dashboard (SPEC section 16).

-- One-time sign-in links, valid 10 minutes: the SHA-256 (hex) of each token, never the token, so that a copy of
-- the database signs nobody in. used_at makes a link single use; rows are deleted once expired.
CREATE TABLE dashboard_links (
    token_hash TEXT    PRIMARY KEY,
    guild_id   INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    locale     TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);
CREATE INDEX dashboard_links_by_expiry ON dashboard_links (expires_at);

-- The audit log: every line the bot owes a log channel (core.deliveries.log), kept whether or not the guild has
-- one. kind and payload as core.owed.encode writes them. Read newest first, by time then ID, from an index that
-- holds that order for every filter: the guild's, one kind's, one person's (audit_people: the people each line
-- names, with its time).
CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    at       INTEGER NOT NULL,
    kind     TEXT    NOT NULL,
    payload  TEXT    NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (guild_id, at, id);
CREATE INDEX audit_log_by_kind ON audit_log (guild_id, kind, at, id);
CREATE TABLE audit_people (
    guild_id INTEGER NOT NULL,
    user_id  INTEGER NOT NULL,
    at       INTEGER NOT NULL,
    entry_id INTEGER NOT NULL REFERENCES audit_log (id),
    PRIMARY KEY (guild_id, user_id, at, entry_id)
);

-- The trail begins with what admissions already hold: each admission admitted, denied or closed as left, with
-- the line the log channel got for it. A left admission keeps no time of its own: the line is dated at its
-- decision, else its redemption. One closed by a ban was never logged as left (core.admissions.newcomer_banned),
-- and a ban after the redemption cannot be told apart from one that closed it: those get no line.
INSERT INTO audit_log (guild_id, at, kind, payload)
SELECT guild_id, at, kind, '{"admission_id": ' || id || '}' FROM (
    SELECT guild_id, COALESCE(admitted_at, decided_at, redeemed_at) AS at, 'admitted_line' AS kind, id
    FROM admissions WHERE status = 'admitted'
    UNION ALL
    SELECT guild_id, COALESCE(decided_at, redeemed_at), 'denied_line', id FROM admissions WHERE status = 'denied'
    UNION ALL
    SELECT a.guild_id, COALESCE(a.decided_at, a.redeemed_at), 'left_line', a.id FROM admissions a
    WHERE a.status = 'left' AND NOT EXISTS (
        SELECT 1 FROM bans b WHERE b.guild_id = a.guild_id AND b.user_id = a.user_id AND b.banned_at >= a.redeemed_at
    )
) AS lines ORDER BY at, id;
-- The people of an admission line: the newcomer, the inviter and whoever decided. The payload's admission ID is
-- read back from its text: every row here is one of the lines just written.
INSERT INTO audit_people (guild_id, user_id, at, entry_id)
SELECT l.guild_id, a.user_id, l.at, l.id
FROM audit_log l JOIN admissions a ON a.id = CAST(substr(l.payload, 18, length(l.payload) - 18) AS INTEGER)
UNION
SELECT l.guild_id, a.inviter_id, l.at, l.id
FROM audit_log l JOIN admissions a ON a.id = CAST(substr(l.payload, 18, length(l.payload) - 18) AS INTEGER)
UNION
SELECT l.guild_id, a.decided_by, l.at, l.id
FROM audit_log l JOIN admissions a ON a.id = CAST(substr(l.payload, 18, length(l.payload) - 18) AS INTEGER)
WHERE a.decided_by IS NOT NULL;

-- The charts: each day's redemptions, admissions and denials, read by time.
CREATE INDEX admissions_by_redemption ON admissions (guild_id, redeemed_at);
CREATE INDEX admissions_by_admission ON admissions (guild_id, admitted_at) WHERE admitted_at IS NOT NULL;
CREATE INDEX admissions_denied ON admissions (guild_id, decided_at) WHERE status = 'denied';
-- Retention: each inviter's admitted newcomers, in inviter order, counted from the index alone.
CREATE INDEX admissions_admitted ON admissions (guild_id, inviter_id, user_id, status) WHERE status = 'admitted';

-- The charts' days that are over, counted once: redemption, admission and denial times are written once, so a
-- day's counts no longer change once it has passed (core.stats.per_day).
CREATE TABLE daily_counts (
    guild_id    INTEGER NOT NULL,
    day         INTEGER NOT NULL,                  -- its first second, a UTC midnight
    redemptions INTEGER NOT NULL,
    admissions  INTEGER NOT NULL,
    denials     INTEGER NOT NULL,
    PRIMARY KEY (guild_id, day)
);
-- Charts over a guild's whole history (quota use, retention), as last computed: a page reads them again only
-- after a few minutes (core.stats). payload: JSON rows.
CREATE TABLE chart_cache (
    guild_id    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    computed_at INTEGER NOT NULL,
    payload     TEXT    NOT NULL,
    PRIMARY KEY (guild_id, name)
);

-- The admins' page of all codes, newest first, filtered by status or kind (inviter: codes_by_inviter).
CREATE INDEX codes_by_guild ON codes (guild_id, id);
CREATE INDEX codes_by_kind ON codes (guild_id, kind, id);
CREATE INDEX codes_revoked ON codes (guild_id, id) WHERE revoked_at IS NOT NULL;
CREATE INDEX codes_by_expiry ON codes (guild_id, expires_at);
