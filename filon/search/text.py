"""The analysed form of French text that keyword search compares.

Words (two letters or more) are case- and accent-folded ("œ" as "oe"), then
stemmed with the Snowball French stemmer ("Concertations" -> "concert",
"animatrice" -> "anim"): tantivy's own analyzer does it, in Rust, at index
time and for the words of a query alike (:data:`ANALYZER`). Before it, on
the raw text, two spelling rules: a feminine "-ée(s)" is read as "-é(s)", so
that "chargé", "chargée" and "chargee" typed without accents meet; a
doubled l or t is written once, so that the spellings of the 1990 reform
meet the traditional ones ("déchèterie" and "déchetterie", "renouvèlement"
and "renouvellement", "interpeler" and "interpeller"). Inclusive writing
("chargé·e·s", "chargé.e") leaves single letters, which are not words.
"""
from __future__ import annotations

import re
from functools import lru_cache

import tantivy

from filon.extract.fields import fold

ANALYZER_NAME = "filon_french"
ANALYZER = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(r"[^\W_]{2,}"))
            .filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.ascii_fold())
            .filter(tantivy.Filter.stemmer("french")).build())
_FEMININE = re.compile(r"([eé])e(s?)\b", re.IGNORECASE)          # French words end in "ee" only so
_DOUBLED = re.compile(r"([lt])\1", re.IGNORECASE)

# Words too common to require on their own (they still count inside a "phrase").
STOPWORDS = frozenset("""
    au aux avec ce ces dans de des du en et la le les leur mais ou par pour qu que qui sa se ses son sur un une
    vos vous nous notr votr est
""".split())


def prepare(text: str) -> str:
    """``text`` with the spelling rules applied: what the index's analyzer reads."""
    return _DOUBLED.sub(r"\1", _FEMININE.sub(r"\1\2", text))


def tokens(text: str) -> list[str]:
    """The analysed words of ``text``, in order."""
    return ANALYZER.analyze(prepare(text))


def analyze(text: str) -> str:
    """Space-separated analysed words of ``text``."""
    return " ".join(tokens(text))


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The index form of one word ("" for what is not a word)."""
    found = tokens(word)
    return found[0] if found else ""


_WORD = re.compile(r"[^\W_]{2,}")


def words(text: str) -> list[str]:
    """The folded words of ``text``, split as the analyzer splits them (a
    query's words, each then stemmed by :func:`stem`)."""
    return _WORD.findall(fold(text))
