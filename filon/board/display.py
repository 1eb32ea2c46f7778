"""How the board shows an offer's values to French readers: pay, phones,
publication dates, the snippet of a result card, the offer's text as
headed blocks. Pure functions; templates reach them through filters."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

import phonenumbers
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from filon.extract.fields import fold
from filon.offers.vocabulary import CONTRACT_LABELS
from filon.search.text import stem, words

NBSP = "\u202f"          # French thousands separator (narrow no-break space)
PAY_UNITS = {"hour": "de l'heure", "month": "par mois", "year": "par an"}
PAY_BASES = {"gross": "brut", "net": "net"}
SECTION_TITLES = {"context": "L'employeur", "missions": "Missions", "profile": "Profil recherché",
                  "conditions": "Conditions", "apply": "Pour postuler", "other": "Informations"}
DEADLINE_NEAR_DAYS = 14   # "plus que N jours" below this many days; the date alone beyond


def number_fr(value) -> str:
    """2300 -> "2 300", 11.88 -> "11,88" (no decimals when whole)."""
    value = Decimal(value)
    whole = value == value.to_integral_value()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}"
    return text.replace(",", NBSP).replace(".", ",")


def pay(offer) -> str:
    """ "2 300 € brut par mois", "2 300 à 2 600 € net par mois", "SMIC" or ""."""
    if offer.salary_min is None:
        return "SMIC (minimum légal)" if offer.salary_legal_minimum else ""
    amount = number_fr(offer.salary_min)
    if offer.salary_max is not None and offer.salary_max != offer.salary_min:
        amount += f" à {number_fr(offer.salary_max)}"
    parts = [f"{amount}\u00a0€", PAY_BASES.get(offer.salary_basis, ""), PAY_UNITS.get(offer.salary_unit, "")]
    return " ".join(p for p in parts if p)


def working_time(offer) -> str:
    """ "Temps plein", "Temps partiel (24 h/semaine)" or ""."""
    kind = {"full_time": "Temps plein", "part_time": "Temps partiel"}.get(offer.working_time_kind, "")
    if offer.hours_per_week:
        hours = f"{number_fr(offer.hours_per_week)}\u00a0h/semaine"
        return f"{kind} ({hours})" if kind else hours
    return kind


# France and its overseas départements (dialled from anywhere in France as national numbers).
FRENCH_CODES = {33, 590, 594, 596, 262}     # 262: La Réunion and Mayotte (+269 is the Comoros)


def phone(number: str) -> str:
    """An E.164 number as French readers write it: "+33299123456" -> "02 99 12 34 56",
    "+590590123456" -> "0590 12 34 56" (foreign numbers in the international
    format); unreadable input as is."""
    try:
        parsed = phonenumbers.parse(number, "FR")
    except phonenumbers.NumberParseException:
        return number
    kind = phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code in FRENCH_CODES else \
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, kind)


def published_at(offer) -> dt.datetime:
    """The publication as a moment (midnight, the board's time zone) for feeds."""
    if offer.published_on:
        return timezone.make_aware(dt.datetime.combine(offer.published_on, dt.time()))
    return offer.created_at


def offer_line(offer, length: int = 160) -> str:
    """One line for search engines, shared links and feeds: contract, place, employer, then the text."""
    head = " · ".join(x for x in (", ".join(CONTRACT_LABELS.get(k, k) for k in offer.contract_types), offer.city,
                                  offer.organization) if x)
    text = " ".join(offer.text.split())
    line = f"{head} – {text}" if head and text else head or text
    return line if len(line) <= length else line[:length - 1].rsplit(" ", 1)[0] + "…"


def since(day: dt.date, today: dt.date) -> str:
    """ "aujourd'hui", "hier", "il y a 3 jours", "il y a 2 semaines", "il y a 3 mois"."""
    days = (today - day).days
    if days <= 0:
        return "aujourd'hui"
    if days == 1:
        return "hier"
    if days < 14:
        return f"il y a {days} jours"
    if days < 60:
        return f"il y a {days // 7} semaines"
    return f"il y a {days // 30} mois"


def deadline_note(days_left: int | None) -> str:
    """ "dernier jour", "plus que 3 jours" when the deadline is near, else ""."""
    if days_left is None or days_left < 0 or days_left > DEADLINE_NEAR_DAYS:
        return ""
    return "dernier jour" if days_left == 0 else f"plus que {days_left} jour{'s' if days_left > 1 else ''}"


SNIPPET_SCAN = 3000      # characters of an offer's text a snippet looks through
_LABEL_WORDS = {"intitule", "du", "poste", "offre", "emploi", "de", "h", "f"}   # "Intitulé du poste : <title>"
_SENTENCE = re.compile(r"[^\n.!?]+[.!?]?")
_WORD = re.compile(r"\w[\w'’·-]*")


def snippet(text: str, query: str, title: str = "", length: int = 180) -> SafeString:
    """The first sentence of ``text`` holding a word of ``query`` (any form:
    the words' stems meet), those words marked; else the first sentence
    that says more than the title. Cut to about ``length`` characters
    around the first match. Reads the first ``SNIPPET_SCAN`` characters."""
    stems = {stem(w) for w in words(query)} if query else set()
    if stems:
        scanned = fold(text[:SNIPPET_SCAN])
        if not any(st in scanned for st in stems):
            stems = set()               # a stem is a prefix of its words: none is in the text
    known, heading = set(words(title)) | _LABEL_WORDS, " ".join(words(title))
    fallback, chosen = "", ""
    for m in _SENTENCE.finditer(text[:SNIPPET_SCAN]):
        sentence = m.group(0).strip()
        if len(sentence) <= 30 or (fallback and not any(st in fold(sentence) for st in stems)):
            continue                    # (the cheap test first: a stem is a prefix of its words)
        found = words(sentence)
        if set(found) <= known or (heading and heading in " ".join(found)):     # says no more than the title
            continue
        fallback = fallback or sentence
        if not stems or any(stem(w) in stems for w in found):
            chosen = sentence if stems else ""
            break
    chosen = _BULLET.sub("", chosen or fallback or text.strip()[:length])
    first = next((m.start() for m in _WORD.finditer(chosen) if _hit(m.group(0), stems)), 0) if stems else 0
    start = max(0, first - length // 3)
    if start:
        start = chosen.find(" ", start) + 1 or start          # a whole first word
    cut = chosen[start:start + length]
    prefix, suffix = ("…" if start else ""), ("…" if start + length < len(chosen) else "")
    out, last = [], 0
    for m in _WORD.finditer(cut) if stems else ():
        if _hit(m.group(0), stems):
            out += [escape(cut[last:m.start()]), f"<mark>{escape(m.group(0))}</mark>"]
            last = m.end()
    out.append(escape(cut[last:]))
    return mark_safe(prefix + "".join(out) + suffix)


def _hit(token: str, stems: set[str]) -> bool:
    return any(stem(w) in stems for w in words(token))


@dataclass
class Block:
    """One part of the offer page: a heading, then paragraphs and lists
    (a list is a list of items)."""
    name: str
    heading: str
    content: list[str | list[str]] = field(default_factory=list)


_BULLET = re.compile(r"^\s*(?:[-•*–·▪►✓]|\d{1,2}[.)])\s+")


def blocks(text: str, sections: list[dict]) -> list[Block]:
    """The offer's text as headed blocks: each extracted section becomes a
    heading (its own first line when it reads like one, else the section's
    name in French), bullet lines become lists, other lines paragraphs.
    Text outside any section opens the page without a heading."""
    parts, at = [], 0
    for s in sorted(sections, key=lambda s: s["start"]):
        if s["start"] > at and text[at:s["start"]].strip():
            parts.append(("intro", text[at:s["start"]]))
        parts.append((s["name"], text[s["start"]:s["end"]]))
        at = max(at, s["end"])
    if text[at:].strip():
        parts.append(("intro" if not parts else "other", text[at:]))
    return [_block(name, chunk) for name, chunk in parts if chunk.strip()]


def _block(name: str, chunk: str) -> Block:
    lines = [line.strip() for line in chunk.strip().splitlines()]
    heading = ""
    if name != "intro":
        first = lines[0] if lines else ""
        if first and len(first) <= 80 and not _BULLET.match(first) and not first.endswith((".", ",")):
            heading, lines = first.lstrip("#").strip(" *_:"), lines[1:]
        else:
            heading = SECTION_TITLES.get(name, "")
    block = Block(name, heading)
    for line in lines:
        if not line:
            continue
        if _BULLET.match(line):
            item = _BULLET.sub("", line)
            if block.content and isinstance(block.content[-1], list):
                block.content[-1].append(item)
            else:
                block.content.append([item])
        else:
            block.content.append(line)
    return block
