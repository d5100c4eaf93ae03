"""The rules of the gate: codes, quotas, invitations, admissions and settings.

Nothing here knows Discord or SQL (ruff bans discord.py in this folder; tests/test_layout.py bans the rest).
Use cases take IDs and plain values, run as one transaction over the interfaces in `repositories`, and
return records or raise a `Refused` that carries the facts of why not; the glue turns those into words.
"""
