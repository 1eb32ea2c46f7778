"""The keyword language of the search box.

    concertation stage          both words (any form: "concertations")
    "chargé de mission"         the words in this order
    concert*                    any word starting so
    -alternance                 without this word

Parsed once into :class:`Keywords`; :func:`filon.search.engine.keywords_query`
renders it as a tantivy query.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from filon.extract.fields import fold

from .text import STOPWORDS, stem, words

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD_ONLY = re.compile(r"[^a-z0-9]")
_ELISION = re.compile(r"^\w{1,2}['’]")          # "l'éco*", "qu'" : the article is not part of the prefix


@dataclass
class Keywords:
    """Folded words (stemmed when the query is built)."""
    terms: list[str] = field(default_factory=list)            # all required
    phrases: list[list[str]] = field(default_factory=list)    # words in this order
    prefixes: list[str] = field(default_factory=list)         # beginnings of words
    excluded: list[list[str]] = field(default_factory=list)   # a word or a phrase that must not appear

    def __hash__(self) -> int:          # query expressions hold it
        return hash(repr(self))

    def __bool__(self) -> bool:
        return bool(self.terms or self.phrases or self.prefixes or self.excluded)

    @property
    def positive(self) -> bool:
        """Whether something is required (a query of exclusions alone is not)."""
        return bool(self.terms or self.phrases or self.prefixes)


def _required(ws: list[str]) -> list[str]:
    return [w for w in ws if stem(w) not in STOPWORDS]


def parse(query: str) -> Keywords:
    """``query`` as typed -> :class:`Keywords`; never fails."""
    kw = Keywords()
    for minus, quoted, bare in _TOKEN.findall(query):
        if quoted or (not bare and minus):
            ws = words(quoted)
            if not ws:
                continue
            if minus:
                kw.excluded.append(ws)
            elif len(ws) == 1:
                kw.terms.extend(_required(ws))
            else:
                kw.phrases.append(ws)
            continue
        excluded = bare.startswith("-") and len(bare) > 1
        word = bare[1:] if excluded else bare
        if word.endswith("*") and not excluded:
            prefix = _WORD_ONLY.sub("", fold(_ELISION.sub("", word)))
            if len(prefix) >= 2:
                kw.prefixes.append(prefix)
            continue
        ws = words(word)
        if excluded and len(ws) > 1 and "-" in word:          # "-Aix-en-Provence": the name, not each word
            kw.excluded.append(ws)
        elif excluded:
            kw.excluded.extend([w] for w in ws)
        elif len(ws) > 1 and "-" in word:                     # "Aix-en-Provence"
            kw.phrases.append(ws)
        else:                                                  # "l'animation": the words
            kw.terms.extend(_required(ws))
    return kw
