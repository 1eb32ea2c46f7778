"""Dates: published, application deadline, start (with "dès que possible").

Candidates are found with French patterns ("5 septembre 2022", "05/09/2022",
"1er mars", "mi-septembre 2022", "février 2026"), then read with the month
table; a missing year is inferred from the offer's other dates.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..vocab.dates import (
    ASAP_PHRASES,
    COUNTED_FROM_CUE,
    COUNTED_FROM_SUBJECTS,
    DATELINE,
    DEADLINE_CUES,
    END_OF_PUBLICATION_CUES,
    MONTHS,
    PUBLISHED_BYLINES,
    PUBLISHED_CUES,
    START_CUES,
    WEEKDAYS,
)
from . import Found, first_of, lines_with, lowered

_MONTH_KEYS = ("janv", "fév", "fev", "mars", "avr", "mai", "juin", "juil", "ao", "sept", "oct", "nov", "déc", "dec")
_MONTH = re.compile(r"\b(%s)\b\.?" % "|".join(sorted(MONTHS, key=len, reverse=True)))
_BEFORE_MONTH = re.compile(r"(?:\b(?P<weekday>%s)\s+)?(?:\b(?P<day>\d{1,2})(?:\s?er|ᵉʳ)?\s+|\b(?P<part>début|mi|fin|courant|milieu)[\s-]+"
                           r"(?:de\s+|d')?)$" % "|".join(WEEKDAYS))
_YEAR_AFTER = re.compile(r"\s*(20\d\d|19\d\d)(?!\d)")      # a label glued after it too ("2024Session : ...")
# A second month and its year after a month written without one ("janvier ou février 2021", "mi-avril / mai 2021",
# "février ou mars 2025"): the year the two months share.
_OR_MONTH_YEAR = re.compile(r"\**\s*(?:ou|/|-|–|et)\s*\**\s*(?:(?:début|mi|fin)[\s-]+)?(%s)\b\.?\**\s*(20\d\d)(?!\d)"
                            % "|".join(sorted(MONTHS, key=len, reverse=True)))
# Digit patterns open on a character class (fast to scan for); their
# boundaries are checked in _all_dates.
_ISO = re.compile(r"[12][0-9]{3}([-/])[01][0-9]\1[0-3][0-9]")
_NUMERIC = re.compile(r"([0-3]?[0-9])\s*([/.-])\s*([01]?[0-9])\s*\2\s*((?:20)?[0-9]{2})(?![0-9/])")
# A numeric date's first separator follows its day's last digit: scanned for first (a pattern
# opening on a class), so that _NUMERIC is only tried at the one or two places it can start.
_NUMERIC_SEPARATOR = re.compile(r"[0-9]\s*[/.-]")
_ASAP = tuple(re.compile(phrase) for phrase in ASAP_PHRASES)    # read by first_of: faster than their alternation
_DEADLINE = re.compile("|".join(DEADLINE_CUES))
_END_PUB = re.compile("|".join(END_OF_PUBLICATION_CUES))
_PUBLISHED = re.compile("|".join(PUBLISHED_CUES))
_BYLINES = tuple(re.compile(byline) for byline in PUBLISHED_BYLINES)
_START = re.compile("|".join(START_CUES))
_LATEST = re.compile(r"au\s+plus\s+tard|avant\s+le|jusqu'au|date\s+limite")


@dataclass
class DateMention:
    year: int | None
    month: int
    day: int | None
    start: int
    end: int
    weekday: int | None = None

    def resolve(self, year: int | None = None) -> tuple[str, str] | None:
        """ISO date and precision, with ``year`` when the text gave none."""
        y = self.year or year
        if y is None:
            return None
        try:
            value = dt.date(y, self.month, self.day or 1)
        except ValueError:
            return None
        return value.isoformat(), "day" if self.day else "month"


def dates_in(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date written in ``text[start:end]``."""
    mentions, starts = _all_dates(text)
    end = len(text) if end is None else end
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_right(starts, end)
    return [d for d in mentions[i:j] if d.end <= end]


