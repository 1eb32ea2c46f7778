"""The full-text index as Django sees it: one row per offer, joined by id.

The table itself is created by this app's migration with each database's
own full-text machinery (see :mod:`filon.search.fulltext`); Django only
joins through it (``Offer.objects.filter(index__document__match=keywords)``).
"""
from django.db import models

from filon.offers.models import Offer

from .fulltext import FullTextField


class OfferIndex(models.Model):
    offer = models.OneToOneField(Offer, primary_key=True, db_column="rowid", on_delete=models.DO_NOTHING,
                                 db_constraint=False, related_name="index")
    document = FullTextField(db_column="offer_fts")

    class Meta:
        managed = False
        db_table = "offer_fts"


def matching(qs, kw):
    """``qs`` narrowed to the offers that match keywords ``kw`` (all of them if none)."""
    return qs.filter(pk__in=OfferIndex.objects.filter(document__match=kw).values("offer")) if kw else qs
