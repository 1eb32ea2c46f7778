"""Field extractors, one module per family of the record contract.

Each extractor reads the cleaned text of one offer and returns what it found
with the character span of its evidence (:class:`Found`), or None.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick


@dataclass
class Found:
    value: Any
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """Lower-case ASCII form of ``text`` (accents off), same length when possible."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@lru_cache(maxsize=64)
def lowered(text: str) -> str:
    """``text`` in lower case, same length (so spans stay valid): the cue
    patterns run on it without re.IGNORECASE, which is several times slower."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def fold_in_place(text: str) -> str:
    """:func:`fold` character by character, so that spans found in it are spans of
    ``text``: a character whose fold is not one character ("…", "ﬁ", "œ") stays
    as its own lower case."""
    return _fold_lowered(lowered(text))


@lru_cache(maxsize=64)
def _fold_lowered(low: str) -> str:
    """:func:`fold_in_place` of a text already :func:`lowered` (shared by the finders
    that fold and the cue filter, which all start from the lowered text)."""
    if low.isascii():
        return low
    # One str.replace per distinct non-ASCII character: a page holds a dozen, and
    # each replace is a C pass (str.translate with a dict is a Python look-up per character).
    # The regex finds them in C (set() of the whole text makes a string per character).
    for c in set(_NON_ASCII.findall(low)):
        low = low.replace(c, _fold_char(c))
    return low


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=1 << 12)
def _fold_char(c: str) -> str:
    """The one-character fold of a character, itself where folding would drop it or give several."""
    return f if len(f := fold(c)) == 1 else c


def number(text: str) -> float | None:
    """A French-written number: "1 300", "4,50", "1.830,5", "30000.0"."""
    text = text.strip().replace(" ", "").replace("\u202f", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def clean_number(value: float | None) -> float | int | None:
    """2.0 -> 2, 2.5 -> 2.5: integers print as integers in JSON."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 2)