def _glued(text: str, m: re.Match) -> bool:
    """Whether the match is part of a longer run of digits or letters."""
    return (m.start() > 0 and text[m.start() - 1].isalnum()) or (m.end() < len(text) and text[m.end()].isalnum())


@lru_cache(maxsize=16)
def _all_dates(text: str) -> tuple[list[DateMention], list[int]]:
    """Every date of ``text`` in order, and their start offsets; read once per text."""
    found = []
    separators = _separator_starts(text)
    for m in _iso_dates(text, separators):
        if _glued(text, m):
            continue
        year, month, day = m.group(0).split(m.group(1))
        found.append(DateMention(int(year), int(month), int(day), m.start(), m.end()))
    for m in _numeric_dates(text, separators):
        if m.start() and text[m.start() - 1] in "0123456789/.":
            continue
        year = int(m.group(4))
        found.append(DateMention(year + 2000 if year < 100 else year, int(m.group(3)), int(m.group(1)), m.start(), m.end()))
    for m in (m for a, b in lines_with(text, _MONTH_KEYS) for m in _MONTH.finditer(text, a, b)):
        before = _BEFORE_MONTH.search(text, max(0, m.start() - 30), m.start())
        year = _YEAR_AFTER.match(text, m.end())
        start = before.start() if before and before.group(0) else m.start()
        day = int(before.group("day")) if before and before.group("day") else None
        weekday = WEEKDAYS.index(before.group("weekday").lower()) if before and before.group("weekday") else None
        month = MONTHS[m.group(1).lower()]
        found.append(DateMention(int(year.group(1)) if year else _shared_year(text, m.end(), month, day), month, day, start,
                                 year.end() if year else m.end(), weekday))
    found = [d for d in found if 1 <= d.month <= 12 and (d.day is None or 1 <= d.day <= 31)]
    found.sort(key=lambda d: d.start)
    return found, [d.start for d in found]


def _shared_year(text: str, at: int, month: int, day: int | None) -> int | None:
    """The year of a month written without one when another month and a year follow ("janvier ou
    février 2021": 2021; "décembre ou janvier 2026": 2025); none for a day's date."""
    other = None if day else _OR_MONTH_YEAR.match(text, at)
    if not other:
        return None
    year = int(other.group(2))
    return year if month <= MONTHS[other.group(1).lower()] else year - 1


def _separator_starts(text: str) -> list[int]:
    """The starts of ``_NUMERIC_SEPARATOR.finditer(text)``, from each separator character (three
    literals, scanned for in C several times faster than the digit class the pattern opens on):
    the digit before it, past white space."""
    starts = []
    for separator in "/.-":
        at = text.find(separator)
        while at >= 0:
            digit = at - 1
            while digit >= 0 and text[digit].isspace():
                digit -= 1
            if digit >= 0 and text[digit] in "0123456789":
                starts.append(digit)
            at = text.find(separator, at + 1)
    starts.sort()
    return starts


def _iso_dates(text: str, separators: list[int]) -> Iterator[re.Match]:
    """The matches of ``_ISO.finditer(text)`` from the starts of ``_NUMERIC_SEPARATOR``'s matches
    (``separators``), without a scan of its own: an ISO date's first separator follows its year's
    last digit, three characters after its start, and the separators' scan always stops there."""
    pos = 0
    for sep in separators:
        m = _ISO.match(text, sep - 3) if sep - 3 >= pos else None
        if m:
            yield m
            pos = m.end()


def _numeric_dates(text: str, separators: list[int]) -> Iterator[re.Match]:
    """The matches of ``_NUMERIC.finditer(text)``, four times faster: a match opens at the
    digit before a separator or the one before it (``separators``: the starts of
    ``_NUMERIC_SEPARATOR``'s matches), and nowhere else."""
    pos = 0
    for sep in separators:
        for start in (sep - 1, sep):
            m = _NUMERIC.match(text, start) if start >= pos else None
            if m:
                yield m
                pos = m.end()
                break


