-- Suspensions lifted (SPEC section 13): someone suspended before always needs a new code and a moderator, so
-- /gate unsuspend moves the row here rather than forgetting it.
CREATE TABLE lifted_suspensions (
    guild_id     BIGINT NOT NULL,
    user_id      BIGINT NOT NULL,
    suspended_at BIGINT NOT NULL,
    suspended_by BIGINT NOT NULL,
    lifted_at    BIGINT NOT NULL,
    lifted_by    BIGINT NOT NULL,
    PRIMARY KEY (guild_id, user_id, suspended_at)
);
