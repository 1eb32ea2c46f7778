"""Import: documents -> extracted records -> stored offers.

Each document is imported in its own transaction: a broken file is reported
and leaves nothing behind, the others go on. Offers are identified by a hash
of their content, so importing the same document twice creates nothing.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, models, transaction
from django.utils import timezone

from filon.extract import ExtractionError, extract
from filon.extract import Offer as Record
from filon.extract.fields import fold
from filon.search.index import BulkIndexer

from .models import Offer, Status, StatusChange


@dataclass
class ImportReport:
    created: list[Offer] = field(default_factory=list)
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)   # (file, reason)

    def as_dict(self) -> dict:
        return {"created": len(self.created), "unchanged": self.unchanged,
                "failed": [{"file": f, "reason": r} for f, r in self.failed]}


def fold_key(text: str) -> str:
    """Text compared without case, accents or spacing."""
    return " ".join(fold(text).split())


def content_hash(record: Record) -> str:
    """Identity of an offer: its title, employer and cleaned text."""
    key = "\n".join([fold_key(record.title), fold_key(record.organization or ""), " ".join(record.text.split())])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def store_records(records: Iterable[Record], status: str = Status.PUBLISHED, *, source_name: str = "",
                  source_url: str = "", submitter_email: str = "", by=None, reason: str = "import",
                  batch_size: int = 500) -> tuple[list[Offer], int]:
    """Store extracted records as offers (new ones only), indexed for search,
    all or nothing; (created, unchanged)."""
    with transaction.atomic():
        return _store(records, status, batch_size, dict(source_name=source_name[:300], source_url=source_url,
                                                       submitter_email=submitter_email), by, reason)


def _store(records: Iterable[Record], status: str, batch_size: int, source: dict, by, reason: str):
    created, unchanged, seen = [], 0, set()
    batch: list[tuple[str, Record]] = []

    def flush():
        nonlocal unchanged
        known = set(Offer.objects.filter(content_hash__in=[d for d, _ in batch]).values_list("content_hash", flat=True))
        offers = []
        for digest, record in batch:
            if digest in known:
                unchanged += 1
                continue
            offer = Offer(content_hash=digest, status=status, **source, **Offer.fields_from_record(record))
            offer.derive()
            offers.append(offer)
        pending = indexer.start(offers)         # the text analysis runs meanwhile
        insert(offers)
        insert([StatusChange(offer=o, status=status, by=by, reason=reason) for o in offers])
        indexer.finish(pending)
        created.extend(offers)
        batch.clear()

    indexer = BulkIndexer()
    for record in records:
        digest = content_hash(record)
        if digest in seen:
            unchanged += 1
            continue
        seen.add(digest)
        batch.append((digest, record))
        if len(batch) == batch_size:
            flush()
    if batch:
        flush()
    return created, unchanged


# Field types whose Python values the database drivers take as they are.
_AS_IS = (models.CharField, models.TextField, models.BooleanField, models.IntegerField, models.FloatField,
          models.DateField, models.ForeignKey)


def insert(objs: list[models.Model], rows_per_statement: int = 250) -> None:
    """Insert these new model instances, setting their ids: ``bulk_create``
    without its per-value expression compiling (a third of an import's time).
    ``auto_now``/``auto_now_add`` fields get one timestamp for the batch."""
    if not objs:
        return
    meta = objs[0]._meta
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    now = timezone.now()
    for f in fields:
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            for obj in objs:
                setattr(obj, f.attname, now)
    # (attribute, field whose value needs converting or None)
    values = [(f.attname, None if isinstance(f, _AS_IS) and not isinstance(f, models.DateTimeField) else f)
              for f in fields]
    names = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    one_row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(objs), rows_per_statement):
            chunk = objs[start:start + rows_per_statement]
            params = [value if f is None else f.get_db_prep_save(value, connection)
                      for obj in chunk for name, f in values for value in (getattr(obj, name),)]
            cursor.execute(f"INSERT INTO {connection.ops.quote_name(meta.db_table)} ({names}) VALUES "
                           f"{', '.join([one_row] * len(chunk))} RETURNING {connection.ops.quote_name(meta.pk.column)}",
                           params)
            for obj, (pk,) in zip(chunk, cursor.fetchall(), strict=True):
                obj.pk = pk
                obj._state.adding, obj._state.db = False, connection.alias


def import_document(data: bytes, name: str, status: str = Status.PUBLISHED) -> tuple[list[Offer], int]:
    """Extract and store one document, all or nothing."""
    return store_records(extract(data, name), status, source_name=name)


def document_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the files inside folders named, in a stable order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        else:
            found.append(path)
    return found


def import_paths(paths: Iterable[str | Path], status: str = Status.PUBLISHED,
                 progress: Callable[[Path], None] | None = None) -> ImportReport:
    """Import every document under ``paths``; one report for the batch."""
    report = ImportReport()
    for path in document_paths(paths):
        try:
            created, unchanged = import_document(path.read_bytes(), path.name, status)
            report.created += created
            report.unchanged += unchanged
        except ExtractionError as error:
            report.failed.append((str(path), error.reason))
        except OSError as error:
            report.failed.append((str(path), f"cannot read file ({error.strerror})"))
        if progress:
            progress(path)
    return report
