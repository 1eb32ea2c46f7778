"""Dates: published, application deadline, start (with "dès que possible").

Candidates are found with French patterns ("5 septembre 2022", "05/09/2022",
"1er mars", "mi-septembre 2022", "février 2026"), then read with the month
table; a missing year is inferred from the offer's other dates.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..vocab.dates import (ASAP_PHRASES, DEADLINE_CUES, END_OF_PUBLICATION_CUES, MONTHS,
                           PUBLISHED_CUES, START_CUES, WEEKDAYS)
from . import Found

_MONTH = r"(?P<month>%s)\.?" % "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    r"(?P<iso>(?P<iy>20\d\d|19\d\d)-(?P<im>\d\d)-(?P<id>\d\d))"
    r"|(?P<num>\b(?P<nd>\d{1,2})\s*[/.-]\s*(?P<nm>\d{1,2})\s*[/.-]\s*(?P<ny>(?:20)?\d\d)\b)"
    r"|(?P<text>(?:(?P<weekday>%s)\s+)?(?:(?P<day>\d{1,2})(?:er|ᵉʳ)?\s+|(?P<part>début|mi|fin|courant|milieu)[\s-]+(?:de\s+|d')?)?"
    r"%s(?:\s+(?P<year>20\d\d|19\d\d))?\b)" % ("|".join(WEEKDAYS), _MONTH),
    re.I)
_ASAP = re.compile("|".join(ASAP_PHRASES), re.I)
_DEADLINE = re.compile("|".join(DEADLINE_CUES), re.I)
_END_PUB = re.compile("|".join(END_OF_PUBLICATION_CUES), re.I)
_PUBLISHED = re.compile("|".join(PUBLISHED_CUES), re.I)
_START = re.compile("|".join(START_CUES), re.I)
_LATEST = re.compile(r"au\s+plus\s+tard|avant\s+le|jusqu'au|date\s+limite", re.I)


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
    found = []
    for m in _DATE.finditer(text, start, len(text) if end is None else end):
        g = m.groupdict()
        if g["iso"]:
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        elif g["num"]:
            y, mo, d = int(g["ny"]), int(g["nm"]), int(g["nd"])
            y = y + 2000 if y < 100 else y
        else:
            mo = MONTHS[g["month"].lower().rstrip(".")]
            d = int(g["day"]) if g["day"] else None
            y = int(g["year"]) if g["year"] else None
            if d is None and g["month"].lower() in ("mars", "mai") and not (g["year"] or g["part"]):
                # "mars"/"mai" alone are often other words' neighbours; need context.
                pass
        if not (1 <= mo <= 12) or (d is not None and not 1 <= d <= 31):
            continue
        weekday = WEEKDAYS.index(g["weekday"].lower()) if g.get("weekday") else None
        found.append(DateMention(y, mo, d, m.start(), m.end(), weekday))
    return found


def _after_cue(text: str, cue: re.Pattern, window: int = 90, need_year: bool = False) -> list[tuple[re.Match, DateMention]]:
    """(cue, first date within ``window`` characters after it) pairs."""
    pairs = []
    for m in cue.finditer(text):
        stop = text.find("\n\n", m.end())
        limit = min(len(text), m.end() + window, stop if stop >= 0 else len(text))
        mentions = [d for d in dates_in(text, m.end(), limit) if d.day or d.year or not need_year]
        if mentions:
            pairs.append((m, mentions[0]))
    return pairs


def find_published(text: str) -> Found | None:
    for cue, date in _after_cue(text, _PUBLISHED, 40):
        resolved = date.resolve()
        if resolved:
            return Found(resolved[0], cue.start(), date.end)
    return None


def find_deadline(text: str, reference_year: int | None = None) -> Found | None:
    """Last day to apply; else the end of publication."""
    for cue in (_DEADLINE, _END_PUB):
        for m, date in _after_cue(text, cue, 120):
            if _is_start_context(text, m.start()) or _is_interview_context(text, m.start(), date.end):
                continue
            resolved = date.resolve(_infer_year(date, text, reference_year))
            if resolved and date.day:
                return Found(resolved[0], m.start(), date.end)
    return None


def _is_start_context(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40):pos].lower()
    return bool(re.search(r"(?:prise\s+de\s+poste|début|démarrage|commencer|arrivée|pourvoir)[^.\n]*$", before))


def _is_interview_context(text: str, start: int, end: int) -> bool:
    return bool(re.search(r"entretiens?|jury|étudiées?\s+(?:à\s+partir|après)", text[max(0, start - 60):end], re.I))


def _infer_year(date: DateMention, text: str, reference_year: int | None) -> int | None:
    if date.year:
        return date.year
    if date.weekday is not None and date.day:
        for year in range(2015, 2031):
            try:
                if dt.date(year, date.month, date.day).weekday() == date.weekday:
                    candidates = [year]
                    if reference_year and abs(year - reference_year) <= 1:
                        return year
            except ValueError:
                continue
        return None if not reference_year else reference_year
    return reference_year


def find_start(text: str, reference: str | None = None) -> tuple[Found | None, Found | None]:
    """(start date as (iso, precision), asap flag) with their evidence.

    ``reference`` is another date of the offer (deadline, else published):
    it gives the year of a start written without one, when the start month
    does not come before it.
    """
    asap = None
    for m in _ASAP.finditer(text):
        before = text[max(0, m.start() - 80):m.start()].lower()
        if re.search(r"(?:début|démarr|poste|pourvoir|prise|commenc|dispo|arrivée|contrat|stage|mission|rejoindre|intégr)[^.\n]*$", before) \
                and not re.search(r"après\s+cette\s+date|ou\s+au\s+plus\s+tôt\s+après", text[m.start() - 10:m.end() + 30].lower()):
            asap = Found(True, m.start(), m.end())
            break
    for cue, date in _after_cue(text, _START, 60):
        between = text[cue.end():date.start]
        if re.search(r"\b(?:candidature|entretien|jury|publication)", between, re.I):
            continue
        if _LATEST.search(text[max(0, cue.start() - 5):date.start]) and not re.search(r"à\s+partir|dès|début", between, re.I):
            continue
        if _is_interview_context(text, cue.start(), date.end):
            continue
        year = date.year
        if year is None and reference:
            ref = dt.date.fromisoformat(reference)
            year = ref.year if date.month >= ref.month else None
        resolved = date.resolve(year)
        if resolved:
            return Found(resolved, cue.start(), date.end), asap
        return None, asap
    return None, asap
