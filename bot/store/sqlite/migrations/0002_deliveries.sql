-- What the bot owes Discord after a commit (SPEC section 9), written in the same transaction as the change.
-- A delivery due later is a timer. Done deliveries are deleted.
CREATE TABLE deliveries (
    id               INTEGER PRIMARY KEY,
    guild_id         INTEGER NOT NULL,
    kind             TEXT    NOT NULL,              -- core.owed.KINDS
    payload          TEXT    NOT NULL,              -- JSON: the facts the kind needs
    admission_id     INTEGER REFERENCES admissions (id),
    created_at       INTEGER NOT NULL,
    due_at           INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,    -- failed attempts in the current streak
    tried_at         INTEGER,                       -- an attempt began whose outcome is not recorded (a crash?)
    failing_since    INTEGER,
    last_error       TEXT,
    alert_channel_id INTEGER,                       -- the moderators' alert (with Retry), once posted: where
    alert_message_id INTEGER,
    stopped_at       INTEGER,                       -- given up after 7 days of failures; Retry revives it
    lease_owner      TEXT,                          -- who carries it now, until lease_until
    lease_until      INTEGER
);
-- The worker's queries: what falls due next (stopped deliveries wait for Retry), and whose leases end when.
CREATE INDEX deliveries_due ON deliveries (due_at) WHERE stopped_at IS NULL;
CREATE INDEX deliveries_leased ON deliveries (lease_owner, lease_until) WHERE lease_owner IS NOT NULL;
CREATE INDEX deliveries_of_admission ON deliveries (admission_id) WHERE admission_id IS NOT NULL;

-- What the 5-minute catch-up loop used to find: grants still owed, requests never posted.
-- Due at once: the first start after this migration carries them.
-- Their alerts and requests were posted in the moderator channel.
INSERT INTO deliveries
    (guild_id, kind, payload, admission_id, created_at, due_at, alert_channel_id, alert_message_id)
SELECT a.guild_id, 'grant_roles', json_object('admission_id', a.id), a.id, a.redeemed_at, 0,
    s.mod_channel_id, a.alert_message_id
FROM admissions a LEFT JOIN guild_settings s ON s.guild_id = a.guild_id WHERE a.status = 'roles_pending';
INSERT INTO deliveries (guild_id, kind, payload, admission_id, created_at, due_at)
SELECT guild_id, 'show_request', json_object('admission_id', id), id, redeemed_at, 0
FROM admissions WHERE status = 'awaiting_approval' AND request_message_id IS NULL;

-- A roles-pending alert belongs to the grant it is about, now a delivery: admissions.alert_message_id
-- is no longer read. (It stays: SQLite cannot drop a column whose definition is followed by a comment.)
UPDATE admissions SET alert_message_id = NULL;

-- Where each request message is, beside its ID: a request stays in the channel it was posted in when the
-- moderator channel changes, and its later edits must find it there (core.posts).
ALTER TABLE admissions ADD COLUMN request_channel_id INTEGER;
UPDATE admissions SET request_channel_id = (
    SELECT mod_channel_id FROM guild_settings s WHERE s.guild_id = admissions.guild_id
) WHERE request_message_id IS NOT NULL;
