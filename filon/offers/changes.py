"""A counter of changes to the offers, for the caches of what shows them.

Every saved or deleted offer, and every bulk import, moves it on once its
transaction is committed; the public pages' cache (``filon.web.middleware``)
keys its pages by it, so an approved, filled or withdrawn offer shows as
such at once in the process that changed it (in others, such as a
``filon import`` beside the server, within the cache's period).
A change of the board's identity in the admin moves it on too
(``filon.board.identity``): the pages show the name, logo and footer.
"""
from __future__ import annotations

from django.core.cache import cache
from django.db import transaction

KEY = "offers:version"


def offers_changed(**_signal) -> None:
    """Note a change of the offers, now and again once the current
    transaction commits (a page computed in between would show the old state)."""
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    try:
        cache.incr(KEY)
    except ValueError:              # not set yet, or evicted
        cache.set(KEY, 1, None)


def offers_version() -> int:
    return cache.get(KEY, 0)
