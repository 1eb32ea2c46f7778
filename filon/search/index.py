"""The search index: a tantivy folder beside the database, kept current.

The index is a derived view of the offers, never the reference: it holds
the published offers, each as its three weighted texts (analysed by
:mod:`filon.search.text`) and the columns search filters, counts and sorts
on. It can always be rebuilt from the database (``filon reindex``), and is
rebuilt by itself when missing, built from another board, or behind a
pruned change log.

How it stays exact (README, "How the search index is kept"):

- every write to offers adds rows to the change log
  (:class:`filon.search.models.Change`) in its own transaction, by triggers;
- before it searches, a process reads the rows its index has not seen
  (:func:`sync`), takes tantivy's writer lock, indexes those offers again
  from the database, commits, then records how far it read in
  ``filon-state.json`` beside the index;
- a crash anywhere loses nothing: an offer committed to the database but
  not to the index is still in the log; one indexed twice is replaced, not
  duplicated (offers are deleted by id before they are added);
- on PostgreSQL, where transactions may commit out of sequence order, a
  reader remembers the oldest transaction still running when it read
  (``pg_snapshot_xmin``) and reads again from there next time.

Several processes (gunicorn workers) share one folder: one writes at a
time, the others wait up to 5 s for the lock and otherwise search what the
index held at its last commit. Several servers each keep their own folder.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import functools
import hashlib
import json
import logging
import os
import secrets
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import NamedTuple

import tantivy
from django.conf import settings
from django.db import connection, connections, transaction

from filon.offers.vocabulary import CONTRACT_LABELS, EDUCATION_LABELS, department_labels

from .geo import point_key
from .text import ANALYZER, ANALYZER_NAME, terms

log = logging.getLogger(__name__)

VERSION = 7                     # of the schema and the analysis: another value rebuilds the index
STATE_FILE = "filon-state.json"
TEXT_FIELDS = (("title", 10.0), ("missions", 4.0), ("body", 1.0))    # title (and employer) > missions > the rest
# Each column by what search does with it (a term costs the index a posting; a fast column a value per offer):
KEYWORD_FIELDS = ("region", "department", "education")     # facets selected as exact terms
TERM_FIELDS = ("contract", "remote", "start_month", "expires")      # numbers selected as terms, or "expired"
TERM_AND_COLUMN_FIELDS = ("id", "point")       # replaced by id; the radius selects cells and counts per cell
COLUMN_FIELDS = ("published", "deadline", "start", "recent", "deadline_order", "attributes")  # ranges, sorts, counts
NO_DEADLINE = 65_535            # a day number after every real deadline: "open" and the deadline sort read it
EPOCH = dt.date(2000, 1, 1)
WRITER_HEAP = 64_000_000
REBUILD_CHUNK = 1000            # offers read from the database, and prepared, at a time
LOCK_WAIT_S = 5.0               # a search waits this long for another process's commit, then reads what is there
COLUMNS = ("id", "title", "organization", "text", "sections", "city", "region", "department", "contract_types",
           "contract_mask",
           "remote_allowed", "education_min", "start_month", "start_date", "published_on", "expires_on",
           "deadline", "latitude", "longitude")


def day(date: dt.date | None) -> int | None:
    """A date as days since 2000-01-01 (0 before), the index's unit of time."""
    return None if date is None else max(0, (date - EPOCH).days)


def schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    for name, _ in TEXT_FIELDS:
        builder.add_text_field(name, tokenizer_name=ANALYZER_NAME, index_option="position")
    for name in KEYWORD_FIELDS:
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    for name in TERM_FIELDS:
        builder.add_unsigned_field(name, indexed=True)
    for name in TERM_AND_COLUMN_FIELDS:
        builder.add_unsigned_field(name, indexed=True, fast=True)
    for name in COLUMN_FIELDS:
        builder.add_unsigned_field(name, fast=True)
    # The facets counted together, one column each family (one aggregation walks it, not four or two):
    # "attributes" above, and the département with its région.
    builder.add_text_field("place", tokenizer_name="raw", fast=True, index_option="basic")
    return builder.build()


EDUCATION_CODES = tuple(EDUCATION_LABELS)


