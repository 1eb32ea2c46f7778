"""Template filters of the board."""
from urllib.parse import urlparse

from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "") if hasattr(mapping, "get") else ""


@register.filter
def domain(url: str) -> str:
    """The real domain of a link, shown beside it (spam defence)."""
    return urlparse(url).netloc or url


FIELD_EVIDENCE = {"duration_min": "duration_months_min", "duration_max": "duration_months_max",
                  "start_date": "start_date", "start_asap": "start_asap", "working_time_kind": "working_time_kind",
                  "hours_per_week": "working_time_hours_per_week", "fte": "working_time_fte",
                  "city": "location_city", "postal_code": "location_postal_code", "department": "location_department",
                  "region": "location_region", "remote_allowed": "remote_allowed", "remote_days": "remote_days_per_week_max",
                  "salary_min": "salary_min", "salary_max": "salary_max", "salary_unit": "salary_unit",
                  "salary_basis": "salary_basis", "salary_legal_minimum": "salary_legal_minimum"}


@register.filter
def evidence_for(evidence: dict, field_name: str) -> str:
    return evidence.get(FIELD_EVIDENCE.get(field_name, field_name), "")
