"""The extraction pipeline: document -> loaded text -> cleaned text -> offers -> fields."""
from __future__ import annotations

import re

from .clean import Heading, clean
from .fields import Found
from .fields.contacts import find_application_url, find_emails, find_phones, find_reference
from .fields.contract import find_contract_types
from .fields.dates import find_deadline, find_published, find_start
from .fields.education import find_education
from .fields.licence import find_licence
from .fields.location import find_location
from .fields.remote import find_remote
from .fields.salary import find_salary
from .fields.title import find_mission_title, find_organization, find_title, tidy_title
from .fields.worktime import find_duration, find_working_time
from .geo import fold_name, gazetteer
from .html import is_generic_page_name, site_names
from .loaders import Document, load
from .record import Offer
from .sections import find_sections
from .split import Segment, split


def extract(document: bytes | str, filename: str | None = None) -> list[Offer]:
    """Every offer of ``document`` (bytes of any supported file, or text), in order.

    Raises :class:`~filon.extract.errors.ExtractionError` when the document
    cannot be read.
    """
    offers: list[Offer] = []
    for doc in load(document, filename):
        offers.extend(extract_document(doc))
    return offers


def extract_document(doc: Document) -> list[Offer]:
    """The offers of one loaded document."""
    cleaned = clean(doc.text)
    segments, shared = split(cleaned.text, cleaned.headings, cleaned.cards)
    shared_text = "\n\n".join(cleaned.text[a:b].strip() for a, b in shared)
    offers = []
    for segment in segments:
        body = cleaned.text[segment.start:segment.end]
        text = body + ("\n\n" + shared_text if shared_text else "")
        headings = [Heading(h.start - segment.start, h.end - segment.start, h.level)
                    for h in cleaned.headings if segment.start <= h.start < segment.end]
        offer = _build(text, len(body), headings, segment, doc, multi=len(segments) > 1)
        offer.source = doc.name
        offers.append(offer)
    if len(offers) > 1 and not any(s.header.get("org") for s in segments) and not all(o.organization for o in offers):
        # One page, one employer: a part that does not name it ("Alternance" above "Stage") is the page's.
        found = _with_site_name(find_organization(cleaned.text), doc.page_title, cleaned.text)
        for offer in offers:
            if found and not offer.organization:
                offer.organization = found.value
                offer.evidence["organization"] = (0, 0)
    return offers


class _Fields:
    """Collects field values and their evidence spans into an Offer."""

    def __init__(self, text: str, body_len: int):
        self.text, self.body_len = text, body_len
        self.offer = Offer(text=text)

    def find(self, finder, *args, **kwargs):
        """Run ``finder`` on the offer's own text, then with the shared context."""
        result = finder(self.text[:self.body_len], *args, **kwargs)
        if not result and self.body_len < len(self.text):
            result = finder(self.text, *args, **kwargs)
        return result

    def set(self, dotted: str, found: Found | None, value=None) -> None:
        if found is None:
            return
        target = self.offer
        *path, name = dotted.split(".")
        for part in path:
            target = getattr(target, part)
        setattr(target, name, found.value if value is None else value)
        self.offer.evidence[dotted] = found.span