def attributes(contract: int, remote: int, education: str, start_month: int | None) -> int:
    """An offer's contract bits, telework, level of study and start month
    as one number (16, 1, 4 and 12 bits)."""
    level = EDUCATION_CODES.index(education) + 1 if education in EDUCATION_CODES else 0
    year, month = divmod(start_month or 0, 100)
    months = (year - 1900) * 12 + month if 1900 <= year < 2241 and 1 <= month <= 12 else 0
    return contract & 0xFFFF | (remote & 1) << 16 | level << 17 | months << 21


def unpack_attributes(key: int) -> tuple[int, int, str, int | None]:
    """(contract bits, telework, level of study, start month YYYYMM) of :func:`attributes`."""
    level, months = key >> 17 & 0xF, key >> 21 & 0xFFF
    year, month = divmod(months - 1, 12) if months else (0, 0)
    return (key & 0xFFFF, key >> 16 & 1, EDUCATION_CODES[level - 1] if level else "",
            (1900 + year) * 100 + month + 1 if months else None)


def place(department: str, region: str) -> str:
    """An offer's département and région as one facet value."""
    return f"{department}\t{region}"


SCHEMA = schema()


def texts(row: dict) -> tuple[str, str, str]:
    """An offer's three weighted texts: title and employer; missions;
    everything else, with its place and contract names (so that "stage
    Bretagne" finds an internship in Rennes). Each word of the offer's text
    is in missions or in the rest, once."""
    text = row["text"]
    kept, rest, last = [], [], 0
    for start, end in sorted((s["start"], s["end"]) for s in row["sections"] or () if s.get("name") == "missions"):
        start = max(start, last)                # spans that overlap: their common text once
        if end > start:
            kept.append(text[start:end])
            rest.append(text[last:start])
            last = end
    rest.append(text[last:])
    missions = " ".join(kept)
    place = " ".join(filter(None, [row["city"], row["region"], department_labels().get(row["department"], "")]))
    contracts = " ".join(CONTRACT_LABELS.get(k, "") for k in row["contract_types"] or [])
    return f"{row['title']} {row['organization']}", missions, " ".join([*rest, place, contracts])


class Fields(NamedTuple):
    """An offer's index fields, computed in Python (plain values: a rebuild
    computes them in a worker process)."""
    id: int
    title: str                  # the three weighted texts, analysed (:func:`filon.search.text.terms`)
    missions: str
    body: str
    contract: int               # the contract kinds as one number: counted faster than a list of kinds
    region: str
    department: str
    education: str
    remote: int
    start_month: int | None
    start: int | None
    expires: int | None
    published: int
    deadline: int
    point: int | None


def fields(row: dict) -> Fields:
    """The index fields of an offer (a dict of :data:`COLUMNS`)."""
    title, missions, body = (terms(part) for part in texts(row))
    published = day(row["published_on"]) or 0
    deadline = min(day(row["deadline"]), NO_DEADLINE - 1) if row["deadline"] else NO_DEADLINE
    point = point_key(row["latitude"], row["longitude"]) if row["latitude"] is not None else None
    return Fields(row["id"], title, missions, body, row["contract_mask"], row["region"], row["department"],
                  row["education_min"], 1 if row["remote_allowed"] else 0, row["start_month"], day(row["start_date"]),
                  day(row["expires_on"]), published, deadline, point)


def fields_of(rows_: list[dict]) -> list[Fields]:
    return [fields(row) for row in rows_]


class Source(NamedTuple):
    """A database as another process can reach it: its connection alias and
    settings (the import's worker reads the offers it prepares itself, rather
    than receive them from the process that indexes)."""
    alias: str
    settings: dict

    @classmethod
    def of(cls, conn) -> Source | None:
        """``conn``'s database, or None where another process cannot see what
        ``conn`` sees (inside a transaction, or an in-memory database)."""
        if conn.in_atomic_block or (conn.vendor == "sqlite" and conn.is_in_memory_db()):
            return None
        return cls(conn.alias, dict(conn.settings_dict))

    def connection(self):
        """This process's connection to that database (one of its own where
        its alias here is another database, as in a test's worker)."""
        if connections.settings.get(self.alias, {}).get("NAME") == self.settings["NAME"]:
            return connections[self.alias]
        alias = f"filon-source-{hashlib.blake2b(repr(sorted(self.settings.items())).encode(), digest_size=6).hexdigest()}"
        if alias not in connections.settings:
            connections.settings[alias] = self.settings
        return connections[alias]


