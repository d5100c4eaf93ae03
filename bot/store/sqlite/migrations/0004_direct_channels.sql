-- The channel of the bot's DM with each person, once opened (core.direct_channels). Discord gives a bot
-- one DM channel per person, for good: remembered, a DM costs one REST call instead of two.
CREATE TABLE direct_channels (
    user_id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL
);
