"""Keeping the full-text index in step with the offers.

Saving or deleting an offer updates it through signals; bulk imports index
batch by batch with :class:`BulkIndexer`.
"""
from __future__ import annotations

import atexit
import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

from django.db import connection

from filon.offers.vocabulary import CONTRACT_LABELS, department_labels

from .fulltext import backend
from .tags import offer_tags


def document(offer) -> tuple[str, str, str, str]:
    """The offer's three weighted parts: title (and employer), missions,
    everything else (with its place and contract names, so that "stage
    Bretagne" finds an internship in Rennes); and its filter tags."""
    missions = " ".join(offer.text[s["start"]:s["end"]] for s in offer.sections if s.get("name") == "missions")
    place = " ".join(filter(None, [offer.city, offer.region, department_labels().get(offer.department, "")]))
    contracts = " ".join(CONTRACT_LABELS.get(k, "") for k in offer.contract_types or [])
    body = " ".join([offer.text, place, contracts])
    return f"{offer.title} {offer.organization}", missions, body, offer_tags(offer)


def index_offers(offers: Iterable, fresh: bool = False, conn=None) -> None:
    """(Re)index these offers (``fresh``: never indexed yet)."""
    conn = conn or connection
    full_text = backend(conn)
    rows = [(o.pk, *full_text.prepare(doc[:3]), doc[3]) for o in offers for doc in (document(o),)]
    if rows:
        full_text.write(conn, rows, fresh)


class BulkIndexer:
    """Indexes offers batch by batch during a bulk import; with a core to
    spare, the text analysis of large batches (a third of an import's time)
    runs in a worker process while the caller stores the batch:

        indexer = BulkIndexer()
        pending = indexer.start(offers)     # before they are stored
        ...store them...
        indexer.finish(pending)             # once they have their ids

    The worker process is started once per process, at the first large batch.
    """

    PARALLEL_FROM = 200             # smaller batches are analysed in place (a worker takes ~0.3 s to start)

    def __init__(self, parallel: bool = True):
        self.full_text = backend(connection)
        self.parallel = parallel and (os.cpu_count() or 1) > 1
        self.executor = None

    def start(self, offers: list):
        docs = [document(o) for o in offers]
        texts = [doc[:3] for doc in docs]
        if self.parallel and self.executor is None and len(texts) >= self.PARALLEL_FROM:
            self.executor = _worker()
        if self.executor:
            prepared = self.executor.submit(_prepare_all, self.full_text.prepare, texts)
        else:
            prepared = [self.full_text.prepare(t) for t in texts]
        return offers, docs, prepared

    def finish(self, pending) -> None:
        offers, docs, prepared = pending
        if not isinstance(prepared, list):
            prepared = prepared.result()
        self.full_text.write(connection, [(o.pk, *p, doc[3]) for o, p, doc in zip(offers, prepared, docs, strict=True)],
                             fresh=True)


@lru_cache(maxsize=1)
def _worker() -> ProcessPoolExecutor:
    """The process's analysis worker, started once (a start costs ~0.3 s) and
    stopped at exit."""
    executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    atexit.register(executor.shutdown, cancel_futures=True)
    return executor


def _prepare_all(prepare, texts: list) -> list:
    return [prepare(t) for t in texts]


def on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        index_offers([instance])


def on_delete(sender, instance, **kwargs):
    backend(connection).delete(connection, [instance.pk])


def rebuild(using: str = "default", offers=None, chunk: int = 1000) -> int:
    """Index every offer of database ``using`` again (after a copy or a
    restore); the number indexed. ``offers``: a queryset to take them from."""
    from django.db import connections

    from filon.offers.models import Offer

    conn = connections[using]
    offers = (offers if offers is not None else Offer.objects.using(using)).order_by("pk")
    count, batch = 0, []
    for offer in offers.iterator(chunk_size=chunk):
        batch.append(offer)
        if len(batch) == chunk:
            index_offers(batch, conn=conn)
            count, batch = count + len(batch), []
    index_offers(batch, conn=conn)
    return count + len(batch)
