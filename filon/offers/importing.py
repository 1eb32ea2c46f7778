"""Import: documents -> extracted records -> stored offers.

Each document is imported in its own transaction: a broken file is reported
and leaves nothing behind, the others go on. Offers are identified by a hash
of their content, so importing the same document twice creates nothing.
"""
from __future__ import annotations

import atexit
import collections
import contextlib
import functools
import gc
import hashlib
import itertools
import json
import multiprocessing
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connection, connections, models, transaction
from django.utils import timezone

from filon.extract import ExtractionError
from filon.extract import Offer as Record
from filon.extract.fields import fold
from filon.extract.limits import Limits, extract_limited

from . import worker
from .changes import offers_changed
from .models import Offer, Status, StatusChange
from .validation import record_problems


@dataclass
class ImportReport:
    created: list[Offer] = field(default_factory=list)    # record files: not kept (a million would not fit)
    created_count: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)   # (file, reason)
    emailed: int = 0            # management links e-mailed to the new offers' recruiters
    email_failed: int = 0       # and those that could not be sent (logged)

    def as_dict(self) -> dict:
        return {"created": self.created_count, "unchanged": self.unchanged,
                "failed": [{"file": f, "reason": r} for f, r in self.failed],
                "emailed": self.emailed, "email_failed": self.email_failed}

    def mail_links(self, offers: Iterable[Offer]) -> None:
        """E-mail each of these new offers' recruiter its private management
        link, counted here; a mail that fails is logged, never raised."""
        from .moderation import send_manage_links  # noqa: PLC0415 - moderation imports this module

        sent, failed = send_manage_links(offers)
        self.emailed += sent
        self.email_failed += failed


def fold_key(text: str) -> str:
    """Text compared without case, accents or spacing."""
    return " ".join(fold(text).split())


def content_hash(record: Record) -> str:
    """Identity of an offer: its title, employer and cleaned text."""
    key = "\n".join([fold_key(record.title), fold_key(record.organization or ""), " ".join(record.text.split())])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def store_records(records: Iterable[Record], status: str = Status.PUBLISHED, *, source_name: str = "",
                  source_url: str = "", submitter_email: str = "", contact_is_recruiter: bool = False,
                  by=None, reason: str = "import",
                  batch_size: int = 500, on_stored: Callable[[list[int]], None] | None = None
                  ) -> tuple[list[Offer], int]:
    """Store extracted records as offers (new ones only), all or nothing;
    (created, unchanged). With ``on_stored``, the offers are not given back:
    the ids of each batch of new ones go to it instead (imports too large to
    hold in memory; the offers then never pass between the two processes
    below). The search index reads them from the change log
    (:mod:`filon.search.index`). With ``contact_is_recruiter`` (imports), an
    offer without ``submitter_email`` has its first contact e-mail as its
    recruiter's: the address its management link and reminders go to.

    Records go by batches. With a core to spare, a worker process prepares
    batches (content hash, model fields and rows) while this one writes,
    and this one helps when it would wait: see :func:`_prepare` and
    :func:`pipelined`."""
    source = dict(source_name=source_name[:300], source_url=source_url, submitter_email=submitter_email)
    prepare = functools.partial(_prepare, status=status, source=source,
                                contact_is_recruiter=contact_is_recruiter and not submitter_email,
                                offers=on_stored is None)
    created, unchanged = [], 0
    with transaction.atomic(), _gc_paused():
        for prepared in pipelined(prepare, chunked(records, batch_size)):
            known = set(Offer.objects.filter(content_hash__in=[p[0] for p in prepared])
                        .values_list("content_hash", flat=True))      # earlier batches' included
            fresh = []
            for digest, offer, db_row in prepared:
                if digest in known:
                    unchanged += 1
                else:
                    known.add(digest)
                    fresh.append((offer, db_row))
            ids = insert_rows(Offer, [row for _, row in fresh])
            insert_rows(StatusChange, _history_rows(ids, status, by, reason))
            if on_stored:
                on_stored(ids)
            else:
                offers = [o for o, _ in fresh]
                _saved(offers, ids)
                created.extend(offers)
        offers_changed()
    return created, unchanged


