-- Doorman's schema. Times are UTC epoch seconds (INTEGER); IDs are Discord snowflakes.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per guild that ran /gate setup or /gate policy. A NULL policy column
-- means "the config file's default".
CREATE TABLE guild_settings (
    guild_id           INTEGER PRIMARY KEY,
    welcome_channel_id INTEGER,
    mod_channel_id     INTEGER,
    log_channel_id     INTEGER,
    member_role_id     INTEGER,
    newcomer_role_id   INTEGER,
    mod_role_id        INTEGER,
    invites_per_member INTEGER,
    quota_period_days  INTEGER,
    code_ttl_days      INTEGER,
    max_uses_per_code  INTEGER,
    approval           INTEGER
);

CREATE TABLE role_quotas (
    guild_id    INTEGER NOT NULL,
    role_id     INTEGER NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    period_days INTEGER,
    PRIMARY KEY (guild_id, role_id)
) WITHOUT ROWID;

-- A per-member adjustment of the quota limit, set by /gate grant.
CREATE TABLE quota_grants (
    guild_id INTEGER NOT NULL,
    user_id  INTEGER NOT NULL,
    amount   INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
) WITHOUT ROWID;

CREATE TABLE codes (
    id         INTEGER PRIMARY KEY,
    guild_id   INTEGER NOT NULL,
    code       TEXT    NOT NULL UNIQUE,          -- 12 canonical Crockford symbols, no hyphens
    inviter_id INTEGER NOT NULL,
    max_uses   INTEGER NOT NULL CHECK (max_uses >= 1),
    uses       INTEGER NOT NULL DEFAULT 0 CHECK (uses BETWEEN 0 AND max_uses),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    for_user   TEXT,                             -- lower-case username or a user ID
    note       TEXT,
    revoked_at INTEGER,
    revoked_by INTEGER
);
-- A member's codes, for the quota count and /invite list. It covers every column those read,
-- so they touch only this index, where one member's codes sit together however large the table
-- grows (measured at 1M codes: /invite list 1.27x slower than at 1K reading table rows).
CREATE INDEX codes_by_inviter ON codes (
    guild_id, inviter_id, created_at, max_uses, uses, revoked_at,
    id, code, expires_at, for_user, note, revoked_by
);

-- One row per successful redemption: the admission and everything that happened to it.
--   awaiting_approval  redeemed, waiting for a moderator
--   roles_pending      admitted (or approved) but the role grant has not gone through yet
--   admitted           roles granted
--   denied             a moderator said no
--   left               the newcomer left before the decision or the grant
CREATE TABLE admissions (
    id                 INTEGER PRIMARY KEY,
    guild_id           INTEGER NOT NULL,
    code_id            INTEGER NOT NULL REFERENCES codes (id),
    user_id            INTEGER NOT NULL,
    inviter_id         INTEGER NOT NULL,
    redeemed_at        INTEGER NOT NULL,
    approval_required  INTEGER NOT NULL,
    status             TEXT    NOT NULL CHECK (status IN
                           ('awaiting_approval', 'roles_pending', 'admitted', 'denied', 'left')),
    decided_by         INTEGER,
    decided_at         INTEGER,
    reason             TEXT,
    admitted_at        INTEGER,
    request_message_id INTEGER,                  -- the moderator-channel request, once posted
    alert_message_id   INTEGER                   -- the roles-pending alert, once posted
);
CREATE INDEX admissions_by_code ON admissions (code_id);
CREATE INDEX admissions_by_user ON admissions (guild_id, user_id);
-- Covers "who redeemed this member's codes": one member's rows sit together however large the table.
CREATE INDEX admissions_by_inviter ON admissions (guild_id, inviter_id, code_id, user_id);
-- A newcomer has at most one open admission: the "still waiting" rule, enforced by the database.
CREATE UNIQUE INDEX admissions_one_open ON admissions (guild_id, user_id)
    WHERE status IN ('awaiting_approval', 'roles_pending');
CREATE INDEX admissions_open ON admissions (status) WHERE status IN ('awaiting_approval', 'roles_pending');

-- Failed /redeem attempts, for the per-user lockout and the guild-wide guessing alert.
CREATE TABLE redeem_failures (
    id       INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    user_id  INTEGER NOT NULL,
    at       INTEGER NOT NULL
);
CREATE INDEX redeem_failures_by_user ON redeem_failures (guild_id, user_id, at);
CREATE INDEX redeem_failures_by_guild ON redeem_failures (guild_id, at);

CREATE TABLE lockouts (
    guild_id     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    locked_until INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
) WITHOUT ROWID;

-- When moderators were last warned about a burst of failed redemptions in a guild.
CREATE TABLE guessing_alerts (
    guild_id   INTEGER PRIMARY KEY,
    alerted_at INTEGER NOT NULL
);
