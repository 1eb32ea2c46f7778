"""Working time: full or part time, FTE, weekly hours; and contract duration."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..vocab.contracts import POST_WORDS, PROGRAMME_WORDS, TIME_SHARE_AFTER, TIME_SPLIT_AFTER
from . import Found, alternatives, clean_number, first_of, lines_with, lowered, number
from .dates import half_months

# Read by first_of, one pattern per alternative (each opens on its own words): faster than their alternation.
_FULL = alternatives(r"temps\s+(?:plein|complet)\b|full[- ]time\b|plein\s+temps\b")
_PART = alternatives(r"temps\s+(?:partiel|non\s+complet|incomplet)\b|mi-?\s?temps\b|part[- ]time\b")
_HOURS = re.compile(
    r"(?<![\d,.])(?P<a>\d{1,2}(?:[,.]\d{1,2})?)\s*(?:h(?:eures?)?|h)\s*(?P<min>\d\d)?(?:\s*(?:mn|min))?"
    r"(?:\s*(?:et|à|-|ou)\s*(?P<b>\d{1,2}(?:[,.]\d{1,2})?)\s*(?:h(?:eures?)?|h)\s*(?P<bmin>\d\d)?)?"
    r"(?=\s*(?:/(?!\s*\d)|par|hebdo|de\s+travail\s+(?:par|hebdo)|semaine|sem\b|-\s*travail|\n|$|\)|\s+(?:du\s+lundi|annualisée?s?|réparties?|sur\s+\d|\(|avec|suivant|selon)))")
_HOUR_KEYS = tuple(f"{d}h" for d in "0123456789") + tuple(f"{d} h" for d in "0123456789") + ("heure",)
_HOURS_RANGE = re.compile(r"entre\s+(\d{1,2})\s*(?:h|heures)?\s*et\s+(\d{1,2})\s*h")
_FTE = re.compile(r"(?P<v>[01](?:[,.]\d{1,2})?)\s*(?:etp|e\.t\.p|fte)\b|(?:etp|quotité)\s*(?::|de)?\s*(?P<w>[01](?:[,.]\d{1,2})?)\b")
# "80 %" and "temps partiel à 80 %": one pattern each, read by first_of. The first opens on a
# digit (\d\d\d? rather than \d{2,3}: a class first is scanned for in C), the second on its words;
# their alternation was tried at every character of the text.
_PERCENT = (re.compile(r"(?P<v>\d\d\d?)\s*%(?=[^.\n]{0,30}(?:temps|etp|quotité|\b[àa]\s+\w+)|\s*(?:du\s+temps|d'un\s+temps|\)|,|\.|\s+à\s+\w))"),
            re.compile(r"(?:temps\s+partiel|quotité|temps\s+de\s+travail)[^.\n%]{0,20}?(?P<v>\d{2,3})\s*%"))
_TIME_SHARE = re.compile(TIME_SHARE_AFTER, re.I)
_TIME_SPLIT = re.compile(TIME_SPLIT_AFTER, re.I)
_SHARE = re.compile(r"(?P<v>\d\d\d?)\s*%")


def _time_share(text: str, m: re.Match, value: int) -> bool:
    """Whether a percentage is a share of the post's time given to one activity or place
    (vocab ``TIME_SHARE_AFTER``), or one of two shares that make up the whole post
    ("50% à la Réserve ..., 50% au pôle animation"), rather than its working time."""
    if _TIME_SHARE.match(text, m.end()):
        return True
    if not _TIME_SPLIT.match(text, m.end()):
        return False
    return any(o.start() != m.start() and value + int(o.group("v")) == 100 and _TIME_SPLIT.match(text, o.end())
               for o in _SHARE.finditer(text, max(0, m.start() - 200), m.end() + 200))


_FRACTION = re.compile(r"(?P<n>\d)\s*/\s*(?P<d>5|10)\s*(?:e|è|ème|èmes)?\b(?:\s*ou\s*(?P<n2>\d)\s*/\s*(?P=d)\s*(?:e|è|ème)?)?")
_DAYS = re.compile(r"(?P<n>\d)\s*jours?\s*(?:/|par)\s*semaine")


def find_working_time(text: str, title: str = "") -> dict[str, Found]:
    """kind, fte and hours_per_week, each with its evidence, when stated (a share in the title
    first: "animateur enfance 30%", "coordinateur·trice à 90% - FCLR")."""
    text = lowered(text)
    found: dict[str, Found] = {}
    hours = _find_hours(text)
    if hours:
        found["hours_per_week"] = hours
    fte = _title_share(text, title) or _find_fte(text)
    if fte:
        found["fte"] = fte
    kind = _stated_kind(text)
    if kind is None and fte and fte.value < 1:
        kind = Found("part_time", fte.start, fte.end)
    if kind is None and hours:
        if hours.range_low is not None and hours.range_low < 35 <= hours.value:
            kind = None                        # "28 et 35h": could be either
        else:
            kind = Found("part_time" if hours.value < 35 else "full_time", hours.start, hours.end)
    if kind:
        found["kind"] = kind
    return found


def _title_share(text: str, title: str) -> Found | None:
    """The post's share of a full time written in its title ("animateur enfance 30%"), not a share
    of remote work ("100% télétravail"); its evidence is where the title's words stand in the text."""
    m = _TITLE_SHARE.search(title.lower()) if "%" in title else None
    if not m or not 10 <= int(m.group("v")) <= 100:
        return None
    at = text.find(m.group())
    start, end = (at, at + len(m.group())) if at >= 0 else (0, 0)
    return Found(clean_number(int(m.group("v")) / 100), start, end)