def _prepare(records: list[Record], status: str, source: dict, contact_is_recruiter: bool = False,
             offers: bool = True) -> list[tuple[str, Offer | None, tuple]]:
    """The CPU work of a batch, no database access: for each record its
    content hash, its unsaved offer (derived columns set; None unless
    ``offers``) and the offer's row for the database (:func:`db_rows`)."""
    made = []
    for record in records:
        offer = Offer(content_hash=content_hash(record), status=status, **source, **Offer.fields_from_record(record))
        if contact_is_recruiter and offer.emails:
            offer.submitter_email = offer.emails[0][:254]
        offer.derive()
        made.append(offer)
    return [(o.content_hash, o if offers else None, row) for o, row in zip(made, db_rows(made), strict=True)]


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """``items`` as lists of ``size`` (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


PARALLEL_FROM = 200         # smaller imports are prepared in place (a worker takes ~1 s to start)


class _Job:
    """One chunk being prepared, in the worker process or in this one.

    Chunks and results travel through files, not the executor's pipe: a
    pipe moves 64 KB per system call and, while this process is busy
    writing to the database, each call waits milliseconds for the GIL;
    the worker then idles, its result stuck half-sent."""

    def __init__(self, future: Future | None = None, result: list | None = None):
        self.future, self._result = future, result

    @classmethod
    def submit(cls, worker: ProcessPoolExecutor, prepare, chunk: list, path: Path) -> _Job:
        path.write_bytes(pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL))
        return cls(worker.submit(_prepare_file, prepare, str(path)))

    def done(self) -> bool:
        return self.future is None or self.future.done()

    def result(self) -> list:
        if self.future is None:
            return self._result
        path = Path(self.future.result())
        try:
            return pickle.loads(path.read_bytes())
        finally:
            path.unlink()


def _prepare_file(prepare, path: str) -> str:
    """In the worker: ``prepare`` the chunk pickled in file ``path``, and
    put its result there instead."""
    with _gc_paused():
        chunk = pickle.loads(Path(path).read_bytes())
        Path(path).write_bytes(pickle.dumps(prepare(chunk), protocol=pickle.HIGHEST_PROTOCOL))
    return path


@contextlib.contextmanager
def _gc_paused():
    """No cyclic garbage collection inside: an import makes millions of
    objects and no cycles, and each full collection would walk them all."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def pipelined(prepare, chunks: Iterable[list], ahead: int = 3, window: int = 8):
    """``prepare`` of each chunk, in order. Large imports share the work
    with the worker process: it always has ``ahead`` chunks in hand, and
    when the oldest is not ready yet, this process prepares the next chunk
    itself rather than wait (at most ``window`` chunks ahead)."""
    chunks = iter(chunks)
    first = next(chunks, None)
    if first is None:
        return
    worker = _worker() if len(first) >= PARALLEL_FROM else None
    if worker is None:
        yield from map(prepare, itertools.chain([first], chunks))
        return
    with tempfile.TemporaryDirectory(prefix="filon-import-") as folder:
        numbers = itertools.count()
        pending = collections.deque([_Job.submit(worker, prepare, first, Path(folder, f"{next(numbers)}"))])
        try:
            while pending:
                while len(pending) < window and sum(not job.done() for job in pending) < ahead:
                    if (chunk := next(chunks, None)) is None:
                        break
                    pending.append(_Job.submit(worker, prepare, chunk, Path(folder, f"{next(numbers)}")))
                if pending[0].done() or len(pending) >= window:
                    yield pending.popleft().result()
                elif (chunk := next(chunks, None)) is not None:         # the worker is behind: help
                    pending.append(_Job(result=prepare(chunk)))
                else:
                    yield pending.popleft().result()
        finally:          # stopped early (an error): let the worker finish with the folder first
            running = [job.future for job in pending if job.future and not job.future.cancel()]
            wait(running)


@functools.lru_cache(maxsize=1)
def _worker() -> ProcessPoolExecutor | None:
    """The process's import worker (None on a single core): started once,
    Django set up, stopped at exit."""
    if (os.cpu_count() or 1) < 2:
        return None
    executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=worker.start,
                                   initargs=(os.getpid(),))
    atexit.register(executor.shutdown, cancel_futures=True)
    return executor


# Field types whose Python values the database drivers take as they are.
_AS_IS = (models.CharField, models.TextField, models.BooleanField, models.IntegerField, models.FloatField,
          models.DateField, models.ForeignKey)


def _fields(model: type[models.Model]) -> list[models.Field]:
    return [f for f in model._meta.concrete_fields if not f.primary_key]


def db_rows(objs: list[models.Model]) -> list[tuple]:
    """The rows :func:`insert_rows` writes for these new instances of one
    model, values converted for the database (``bulk_create`` without its
    per-value expression compiling); ``auto_now``/``auto_now_add`` fields
    get one timestamp for the batch. Needs no database access: bulk imports
    compute them in the worker process."""
    if not objs:
        return []
    conn = connections[DEFAULT_DB_ALIAS]        # not the thread-local proxy: a lookup per value
    fields = _fields(type(objs[0]))
    now = timezone.now()
    for f in fields:
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            for obj in objs:
                setattr(obj, f.attname, now)
    # (attribute, field whose value needs converting or None)
    values = [(f.attname, None if isinstance(f, _AS_IS) and not isinstance(f, models.DateTimeField) else f)
              for f in fields]
    return [tuple(value if f is None else f.get_db_prep_save(value, conn)
                  for name, f in values for value in (getattr(obj, name),)) for obj in objs]


