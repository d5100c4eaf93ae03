"""Discord glue that several extensions use, one module per job. Never loaded as an extension itself."""