_TITLE_SHARE = re.compile(r"(?<![\d,.])(?P<v>\d\d\d?)\s*%(?!\s*(?:de\s+)?(?:télétravail|remote|distanciel|à\s+distance))")


def _stated_kind(text: str) -> Found | None:
    """"temps plein" / "temps partiel" as the offer states it (not as a prospect:
    "évolution vers un temps plein"); the first stated wins."""
    if "temps" not in text and "time" not in text:
        return None
    stated = [(m, kind) for pattern, kind in ((_FULL, "full_time"), (_PART, "part_time"))
              for m in first_of(pattern, text) if not _is_prospect(text, m.start())]
    if not stated:
        return None
    m, kind = min(stated, key=lambda pair: pair[0].start())
    return Found(kind, m.start(), m.end())


def _is_prospect(text: str, pos: int) -> bool:
    before = text[max(0, pos - 60):pos].lower()
    return bool(re.search(r"(?:évolution|évoluer|passage|possibilité|possible|vers\s+un)[^.\n]*\Z", before))


class _Hours(Found):
    range_low: float | None = None


_FROM = re.compile(r"\bde\s*\Z")
# Hours under a working-time label: "Durée du travail\n35H Autre", "Planning envisagé : 25h".
_HOURS_LABELS = (r"durée\s+(?:du\s+travail|hebdomadaire(?:\s+de\s+travail)?)", r"temps\s+de\s+travail", r"volume\s+horaire",
                 r"planning(?:\s+envisagé)?", r"nombre\s+d'heures(?:\s+hebdomadaires)?", r"contrat(?:\s+de)?")
# One pattern per label (each with its literal prefix), read by first_of: faster than their alternation.
_LABELLED_HOURS = tuple(re.compile(label + r"\s*:?[ \t]*\n?[^\n\d]{0,30}"
                                   r"(?P<a>\d{1,2}(?:[,.]\d{1,2})?)\s*(?:h|heures?)\s*(?P<min>\d\d)?(?![\d/]|\s*(?:à|-)\s*\d)")
                        for label in _HOURS_LABELS)
_WEEKLY = re.compile(r"semaine|hebdo")
_PER_DAY = re.compile(r"\s*(?:/\s*j(?:our)?\b|par\s+jour|quotidien)")
# What stands before "35h" in "entre 28 et 35h" or "de 8 heures à 15 heures".
_RANGE_BEFORE = re.compile(r"(\d{1,2})\s*(?P<clock>h|heures?)?\s*(?:\d\d)?\s*(?:et|à|-|/)\s*\Z")


