"""The folded form of French text that keyword search compares.

Accents and case are folded and plurals reduced ("Concertations" ->
"concertation"), at index time (stored beside the offer) and query time.
"""
from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def stem(word: str) -> str:
    """A light French plural stemmer: "concertations" -> "concertation", "travaux" -> "travau"."""
    if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def searchable(text: str) -> str:
    """Space-separated stems of ``text``, with spaces around to match whole words."""
    return " " + " ".join(stem(w) for w in _WORD.findall(fold(text))) + " "


def query_terms(query: str) -> list[str]:
    """The stems a query asks for."""
    return [stem(w) for w in _WORD.findall(fold(query))]
