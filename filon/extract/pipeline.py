"""The extraction pipeline: document -> loaded text -> cleaned text -> offers -> fields.

The fields of each offer are read by the readers of :mod:`filon.extract.readers`,
in the order of its table ``FIELD_READERS``.
"""
from __future__ import annotations

from .clean import Heading, clean
from .fields.title import find_organization, with_site_name
from .loaders import Document, load
from .readers import Context, read_offer
from .record import Offer
from .split import split


def extract(document: bytes | str, filename: str | None = None) -> list[Offer]:
    """Every offer of ``document`` (bytes of any supported file, or text), in order.

    Raises :class:`~filon.extract.errors.ExtractionError` when the document
    cannot be read.
    """
    offers: list[Offer] = []
    for doc in load(document, filename):
        offers.extend(extract_document(doc))
    return offers


def extract_document(doc: Document) -> list[Offer]:
    """The offers of one loaded document."""
    cleaned = clean(doc.text)
    segments, shared = split(cleaned.text, cleaned.headings, cleaned.cards)
    shared_text = "\n\n".join(cleaned.text[a:b].strip() for a, b in shared)
    offers = []
    for segment in segments:
        body = cleaned.text[segment.start:segment.end]
        text = body + ("\n\n" + shared_text if shared_text else "")
        headings = [Heading(h.start - segment.start, h.end - segment.start, h.level)
                    for h in cleaned.headings if segment.start <= h.start < segment.end]
        offer = read_offer(Context(text, len(body), headings, segment, doc, multi=len(segments) > 1))
        offer.source = doc.name
        offers.append(offer)
    named = {o.organization for o in offers if o.organization}
    if len(offers) > 1 and len(named) <= 1 and not any(s.header.get("org") for s in segments) \
            and not all(o.organization for o in offers):
        # One page, one employer: a part that does not name it ("Alternance" above "Stage") is the page's;
        # a digest whose parts name different employers gives none of them to the others.
        found = with_site_name(find_organization(cleaned.text), doc.page_title, cleaned.text)
        for offer in offers:
            if found and not offer.organization:
                offer.organization = found.value
                offer.evidence["organization"] = (0, 0)
    return offers