def read_fields(source: Source, ids: list[int]) -> list[Fields]:
    """In the import's worker: :func:`fields_in` of ``source``."""
    return fields_in(source.connection().alias, ids)


def fields_in(alias: str, ids: list[int]) -> list[Fields]:
    """The index fields of the indexable offers among ``ids``, read from
    database ``alias``."""
    from filon.offers.models import Offer

    return fields_of(list(rows(indexable(Offer.objects.using(alias).filter(pk__in=ids)))))


def document(f: Fields) -> tantivy.Document:
    """The index document of an offer's fields."""
    doc = tantivy.Document()
    doc.add_unsigned("id", f.id)
    for name, _ in TEXT_FIELDS:
        doc.add_text(name, getattr(f, name))         # analysed already: tantivy splits on spaces
    doc.add_unsigned("contract", f.contract)
    doc.add_unsigned("attributes", attributes(f.contract, f.remote, f.education, f.start_month))
    if f.department or f.region:
        doc.add_text("place", place(f.department or "", f.region or ""))
    for name in KEYWORD_FIELDS:
        if value := getattr(f, name):
            doc.add_text(name, value)
    for name in ("remote", "start_month", "start", "expires", "published", "deadline", "point"):
        if (value := getattr(f, name)) is not None:
            doc.add_unsigned(name, value)
    # Sort keys, one number each: newest (published, then added last) and deadline (soonest, none last,
    # then newest published, then first added).
    doc.add_unsigned("recent", f.published << 32 | f.id)
    doc.add_unsigned("deadline_order", f.deadline << 48 | (NO_DEADLINE - min(f.published, NO_DEADLINE)) << 32 | f.id)
    return doc


def open_index(path: Path, reuse: bool = True) -> tantivy.Index:
    """The tantivy index in folder ``path`` (created if absent), its analyzer registered."""
    index = tantivy.Index(SCHEMA, path=str(path), reuse=reuse)
    index.register_tokenizer(ANALYZER_NAME, ANALYZER)
    return index


def indexable(qs):
    """The offers the index holds: published ones (whether still visible
    today is asked at search time, the day being part of the query)."""
    from filon.offers.models import Status

    return qs.filter(status=Status.PUBLISHED, expires_on__isnull=False)


def rows(qs) -> Iterable[dict]:
    return qs.values(*COLUMNS)


# How far an index has read the change log.

@dataclass
class Mark:
    board: int = 0                  # the board's identity (search_state "board")
    generation: str = ""            # this build of the folder: another process seeing a new one reopens it
    seq: int = 0                    # the highest change sequence number applied
    horizon: int = 0                # PostgreSQL: transactions below this id were final when last read
    seen: list[int] = field(default_factory=list)   # PostgreSQL: changes applied at or above the horizon
    version: int = VERSION

    @classmethod
    def read(cls, folder: Path) -> Mark | None:
        try:
            data = json.loads((folder / STATE_FILE).read_text())
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return None

    def write(self, folder: Path) -> None:
        """Atomically: a crash leaves the old mark or the new one, and the old
        one only makes the next process apply some changes again."""
        draft = folder / f".{STATE_FILE}.{os.getpid()}.{threading.get_ident()}"
        draft.write_text(json.dumps(asdict(self)))
        os.replace(draft, folder / STATE_FILE)


@dataclass
class Log:
    """What the database says of its change log now."""
    board: int
    pruned: int                     # the last sequence number pruned from it
    top: int                        # the highest sequence number ever given (pruned ones included)

    @classmethod
    def read(cls, conn) -> Log:
        with conn.cursor() as cursor:
            cursor.execute("SELECT (SELECT value FROM search_state WHERE name = 'board'), "
                           "(SELECT value FROM search_state WHERE name = 'pruned'), (SELECT MAX(seq) FROM search_change)")
            board, pruned, top = cursor.fetchone()
        return cls(board or 0, pruned or 0, max(top or 0, pruned or 0))


