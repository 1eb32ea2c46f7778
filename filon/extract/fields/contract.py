"""Contract types: CDI, CDD, stage, alternance, service civique..."""
from __future__ import annotations

import re

from ..record import CONTRACT_TYPES
from ..vocab.contracts import CONTRACT_KEYS, CONTRACT_LABELS, CONTRACT_PATTERNS, PROSPECT_CONTEXT
from . import Found, fold, lines_with

_TYPE_RES = {kind: re.compile("|".join(pats)) for kind, pats in CONTRACT_PATTERNS.items()}
# The leading \b of each pattern is checked by hand: a pattern that opens on
# a plain letter is much faster to scan for.
_ANY = re.compile("|".join(f"(?P<{k}>{'|'.join(x.removeprefix(chr(92) + 'b') for x in p)})"
                           for k, p in CONTRACT_PATTERNS.items()))
_PROSPECT = re.compile(PROSPECT_CONTEXT)
_LABEL = re.compile(r"^\W*(?:%s)\s*(?::|\n)\s*([^\n]+)" % "|".join(CONTRACT_LABELS), re.M)
# Kinds that only count when nothing else is offered.
_WEAK = ("benevolat",)


def types_in(folded: str) -> list[str]:
    """Contract types named in an accent-folded phrase, in contract order."""
    return [k for k in CONTRACT_TYPES if _TYPE_RES[k].search(folded)]


def find_contract_types(text: str, title: str = "") -> Found | None:
    """Every kind of engagement offered, from labels, then the title, then the text."""
    folded = fold(text)
    if len(folded) != len(text):
        folded = fold(text.replace("œ", "o").replace("Œ", "O"))
    for m in _LABEL.finditer(folded):
        kinds = types_in(m.group(1))
        if kinds:
            return Found(_normalise(kinds), m.start(), m.end())
    kinds = types_in(fold(title)) if title else []
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    for m in (m for a, b in lines_with(folded, CONTRACT_KEYS) for m in _ANY.finditer(folded, a, b)):
        if m.start() and folded[m.start() - 1].isalnum():
            continue
        kind = m.lastgroup
        before = folded[max(0, m.start() - 60):m.start()]
        if _PROSPECT.search(before):
            continue
        counts[kind] = counts.get(kind, 0) + 1
        first.setdefault(kind, (m.start(), m.end()))
    if not kinds:
        kinds = [k for k in CONTRACT_TYPES if k in counts]
        strong = [k for k in kinds if k not in _WEAK]
        kinds = strong or kinds
    if not kinds:
        return None
    start, end = min((first.get(k, (0, 0)) for k in kinds), default=(0, 0))
    return Found(_normalise(kinds), start, end)


def _normalise(kinds: list[str]) -> list[str]:
    """An apprenticeship is an alternance, whatever the legal contract under it."""
    kinds = list(dict.fromkeys(kinds))
    if "alternance" in kinds:
        kinds = [k for k in kinds if k not in ("cdd", "cdi", "stage")]
    return kinds
