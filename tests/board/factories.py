"""Offers made for a test, each with a content hash of its own."""
import itertools

from filon.offers.models import Offer, Status

_numbers = itertools.count()


def offer(**fields) -> Offer:
    """A stored offer, published unless ``status`` says otherwise."""
    defaults = {"title": "Animateur nature", "content_hash": f"test-{next(_numbers)}", "status": Status.PUBLISHED,
                "text": "Animer des sorties nature."}
    return Offer.objects.create(**{**defaults, **fields})
