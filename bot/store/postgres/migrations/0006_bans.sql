-- Bans (SPEC section 12): who was banned from a guild, and when last. A ban stays in the record: unbanning someone
-- does not take it out of their inviter's record; it counts against the admissions before it. The primary key
-- is what the record joins admissions on.
CREATE TABLE bans (
    guild_id  BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    banned_at BIGINT NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