def insert_rows(model: type[models.Model], rows: list[tuple], rows_per_statement: int = 250) -> list[int]:
    """Insert rows made by :func:`db_rows`; their new ids, in order."""
    fields = _fields(model)
    quote = connection.ops.quote_name
    names = ", ".join(quote(f.column) for f in fields)
    one_row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    ids: list[int] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), rows_per_statement):
            chunk = rows[start:start + rows_per_statement]
            cursor.execute(f"INSERT INTO {quote(model._meta.db_table)} ({names}) VALUES "
                           f"{', '.join([one_row] * len(chunk))} RETURNING {quote(model._meta.pk.column)}",
                           [value for row in chunk for value in row])
            ids += [pk for (pk,) in cursor.fetchall()]
    return ids


def _history_rows(ids: list[int], status: str, by, reason: str) -> list[tuple]:
    """The :class:`StatusChange` rows of the offers just stored with these
    ids, as :func:`db_rows` makes them, converted once for the batch (one
    moment) instead of once an offer."""
    (row,) = db_rows([StatusChange(status=status, by=by, reason=reason)])
    slot = [f.attname for f in _fields(StatusChange)].index("offer_id")
    return [(*row[:slot], pk, *row[slot + 1:]) for pk in ids]


def _saved(objs: list[models.Model], ids: list[int]) -> None:
    """Mark instances as stored with these ids."""
    for obj, pk in zip(objs, ids, strict=True):
        obj.pk = pk
        obj._state.adding, obj._state.db = False, connection.alias


def extract_untrusted(data: bytes | str, name: str) -> list[Record]:
    """The offers of a document from outside (a submission, an imported
    file), read in a worker process under the board's limits
    (``FILON_EXTRACT_TIMEOUT_S``, ``FILON_EXTRACT_MEMORY_MB``): one
    document that cannot be read, or runs past them, raises
    :class:`ExtractionError` and fails alone."""
    return extract_limited(data, name, Limits(settings.EXTRACT_TIMEOUT_S, settings.EXTRACT_MEMORY_MB))


def import_document(data: bytes, name: str, status: str = Status.PUBLISHED) -> tuple[list[Offer], int]:
    """Extract and store one document, all or nothing; an offer's contact e-mail is its recruiter's."""
    return store_records(extract_untrusted(data, name), status, source_name=name, contact_is_recruiter=True)


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
                 progress: Callable[[Path], None] | None = None, email: bool = False) -> ImportReport:
    """Import every document under ``paths``; one report for the batch.
    With ``email``, each new offer with an e-mail gets its management link
    (once its document is stored)."""
    report = ImportReport()
    for path in document_paths(paths):
        try:
            created, unchanged = import_document(path.read_bytes(), path.name, status)
            report.created += created
            report.created_count += len(created)
            report.unchanged += unchanged
            if email:
                report.mail_links(created)
        except ExtractionError as error:
            report.failed.append((str(path), error.reason))
        except OSError as error:
            report.failed.append((str(path), f"cannot read file ({error.strerror})"))
        if progress:
            progress(path)
    return report


class RecordError(ValueError):
    """A line of a records file that is not a record."""


def read_records(path: Path, progress: Callable[[], None] | None = None) -> Iterator[Record]:
    """The records of a JSON Lines file (``filon extract --full`` writes
    them; the contract's fields alone are accepted too, stored without
    their text), one at a time; :class:`RecordError` names the bad line."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if not isinstance(data, dict):
                    raise TypeError("not a JSON object")
                record = Record.from_dict(data)
                if problems := record_problems(record):
                    raise ValueError("; ".join(problems))
                Offer.fields_from_record(record)        # fields of the wrong shape fail here, not in a worker
            except (ValueError, TypeError, AttributeError, KeyError) as error:
                raise RecordError(f"line {number}: not a record ({error})") from None
            if progress:
                progress()
            yield record


def import_record_files(paths: Iterable[Path], status: str = Status.PUBLISHED,
                        progress: Callable[[], None] | None = None, email: bool = False) -> ImportReport:
    """Store the records of each JSON Lines file, no extraction: each file
    all or nothing (a bad line stores none of its file), the others go on;
    ``progress`` is called once per record read. With ``email``, each new
    offer with an e-mail gets its management link once its file is stored."""
    report = ImportReport()
    for path in paths:
        created: list[int] = []         # ids only: a large file's offers would not fit in memory
        try:
            _, unchanged = store_records(read_records(path, progress), status, source_name=path.name,
                                         on_stored=created.extend, contact_is_recruiter=True)
            report.created_count += len(created)
            report.unchanged += unchanged
            if email:
                for ids in chunked(created, 500):
                    report.mail_links(Offer.objects.filter(pk__in=ids).exclude(submitter_email="").order_by("pk"))
        except RecordError as error:
            report.failed.append((str(path), str(error)))
        except UnicodeDecodeError:
            report.failed.append((str(path), "not UTF-8 text"))
        except OSError as error:
            report.failed.append((str(path), f"cannot read file ({error.strerror})"))
    return report
