"""Keeping the full-text index in step with the offers.

Saving or deleting an offer updates it through signals; bulk imports
(:func:`filon.offers.importing.store_records`) prepare and write the index
rows of each batch themselves.
"""
from __future__ import annotations

from collections.abc import Iterable

from django.db import connection

from filon.offers.vocabulary import CONTRACT_LABELS, department_labels

from .fulltext import backend
from .tags import offer_tags


def document(offer) -> tuple[str, str, str, str]:
    """The offer's three weighted parts: title (and employer), missions,
    everything else (with its place and contract names, so that "stage
    Bretagne" finds an internship in Rennes); and its filter tags. Each word
    of the text is indexed once, in missions or in the rest."""
    spans = sorted((s["start"], s["end"]) for s in offer.sections if s.get("name") == "missions")
    missions = " ".join(offer.text[start:end] for start, end in spans)
    rest, last = [], 0
    for start, end in spans:
        rest.append(offer.text[last:start])
        last = max(last, end)
    rest.append(offer.text[last:])
    place = " ".join(filter(None, [offer.city, offer.region, department_labels().get(offer.department, "")]))
    contracts = " ".join(CONTRACT_LABELS.get(k, "") for k in offer.contract_types or [])
    body = " ".join([*rest, place, contracts])
    return f"{offer.title} {offer.organization}", missions, body, offer_tags(offer)


def index_offers(offers: Iterable, fresh: bool = False, conn=None) -> None:
    """(Re)index these offers (``fresh``: never indexed yet)."""
    conn = conn or connection
    full_text = backend(conn)
    rows = [(o.pk, *full_text.prepare(doc[:3]), doc[3]) for o in offers for doc in (document(o),)]
    if rows:
        full_text.write(conn, rows, fresh)


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
