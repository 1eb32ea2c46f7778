"""Back up and restore the whole board, consistent while it serves.

Behind ``filon backup PATH`` and ``filon restore PATH``. On SQLite, a copy of
the database file misses what still sits in its write-ahead log: SQLite's
online backup API copies a consistent snapshot instead, search index
included (its FTS tables live in the same file), and restoring copies the
backup back into the board's file the same way. On PostgreSQL, ``pg_dump``
writes a custom-format archive and ``pg_restore`` replaces the board's tables
with it (both from Debian's ``postgresql-client``). Uploaded documents live
in FILON_MEDIA_ROOT: back that folder up beside.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from django.db import connection

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_MAGIC = b"PGDMP"


class BackupError(Exception):
    pass


def backup(path: Path) -> str:
    """Write a consistent copy of the board's database to ``path``; its kind ("sqlite" or "postgresql")."""
    path = Path(path)
    if path.exists():
        raise BackupError(f"{path}: already exists; give a new file")
    path.parent.mkdir(parents=True, exist_ok=True)
    if connection.vendor == "sqlite":
        source = sqlite3.connect(_sqlite_file())
        target = sqlite3.connect(path)
        try:
            with target:
                source.backup(target)
        finally:
            target.close()
            source.close()
        return "sqlite"
    _run("pg_dump", "--format=custom", "--no-owner", f"--file={path}")
    return "postgresql"


def restore(path: Path) -> str:
    """Replace the board's database by the backup at ``path``; its kind."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    head = path.read_bytes()[:16]
    if connection.vendor == "sqlite":
        if not head.startswith(SQLITE_MAGIC):
            raise BackupError(f"{path}: not a SQLite backup (this board is on SQLite)")
        connection.close()
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        target = sqlite3.connect(_sqlite_file())
        try:
            source.execute("PRAGMA quick_check").fetchone()
            with target:
                source.backup(target)
        except sqlite3.DatabaseError as error:
            raise BackupError(f"{path}: unreadable SQLite file ({error})") from error
        finally:
            target.close()
            source.close()
        return "sqlite"
    if not head.startswith(PG_MAGIC):
        raise BackupError(f"{path}: not a pg_dump archive (this board is on PostgreSQL)")
    connection.close()
    # The extensions (unaccent) stay as they are: the board's user may use them, not drop them.
    contents = subprocess.run(["pg_restore", "--list", str(path)], capture_output=True, text=True)
    if contents.returncode != 0:
        raise BackupError(f"{path}: unreadable pg_dump archive ({contents.stderr.strip()[:200]})")
    with tempfile.NamedTemporaryFile("w", suffix=".list") as listing:
        listing.write("\n".join(line for line in contents.stdout.splitlines() if " EXTENSION " not in line))
        listing.flush()
        _run("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", f"--use-list={listing.name}",
             str(path))
    return "postgresql"


def _sqlite_file() -> str:
    name = str(connection.settings_dict["NAME"])
    if name in ("", ":memory:") or name.startswith("file:"):
        raise BackupError("the board's SQLite database is not a file")
    return name


def _run(program: str, *args: str) -> None:
    """A PostgreSQL client program on the board's database."""
    if shutil.which(program) is None:
        raise BackupError(f"{program} not found: install Debian's postgresql-client")
    settings = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": settings.get("PASSWORD") or ""}
    target = ["--host", settings.get("HOST") or "localhost", "--port", str(settings.get("PORT") or 5432),
              "--username", settings.get("USER") or "", "--dbname", settings["NAME"]]
    done = subprocess.run([program, *target, *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(f"{program} failed: {done.stderr.strip()[:500]}")
