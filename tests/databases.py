"""Fresh throwaway databases for tests that run filon in a subprocess."""
import os
from pathlib import Path


def fresh_database(suffix: str, folder: Path) -> str:
    """The URL of an empty database: a SQLite file in ``folder``, or, when the
    suite runs on PostgreSQL, ``<name>_<suffix>`` created afresh on that server."""
    url = os.environ.get("FILON_DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{folder / f'{suffix}.sqlite3'}"
    import psycopg

    base, _, name = url.rpartition("/")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}_{suffix}"')
        conn.execute(f'CREATE DATABASE "{name}_{suffix}"')
    return f"{base}/{name}_{suffix}"
