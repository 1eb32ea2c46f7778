"""Moving offers in time: documents written for a fixed day (the demo
offers) shown as if written today, so that a board imported from them looks
the same whatever the date."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .models import Offer, today

DATE_FIELDS = ("deadline", "published_on", "start_date")


def shift_dates(offers: Iterable[Offer], days: int) -> int:
    """Move the deadline, publication and start of these stored offers by
    ``days`` (a start known to the month stays on the 1st of its month);
    expiry, search columns and index follow. How many were moved."""
    moved = 0
    for offer in offers:
        for name in DATE_FIELDS:
            value = getattr(offer, name)
            if value:
                value += dt.timedelta(days=days)
                setattr(offer, name, value.replace(day=1) if name == "start_date" and offer.start_precision == "month"
                        else value)
        offer.save()
        moved += 1
    return moved


def written_on(offers: Iterable[Offer], day: dt.date, on: dt.date | None = None) -> int:
    """Date these offers as if their documents, written on ``day``, were
    written on ``on`` (today): every date moves by the days in between."""
    return shift_dates(offers, ((on or today()) - day).days)
