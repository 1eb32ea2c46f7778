"""The analysed form of French text that keyword search compares.

Words (two letters or more) are case- and accent-folded ("œ" as "oe"), then
stemmed with the Snowball French stemmer ("Concertations" -> "concert",
"animatrice" -> "anim"). Before stemming, three spelling rules: a feminine
"-ée(s)" is read as "-é(s)", so that "chargé", "chargée" and "chargee"
typed without accents meet; "-ers" and "-ère(s)" as "-er", which the
stemmer alone leaves apart ("conseillères", "conseillers" and "conseiller",
"boulangère" and "boulanger"); a doubled l or t is written once, so that the
spellings of the 1990 reform meet the traditional ones ("déchèterie" and
"déchetterie", "renouvèlement" and "renouvellement", "interpeler" and
"interpeller"). Inclusive writing ("chargé·e·s", "chargé.e") leaves single
letters, which are not words.

One function, :func:`stem`, gives a word's index form, for the words of a
query and for those of an offer alike, so that the two always meet; the
stemmer itself is tantivy's, in Rust. The index stores :func:`terms`, the
offer's text already analysed, and tantivy only splits it on spaces:
French text repeats its words, and a word is stemmed once per process
instead of once per occurrence (the analysis was most of the cost of
building the index).
"""
from __future__ import annotations

import re
from functools import lru_cache

import tantivy

from filon.extract.fields import fold as _ascii_fold

ANALYZER_NAME = "filon_terms"          # the index's fields: terms already analysed, separated by spaces
ANALYZER = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()
_STEMMER = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(r"[^\W_]{2,}"))
            .filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.stemmer("french")).build())
_FEMININE = re.compile(r"ee(s?)\b")           # French words end in "ee" only so
_ER = re.compile(r"(?<=\w{3})(?:ers|eres?)$")   # the stemmer leaves "-ers" and "-ère(s)" unlike "-er"
_DOUBLED = re.compile(r"([lt])\1")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})    # no Unicode decomposition
_WORD = re.compile(r"[^\W_]{2,}")

# Words too common to require on their own (they still count inside a "phrase").
STOPWORDS = frozenset("""
    au aux avec ce ces dans de des du en et la le les leur mais ou par pour qu que qui sa se ses son sur un une
    vos vous nous notr votr est
""".split())


def fold(text: str) -> str:
    """Lower-case ASCII form of ``text``, ligatures spelt out ("Œuvre" -> "oeuvre")."""
    return _ascii_fold(text.translate(_LIGATURES))


def words(text: str) -> list[str]:
    """The folded words of ``text`` (a query's words, each then stemmed by :func:`stem`)."""
    return _WORD.findall(fold(text))


def prepare(word: str) -> str:
    """A folded word with the spelling rules applied."""
    return _DOUBLED.sub(r"\1", _ER.sub("er", _FEMININE.sub(r"e\1", word)))


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The index form of one folded word ("" for what is not a word)."""
    found = _STEMMER.analyze(prepare(word))
    return found[0] if found else ""


class _ChunkTerms(dict):
    """The terms of each space-separated chunk of text met so far ("l'équipe," -> "equip")."""
    LIMIT = 1_000_000           # entries kept before starting afresh (about 150 MB)

    def __missing__(self, chunk: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        found = self[chunk] = " ".join(filter(None, map(stem, words(chunk))))
        return found


_chunk_terms = _ChunkTerms()


def terms(text: str) -> str:
    """The analysed words of ``text``, space-separated: what the index stores."""
    return " ".join(map(_chunk_terms.__getitem__, text.split()))