def position(conn) -> Mark:
    """A mark at the change log's present end, taken before an index is
    built from the offers (changes made meanwhile are applied again later)."""
    log_now = Log.read(conn)
    mark = Mark(board=log_now.board, generation=secrets.token_hex(8), seq=log_now.top)
    if conn.vendor == "postgresql":
        mark.horizon = _horizon(conn)
    return mark


def _horizon(conn) -> int:
    with conn.cursor() as cursor:
        cursor.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        return cursor.fetchone()[0]


def unseen(conn, mark: Mark) -> tuple[list[tuple[int, int]], Mark]:
    """The changes ``mark`` has not applied, as (seq, offer id), and the mark
    once they are."""
    with conn.cursor() as cursor:
        if conn.vendor != "postgresql":
            cursor.execute("SELECT seq, offer_id FROM search_change WHERE seq > %s ORDER BY seq", [mark.seq])
            found = cursor.fetchall()
            top = found[-1][0] if found else mark.seq
            return found, Mark(mark.board, mark.generation, top, version=mark.version)
        horizon = _horizon(conn)       # before the read: what commits between is read now or next time
        cursor.execute("SELECT seq, offer_id, txid FROM search_change WHERE txid >= %s ORDER BY seq", [mark.horizon])
        rows_ = cursor.fetchall()
    seen = set(mark.seen)
    found = [(seq, offer) for seq, offer, _ in rows_ if seq not in seen]
    still = [seq for seq, _, txid in rows_ if txid >= horizon]       # may be read again: remember them
    top = max([mark.seq, *(seq for seq, _ in found)])
    return found, Mark(mark.board, mark.generation, top, horizon, still, mark.version)


# The replica of this process.

class Replica:
    """The index folder as this process sees it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.index: tantivy.Index | None = None
        self.generation = ""
        self.lock = threading.Lock()

    def open(self, mark: Mark) -> tantivy.Index:
        if self.index is None or self.generation != mark.generation:
            self.index = _again_if_merged(lambda: open_index(self.folder))
            self.generation = mark.generation
        return self.index

    def view(self) -> View:
        """A searcher on the index, brought up to date with the database first."""
        with self.lock:
            mark = sync_folder(self, connection)
            return _again_if_merged(lambda: self._reloaded(mark))

    def _reloaded(self, mark: Mark) -> View:
        try:
            index = self.open(mark)
            # Read before the reload: the searcher is then at this state or a later one, and a later
            # commit gives the next search another state.
            meta = (self.folder / "meta.json").read_bytes()
            index.reload()
            return View(index.searcher(), f"{self.generation}-{hashlib.blake2b(meta, digest_size=12).hexdigest()}")
        except ValueError:
            self.index = None
            raise


class View(NamedTuple):
    searcher: tantivy.Searcher
    state: str                  # changes with every commit to the index (a key for what is computed from it)


def _again_if_merged(action: Callable, tries: int = 20):
    """``action()``, again when it fails on a segment file just deleted: another
    process's writer may merge segments and delete the old ones between our
    reading the index's list of segments and opening them."""
    for attempt in range(tries):
        try:
            return action()
        except ValueError as error:
            if "FileDoesNotExist" not in str(error) or attempt == tries - 1:
                raise
            time.sleep(0.01 * (attempt + 1))


_replicas: dict[str, Replica] = {}


def folder() -> Path:
    return Path(settings.SEARCH_INDEX)


def replica() -> Replica:
    """This process's replica of the index folder of the settings."""
    key = str(folder())
    if key not in _replicas:
        _replicas.clear()
        _replicas[key] = Replica(folder())
    return _replicas[key]


def view() -> View:
    """A searcher on this process's replica, up to date with the database, and its state."""
    return replica().view()


class Busy(Exception):
    """Another process holds the index's writer."""


def _writer(index: tantivy.Index, wait_s: float, heap: int = WRITER_HEAP, threads: int = 1):
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return index.writer(heap_size=heap, num_threads=threads)
        except ValueError as error:
            if "LockBusy" not in str(error) or time.monotonic() >= deadline:
                raise Busy(str(error)) from None
            time.sleep(0.02)


