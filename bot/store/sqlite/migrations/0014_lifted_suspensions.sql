-- Suspensions lifted (SPEC section 13): someone suspended before always needs a new code and a moderator, so
-- /gate unsuspend moves the row here rather than forgetting it.
CREATE TABLE lifted_suspensions (
    guild_id     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    suspended_at INTEGER NOT NULL,
    suspended_by INTEGER NOT NULL,
    lifted_at    INTEGER NOT NULL,
    lifted_by    INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, suspended_at)
);
