-- The waiting room (SPEC section 13): hours after joining until someone not let in is reminded, and kicked.
-- NULL is the config's default. The timers themselves are deliveries due later (SPEC section 9).
ALTER TABLE guild_settings ADD COLUMN remind_after_hours INTEGER;
ALTER TABLE guild_settings ADD COLUMN kick_after_hours INTEGER;
