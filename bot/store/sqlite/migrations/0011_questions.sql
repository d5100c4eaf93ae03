-- Join questions (SPEC section 13). join_questions: the guild's questions, one a line (each up to 45 characters,
-- none with a line break), NULL when it asks none. answers: what a newcomer answered, with the questions as they
-- were asked, as JSON ([[question, answer], ...]); NULL when nothing was asked.
ALTER TABLE guild_settings ADD COLUMN join_questions TEXT;
ALTER TABLE admissions ADD COLUMN answers TEXT;
