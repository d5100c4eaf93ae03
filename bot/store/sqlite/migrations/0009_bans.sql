-- STAND-IN for branch `tree`'s 0009_bans.sql (issue 17): migrations must be numbered without gaps, so this branch
-- carries the bans table as the brief describes it. At the merge, keep branch `tree`'s file instead of this one.
CREATE TABLE bans (
    guild_id  INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    banned_at INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
