"""Template filters of the board."""
from urllib.parse import urlparse

from django import template

from filon.offers.models import today

from .. import display

register = template.Library()


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "") if hasattr(mapping, "get") else ""


@register.filter
def domain(url: str) -> str:
    """The real domain of a link, shown beside it (spam defence)."""
    return urlparse(url).netloc or url


@register.filter
def pay(offer) -> str:
    return display.pay(offer)


@register.filter
def working_time(offer) -> str:
    return display.working_time(offer)


@register.filter
def phone(number: str) -> str:
    return display.phone(number)


@register.filter
def published_since(offer) -> str:
    """ "publiée il y a 3 jours"."""
    return "publiée " + display.since(offer.published_day, today())


@register.filter
def deadline_note(offer) -> str:
    return display.deadline_note(offer.days_left())


@register.filter
def snippet(offer, query: str):
    return display.snippet(offer.text, query, offer.title)


@register.filter
def plural(count: int, word: str) -> str:
    """French agreement: 0 and 1 are singular ("0 offre", "1 offre", "2 offres")."""
    return word if abs(count) < 2 else word + "s"


@register.filter
def is_list(value) -> bool:
    return isinstance(value, list)


@register.filter
def card_meta(offer) -> str:
    """ "Employer · Lyon (69) · à 4 km": the parts there are, no dangling separator."""
    place = f"{offer.city} ({offer.department})" if offer.city and offer.department else offer.city or offer.region
    distance = getattr(offer, "distance_km", None)
    parts = [offer.organization, place, f"à {distance:.0f} km" if distance is not None else ""]
    return " · ".join(p for p in parts if p)
