"""Several OS processes sharing one PostgreSQL database (SPEC section 15): what holds across processes."""
