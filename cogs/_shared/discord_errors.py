"""Discord's JSON error codes the bot tells apart (https://discord.com/developers/docs/topics/opcodes-and-status-codes)."""

DM_CLOSED = 50007  # "Cannot send messages to this user"
UNKNOWN_ROLE = 10011
UNKNOWN_CHANNEL = 10003
