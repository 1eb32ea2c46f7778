"""Lowest diploma level asked."""
from __future__ import annotations

import re

from ..record import EDUCATION_LEVELS
from ..vocab.education import EDUCATION_PATTERNS
from . import Found, fold

_LEVELS = [level for _, level in EDUCATION_PATTERNS]
_ANY = re.compile("|".join(f"(?P<g{i}>{p})" for i, (p, _) in enumerate(EDUCATION_PATTERNS)))
_NOT_ASKED = re.compile(r"etudiant|eleve|en\s+cours\s+de|inscrit|preparant|prepare|cursus|vous\s+suivez|suivant", re.I)


def find_education(text: str, profile: str | None = None) -> Found | None:
    """The lowest level the offer asks for, from the profile section when present."""
    folded = fold(text)
    best: Found | None = None
    for m in _ANY.finditer(folded):
            level = _LEVELS[int(m.lastgroup[1:])]
            value = level or f"bac+{m.group('n')}"
            if value not in EDUCATION_LEVELS:
                value = "bac+5" if value > "bac+5" and value != "bac+8" else value
            if value not in EDUCATION_LEVELS:
                continue
            if best is None or EDUCATION_LEVELS.index(value) < EDUCATION_LEVELS.index(best.value) or (
                    value == best.value and m.start() < best.start):
                best = Found(value, m.start(), m.end())
    return best