def sync_folder(rep: Replica, conn, progress: Callable[[int, int], None] | None = None,
                wait_s: float = LOCK_WAIT_S, parallel: bool = False) -> Mark:
    """Bring the folder up to the database's change log; the mark it is at.
    Rebuilds it when it cannot be brought up (missing, another board,
    another schema, behind a pruned log, ahead of the log: a restored
    database)."""
    if conn.in_atomic_block and not settings.SEARCH_SYNC_IN_TRANSACTION:
        # Inside a transaction the log may show writes that are rolled back later: search what is indexed.
        return Mark.read(rep.folder) or rebuild(conn, progress, force=False)
    log_now = Log.read(conn)
    mark = Mark.read(rep.folder)
    if not usable(mark, log_now):
        mark = rebuild(conn, progress, force=False, parallel=parallel)      # then what was written meanwhile, below
    found, after = unseen(conn, mark)
    if not found:
        if (after.horizon, after.seen) != (mark.horizon, mark.seen):      # PostgreSQL: read less next time
            after.write(rep.folder)
        return mark
    index = rep.open(mark)
    try:
        writer = _writer(index, wait_s)
    except Busy:
        log.info("search index %s: another process is writing; searching its last commit", rep.folder)
        return mark
    try:
        # Another process may have applied these while this one waited: read again under the lock.
        mark = Mark.read(rep.folder) or mark
        if mark.generation != rep.generation:
            return mark
        found, after = unseen(conn, mark)
        if found:
            _apply(writer, conn, sorted({offer for _, offer in found}), progress, parallel)
            writer.commit()
        after.write(rep.folder)
        return after
    finally:
        writer.wait_merging_threads()


def _apply(writer, conn, ids: list[int], progress=None, parallel: bool = False) -> None:
    """Index these offers again from database ``conn`` (deleted or no longer
    published ones leave the index); with ``parallel``, large batches are
    read and prepared by the import's worker process too."""
    parts = [ids[start:start + REBUILD_CHUNK] for start in range(0, len(ids), REBUILD_CHUNK)]
    done = 0
    for part, prepared in zip(parts, _prepared(conn, parts, parallel), strict=True):
        # By query: tantivy-py's delete_documents_by_term misses unsigned terms (0.27).
        writer.delete_documents_by_query(tantivy.Query.term_set_query(SCHEMA, "id", part))
        for one in prepared:
            writer.add_document(document(one))
        done += len(part)
        if progress:
            progress(done, len(ids))


def _prepared(conn, parts: Iterable[list[int]], parallel: bool) -> Iterable[list[Fields]]:
    """The index fields of the offers of each part of ids, in order. With
    ``parallel``, the import's worker process reads and prepares parts too
    (:func:`filon.offers.importing.pipelined`): the offers then never pass
    between the two processes, only their ids and fields."""
    from filon.offers.importing import pipelined

    source = Source.of(conn) if parallel else None
    if source is None:
        return (fields_in(conn.alias, part) for part in parts)
    return pipelined(functools.partial(read_fields, source), parts)


def usable(mark: Mark | None, log_now: Log) -> bool:
    """Whether an index at ``mark`` can be brought up to the log by replaying
    it (else it is rebuilt): same board, same schema, not behind a pruned
    part of the log, not ahead of it (a database restored from before)."""
    return (mark is not None and mark.version == VERSION and mark.board == log_now.board
            and log_now.pruned <= mark.seq <= log_now.top)


