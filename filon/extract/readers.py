"""The readers of an offer's fields, in the order the pipeline walks them.

Every reader has one shape: it takes the :class:`Context` of one offer (its
text, what the page's other parts share, its headings, its segment, the
document and the fields read so far) and returns the values it found, each
with its evidence (:data:`Finding`: dotted record field -> :class:`Found`).
``FIELD_READERS`` is the ordered list: a reader may use the fields of the
readers above it (the contract for the duration, the publication date for
the deadline's year). Adding a cue stays in the field's module; adding a
field is one reader and one row.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .clean import Heading
from .fields import Found, lowered
from .fields.contacts import find_application_url, find_emails, find_phones, find_reference
from .fields.contract import find_contract_types
from .fields.dates import date_range, find_deadline, find_published, find_start, range_months
from .fields.education import find_education
from .fields.licence import find_licence
from .fields.location import card_place, find_location, title_place
from .fields.remote import find_remote
from .fields.salary import find_salary
from .fields.title import find_mission_title, find_organization, find_title, tidy_title, title_line, with_site_name
from .fields.worktime import find_duration, find_working_time
from .loaders import Document
from .record import Offer
from .sections import find_sections
from .split import Segment

Finding = dict[str, Found]


@dataclass
class Context:
    """One offer being read: its own text, then (after ``body_len``) what the
    page's parts share, and what is known of it so far."""
    text: str
    body_len: int
    headings: list[Heading]
    segment: Segment
    doc: Document
    multi: bool = False
    offer: Offer = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.offer is None:
            self.offer = Offer(text=self.text)

    @property
    def body(self) -> str:
        """The offer's own part of the text."""
        return self.text[:self.body_len]

    def find(self, finder: Callable, *args):
        """``finder`` on the offer's own text, then with the shared context."""
        result = finder(self.body, *args)
        if not result and self.body_len < len(self.text):
            result = finder(self.text, *args)
        return result

    def find_own(self, finder: Callable, *args):
        """``finder`` on the offer's own text only when it is one of a listing
        of several employers' offers (a digest's part, a card): the page's
        own contacts are its publisher's; else as :meth:`find`. A card whose
        employer only the page names (an employer's grid of its own posts)
        shares the page's contacts."""
        if self.segment.header or (self.segment.card and not self._employer_of_the_page()):
            return finder(self.body, *args)
        return self.find(finder, *args)

    def _employer_of_the_page(self) -> bool:
        """Whether the offer's employer was named outside its own text (the page's title or intro)."""
        span = self.offer.evidence.get("organization")
        return bool(span) and (span[1] == 0 or span[0] >= self.body_len)


def _one(name: str, found: Found | None) -> Finding:
    return {name: found} if found is not None else {}


def _prefixed(prefix: str, found: dict[str, Found]) -> Finding:
    return {f"{prefix}.{key}": value for key, value in found.items()}


def read_title(ctx: Context) -> Finding:
    """A digest header's or a heading's title; else the document's own."""
    if ctx.segment.title_span:
        s, e = (ctx.segment.title_span[0] - ctx.segment.start, ctx.segment.title_span[1] - ctx.segment.start)
        return {"title": Found(tidy_title(ctx.text[s:e]), s, e)}
    if ctx.multi:
        first = title_line(ctx.body)
        return _one("title", first or find_mission_title(ctx.body) or find_title(ctx.body, [], ctx.doc.kind))
    return _one("title", find_title(ctx.text, [(h.start, h.end, h.level) for h in ctx.headings], ctx.doc.kind))


def read_organization(ctx: Context) -> Finding:
    """The employer named by a digest header, the text, or the page's title;
    the title loses the employer's name it ends with ("Chargé.e de campagne
    pour Poitiers Collectif" -> "Chargé.e de campagne")."""
    if ctx.segment.header.get("org"):
        found = Found(ctx.segment.header["org"], 0, 0)
    else:
        found = with_site_name(ctx.find(find_organization), ctx.doc.page_title, ctx.text)
    if found is None:
        return {}
    title = ctx.offer.title
    shorter = title_without(title, found.value) if title else None
    if shorter and shorter != title:
        span = ctx.offer.evidence["title"]
        return {"organization": found, "title": Found(shorter, span[0], span[1])}
    return {"organization": found}


def read_sections(ctx: Context) -> Finding:
    """Not a field: the offer's parts, which the readers below use."""
    ctx.offer.sections = find_sections(ctx.text, ctx.headings)
    return {}


def read_contract(ctx: Context) -> Finding:
    """Contract types; parts presenting the employer or listing the tasks rarely state the one offered."""
    presenting = [(s.start, s.end) for s in ctx.offer.sections
                  if (s.name == "context" and s.start > 0) or s.name == "missions"]
    return _one("contract_types", ctx.find(find_contract_types, ctx.offer.title, presenting))


def read_working_time(ctx: Context) -> Finding:
    return _prefixed("working_time", ctx.find(find_working_time, ctx.offer.title))


