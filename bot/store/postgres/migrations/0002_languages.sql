-- The language of the guild's moderator channel and log (NULL: the guild's preferred locale), and each
-- person's Discord locale as the bot last saw it, for the DMs it owes them (SPEC section 14).
ALTER TABLE guild_settings ADD COLUMN language TEXT;

CREATE TABLE user_locales (
    user_id BIGINT PRIMARY KEY,
    locale  TEXT NOT NULL
);
