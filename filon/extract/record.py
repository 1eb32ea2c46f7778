"""The offer record: the contract of ``shared/spec/offer-record.md`` as types.

An :class:`Offer` holds exactly the contract's fields, plus what the board
needs beside them: the cleaned text of the offer, its sections, and for each
extracted field the character span of its evidence in that text.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields

CONTRACT_TYPES = ("cdi", "cdd", "stage", "alternance", "service_civique",
                  "volontariat", "interim", "freelance", "benevolat")
EDUCATION_LEVELS = ("bac", "bac+2", "bac+3", "bac+4", "bac+5", "bac+8")
SECTION_NAMES = ("context", "missions", "profile", "conditions", "apply")

Span = tuple[int, int]


@dataclass
class WorkingTime:
    kind: str | None = None          # "full_time" | "part_time"
    fte: float | None = None
    hours_per_week: float | None = None


@dataclass
class Duration:
    min: float | None = None
    max: float | None = None


@dataclass
class Start:
    date: str | None = None          # YYYY-MM-DD
    precision: str | None = None     # "day" | "month"
    asap: bool = False


@dataclass
class Location:
    city: str | None = None
    postal_code: str | None = None
    department: str | None = None
    region: str | None = None
    country: str = "FR"


@dataclass
class Remote:
    allowed: bool | None = None
    days_per_week_max: float | None = None


@dataclass
class Salary:
    min: float | None = None
    max: float | None = None
    unit: str | None = None          # "hour" | "month" | "year"
    basis: str | None = None         # "gross" | "net"
    legal_minimum: bool = False


@dataclass
class Section:
    """A part of the offer's cleaned text: ``name`` is one of SECTION_NAMES."""
    name: str
    start: int
    end: int


@dataclass
class Offer:
    title: str = ""
    organization: str | None = None
    contract_types: list[str] = field(default_factory=list)
    working_time: WorkingTime = field(default_factory=WorkingTime)
    duration_months: Duration = field(default_factory=Duration)
    start: Start = field(default_factory=Start)
    deadline: str | None = None
    published: str | None = None
    location: Location = field(default_factory=Location)
    remote: Remote = field(default_factory=Remote)
    salary: Salary = field(default_factory=Salary)
    education_min: str | None = None
    driving_licence: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    application_url: str | None = None
    reference: str | None = None
    # Beyond the contract: what the board shows next to the fields.
    text: str = ""
    sections: list[Section] = field(default_factory=list)
    evidence: dict[str, Span] = field(default_factory=dict)
    source: str | None = None

    def record(self) -> dict:
        """The contract's fields only, as plain JSON-ready values."""
        return {name: plain(getattr(self, name)) for name in self.__dataclass_fields__ if name not in EXTRA_FIELDS}

    def to_dict(self) -> dict:
        """Every field, the contract's first, evidence spans as [start, end]."""
        data = plain(self)
        data["evidence"] = {k: list(v) for k, v in self.evidence.items()}
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict) -> Offer:
        """Build an Offer from :meth:`to_dict` or :meth:`record` output."""
        nested = {"working_time": WorkingTime, "duration_months": Duration, "start": Start,
                  "location": Location, "remote": Remote, "salary": Salary}
        kwargs = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name in nested and isinstance(value, dict):
                value = nested[f.name](**value)
            elif f.name == "sections":
                value = [Section(**s) for s in value]
            elif f.name == "evidence":
                value = {k: tuple(v) for k, v in value.items()}
            kwargs[f.name] = value
        return cls(**kwargs)

    @classmethod
    def from_json(cls, text: str) -> Offer:
        return cls.from_dict(json.loads(text))

    def section_text(self, name: str) -> str:
        """The text of every section called ``name``, joined."""
        return "\n".join(self.text[s.start:s.end] for s in self.sections if s.name == name)


EXTRA_FIELDS = ("text", "sections", "evidence", "source")


def plain(value):
    """``value`` as JSON-ready data: a record's dataclasses as dicts, its lists, tuples and
    dicts copied; what ``dataclasses.asdict`` gives, without its deep copy of every
    string (a tenth of ``filon extract``'s time)."""
    if hasattr(value, "__dataclass_fields__"):
        return {name: plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, (list, tuple)):
        return type(value)(plain(v) for v in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
