"""Import: documents -> extracted records -> stored offers.

Each document is imported in its own transaction: a broken file is reported
and leaves nothing behind, the others go on. Offers are identified by a hash
of their content, so importing the same document twice creates nothing.
"""
from __future__ import annotations

import atexit
import collections
import functools
import hashlib
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import django
from django.db import connection, models, transaction
from django.utils import timezone

from filon.extract import ExtractionError, extract
from filon.extract import Offer as Record
from filon.extract.fields import fold
from filon.search.fulltext import backend
from filon.search.index import document

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
    all or nothing; (created, unchanged).

    Records go by batches. With a core to spare, a worker process prepares
    the next batches (content hash, model fields, text analysis for the
    index: two thirds of the work) while this one writes: see
    :func:`_prepare`."""
    source = dict(source_name=source_name[:300], source_url=source_url, submitter_email=submitter_email)
    prepare = functools.partial(_prepare, status=status, source=source, index_prepare=backend(connection).prepare)
    created, unchanged = [], 0
    with transaction.atomic():
        for prepared in _pipelined(prepare, _chunks(records, batch_size)):
            known = set(Offer.objects.filter(content_hash__in=[d for d, _, _ in prepared])
                        .values_list("content_hash", flat=True))      # earlier batches' included
            fresh = []
            for digest, offer, row in prepared:
                if digest in known:
                    unchanged += 1
                else:
                    known.add(digest)
                    fresh.append((offer, row))
            offers = [o for o, _ in fresh]
            insert(offers)
            insert([StatusChange(offer=o, status=status, by=by, reason=reason) for o in offers])
            backend(connection).write(connection, [(o.pk, *row) for o, row in fresh], fresh=True)
            created.extend(offers)
    return created, unchanged


def _prepare(records: list[Record], status: str, source: dict, index_prepare) -> list[tuple[str, Offer, tuple]]:
    """The CPU work of a batch, no database: for each record its content
    hash, its unsaved offer (derived columns set) and its prepared index
    parts (title, missions, body, tags)."""
    out = []
    for record in records:
        digest = content_hash(record)
        offer = Offer(content_hash=digest, status=status, **source, **Offer.fields_from_record(record))
        offer.derive()
        title, missions, body, tags = document(offer)
        out.append((digest, offer, (*index_prepare((title, missions, body)), tags)))
    return out


def _chunks(items: Iterable, size: int):
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


PARALLEL_FROM = 200         # smaller imports are prepared in place (a worker takes ~1 s to start)


def _pipelined(prepare, chunks):
    """``prepare`` of each chunk, in order; from the first large chunk on,
    run one or two chunks ahead in the worker process."""
    pending: collections.deque = collections.deque()
    for chunk in chunks:
        if pending or (len(chunk) >= PARALLEL_FROM and _worker()):
            pending.append(_worker().submit(prepare, chunk))
            if len(pending) > 2:
                yield pending.popleft().result()
        else:
            yield prepare(chunk)
    while pending:
        yield pending.popleft().result()


@functools.lru_cache(maxsize=1)
def _worker() -> ProcessPoolExecutor | None:
    """The process's import worker (None on a single core): started once,
    Django set up, stopped at exit."""
    if (os.cpu_count() or 1) < 2:
        return None
    executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=django.setup)
    atexit.register(executor.shutdown, cancel_futures=True)
    return executor


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
