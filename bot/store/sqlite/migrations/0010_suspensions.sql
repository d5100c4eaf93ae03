-- Tenure and suspensions (SPEC section 12). invite_after_days: NULL is the config's default.
-- A suspended member has one row; /gate unsuspend deletes it (the log keeps the history). `via` is the member
-- whose branch suspension reached them (NULL: suspended by name); `banned_invitee` the one whose ban led to it
-- (the ban alert's Suspend inviter button), told to each reader in their own language.
ALTER TABLE guild_settings ADD COLUMN invite_after_days INTEGER;

CREATE TABLE suspensions (
    guild_id     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    suspended_by INTEGER NOT NULL,
    suspended_at INTEGER NOT NULL,
    reason       TEXT,
    via          INTEGER,
    banned_invitee INTEGER,
    PRIMARY KEY (guild_id, user_id)
);
