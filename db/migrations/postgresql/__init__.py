"""The PostgreSQL twins of db/migrations: the same versions and names, the same tables and columns
(tests/unit/test_engines.py)."""