def line_at(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def words_at_boundary(words) -> str:
    """The alternation ``\\b(?:w1|w2|...)`` written so that each word opens on its first letter:
    ``\\b(?:CAP|BEP)`` as ``C(?<!\\w.)AP|B(?<!\\w.)EP``, the letter, then no word character
    before it. The regex engine scans for a pattern's opening literal characters in C; a
    pattern opening on ``\\b`` is tried at every character."""
    assert all(re.match(r"\w", word) for word in words), "each word opens on a word character"
    return "|".join(f"{word[0]}(?<!\\w.){word[1:]}" for word in words)


def opening_guard(patterns) -> str:
    """A look-ahead of the characters that the matches of ``patterns`` (regex alternatives,
    case-sensitive) open with, to write before their alternation: ``(?=[cfs])``. A pattern
    that opens on a group or a class is tried in full at every character by the regex
    engine; behind the guard, a character that no alternative opens with fails at once.
    "" (no guard) when an alternative does not plainly open on a literal character."""
    firsts: set[str] = set()
    for p in patterns:
        chars = _opening_chars(_TOKEN.findall(p))
        if chars is None:
            return ""
        firsts |= chars
    return "(?=[%s])" % re.escape("".join(sorted(firsts)))


# A regex's tokens: an escape, a character class, or one character.
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|.", re.S)


def _opening_chars(tokens: list[str]) -> set[str] | None:
    """The characters the matches of a regex (its tokens) open with: each alternative opens on a
    literal letter (not made optional) or on a non-capturing group of such alternatives; else None."""
    chars: set[str] = set()
    for alternative in _top_level_alternatives(tokens):
        if alternative[:1] == ["("] and alternative[1:3] == ["?", ":"]:
            close = _closing(alternative)
            if close is None or (alternative[close + 1:close + 2] or [""])[0] in ("?", "*", "{"):
                return None
            inner = _opening_chars(alternative[3:close])
            if inner is None:
                return None
            chars |= inner
        elif alternative and re.fullmatch(r"[\w']", alternative[0]) and (alternative[1:2] or [""])[0] not in ("?", "*", "{"):
            chars.add(alternative[0])
        else:
            return None
    return chars


def _top_level_alternatives(tokens: list[str]) -> list[list[str]]:
    """The tokens of a regex cut at the ``|`` outside its groups."""
    parts: list[list[str]] = [[]]
    depth = 0
    for token in tokens:
        depth += (token == "(") - (token == ")")
        if token == "|" and depth == 0:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _closing(tokens: list[str]) -> int | None:
    """The index of the ``)`` closing the group that ``tokens`` open with."""
    depth = 0
    for i, token in enumerate(tokens):
        depth += (token == "(") - (token == ")")
        if depth == 0:
            return i
    return None


def scan(pattern: re.Pattern, starts: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, found faster.

    ``pattern`` is only tried where ``starts`` matches: ``starts`` must match
    wherever a match of ``pattern`` can begin (and ``pattern`` never match
    empty). A pattern that opens on a group, an alternation of groups or
    case-insensitive words is tried by the regex engine at every character;
    one that opens on a character class (``starts``) is scanned for in C, so
    that ``pattern`` is only tried at the few places it can match.
    """
    endpos = len(text) if endpos is None else endpos
    while (start := starts.search(text, pos, endpos)) is not None:
        m = pattern.match(text, start.start(), endpos)
        if m:
            yield m
            pos = m.end()
        else:
            pos = start.start() + 1


def first_of(patterns: tuple[re.Pattern, ...], text: str) -> Iterator[re.Match]:
    """The matches of the alternation of ``patterns`` (``A|B`` compiled as one pattern), as
    ``finditer`` gives them: at the first place where one of them matches, the first that does.

    Each pattern opening on its own words is searched for quickly by the regex engine (a
    literal prefix); their alternation opens on a class of first letters, tried at each of
    them. None of ``patterns`` may match empty.
    """
    pos = 0
    found = [p.search(text) for p in patterns]
    while True:
        live = [m for m in found if m is not None]
        if not live:
            return
        m = min(live, key=lambda m: m.start())          # the first of the earliest
        yield m
        pos = m.end()
        found = [f if f is None or f.start() >= pos else p.search(text, pos) for p, f in zip(patterns, found, strict=True)]


def alternatives(pattern: str, flags: int = 0) -> tuple[re.Pattern, ...]:
    """The alternatives of ``pattern`` compiled one by one, to be read by :func:`first_of`: its
    top-level ones, and those of a group it opens on (``(?:a|b)c`` as ``ac``, ``bc``). Each
    opening on its own literal is searched for in C many times faster than their alternation,
    which the regex engine tries at every character of its class of first letters. (Groups
    are numbered in each alternative anew: name the groups a caller reads.)"""
    return tuple(re.compile("".join(part), flags) for part in _expanded(_TOKEN.findall(pattern)))


def _expanded(tokens: list[str]) -> list[list[str]]:
    """The alternatives of a regex (its tokens), a leading non-capturing group's spread out
    (not when a quantifier follows the group: it may then be absent or repeated)."""
    out = []
    for alternative in _top_level_alternatives(tokens):
        close = _closing(alternative) if alternative[:3] == ["(", "?", ":"] else None
        if close is None or (alternative[close + 1:close + 2] or [""])[0] in ("?", "*", "+", "{"):
            out.append(alternative)
        else:
            out.extend(inner + alternative[close + 1:] for inner in _expanded(alternative[3:close]))
    return out


def lines_with(text: str, keys: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` holding one of ``keys``, in order: a cheap
    filter before running a large pattern on those lines only.

    Keys match the folded text (:func:`fold_in_place`: case and accents aside, so "fév"
    finds "fev", "FÉV" and "fév"); ``text`` is the offer's text or its :func:`lowered`
    form (not its fold: that would be a pass of its own). Every key set a finder asks
    for is found in one pass over the text (an Aho-Corasick automaton of all of them,
    the text folded once), instead of one ``str.find`` pass per key: a page meets some
    140 keys.
    """
    cues = _CUES.including(keys)
    return _cue_lines(lowered(text), cues)[cues.slots[keys]]


class _Cues:
    """Key sets and one Aho-Corasick automaton of all their keys (folded); never changed once made."""

    def __init__(self, key_sets: tuple[tuple[str, ...], ...]) -> None:
        self.slots = {keys: slot for slot, keys in enumerate(key_sets)}
        owners: dict[str, set[int]] = {}
        for keys, slot in self.slots.items():
            for key in keys:
                owners.setdefault(fold_in_place(key), set()).add(slot)
        self.automaton = ahocorasick.Automaton()
        for key, slots in owners.items():
            self.automaton.add_word(key, (len(key), tuple(sorted(slots))))
        self.automaton.make_automaton()


class _CueRegistry:
    """The key sets asked for so far: a finder's set joins on its first use (a new :class:`_Cues`
    replaces the current one, whole, so that a thread reading the old one reads it all)."""

    def __init__(self) -> None:
        self.current = _Cues(())
        self._lock = threading.Lock()

    def including(self, keys: tuple[str, ...]) -> _Cues:
        cues = self.current
        if keys not in cues.slots:
            with self._lock:
                if keys not in self.current.slots:
                    self.current = _Cues((*self.current.slots, keys))
                cues = self.current
        return cues


_CUES = _CueRegistry()


@lru_cache(maxsize=64)
def _cue_lines(low: str, cues: _Cues) -> list[list[tuple[int, int]]]:
    """For each key set of ``cues`` (by slot), the (start, end) of the lines of the lowered text
    ``low`` holding one of its keys."""
    folded = _fold_lowered(low)
    found: list[list[tuple[int, int]]] = [[] for _ in cues.slots]
    start = end = -1
    for last, (length, slots) in cues.automaton.iter(folded):
        at = last - length + 1
        if at >= end:                            # a key of a line not met yet (keys hold no line break)
            start = folded.rfind("\n", 0, at) + 1
            end = folded.find("\n", at)
            end = len(folded) if end < 0 else end
        for slot in slots:
            lines = found[slot]
            if not lines or lines[-1][0] != start:
                lines.append((start, end))
    return found
