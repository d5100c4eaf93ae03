"""The SQLite store: one file, one connection, transactions run whole on its thread (database.py)."""