CUE_MAX_CHARS = 140   # the longest cue phrase the tables can match


def _after_cue(text: str, cue: re.Pattern, window: int = 90, need_year: bool = False) -> list[tuple[re.Match, DateMention]]:
    """(cue, first date within ``window`` characters after it) pairs.

    Cues are only looked for in the stretches that precede a date.
    """
    mentions, _ = _all_dates(text)
    pairs: list[tuple[re.Match, DateMention]] = []
    seen: set[int] = set()
    for a, b in _stretches_before(tuple(d.start for d in mentions), window):
        for m in cue.finditer(text, a, b):
            if m.start() in seen:
                continue
            seen.add(m.start())
            limit = min(len(text), m.end() + window)
            stop = text.find("\n\n", m.end(), limit)
            if stop >= 0 and not text[m.end():stop].strip(" \t:"):
                # A portal's row: the label alone, a blank line, then its value ("Date limite de candidature\n\n01/04/2024").
                stop = text.find("\n\n", stop + 2, limit)
            limit = stop if stop >= 0 else limit
            after = [d for d in dates_in(text, m.end(), limit) if d.day or d.year or not need_year]
            if after:
                pairs.append((m, after[0]))
    pairs.sort(key=lambda pair: pair[0].start())
    return pairs


def _stretches_before(starts: tuple[int, ...], window: int) -> list[tuple[int, int]]:
    """Merged spans [start - window - CUE_MAX_CHARS, start] before each date."""
    spans: list[list[int]] = []
    for start in starts:
        a = max(0, start - window - CUE_MAX_CHARS)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], start)
        else:
            spans.append([a, start])
    return [(a, b) for a, b in spans]


def find_published(text: str) -> Found | None:
    text = lowered(text)
    for cue, date in _after_cue(text, _PUBLISHED, 40):
        resolved = date.resolve()
        if resolved:
            return Found(resolved[0], cue.start(), date.end)
    return _byline_date(text) or _opening_dateline(text)


_DATELINE = re.compile(r"[ \t]*(?:%s)[ \t]*" % DATELINE)


def is_dateline(line: str) -> bool:
    """Whether a line is nothing but a date (its weekday and time too) or "il y a 3 heures"."""
    return bool(_DATELINE.fullmatch(lowered(line)))


def _opening_dateline(text: str) -> Found | None:
    """The date of the line a page opens on when that line is only a date ("Lundi, 03 Avril 2017 10:38")."""
    first = re.match(r"\s*([^\n]*)", text)
    m = _DATELINE.fullmatch(first.group(1)) if first else None
    if not m or m.group("date") is None:
        return None
    dates = dates_in(text, first.start(1) + m.start("date"), first.start(1) + m.end("date"))
    resolved = dates[0].resolve() if dates else None
    return Found(resolved[0], first.start(1), first.end(1)) if resolved else None


def _byline_date(text: str) -> Found | None:
    """The date of a byline that has no label before its date (vocab ``PUBLISHED_BYLINES``)."""
    if "par " not in text:
        return None
    for byline in _BYLINES:
        m = byline.search(text)
        dates = dates_in(text, m.start("date"), m.end("date")) if m else []
        resolved = dates[0].resolve() if dates else None
        if resolved:
            return Found(resolved[0], m.start(), m.end())
    return None


def find_deadline(text: str, reference_year: int | None = None) -> Found | None:
    """Last day to apply; else the end of publication."""
    text = lowered(text)
    for cue in (_DEADLINE, _END_PUB):
        for m, date in _after_cue(text, cue, 120):
            if _is_start_context(text, m.start()) or _is_interview_context(text, m.start(), date.end) \
                    or _is_contract_end(text, m.start()):
                continue
            resolved = date.resolve(_infer_year(date, text, reference_year))
            if resolved and date.day:
                return Found(resolved[0], m.start(), date.end)
    return None


def _is_start_context(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40):pos].lower()
    return bool(re.search(r"(?:prise\s+de\s+poste|début|démarrage|commencer|arrivée|pourvoir|engagement\s+souhaitée?)[^.\n]*\Z", before))