def read_duration(ctx: Context) -> Finding:
    """The contract's length, unless it is a CDI alone."""
    types = ctx.offer.contract_types
    if "cdi" in types and len(types) == 1:
        return {}
    duration = ctx.find(find_duration)
    if not duration:
        span = date_range(lowered(ctx.body))
        months = range_months(*span) if span else None
        if not months:
            return {}
        duration = Found((months, months), span[0].start, span[1].end)
    return {"duration_months.min": Found(duration.value[0], duration.start, duration.end),
            "duration_months.max": Found(duration.value[1], duration.start, duration.end)}


def read_published(ctx: Context) -> Finding:
    """A listing page's own date is not its cards' publication date."""
    return _one("published", find_published(ctx.body) if ctx.segment.card else ctx.find(find_published))


def read_deadline(ctx: Context) -> Finding:
    published = ctx.offer.published
    return _one("deadline", ctx.find(find_deadline, int(published[:4]) if published else None))


def read_start(ctx: Context) -> Finding:
    """The start date and "as soon as possible"; a date without a year takes the deadline's or publication's."""
    reference = ctx.offer.deadline or ctx.offer.published
    start, asap = find_start(ctx.body, reference)
    if not start and not asap and ctx.body_len < len(ctx.text):
        start, asap = find_start(ctx.text, reference)
    found: Finding = _one("start.asap", asap)
    if start:
        found["start.date"] = Found(start.value[0], start.start, start.end)
        found["start.precision"] = Found(start.value[1], start.start, start.end)
    return found


def read_location(ctx: Context) -> Finding:
    """The work place the text names; else the commune that ends the title."""
    place = ctx.segment.header.get("place") or (card_place(ctx.body) if ctx.segment.card else None)
    found = ctx.find(find_location, place)
    title = ctx.offer.evidence.get("title")
    if title and not ({"city", "department"} & found.keys()) and found.get("country", Found("FR", 0, 0)).value == "FR":
        line_end = ctx.text.find("\n", title[1])               # the title's whole line: "... recherche un X, H/F, Paris, France"
        found = title_place(ctx.text, title[0], len(ctx.text) if line_end < 0 else line_end) or found
    return _prefixed("location", found)


def read_remote(ctx: Context) -> Finding:
    return _prefixed("remote", ctx.find(find_remote))


def read_salary(ctx: Context) -> Finding:
    """Pay; an internship's or a volunteer's allowance is monthly."""
    monthly = bool({"stage", "service_civique", "volontariat"} & set(ctx.offer.contract_types))
    return _prefixed("salary", ctx.find(find_salary, monthly))


def read_education(ctx: Context) -> Finding:
    return _one("education_min", ctx.find(find_education))


def read_licence(ctx: Context) -> Finding:
    return _one("driving_licence", ctx.find(find_licence))


def read_emails(ctx: Context) -> Finding:
    return {f"emails.{i}": found for i, found in enumerate(ctx.find_own(find_emails))}


def read_phones(ctx: Context) -> Finding:
    """Phone numbers, those in national form read in the offer's country."""
    country = ctx.offer.location.country or "FR"
    return {f"phones.{i}": found for i, found in enumerate(ctx.find_own(find_phones, country))}


def read_application_url(ctx: Context) -> Finding:
    apply_spans = [(s.start, s.end) for s in ctx.offer.sections if s.name == "apply"]
    return _one("application_url", ctx.find(find_application_url, apply_spans))


def read_reference(ctx: Context) -> Finding:
    return _one("reference", ctx.find_own(find_reference))


# The fields in the order they are read.
FIELD_READERS: tuple[Callable[[Context], Finding], ...] = (
    read_title, read_organization, read_sections, read_contract, read_working_time, read_duration,
    read_published, read_deadline, read_start, read_location, read_remote, read_salary, read_education,
    read_licence, read_emails, read_phones, read_application_url, read_reference,
)


def read_offer(ctx: Context) -> Offer:
    """Every field of the offer of ``ctx``, each with its evidence."""
    for reader in FIELD_READERS:
        for dotted, found in reader(ctx).items():
            _store(ctx.offer, dotted, found)
    return ctx.offer


def _store(offer: Offer, dotted: str, found: Found) -> None:
    """Set the field ``dotted`` ("salary.min", "emails.0") and its evidence."""
    path, name, item = _field_path(dotted)
    if item:                                # an item of a list field
        getattr(offer, path[0]).append(found.value)
    else:
        target = offer
        for part in path:
            target = getattr(target, part)
        setattr(target, name, found.value)
    offer.evidence[dotted] = found.span


@lru_cache(maxsize=1024)
def _field_path(dotted: str) -> tuple[tuple[str, ...], str, bool]:
    """The parts of a dotted field name before its last, the last, and whether it is a list's
    item (cached: every offer stores the same few dozen names)."""
    *path, name = dotted.split(".")
    return tuple(path), name, name.isdigit()


def title_without(title: str, org: str) -> str:
    """``title`` without the employer's name it ends with."""
    for joint in (" pour ", " chez ", " @", " - ", " – ", " au sein de ", " à "):
        suffix = f"{joint}{org}".lower()
        if title.lower().endswith(suffix) and len(title) > len(suffix) + 3:
            return title[: -len(suffix)].strip()
    return title
