"""Background work driven by the database: each tick claims due rows, so workers never collide."""
