"""discord.py extensions: slash commands, buttons and modals over the core in bot/."""
