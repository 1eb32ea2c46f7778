"""The keyword language of the search box.

    concertation stage          both words (any form: "concertations")
    "chargé de mission"         the words in this order
    concert*                    any word starting so
    -alternance                 without this word

Parsed once into :class:`Keywords`; each backend renders it in its own
full-text syntax.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import STOPWORDS, fold, stem, words

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD_ONLY = re.compile(r"[^a-z0-9]")


@dataclass
class Keywords:
    terms: list[str] = field(default_factory=list)            # stems, all required
    phrases: list[list[str]] = field(default_factory=list)    # stems in order
    prefixes: list[str] = field(default_factory=list)         # folded beginnings
    excluded: list[list[str]] = field(default_factory=list)   # stems (a word or a phrase) that must not appear

    def __hash__(self) -> int:          # query expressions hold it
        return hash(repr(self))

    def __bool__(self) -> bool:
        return bool(self.terms or self.phrases or self.prefixes or self.excluded)

    @property
    def positive(self) -> bool:
        """Whether something is required (a query of exclusions alone is not)."""
        return bool(self.terms or self.phrases or self.prefixes)

    def stems(self) -> set[str]:
        """Every stem a matching offer contains, for highlighting and ranking."""
        return {*self.terms, *(s for p in self.phrases for s in p)}


def parse(query: str) -> Keywords:
    """``query`` as typed -> :class:`Keywords`; never fails."""
    kw = Keywords()
    for minus, quoted, bare in _TOKEN.findall(query):
        if quoted or (not bare and minus):
            stems = [stem(w) for w in words(quoted)]
            if not stems:
                continue
            if minus:
                kw.excluded.append(stems)
            elif len(stems) == 1:
                kw.terms.extend(s for s in stems if s not in STOPWORDS)
            else:
                kw.phrases.append(stems)
            continue
        excluded = bare.startswith("-") and len(bare) > 1
        word = bare[1:] if excluded else bare
        if word.endswith("*") and not excluded:
            prefix = _WORD_ONLY.sub("", fold(word))
            if len(prefix) >= 2:
                kw.prefixes.append(stem(prefix) if len(stem(prefix)) >= 2 else prefix)
            continue
        stems = [stem(w) for w in words(word)]
        if excluded:
            kw.excluded.extend([s] for s in stems)
        elif len(stems) > 1 and "-" in word:                  # "Aix-en-Provence"
            kw.phrases.append(stems)
        else:                                                  # "l'animation": the words
            kw.terms.extend(s for s in stems if s not in STOPWORDS)
    return kw
