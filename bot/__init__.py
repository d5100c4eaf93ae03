"""Doorman: an invite-only gate for Discord communities."""
