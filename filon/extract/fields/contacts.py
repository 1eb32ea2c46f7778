"""E-mail addresses (de-obfuscated), phone numbers (E.164), application URL, reference."""
from __future__ import annotations

import re

import phonenumbers

from ..vocab.apply import APPLY_CUES, APPLY_PLATFORMS, REFERENCE_LABELS
from . import Found, lines_with

_AT = r"(?:@[ \t]?|\s@\s|\s?\[\s?(?:at|@|arobase)\s?\]\s?|\s?\(\s?(?:at|@|arobase)\s?\)\s?|\s+(?:at|arobase)\s+)"
_DOT = r"(?:\.|\s?\[\s?(?:dot|point)\s?\]\s?|\s?\(\s?(?:dot|point)\s?\)\s?)"
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+(?:%s[\w-]+)*)%s([\w-]+(?:%s[\w-]+)*%s[a-z]{2,12})\b" % (_DOT, _AT, _DOT, _DOT), re.I)
_URL = re.compile(r"(?:https?://|www\.|HTTPS?://|WWW\.)[^\s<>()\"'\]]+[^\s<>()\"'.,;:!?\]]")
_APPLY = re.compile("|".join(APPLY_CUES), re.I)
_PLATFORM = re.compile("|".join(APPLY_PLATFORMS), re.I)
_REFERENCE = re.compile(r"(?:%s)\s*(?:[:n°#.]\s*)*(?P<ref>[A-Z0-9][\w/\-.]*[\w])" % "|".join(REFERENCE_LABELS), re.I)
_REFERENCE_LINE = re.compile(r"\s*(?:%s)[\s:n°#.]*" % "|".join(REFERENCE_LABELS), re.I)
# How far past its label's line a reference may stand (a blank line, then the code).
REFERENCE_NEXT_LINES_CHARS = 40


def find_emails(text: str) -> list[Found]:
    """Every e-mail address, lower-cased, spaces and obfuscation removed."""
    found: dict[str, Found] = {}
    if "@" in text:
        # Only the neighbourhood of each "@" can hold an address (plus obfuscated ones).
        windows, pos = [], 0
        while (at := text.find("@", pos)) >= 0:
            windows.append((max(0, at - 80), min(len(text), at + 200)))
            pos = at + 1
        if re.search(r"[\[(]\s?(?:at|arobase)\s?[\])]|\sarobase\s", text, re.I):
            windows = [(0, len(text))]
    elif _names_at(text):
        windows = [(0, len(text))]
    else:
        return []
    matches, last_end = [], -1
    for a, b in _merge(windows):
        for m in _EMAIL.finditer(text, a, b):
            if m.start() >= last_end:
                matches.append(m)
                last_end = m.end()
    for m in matches:
        local, domain = m.group(1), m.group(2)
        local = re.sub(_DOT, ".", local, flags=re.I).replace(" ", "")
        domain = re.sub(_DOT, ".", domain, flags=re.I).replace(" ", "")
        address = f"{local}@{domain}".lower().strip(".")
        if "." not in domain or re.search(r"\.(?:png|jpe?g|gif|svg|webp)$", address):
            continue
        found.setdefault(address, Found(address, m.start(), m.end()))
    return list(found.values())


_AT_WORD = re.compile(r"(?:at|arobase)\b", re.I)


def _names_at(text: str) -> bool:
    """Whether ``re.search(r"\b(?:at|arobase)\b", text, re.I)`` finds the word "at" or "arobase",
    twice as fast: the leading word boundary checked by hand lets the pattern be scanned for."""
    for m in _AT_WORD.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isalnum() or before == "_"):
            return True
    return False


# A number labelled as something else ("SIRET", "Réf. :"); "référent, 06 ..." is a phone.
_NOT_PHONE = re.compile(r"siret|siren|n°\s*\Z|naf|cs\s*\Z|bp\s*\Z|iban|rcs|\bréf(?:érence)?\.?\s*:?\s*\Z|\bref\.?\s*:?\s*\Z")
_PHONE_CANDIDATE = re.compile(r"[+(0-9][0-9\s().-]{7,21}[0-9](?![0-9/])")
# A French number as written: its trunk 0 ("01 23 ...", "(0)1 ...") or an international prefix ("+33", "0033").
_FRENCH_DIALLED = re.compile(r"\(?[0+]")


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def find_phones(text: str, country: str = "FR") -> list[Found]:
    """Every phone number, in E.164 (candidates read by ``phonenumbers``); a
    number in national form is read as one of ``country`` (the offer's: a
    Belgian "0475 12 34 56" is +32), else of France."""
    found: dict[str, Found] = {}
    for candidate in _PHONE_CANDIDATE.finditer(text):
        if sum(c.isdigit() for c in candidate.group(0)) < 9 or (
                candidate.start() and text[candidate.start() - 1] in "0123456789/"):
            continue
        raw = candidate.group(0).strip(" .-()")
        start = candidate.start() + candidate.group(0).find(raw[:3])
        before = text[max(0, start - 30):start].lower()
        if _NOT_PHONE.search(before):
            continue
        try:
            parsed = phonenumbers.parse(raw, country)
            if country != "FR" and not phonenumbers.is_valid_number(parsed):
                parsed = phonenumbers.parse(raw, "FR")      # a French number in an offer abroad
        except phonenumbers.NumberParseException:
            continue
        if parsed.country_code == 33 and not _FRENCH_DIALLED.match(raw):
            continue                     # no trunk 0 nor "+": a year range, a reference, an address ("2019-2024 (2")
        if not phonenumbers.is_valid_number(parsed):
            continue
        number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        found.setdefault(number, Found(number, start, start + len(raw)))
    return list(found.values())


_NOT_APPLY = re.compile(r"plus\s+d'informations?|en\s+savoir\s+plus|découvrir|site\s+(?:internet|web)|télécharg|"
                        r"fiche\s+de\s+poste|critères|éligibilit", re.I)


def find_application_url(text: str, apply_spans: list[tuple[int, int]] = ()) -> Found | None:
    """A URL the offer names for applying: after an apply cue, in the
    "how to apply" section, or on a known application platform."""
    urls = [m for m in _URL.finditer(text)]
    for m in urls:
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 120):m.start()]
        if _NOT_APPLY.search(before[-60:]):
            continue
        if _APPLY.search(before) or any(a <= m.start() < b for a, b in apply_spans):
            return Found(_tidy(m.group(0)), m.start(), m.end())
    for m in urls:
        if _PLATFORM.search(m.group(0)):
            return Found(_tidy(m.group(0)), m.start(), m.end())
    return None


def _tidy(url: str) -> str:
    return url if url.lower().startswith("http") else "https://" + url


def find_reference(text: str) -> Found | None:
    """The offer's own reference code ("Réf. ATA/CHARG/COOR/ENF")."""
    for a, b in lines_with(text, ("réf", "ref", "code", "n°")):
        found = _reference_in(text, a, b)
        if found:
            return found
    return None


def _reference_in(text: str, a: int, b: int) -> Found | None:
    """The reference on the line ``a:b``, or on the next lines when the line is its label alone
    (a portal's row: "Réf." then "2025/CO/13300")."""
    alone = _REFERENCE_LINE.fullmatch(text, a, b)
    for m in _REFERENCE.finditer(text, a, min(len(text), b + REFERENCE_NEXT_LINES_CHARS) if alone else b):
        ref = m.group("ref")
        if not re.search(r"\d|/|-|[A-Z]{3}", ref) or len(ref) < 3 or ref.lower() in ("offre", "poste"):
            continue
        return Found(ref, m.start("ref"), m.end("ref"))
    return None
