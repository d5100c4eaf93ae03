-- Where each posted message is, beside its ID: a request or an alert stays in the channel it was posted
-- in when the moderator channel changes, and its later edits must find it there (core.posts).
ALTER TABLE admissions ADD COLUMN request_channel_id INTEGER;
UPDATE admissions SET request_channel_id = (
    SELECT mod_channel_id FROM guild_settings s WHERE s.guild_id = admissions.guild_id
) WHERE request_message_id IS NOT NULL;

ALTER TABLE deliveries ADD COLUMN alert_channel_id INTEGER;
UPDATE deliveries SET alert_channel_id = (
    SELECT mod_channel_id FROM guild_settings s WHERE s.guild_id = deliveries.guild_id
) WHERE alert_message_id IS NOT NULL;
