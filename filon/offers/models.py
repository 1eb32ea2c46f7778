"""The stored offer: every field of the record contract as a column, its
documents, evidence, source and status history.

States are named here once: :class:`Status` and the queryset methods
``visible()``, ``pending()``, ``expired()`` are the only definition of what
the board, feeds, API and commands show or hide.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cached_property

from django.conf import settings
from django.db import models
from django.utils import timezone

from filon.extract import Offer as Record

from .vocabulary import contract_mask

_BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")           # line breaks and other control characters
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")   # direction marks, embeddings, overrides


def one_line(text: str) -> str:
    """``text`` fit for a title, an e-mail subject or a calendar entry: one
    line, no control character, no bidirectional override."""
    return _BREAKS.sub(" ", _BIDI.sub("", text)).strip()


class Status(models.TextChoices):
    DRAFT = "draft", "Brouillon"
    PENDING = "pending", "En attente de modération"
    PUBLISHED = "published", "Publiée"
    FILLED = "filled", "Pourvue"
    REJECTED = "rejected", "Refusée"
    EXPIRED = "expired", "Expirée"
    ARCHIVED = "archived", "Archivée"


def today() -> dt.date:
    return timezone.localdate()


class OfferQuerySet(models.QuerySet):
    def visible(self, on: dt.date | None = None) -> OfferQuerySet:
        """Published and not past their expiry day: what job seekers see."""
        on = on or today()
        return self.filter(status=Status.PUBLISHED, expires_on__gt=on)

    def pending(self) -> OfferQuerySet:
        """Waiting for a coordinator."""
        return self.filter(status=Status.PENDING)

    def expired(self, on: dt.date | None = None) -> OfferQuerySet:
        """Published but past their expiry day (``filon expire`` marks them)."""
        return self.filter(status=Status.PUBLISHED, expires_on__lte=on or today())

    def expiring_within(self, days: int, on: dt.date | None = None) -> OfferQuerySet:
        on = on or today()
        return self.visible(on).filter(expires_on__lte=on + dt.timedelta(days=days))


def search_columns(offer) -> dict:
    """The columns search filters on, derived from an offer's record fields
    (also used by the migration that added them)."""
    from filon.search.geo import offer_point  # noqa: PLC0415 - keeps models import-light

    point = offer_point(offer.city, offer.postal_code, offer.department) if offer.country in ("FR", "") else None
    return {"contract_mask": contract_mask(offer.contract_types),
            "start_month": offer.start_date.year * 100 + offer.start_date.month if offer.start_date else None,
            "latitude": point.latitude if point else None, "longitude": point.longitude if point else None}


class Offer(models.Model):
    # The record contract.
    title = models.CharField("intitulé", max_length=300)
    organization = models.CharField("structure", max_length=300, blank=True)
    contract_types = models.JSONField("types de contrat", default=list, blank=True)
    working_time_kind = models.CharField("temps de travail", max_length=10, blank=True,
                                         choices=[("full_time", "Temps plein"), ("part_time", "Temps partiel")])
    fte = models.DecimalField("ETP", max_digits=4, decimal_places=2, null=True, blank=True)
    hours_per_week = models.DecimalField("heures par semaine", max_digits=5, decimal_places=2, null=True, blank=True)
    duration_min = models.DecimalField("durée min (mois)", max_digits=5, decimal_places=1, null=True, blank=True)
    duration_max = models.DecimalField("durée max (mois)", max_digits=5, decimal_places=1, null=True, blank=True)
    start_date = models.DateField("début", null=True, blank=True)
    start_precision = models.CharField(max_length=5, blank=True, choices=[("day", "jour"), ("month", "mois")])
    start_asap = models.BooleanField("dès que possible", default=False)
    deadline = models.DateField("date limite de candidature", null=True, blank=True)
    published_on = models.DateField("date de publication", null=True, blank=True)
    city = models.CharField("commune", max_length=200, blank=True)
    postal_code = models.CharField("code postal", max_length=10, blank=True)
    department = models.CharField("département", max_length=3, blank=True)
    region = models.CharField("région", max_length=100, blank=True)
    country = models.CharField("pays", max_length=2, default="FR")
    remote_allowed = models.BooleanField("télétravail", null=True, blank=True)
    remote_days = models.DecimalField("jours de télétravail max", max_digits=3, decimal_places=1, null=True, blank=True)
    salary_min = models.DecimalField("salaire min", max_digits=10, decimal_places=2, null=True, blank=True)
    salary_max = models.DecimalField("salaire max", max_digits=10, decimal_places=2, null=True, blank=True)
    salary_unit = models.CharField(max_length=5, blank=True, choices=[("hour", "heure"), ("month", "mois"), ("year", "an")])
    salary_basis = models.CharField(max_length=5, blank=True, choices=[("gross", "brut"), ("net", "net")])
    salary_legal_minimum = models.BooleanField("minimum légal", default=False)
    education_min = models.CharField("niveau d'études", max_length=6, blank=True)
    driving_licence = models.CharField("permis", max_length=10, blank=True,
                                       choices=[("required", "exigé"), ("preferred", "souhaité")])
    emails = models.JSONField(default=list, blank=True)
    phones = models.JSONField(default=list, blank=True)
    application_url = models.URLField("lien pour postuler", max_length=1000, blank=True)
    reference = models.CharField("référence", max_length=100, blank=True)
    # Beyond the contract.
    text = models.TextField("texte de l'offre", blank=True)
    sections = models.JSONField(default=list, blank=True)
    evidence = models.JSONField(default=dict, blank=True)
    # Derived at save time, for search: filters, facets and radius.
    contract_mask = models.PositiveIntegerField(default=0, editable=False)
    start_month = models.PositiveIntegerField(null=True, blank=True, editable=False)     # YYYYMM
    latitude = models.FloatField(null=True, blank=True, editable=False)
    longitude = models.FloatField(null=True, blank=True, editable=False)
    document = models.FileField(upload_to="documents/%Y/%m/", blank=True)
    source_name = models.CharField("fichier source", max_length=300, blank=True)
    source_url = models.URLField("page source", max_length=1000, blank=True)
    submitter_email = models.EmailField("e-mail du recruteur", blank=True)
    content_hash = models.CharField(max_length=64, unique=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    expires_on = models.DateField("expire le", null=True, blank=True)
    reminder_sent = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-created_at"]
        verbose_name = "offre"
        indexes = [models.Index(fields=["status", "expires_on"], name="offer_visible"),
                   models.Index(fields=["-published_on", "-created_at"], name="offer_recent")]

    def __str__(self) -> str:
        return f"{self.title} ({self.organization or '?'})"

    @property
    def published_day(self) -> dt.date:
        """The day the offer was published; else the board's day (``TIME_ZONE``) it was stored, not
        ``created_at``'s UTC date; else today. Page, JSON-LD, expiry and extension all count from it."""
        return self.published_on or (timezone.localdate(self.created_at) if self.created_at else today())

    def compute_expiry(self) -> dt.date | None:
        """The day the offer leaves the board: the day after its deadline,
        else FILON_OFFER_LIFETIME_DAYS after publication."""
        if self.deadline:
            return self.deadline + dt.timedelta(days=1)
        return self.published_day + dt.timedelta(days=settings.OFFER_LIFETIME_DAYS)

    def derive(self) -> None:
        """Set what is computed from the record: expiry, contract bits, start
        month, coordinates. Called by save() and by bulk imports."""
        self.title, self.organization = one_line(self.title), one_line(self.organization)
        self.expires_on = self.compute_expiry()
        for name, value in search_columns(self).items():
            setattr(self, name, value)

    def set_text(self, text: str) -> None:
        """Replace the text by one written or edited by hand: its sections are
        found again (as in plain text) and the extraction's evidence spans,
        which pointed into the old text, are dropped."""
        from filon.extract.sections import find_sections, plain_headings

        self.text = text
        self.sections = [vars(s) for s in find_sections(text, plain_headings(text))]
        self.evidence = {}

    def save(self, *args, **kwargs):
        self.derive()
        super().save(*args, **kwargs)

    @cached_property
    def is_open(self) -> bool:
        """Whether job seekers see it: asks visible(), the one definition."""
        return Offer.objects.visible().filter(pk=self.pk).exists()

    def days_left(self) -> int | None:
        return (self.deadline - today()).days if self.deadline else None

    # Conversions with the extraction record.
    @classmethod
    def fields_from_record(cls, record: Record) -> dict:
        """Model field values from an extracted :class:`filon.extract.Offer`."""
        r = record

        def date(value):
            return dt.date.fromisoformat(value) if value else None
        return {
            "title": r.title[:300] or "Offre sans titre", "organization": (r.organization or "")[:300],
            "contract_types": r.contract_types, "working_time_kind": r.working_time.kind or "",
            "fte": r.working_time.fte, "hours_per_week": r.working_time.hours_per_week,
            "duration_min": r.duration_months.min, "duration_max": r.duration_months.max,
            "start_date": date(r.start.date), "start_precision": r.start.precision or "", "start_asap": r.start.asap,
            "deadline": date(r.deadline), "published_on": date(r.published),
            "city": r.location.city or "", "postal_code": r.location.postal_code or "",
            "department": r.location.department or "", "region": r.location.region or "",
            "country": r.location.country or "FR", "remote_allowed": r.remote.allowed,
            "remote_days": r.remote.days_per_week_max, "salary_min": r.salary.min, "salary_max": r.salary.max,
            "salary_unit": r.salary.unit or "", "salary_basis": r.salary.basis or "",
            "salary_legal_minimum": r.salary.legal_minimum, "education_min": r.education_min or "",
            "driving_licence": r.driving_licence or "", "emails": r.emails, "phones": r.phones,
            "application_url": (r.application_url or "")[:1000], "reference": (r.reference or "")[:100],
            "text": r.text, "sections": [vars(s) for s in r.sections],
            "evidence": {k: list(v) for k, v in r.evidence.items()},
        }


class StatusChange(models.Model):
    """One step of an offer's history: who moved it to which status, when, why."""
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(max_length=10, choices=Status.choices)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at"]