def _find_hours(text: str) -> _Hours | None:
    labelled = next(first_of(_LABELLED_HOURS, text), None)
    if labelled:
        value = number(labelled.group("a")) + (int(labelled.group("min")) / 60 if labelled.group("min") else 0)
        if 1 <= value <= 48:
            return _Hours(clean_number(value), labelled.start("a"), labelled.end())
    for m in (m for a, b in lines_with(text, _HOUR_KEYS) for m in _HOURS.finditer(text, a, b)):
        context = text[max(0, m.start() - 50):m.end() + 40].lower()
        if re.search(r"\b(?:rtt|mensuel|par\s+mois|par\s+an|/an|jour\b|par\s+jour|de\s+\d+h|à\s+\d+h|matin|soir|horaires?\s+:)", context[45:]) \
                and not re.search(r"semaine|hebdo", context):
            continue
        if _PER_DAY.match(text, m.end()):
            continue                           # "7h/jour": a day's hours
        a = number(m.group("a"))
        if a is None:
            continue
        if m.group("min"):
            a += int(m.group("min")) / 60
        b = number(m.group("b")) if m.group("b") else None
        if b is not None and _FROM.search(text, max(0, m.start() - 6), m.start()) and not _WEEKLY.search(context):
            continue                           # "de 8 heures à 15 heures": times of day
        if b is not None and m.group("bmin"):
            b += int(m.group("bmin")) / 60
        high = max(a, b) if b else a
        if not 1 <= high <= 48 or (high < 10 and not re.search(r"semaine|hebdo", context)):
            continue
        found = _Hours(clean_number(high), m.start(), m.end())
        found.range_low = min(a, b) if b else None
        low = _RANGE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if b is None and low:
            if low.group("clock") and not _WEEKLY.search(context):
                continue                       # "de 8 heures à 15 heures": a time of day
            if int(low.group(1)) < a:
                found.range_low = float(low.group(1))
        return found
    m = _HOURS_RANGE.search(text)
    if m:
        found = _Hours(clean_number(float(m.group(2))), m.start(), m.end())
        found.range_low = float(m.group(1))
        return found
    return None


def _find_fte(text: str) -> Found | None:
    m = _FTE.search(text) if ("etp" in text or "quotité" in text or "fte" in text or "e.t.p" in text) else None
    if m:
        value = number(m.group("v") or m.group("w"))
        if value and 0 < value <= 1:
            return Found(clean_number(value), m.start(), m.end())
    for m in (first_of(_PERCENT, text) if "%" in text else ()):
        context = text[max(0, m.start() - 60):m.end() + 40].lower()
        if not re.search(r"temps|etp|quotité|cdd|cdi|poste|contrat", context) or re.search(r"prise\s+en\s+charge|rembours|mutuelle|prime|télétravail", context):
            continue
        value = int(m.group("v"))
        if _time_share(text, m, value):
            continue
        if 10 <= value <= 100 and value % 5 == 0:
            return Found(clean_number(value / 100), m.start(), m.end())
    for m in _fractions(text):
        context = text[max(0, m.start() - 40):m.end() + 30].lower()
        if not re.search(r"temps|charge|etp|semaine|quotité", context):
            continue
        n = max(int(m.group("n")), int(m.group("n2") or 0))
        value = n / int(m.group("d"))
        if 0 < value <= 1:
            return Found(clean_number(value), m.start(), m.end())
    return None


def _fractions(text: str) -> Iterator[re.Match]:
    """The matches of ``_FRACTION.finditer(text)``, found from each "/" (a literal, scanned for in C
    many times faster than the digit class the pattern opens on): a match opens on the digit before
    the slash and the white space before it, and nowhere else."""
    pos = 0
    slash = text.find("/")
    while slash >= 0:
        start = slash
        while start > 0 and text[start - 1].isspace():
            start -= 1
        start -= 1
        m = _FRACTION.match(text, start) if start >= pos else None
        if m:
            yield m
            pos = m.end()
        slash = text.find("/", max(slash + 1, pos))


_NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                 "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "dix-huit": 18, "vingt-quatre": 24}
_N = r"(?:\d{1,2}(?:[,.]5)?|%s)" % "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_DURATION_KEYS = ("mois", "an ", "an,", "an.", "an)", "an\n", "ans", "année", "semaines")
# Behind a look-ahead of what a match opens with (a digit, "+/-", "environ" or a number word,
# its first letter checked first): the pattern opens on a group, which the regex engine would
# otherwise try in full at every character of the lines it runs on.
_DURATION_OPENS = r"(?=[\d+e%s])(?=[\d+]|environ|%s)" % ("".join(sorted({w[0] for w in _NUMBER_WORDS})),
                                                       "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)))
_DURATION = re.compile(_DURATION_OPENS + (
    r"(?:(?P<a>%s)\s*(?P<ua>mois|ans?|années?|semaines?)?\s*(?:à|-|ou|/)\s*(?P<b>%s)\s*(?P<ub>mois|ans?|années?)\b"
    r"|(?:\+/-\s*|environ\s+)?(?P<c>%s)\s*(?P<uc>mois|ans?|années?|semaines)\b)" % (_N, _N, _N)))
_DURATION_CUE = re.compile(r"durée|cdd|\bcdr\b|remplacement|contrat|stage|mission|service\s+civique|engagement|période|volontariat|alternance|"
                           r"apprentissage|pour\s+(?:une\s+durée\s+de\s+)?$|de\s+$|sur\s+$|d'une?\s+$|mois\b")
_NOT_DURATION = re.compile(r"expérience|expertise|ans\s+d'|âgée?s?|moins\s+de|plus\s+de|depuis|existence|créée?|il\s+y\s+a|tous\s+les|"
                           r"chaque|par\s+an|\bdès\b|après|avant|ancienneté|diplôme|formation|bac|renouvel|prolong|"
                           r"reconduc|période\s+d'essai|essai|au\s+bout|jusqu'à|dans\s+les|"
                           r"excéder|n'excède|limite|maximale?\s+de")      # a legal cap: "ne peut excéder trois ans"


# Weeks are a contract's length only right after its name: "Contrat de remplacement de 15 semaines",
# "Mission de 8 semaines", "stage de 6 semaines"; never a leave's.
_WEEKS_CUE = re.compile(r"(?:durée|cdd|\bcdr\b|remplacement|contrat|stage|mission|service\s+civique|volontariat)\b[^.\n]{0,20}\Z")
_LEAVE = re.compile(r"congés?\b")


def _programme_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a length speaks of a project, a programme or its funding, and not of
    the post ("Le Projet ... a été initié ... pour une durée de cinq ans", "Sur une durée de 2 ans,
    l'État finance ..."); its lines may be broken."""
    before = text[max(0, start - SENTENCE_CHARS):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    stop = _SENTENCE_END.search(text, end, end + SENTENCE_CHARS)
    sentence = before[cut:] + text[start:stop.start() if stop else end + SENTENCE_CHARS]
    return bool(_PROGRAMME.search(sentence)) and not _POST.search(sentence)


SENTENCE_CHARS = 400
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n[ \t]*\n")
_PROGRAMME = re.compile(r"(?:%s)" % "|".join(PROGRAMME_WORDS))
_POST = re.compile(r"(?:%s)" % "|".join(POST_WORDS))


def _count(word: str) -> float:
    return _NUMBER_WORDS.get(word.lower()) or number(word) or 0


def _months(value: float, unit: str | None) -> float:
    unit = (unit or "mois").lower()
    return value * 12 if unit.startswith(("an", "ann")) else value


def find_duration(text: str) -> Found | None:
    """(min, max) months of a fixed-term engagement, when stated."""
    text = lowered(text)
    for m in (m for a, b in lines_with(text, _DURATION_KEYS) for m in _DURATION.finditer(text, a, b)):
        before = text[max(0, m.start() - 45):m.start()]
        after = text[m.end():m.end() + 25]
        if _NOT_DURATION.search(before[-30:]) or re.match(r"\s*(?:\(s\))?\s*(?:d'exp|minimum\s+d'exp|d'ancienneté|et\s+plus)", after, re.I):
            continue
        if re.search(r"\b(?:ans?|années?)\b", m.group(0), re.I) and not re.search(r"durée|contrat|cdd|mission|pour|d'une?|sur|de\s*$|(?:civique|stage|volontariat|alternance|apprentissage)\s*\(?\s*$", before, re.I):
            continue
        if not _DURATION_CUE.search(before) and not re.match(r"\s*(?:renouvelable|minimum|maximum|à\s+partir|à\s+compter|de\s+stage|,|\))", after, re.I):
            continue
        if m.group("c"):
            weeks = re.match(r"semaine", m.group("uc") or "", re.I)
            if weeks and (not _WEEKS_CUE.search(before) or _LEAVE.search(before)):
                continue                 # "5 semaines de congés", "congé de 16 semaines": not the contract's
            value = half_months(_count(m.group("c")) * 7) if weeks else _months(_count(m.group("c")), m.group("uc"))
            low = high = value
        else:
            unit_b = m.group("ub")
            low = _months(_count(m.group("a")), m.group("ua") or unit_b)
            high = _months(_count(m.group("b")), unit_b)
        if not 0 < low <= high <= 60:
            continue
        if _programme_sentence(text, m.start(), m.end()):
            continue                     # "Sur une durée de 2 ans, l'État finance ...": a programme's length
        return Found((clean_number(low), clean_number(high)), m.start(), m.end())
    return None
