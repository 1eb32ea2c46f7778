"""Lowest diploma level asked."""
from __future__ import annotations

import re

from ..record import EDUCATION_LEVELS
from ..vocab.education import BELOW_BAC, BELOW_BAC_SECOND, EDUCATION_OPENINGS, EDUCATION_PATTERNS
from . import Found, fold_in_place, lines_with, scan, words_at_boundary

_LEVELS = [level for _, level in EDUCATION_PATTERNS]
_KEYS = ("bac", "master", "m1", "m2", "licence", "bachelor", "bts", "dut", "deust", "jeps", "deug",
         "niveau", "dess", "secondaire", "superieur", "graduat", "bachelier", "cess", "ingenieur", "ecole", "sciences po", "iep", "doctor", "phd", "these", "diplome")
# Each pattern's leading \b is checked by hand (faster to scan for).
_ANY = re.compile("|".join(f"(?P<g{i}>{p.removeprefix(chr(92) + 'b')})" for i, (p, _) in enumerate(EDUCATION_PATTERNS)))
# Where a match of _ANY can begin (an alternation of words opens on their first letters, scanned for in C;
# _ANY, opening on groups, is tried at every character).
_OPENING = re.compile("|".join(sorted(EDUCATION_OPENINGS, key=len, reverse=True)))
_BELOW_BAC = re.compile(r"(?:%s)\b%s" % (words_at_boundary(BELOW_BAC), BELOW_BAC_SECOND))


def find_education(text: str, profile: str | None = None) -> Found | None:
    """The lowest level the offer asks for, from the profile section when present."""
    folded = fold_in_place(text)
    best: Found | None = None
    matches = (m for start, end in lines_with(text, _KEYS) for m in scan(_ANY, _OPENING, folded, start, end))
    for m in matches:
            if m.start() and (folded[m.start() - 1].isalnum() or folded[m.start() - 1] in "/_"):
                continue                     # inside a word or a URL ("blob/master/")
            level = _LEVELS[int(m.lastgroup[1:])]
            value = level or f"bac+{m.group('n')}"
            if value not in EDUCATION_LEVELS:
                value = "bac+5" if value > "bac+5" and value != "bac+8" else value
            if value not in EDUCATION_LEVELS:
                continue
            if best is None or EDUCATION_LEVELS.index(value) < EDUCATION_LEVELS.index(best.value) or (
                    value == best.value and m.start() < best.start):
                best = Found(value, m.start(), m.end())
    if best is not None and _BELOW_BAC.search(text):
        return None
    return best
