"""An offer in the API: the record contract, plus id, status and URLs."""
from __future__ import annotations

from django.conf import settings
from rest_framework import serializers

from filon.offers.models import Offer


def _num(value):
    if value is None:
        return None
    f = float(value)
    return int(f) if f.is_integer() else f


def offer_record(offer: Offer) -> dict:
    """The contract of shared/spec/offer-record.md for a stored offer."""
    return {
        "title": offer.title, "organization": offer.organization or None, "contract_types": offer.contract_types,
        "working_time": {"kind": offer.working_time_kind or None, "fte": _num(offer.fte),
                         "hours_per_week": _num(offer.hours_per_week)},
        "duration_months": {"min": _num(offer.duration_min), "max": _num(offer.duration_max)},
        "start": {"date": offer.start_date.isoformat() if offer.start_date else None,
                  "precision": offer.start_precision or None, "asap": offer.start_asap},
        "deadline": offer.deadline.isoformat() if offer.deadline else None,
        "published": offer.published_on.isoformat() if offer.published_on else None,
        "location": {"city": offer.city or None, "postal_code": offer.postal_code or None,
                     "department": offer.department or None, "region": offer.region or None, "country": offer.country},
        "remote": {"allowed": offer.remote_allowed, "days_per_week_max": _num(offer.remote_days)},
        "salary": {"min": _num(offer.salary_min), "max": _num(offer.salary_max), "unit": offer.salary_unit or None,
                   "basis": offer.salary_basis or None, "legal_minimum": offer.salary_legal_minimum},
        "education_min": offer.education_min or None, "driving_licence": offer.driving_licence or None,
        "emails": offer.emails, "phones": offer.phones, "application_url": offer.application_url or None,
        "reference": offer.reference or None,
    }


class OfferSerializer(serializers.BaseSerializer):
    """Read-only: the record contract plus ``id``, ``status``, ``expires_on``, ``url`` (and
    ``distance_km`` in a search near a place)."""

    def to_representation(self, offer: Offer) -> dict:
        return {"id": offer.pk, "status": offer.status, "expires_on": offer.expires_on and offer.expires_on.isoformat(),
                "url": f"{settings.BASE_URL}/offres/{offer.pk}/", "api_url": f"{settings.BASE_URL}/api/offres/{offer.pk}/",
                **offer_record(offer), **({"distance_km": offer.distance_km} if getattr(offer, "distance_km", None) is not None else {})}


class SubmissionSerializer(serializers.Serializer):
    document = serializers.FileField(required=False, help_text="the offer's file (txt, html, pdf, docx; 5 MB at most)")
    text = serializers.CharField(required=False, help_text="or the offer's text")
    submitter_email = serializers.EmailField(required=False)

    def validate(self, data):
        if not data.get("document") and not data.get("text", "").strip():
            raise serializers.ValidationError("send a document or a text")
        return data
