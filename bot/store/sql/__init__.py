"""The repositories, written once in the SQL both dialects share (connection.py says how)."""
