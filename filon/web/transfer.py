"""Copy a whole board from one database to another (SQLite -> PostgreSQL).

Behind ``filon migrate-db TARGET_URL``: the target is migrated, must be
empty, receives every row (offers and their history, accounts, API tokens)
in one transaction (its search index is built by its first search or
``filon reindex``); the row counts of both
sides are compared. Uploaded documents stay where FILON_MEDIA_ROOT is.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.db import DatabaseError, connections, transaction

from .settings import database_from_url

TARGET = "target"
SKIPPED = ["contenttypes", "auth.permission", "sessions", "admin.logentry", "search"]   # rebuilt or transient


class CopyError(Exception):
    pass


def copy_board(target_url: str) -> dict[str, int]:
    """Copy the board of the default database to ``target_url``; rows per model."""
    configured = connections.configure_settings({"default": database_from_url(target_url)})
    connections.settings[TARGET] = configured["default"]
    call_command("migrate", database=TARGET, interactive=False, verbosity=0)
    from filon.offers.models import Offer

    if Offer.objects.using(TARGET).exists():
        raise CopyError(f"{target_url}: the target database already holds offers; give an empty one")
    models = [m for m in apps.get_models() if m._meta.managed and not m._meta.proxy
              and m._meta.app_label not in ("contenttypes", "sessions", "admin", "search")
              and m._meta.label != "auth.Permission"]
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "board.json"
        call_command("dumpdata", exclude=SKIPPED, natural_foreign=True, output=str(dump), verbosity=0)
        try:
            with transaction.atomic(using=TARGET):      # counts compared inside: a mismatch copies nothing
                call_command("loaddata", str(dump), database=TARGET, verbosity=0)
                return _same_counts(models)
        except DatabaseError as error:
            raise CopyError(f"{target_url}: nothing copied: {error}") from error


def _same_counts(models: list) -> dict[str, int]:
    """Rows per model, the same in the source and the target, else :class:`CopyError`."""
    counts = {}
    for model in models:
        source, target = model.objects.count(), model.objects.using(TARGET).count()
        if source != target:
            raise CopyError(f"{model._meta.label}: {source} rows in the source, {target} in the target; nothing copied")
        counts[model._meta.label] = source
    return counts
