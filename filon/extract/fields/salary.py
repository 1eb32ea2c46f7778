"""Pay: amounts in euros, period, gross or net, legal minimum."""
from __future__ import annotations

import re

from ..vocab.pay import ABOVE_MINIMUM, ALLOWANCE_BEFORE, LEGAL_MINIMUM, UNIT_WORDS
from . import Found, clean_number, lines_with, lowered, number, scan

_AMOUNT = r"(?:\d{1,3}(?:[ .\u202f]\d{3})+|\d+)(?:[,.]\d{1,2})?"
_EURO = r"(?:€|euros?|eur\b|k€|k\s*euros?|ke\b|k\b)"
_MONEY = re.compile(
    r"(?P<a>%s)\s*(?P<ka>k€?|€|euros?)?\s*(?:brut|net)?s?\s*(?:(?:à|-|–|et|/)\s*(?P<b>%s)\s*)?(?P<cur>%s)"
    r"|(?P<ft>(?P<ftunit>mensuel|annuel|horaire)\s+de\s+(?P<fa>%s)\s+euros?(?:\s+à\s+(?P<fb>%s)\s+euros?)?)"
    % (_AMOUNT, _AMOUNT, _EURO, _AMOUNT, _AMOUNT))
# Where a match of _MONEY can begin: a digit, or a France Travail pay line's period word.
_MONEY_START = re.compile(r"[\dmah](?:(?<=\d)|(?<=m)ensuel|(?<=a)nnuel|(?<=h)oraire)")
# Every amount the pattern reads has one of these on its line.
_KEYS = ("€", "euro", "eur ", "k ", "ke ")
_UNITS = [(unit, re.compile(pattern)) for unit, pattern in UNIT_WORDS]
_LEGAL = re.compile("|".join(LEGAL_MINIMUM))
_LEGAL_KEYS = ("gratification", "légal", "minim", "réglem", "législ", "loi", "smic", "barème", "taux", "montant", "grille",
               "indemnité", "conventionnel")
_ABOVE = re.compile(ABOVE_MINIMUM)
_ALLOWANCE = re.compile(ALLOWANCE_BEFORE)
_NOT_PAY = re.compile(r"budget|chiffre\s+d'affaires|millions?|milliards?|financ|subvention|levée|aide\s+en\s+nature|"
                      r"ticket|chèques?\s+déj|tickets?\s+resto|mutuelle|remboursement|prise\s+en\s+charge|frais|"
                      r"forfait\s+mobilité|prime\s+de|capital|investissement|tarif|coût|prix")
_PAY_CONTEXT = re.compile(r"salaire|rémunér|gratification|indemni|brut|net\b|rétribu|payé|traitement|\bpay\b|smic|"
                          r"mensuel|annuel|horaire|par\s+mois|/\s*mois|/\s*an|k€|fixe|€\s*/\s*h|de\s+l'heure")


def find_salary(text: str, monthly_default: bool = False) -> dict[str, Found]:
    """min, max, unit, basis and legal_minimum of the pay, each with evidence.

    ``monthly_default``: an internship or civic-service amount with no
    period is monthly.
    """
    text = lowered(text)
    found: dict[str, Found] = {}
    for m in (m for a, b in lines_with(text, _KEYS) for m in scan(_MONEY, _MONEY_START, text, a, b)):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        before = text[max(line_start, m.start() - 80):m.start()]
        sentence = re.split(r"[.;!?]\s", before)[-1]          # the clause that names the amount
        after = text[m.end():min(line_end, m.end() + 60)]
        window = before + m.group(0) + after
        if _NOT_PAY.search(before[-40:] + m.group(0) + after[:25]) or _ALLOWANCE.search(before[-40:]) \
                or not _PAY_CONTEXT.search(window):
            continue
        if m.group("ft"):
            low, high = number(m.group("fa")), number(m.group("fb") or m.group("fa"))
            unit = {"mensuel": "month", "annuel": "year", "horaire": "hour"}[m.group("ftunit").lower()]
        else:
            low = number(m.group("a"))
            high = number(m.group("b")) if m.group("b") else low
            if low is None or high is None:
                continue
            kilo = re.match(r"k", m.group("cur"), re.I) or (m.group("ka") or "").lower().startswith("k")
            if kilo:
                low, high = low * 1000 if low < 1000 else low, high * 1000 if high < 1000 else high
            if high < low:
                low, high = high, low
            unit = _unit(m.group(0) + after[:40], sentence, kilo)
            if unit is None and high >= 10_000:
                unit = "year"
            if unit is None and (monthly_default or 1_000 <= low) and high < 10_000:
                unit = "month"                       # a French wage of four figures is a month's
        if low is None or low < 1 or high > 500_000:
            continue
        found["min"] = Found(clean_number(low), m.start(), m.end())
        found["max"] = Found(clean_number(high), m.start(), m.end())
        if unit:
            found["unit"] = Found(unit, m.start(), m.end())
        basis = re.search(r"\b(brut|net)(?:s|e|es)?\b", sentence + m.group(0) + after[:30], re.I)
        if basis:
            found["basis"] = Found("gross" if basis.group(1).lower() == "brut" else "net", m.start(), m.end())
        break
    legal = next((m for a, b in lines_with(text, _LEGAL_KEYS) for m in _LEGAL.finditer(text, a, b)), None)
    if legal and not _ABOVE.search(text[max(0, legal.start() - 40):legal.end()]):
        found["legal_minimum"] = Found(True, legal.start(), legal.end())
    return found


def _unit(after: str, before: str, kilo: bool) -> str | None:
    if kilo:
        return "year"
    for unit, pattern in _UNITS:
        if pattern.search(after):
            return unit
    for unit, pattern in _UNITS:
        if pattern.search(before):
            return unit
    return None
