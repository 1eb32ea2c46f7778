"""French vocabulary as data tables: one module per field family."""