@contextlib.contextmanager
def _rebuilding(target: Path):
    """One rebuild of ``target`` at a time, across processes."""
    fd = os.open(target.with_name(f".{target.name}.rebuild.lock"), os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def rebuild(conn=None, progress: Callable[[int, int], None] | None = None, target: Path | None = None,
            force: bool = True, parallel: bool = False) -> Mark:
    """Build the index again from every offer of database ``conn``, in a
    new folder that then replaces the old one (searches meanwhile read the
    old one); the mark it is at. ``progress(done, total)`` is told along.
    Unless ``force``, a folder another process has just rebuilt is kept.
    With ``parallel`` (``filon reindex``), the import's worker process reads
    and prepares offers too (:func:`_prepared`)."""
    from filon.offers.importing import chunked
    from filon.offers.models import Offer

    conn = conn or connection
    target = target or folder()
    target.parent.mkdir(parents=True, exist_ok=True)
    with _rebuilding(target):
        current = Mark.read(target)
        if not force and usable(current, Log.read(conn)):
            return current
        fresh = target.with_name(f"{target.name}.new-{os.getpid()}-{secrets.token_hex(4)}")
        fresh.mkdir()
        try:
            mark = position(conn)
            index = open_index(fresh, reuse=False)
            writer = index.writer(heap_size=max(WRITER_HEAP, 256_000_000), num_threads=max(1, min(4, os.cpu_count() or 1)))
            offers = indexable(Offer.objects.using(conn.alias)).order_by("pk")
            total = offers.count() if progress else 0
            done = 0
            ids = offers.values_list("pk", flat=True).iterator(chunk_size=10 * REBUILD_CHUNK)
            try:
                for found in _prepared(conn, chunked(ids, REBUILD_CHUNK), parallel):
                    for one in found:
                        writer.add_document(document(one))
                    done += len(found)
                    if progress:
                        progress(done, total)
                writer.commit()
            finally:
                # On a failure too: the writer's threads would otherwise write their segment into ``fresh``
                # after it is removed below, leaving it behind.
                writer.wait_merging_threads()
            if progress:
                progress(done, total)
            mark.write(fresh)
            # The old folder's writer lock, held while it is replaced: no process is then writing into it
            # (one that opened it before sees the new generation under the lock, and applies nothing there).
            # Opened with its own schema: it may be an older version's.
            old = _writer(tantivy.Index.open(str(target)), wait_s=600) if (target / "meta.json").exists() else None
            try:
                _swap(fresh, target)
            finally:
                if old is not None:
                    old.wait_merging_threads()          # and the lock released
            return mark
        finally:
            shutil.rmtree(fresh, ignore_errors=True)


def reindex(using: str = "default", progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild this process's index from database ``using``; offers indexed."""
    rep = replica()
    with rep.lock:
        mark = rebuild(connections[using], progress, parallel=True)
        return rep.open(mark).searcher().num_docs


def _swap(fresh: Path, target: Path) -> None:
    """``fresh`` in place of ``target``: a process that opened the old folder
    keeps reading its open files until it sees the new generation."""
    old = target.with_name(f"{target.name}.old-{os.getpid()}-{secrets.token_hex(4)}")
    if target.exists():
        os.replace(target, old)
    os.replace(fresh, target)
    shutil.rmtree(old, ignore_errors=True)


def sync(using: str = "default", progress: Callable[[int, int], None] | None = None) -> Mark:
    """Bring this process's index up to the database (``filon import`` and
    ``filon reindex`` call it; searches do it themselves)."""
    rep = replica()
    with rep.lock:
        return sync_folder(rep, connections[using], progress, wait_s=60.0, parallel=True)


def renew_board(using: str = "default") -> None:
    """Give the database a new identity, so that every index replica is
    rebuilt (after a restore: its sequence numbers go back in time)."""
    from .models import State

    State.objects.using(using).update_or_create(name="board", defaults={"value": secrets.randbits(62)})


def prune(keep: dt.timedelta, using: str = "default") -> int:
    """Remove the change log's rows older than ``keep`` (every replica is
    expected to read more often: one that did not is rebuilt); how many."""
    from django.utils import timezone

    from .models import Change, State

    with transaction.atomic(using=using):
        old = Change.objects.using(using).filter(at__lt=timezone.now() - keep)
        last = old.order_by("-seq").values_list("seq", flat=True).first()
        if last is None:
            return 0
        count, _ = Change.objects.using(using).filter(seq__lte=last).delete()
        State.objects.using(using).update_or_create(name="pruned", defaults={"value": last})
        return count


def size_bytes(path: Path | None = None) -> int:
    """The index folder's size on disk."""
    path = path or folder()
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())