def _is_contract_end(text: str, pos: int) -> bool:
    """ "CDD temps plein jusqu'au 31/12": the end of the contract, not of applications."""
    before = text[max(0, pos - 60):pos]
    return bool(_CONTRACT_END.search(before)) and "candidat" not in before


_CONTRACT_END = re.compile(r"(?:\bcdd|\bcontrat|remplacement|\bmission|\bdurée|h\s*/\s*semaine\)?)[^.\n]*\Z")


def _is_interview_context(text: str, start: int, end: int) -> bool:
    """Whether the date after a start cue is about interviews ("entretiens", "jury"), read from a little
    before the cue; a cue that opens its line (a list's item) reads from that line only."""
    line_start = text.rfind("\n", 0, start) + 1
    opens_line = not text[line_start:start].strip(" \t*-•–·>")
    return bool(_INTERVIEW.search(text, line_start if opens_line else max(0, start - 60), end))


_INTERVIEW = re.compile(r"entretiens?|jury|étudiées?\s+(?:à\s+partir|après)", re.I)


def _infer_year(date: DateMention, text: str, reference_year: int | None) -> int | None:
    """The year of a date: as written, else the offer's other dates', else
    the one its weekday implies ("lundi 3 mars") among nearby years."""
    if date.year:
        return date.year
    if reference_year:
        return reference_year
    if date.weekday is not None and date.day:
        this_year = dt.date.today().year
        for year in sorted(range(this_year - 3, this_year + 2), key=lambda y: abs(y - this_year)):
            try:
                if dt.date(year, date.month, date.day).weekday() == date.weekday:
                    return year
            except ValueError:
                return None
    return None


def find_start(text: str, reference: str | None = None) -> tuple[Found | None, Found | None]:
    """(start date as (iso, precision), asap flag) with their evidence.

    ``reference`` is another date of the offer (deadline, else published):
    it gives the year of a start written without one, when the start month
    does not come before it.
    """
    text = lowered(text)
    asap = None
    for m in first_of(_ASAP, text):
        before = text[max(0, m.start() - 80):m.start()].lower()
        if re.search(r"(?:début|démarr|poste|pourvoir|prise|commenc|dispo|arrivée|entrée|contrat|stage|mission|rejoindre|intégr|engagement|embauche)[^.\n]*\Z", before) \
                and not re.search(r"après\s+cette\s+date|ou\s+au\s+plus\s+tôt\s+après", text[m.start() - 10:m.end() + 30].lower()) \
                and not _NOT_BEFORE.match(text, m.end()):
            asap = Found(True, m.start(), m.end())
            break
    for cue, date in _after_cue(text, _START, 60):
        between = text[cue.end():date.start]
        if re.search(r"\b(?:candidature|entretien|jury|publication)", between, re.I):
            continue
        if _latest_bound(text, cue, date):
            continue
        if _COUNTED_FROM.fullmatch(cue.group()) and not _post_clause(text, cue.start()):
            continue
        if _is_interview_context(text, cue.start(), date.end):
            continue
        resolved = date.resolve(_start_year(date, reference))
        if resolved:
            return Found(resolved, cue.start(), date.end), asap
        break                             # no year: a range may give it ("du 2 mars au 18 septembre 2026")
    span = date_range(text)
    if span:
        first, last = span
        resolved = first.resolve(_range_start_year(first, last) or _start_year(first, reference))
        if resolved:
            return Found(resolved, first.start, last.end), asap
    return None, asap


def _latest_bound(text: str, cue: re.Match, date: DateMention) -> bool:
    """Whether the date after a start cue is only the latest start ("au plus tard le 1er mars",
    "à pourvoir dès que possible ; jusqu'au 31/12/2012"): the last word before it says so,
    not a first day ("à partir du", "dès le", "début")."""
    latest = [m.start() for m in _LATEST.finditer(text, max(0, cue.start() - 5), date.start)]
    if not latest:
        return False
    firsts = [m.start() for m in _FROM.finditer(text, cue.start(), date.start)]
    return not firsts or firsts[-1] < latest[-1]


