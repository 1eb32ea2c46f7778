"""The record contract checked on records that come from outside the engine.

``filon import --records`` stores records written by ``filon extract`` or by
another tool: each goes through :func:`record_problems` before anything is
stored, so that a record the engine could never have produced (a
``javascript:`` link, a pay unit the pages do not know) is refused with its
reason instead of reaching an offer page.
"""
from __future__ import annotations

import datetime as dt
import operator
import re

from filon.extract import Offer as Record
from filon.extract.record import CONTRACT_TYPES, EDUCATION_LEVELS, SECTION_NAMES

# field -> values the contract allows (None: the field may be empty)
ENUMS = {
    "working_time.kind": ("full_time", "part_time"), "start.precision": ("day", "month"),
    "salary.unit": ("hour", "month", "year"), "salary.basis": ("gross", "net"),
    "driving_licence": ("required", "preferred"), "education_min": EDUCATION_LEVELS,
}
NUMBERS = ("working_time.fte", "working_time.hours_per_week", "duration_months.min", "duration_months.max",
           "remote.days_per_week_max", "salary.min", "salary.max")
DATES = ("start.date", "deadline", "published")
TEXTS = ("title", "organization", "location.city", "location.postal_code", "location.department", "location.region",
         "location.country", "reference", "text")
PHONE = re.compile(r"\+\d{6,15}")
EMAIL = re.compile(r"[^@\s<>\"'(),;:]+@[^@\s<>\"'(),;:]+\.[^@\s<>\"'(),;:.]+")
WEB_URL = re.compile(r"https?://[^\s/?#<>\"'\\]+[^\s<>\"'\\]*", re.I)


_GETTERS = {name: operator.attrgetter(name) for name in (*ENUMS, *NUMBERS, *DATES, *TEXTS)}


def _value(record: Record, dotted: str):
    return _GETTERS[dotted](record)


def record_problems(record: Record) -> list[str]:
    """What in ``record`` breaks the contract (empty: none)."""
    problems = []
    for name, allowed in ENUMS.items():
        if (value := _value(record, name)) is not None and value not in allowed:
            problems.append(f"{name} {value!r} is not one of {', '.join(allowed)}")
    for name in NUMBERS:
        value = _value(record, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value != value):
            problems.append(f"{name} {value!r} is not a number")
    for name in DATES:
        value = _value(record, name)
        try:
            if value is not None:
                dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            problems.append(f"{name} {value!r} is not a date (YYYY-MM-DD)")
    for name in TEXTS:
        if (value := _value(record, name)) is not None and not isinstance(value, str):
            problems.append(f"{name} is not text")
    if not isinstance(record.contract_types, list) or any(t not in CONTRACT_TYPES for t in record.contract_types):
        problems.append(f"contract_types {record.contract_types!r}: each one of {', '.join(CONTRACT_TYPES)}")
    problems += [f"{name} is not a list" for name in ("emails", "phones") if not isinstance(getattr(record, name), list)]
    problems += [f"emails: {e!r} is not an e-mail address" for e in _items(record.emails)
                 if not (isinstance(e, str) and EMAIL.fullmatch(e))]
    problems += [f"phones: {p!r} is not an E.164 number (+33...)" for p in _items(record.phones)
                 if not (isinstance(p, str) and PHONE.fullmatch(p))]
    url = record.application_url
    if url is not None and not (isinstance(url, str) and WEB_URL.fullmatch(url)):
        problems.append(f"application_url {record.application_url!r} is not an http(s) URL")
    if any(s.name not in SECTION_NAMES for s in record.sections):
        problems.append(f"sections: each named one of {', '.join(SECTION_NAMES)}")
    return problems


def _items(value) -> list:
    return value if isinstance(value, list) else [value]
