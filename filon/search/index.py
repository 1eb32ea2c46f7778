"""Keeping the full-text index in step with the offers.

Saving or deleting an offer updates it through signals; bulk imports call
:func:`index_offers` once for the batch.
"""
from __future__ import annotations

from collections.abc import Iterable

from django.db import connection

from filon.offers.vocabulary import CONTRACT_LABELS, department_labels

from .fulltext import backend


def document(offer) -> tuple[str, str, str]:
    """The offer's three weighted parts: title (and employer), missions,
    everything else (with its place and contract names, so that "stage
    Bretagne" finds an internship in Rennes)."""
    missions = " ".join(offer.text[s["start"]:s["end"]] for s in offer.sections if s.get("name") == "missions")
    place = " ".join(filter(None, [offer.city, offer.region, department_labels().get(offer.department, "")]))
    contracts = " ".join(CONTRACT_LABELS.get(k, "") for k in offer.contract_types or [])
    body = " ".join([offer.text, place, contracts])
    return f"{offer.title} {offer.organization}", missions, body


def index_offers(offers: Iterable) -> None:
    """(Re)index these offers."""
    rows = [(o.pk, *document(o)) for o in offers]
    if rows:
        backend(connection).write(connection, rows)


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
    full_text = backend(conn)
    count, batch = 0, []
    for offer in offers.iterator(chunk_size=chunk):
        batch.append((offer.pk, *document(offer)))
        if len(batch) == chunk:
            full_text.write(conn, batch)
            count, batch = count + len(batch), []
    if batch:
        full_text.write(conn, batch)
        count += len(batch)
    return count