_FROM = re.compile(r"à\s+partir|dès|début", re.I)


_COUNTED_FROM = re.compile(COUNTED_FROM_CUE)
_POST_WORD = re.compile(r"\b(?:%s)(?!\w)" % "|".join(COUNTED_FROM_SUBJECTS))


def _post_clause(text: str, at: int) -> bool:
    """Whether the clause before ``at`` (its line, back to the sentence's start) is about the post, or
    the cue opens its line (a metadata line: "À compter de mi-décembre 2022 – Limite de candidature : ...")."""
    line_start = text.rfind("\n", 0, at) + 1
    if not text[line_start:at].strip(" \t-•*#>"):
        return True
    start = max(line_start - 1, text.rfind(". ", 0, at), at - 160)
    return bool(_POST_WORD.search(text, start + 1, at))


# "au plus tôt le 1/07/2021": not before that day, which is not "as soon as possible".
_NOT_BEFORE = re.compile(r"\s+(?:le|au|à\s+partir\s+du)\s+(?:\d|1er|(?:%s)\b)" % "|".join(WEEKDAYS))


def _start_year(date: DateMention, reference: str | None) -> int | None:
    """The year of a start date: as written, else the reference's (the
    offer's deadline or publication), else the next year's when that puts
    the start within six months after the reference (published in
    November, "prise de poste le 5 janvier")."""
    if date.year or not reference:
        return date.year
    ref = dt.date.fromisoformat(reference)
    if date.month >= ref.month:
        return ref.year
    return ref.year + 1 if date.month + 12 - ref.month <= 6 else None


def date_range(text: str) -> tuple[DateMention, DateMention] | None:
    """The first "du 2 mars au 18 septembre 2026" of ``text`` (both ends dated to the day or month)."""
    mentions, _ = _all_dates(text)
    for first, last in zip(mentions, mentions[1:], strict=False):
        opened = _RANGE_FROM.search(text, max(0, first.start - 12), first.start)
        joined = opened and _RANGE_TO.fullmatch(text, first.end, last.start)
        if not joined or bool(opened.group("between")) != bool(joined.group("and")):
            continue                      # "entre ... et ...", "du ... au ...", not a mix
        if (first.day and not opened.group("between")) or _RANGE_CUE.search(text, max(0, first.start - 60), first.start):
            return first, last            # months alone ("de juin à décembre") and "entre" only about the engagement
    return None


def _range_start_year(first: DateMention, last: DateMention) -> int | None:
    """The year a range starts in: its own, else its end's ("du 1er décembre au 30 mars 2026": 2025)."""
    if first.year or not last.year:
        return first.year
    return last.year if first.month <= last.month else last.year - 1


def range_months(first: DateMention, last: DateMention) -> float | None:
    """Months from ``first`` to ``last``, to the half month."""
    start_year = _range_start_year(first, last)
    end_year = last.year or start_year
    if not start_year:
        return None
    try:
        days = (dt.date(end_year, last.month, last.day or 28) - dt.date(start_year, first.month, first.day or 1)).days
    except ValueError:
        return None
    return half_months(days) if days > 0 else None


def half_months(days: float) -> float:
    """Days as months, to the half month (the precision a length is given in: 105 days, 3.5)."""
    return round(days / 30.44 * 2) / 2


_RANGE_CUE = re.compile(r"(?:stage|contrat|cdd|mission|service\s+civique|volontariat|poste|engagement|alternance)[^.\n]*\Z")
_RANGE_FROM = re.compile(r"\b(?:du|de|(?P<between>entre)(?:\s+le)?)\s+(?:(?:%s)\s+)?\Z" % "|".join(WEEKDAYS))
_RANGE_TO = re.compile(r"\s*(?:au|à|jusqu'au|-|–|(?P<and>et)(?:\s+le)?)\s*(?:(?:%s)\s+)?" % "|".join(WEEKDAYS))