def _build(text: str, body_len: int, headings: list[Heading], segment: Segment,
           doc: Document, multi: bool) -> Offer:
    f = _Fields(text, body_len)
    offer = f.offer
    # Title and organisation.
    if segment.title_span:
        s, e = (segment.title_span[0] - segment.start, segment.title_span[1] - segment.start)
        f.set("title", Found(tidy_title(text[s:e]), s, e))
    elif multi:
        f.set("title", find_mission_title(text[:body_len]) or find_title(text[:body_len], [], doc.kind))
    else:
        f.set("title", find_title(text, [(h.start, h.end, h.level) for h in headings], doc.kind))
    if segment.header.get("org"):
        f.set("organization", Found(segment.header["org"], 0, 0))
    else:
        f.set("organization", _with_site_name(f.find(find_organization), doc.page_title, text))
    _drop_organization_from_title(offer)
    # Contract and time.
    offer.sections = find_sections(text, headings)
    # Parts presenting the employer or listing the tasks rarely state the contract offered.
    presenting = [(s.start, s.end) for s in offer.sections
                  if (s.name == "context" and s.start > 0) or s.name == "missions"]
    contract = f.find(find_contract_types, offer.title, presenting)
    f.set("contract_types", contract)
    for key, found in f.find(find_working_time).items():
        f.set(f"working_time.{key}", found)
    if "cdi" not in offer.contract_types or len(offer.contract_types) > 1:
        duration = f.find(find_duration)
        if duration:
            f.set("duration_months.min", duration, duration.value[0])
            f.set("duration_months.max", duration, duration.value[1])
    # Dates.
    # A listing page's own date is not its cards' publication date.
    f.set("published", find_published(text[:body_len]) if segment.card else f.find(find_published))
    ref_year = int(offer.published[:4]) if offer.published else None
    f.set("deadline", f.find(find_deadline, ref_year))
    reference = offer.deadline or offer.published
    start, asap = find_start(text[:body_len], reference)
    if not start and not asap and body_len < len(text):
        start, asap = find_start(text, reference)
    if start:
        f.set("start.date", start, start.value[0])
        f.set("start.precision", start, start.value[1])
    f.set("start.asap", asap)
    # Place, telework, pay, profile.
    place = segment.header.get("place") or (_card_place(text[:body_len]) if segment.card else None)
    for key, found in f.find(find_location, place).items():
        f.set(f"location.{key}", found)
    for key, found in f.find(find_remote).items():
        f.set(f"remote.{key}", found)
    monthly = bool({"stage", "service_civique", "volontariat"} & set(offer.contract_types))
    for key, found in f.find(find_salary, monthly).items():
        f.set(f"salary.{key}", found)
    f.set("education_min", f.find(find_education))
    f.set("driving_licence", f.find(find_licence))
    # Contacts.
    emails = f.find(find_emails)
    offer.emails = [e.value for e in emails]
    for i, e in enumerate(emails):
        offer.evidence[f"emails.{i}"] = e.span
    phones = f.find(find_phones)
    offer.phones = [p.value for p in phones]
    for i, p in enumerate(phones):
        offer.evidence[f"phones.{i}"] = p.span
    apply_spans = [(s.start, s.end) for s in offer.sections if s.name == "apply"]
    f.set("application_url", f.find(find_application_url, apply_spans))
    f.set("reference", f.find(find_reference))
    return offer




def _card_place(card: str) -> str | None:
    """A card's line that names a commune and nothing else but a note
    ("Paris (télétravail possible)", "Lyon - 69"): its place."""
    for line in card.split("\n")[1:8]:
        name = _PLACE_NOTE.split(line.strip(), 1)[0]
        if 2 <= len(name) <= 40 and fold_name(name) in gazetteer().by_name:
            return line.strip()
    return None


_PLACE_NOTE = re.compile(r"\s*(?:[(,–]|\s-\s)")


def _with_site_name(found: Found | None, page_title: str | None, text: str) -> Found | None:
    """The employer, completed or found by the web page's title: the site's
    name ("Offres d'emploi | Association X") when it holds the name found
    in the text, or, when the text names none, a part of the title that the
    text also names."""
    names = [n for n in site_names(page_title) if not is_generic_page_name(n)]
    if found is not None:
        longer = [n for n in names if found.value.lower() in n.lower() and len(n) < 3 * len(found.value) + 20]
        return Found(longer[0], found.start, found.end) if longer else found
    low = text.lower()
    for name in names:
        at = low.find(name.lower())
        if at >= 0:
            return Found(name, at, at + len(name))
    parts = site_names(page_title)
    if names and len(parts) > len(names):       # "Offres d'emploi | X": X names the site
        return Found(names[0], 0, 0)
    return None


def _drop_organization_from_title(offer: Offer) -> None:
    """ "Chargé.e de campagne pour Poitiers Collectif" -> "Chargé.e de campagne"."""
    org = offer.organization
    if org and offer.title:
        for joint in (" pour ", " chez ", " @", " - ", " – ", " au sein de ", " à "):
            suffix = f"{joint}{org}".lower()
            if offer.title.lower().endswith(suffix) and len(offer.title) > len(suffix) + 3:
                offer.title = offer.title[: -len(suffix)].strip()
                return
