"""The analysed form of French text that keyword search compares.

Words are case- and accent-folded, then stemmed with the Snowball French
stemmer ("Concertations" -> "concert", "animatrice" -> "anim"), then lose a
final "e" so that "chargé", "chargée" and "chargee" typed without accents
meet, and write a doubled l or t once, so that the spellings of the 1990
reform meet the traditional ones ("déchèterie" and "déchetterie",
"renouvèlement" and "renouvellement", "interpeler" and "interpeller"). The same analysis runs at index time and at query time.
"""
from __future__ import annotations

import re
import string

import snowballstemmer

from filon.extract.fields import fold

# Folded text -> words: anything but [a-z0-9] separates (str.translate then split is twice as fast as a regex).
_SEPARATORS = str.maketrans({chr(i): " " for i in range(128) if chr(i) not in string.ascii_lowercase + string.digits})
_MIDDLE_DOTS = re.compile("[\u00b7\u2022\u2027\u2219\u22c5]")        # the "·" of "chargé·e"
_STEMMER = snowballstemmer.stemmer("french")
_DOUBLED = re.compile(r"([lt])\1")

# Words too common to require on their own (they still count inside a "phrase").
STOPWORDS = frozenset("""
    au aux avec ce ces dans de des du en et la le les leur mais ou par pour qu que qui sa se ses son sur un une
    vos vous nous notr votr est
""".split())


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """The index form of one folded word (memoised: a corpus has few distinct words)."""
    found = _STEMS.get(word)
    if found is None:
        found = _STEMMER.stemWord(word)
        if len(found) > 3 and found.endswith("e"):
            found = found[:-1]
        if "ll" in found or "tt" in found:
            found = _DOUBLED.sub(r"\1", found)
        if len(_STEMS) < 500_000:
            _STEMS[word] = found
    return found


def words(text: str) -> list[str]:
    """The folded words of ``text`` worth indexing: inclusive writing split
    ("chargé·e" -> "charge"), single letters dropped."""
    return [w for w in fold(_MIDDLE_DOTS.sub(" ", text)).translate(_SEPARATORS).split() if len(w) > 1]


def analyze(text: str) -> str:
    """Space-separated stems of ``text``: what the full-text index stores."""
    get = _STEMS.get
    return " ".join([get(w) or stem(w) for w in words(text)])
