"""Extraction of untrusted documents under a time and a memory limit.

A document sent to the board, the API or ``filon import`` is read in a
worker process whose address space is capped (``RLIMIT_AS``) and which is
killed when it runs past the time limit: a decompression bomb or a page
crafted to make a parser crawl then fails that document alone, with an
:class:`ExtractionError` naming the reason, and the caller's threads go on
serving (they wait on a pipe, not on the GIL).

Workers are forked from a server process that has the extraction engine
imported already (``forkserver``), so a new one starts in milliseconds, and
each is kept for the next document once it has answered: a bulk import uses
one worker for all its files. :func:`extract_limited` is the one call.
"""
from __future__ import annotations

import multiprocessing
import resource
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection

from .errors import ExtractionError
from .record import Offer

PRELOAD = ["filon.extract", "filon.extract.limits", "filon.extract.html", "lxml.html", "markdown_it", "yaml", "pypdfium2", "docx",
           "charset_normalizer"]
KEEP_IDLE = 4               # workers kept for the next documents; more are stopped after use
AT_ONCE = 3                 # documents read at the same time: a server's other threads stay free for pages
QUEUE_S = 10.0              # how long a document waits for its turn before it is refused


@dataclass(frozen=True)
class Limits:
    """How long one document may take to read, and how much memory its worker may map."""
    timeout_s: float = 30.0
    memory_mb: int = 1024


class Worker:
    """One worker process that extracts documents one at a time under ``limits``."""

    def __init__(self, limits: Limits):
        self.limits = limits
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, limits.memory_mb), daemon=True)
        self.process.start()
        child.close()

    def extract(self, data: bytes | str, filename: str | None) -> list[Offer]:
        """The offers of ``data``; :class:`ExtractionError` for a document
        that cannot be read, or that runs past the limits (the worker is
        then stopped: :attr:`alive` says so)."""
        try:
            self.conn.send((data, filename))
            if not self.conn.poll(self.limits.timeout_s):
                self.close()
                raise ExtractionError(f"took longer than {self.limits.timeout_s:g} s to read: stopped", filename)
            status, payload = self.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self.close()
            status, payload = "memory", None        # killed by the kernel or by a library's abort on allocation
        if status == "ok":
            return payload
        if status != "error":
            self.close()
        if status == "memory":
            raise ExtractionError(f"needs more than {self.limits.memory_mb} MB of memory to read: stopped", filename)
        raise ExtractionError(payload, filename)

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def close(self) -> None:
        """Stop the worker at once."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def _serve(conn: Connection, memory_mb: int) -> None:
    """The worker's loop: cap the address space, then answer each
    ``(data, filename)`` with ``("ok", offers)``, ``("error", reason)``,
    ``("memory", None)`` or ``("crash", reason)``."""
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from .pipeline import extract

    while True:
        try:
            data, filename = conn.recv()
        except EOFError:
            return
        try:
            answer = ("ok", extract(data, filename))
        except ExtractionError as error:
            answer = ("error", error.reason)
        except MemoryError:
            answer = ("memory", None)
        except Exception as error:  # noqa: BLE001 - a bug must fail its document, not the batch
            answer = ("crash", f"could not be read (internal error: {error.__class__.__name__})")
        try:
            conn.send(answer)
        except MemoryError:
            conn.send(("memory", None))
        if answer[0] in ("memory", "crash"):
            return


_idle: list[Worker] = []
_lock = threading.Lock()
_turns = threading.BoundedSemaphore(AT_ONCE)


def extract_limited(data: bytes | str, filename: str | None = None, limits: Limits | None = None) -> list[Offer]:
    """The offers of an untrusted document, read in a worker process under
    ``limits``: :class:`ExtractionError` when it cannot be read or runs past
    them. Safe to call from several threads at once (one worker each, at
    most AT_ONCE at a time: the next ones wait QUEUE_S for a turn, then are
    refused, so that hostile documents sent together cannot hold every
    thread of a server)."""
    if not _turns.acquire(timeout=QUEUE_S):
        raise ExtractionError(f"{AT_ONCE} other documents are being read: try again in a minute", filename)
    try:
        return _extract_in_worker(data, filename, limits or Limits())
    finally:
        _turns.release()


def _extract_in_worker(data: bytes | str, filename: str | None, limits: Limits) -> list[Offer]:
    """:func:`extract_limited` once it has its turn."""
    with _lock:
        worker = next((w for w in _idle if w.limits == limits), None)
        if worker is not None:
            _idle.remove(worker)
    worker = worker or Worker(limits)
    try:
        return worker.extract(data, filename)
    finally:
        with _lock:
            keep = worker.alive and len(_idle) < KEEP_IDLE
            if keep:
                _idle.append(worker)
        if not keep:
            worker.close()
