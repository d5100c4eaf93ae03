-- Invite links (SPEC section 11): the policy that turns them on or off (NULL: the config's default), and
-- each code's Discord invite link, if one was made for it (NULL: none, or it was deleted), with the delivery
-- that deletes it when the code expires (ended sooner, the code deletes that timer and owes the deletion at once).
ALTER TABLE guild_settings ADD COLUMN invite_links BIGINT;
ALTER TABLE codes ADD COLUMN link TEXT;
ALTER TABLE codes ADD COLUMN link_expiry BIGINT;

-- 0001's covering index, with the link: the quota count and /invite list still read only the index.
DROP INDEX codes_by_inviter;
CREATE INDEX codes_by_inviter ON codes (guild_id, inviter_id, created_at) INCLUDE (
    max_uses, revoked_at, id, code, expires_at, reserved_user_id, reserved_username, note, revoked_by, link, link_expiry
);
