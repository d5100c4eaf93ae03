"""The dashboard's pages, one module per page (or per page and the actions taken from it)."""
