"""schema.org JobPosting of an offer, with Google's required and recommended properties."""
from __future__ import annotations

import datetime as dt
import json

from django.conf import settings

from filon.offers.models import Offer

EMPLOYMENT_TYPES = {"cdi": "FULL_TIME", "cdd": "TEMPORARY", "interim": "TEMPORARY", "stage": "INTERN",
                    "alternance": "INTERN", "service_civique": "VOLUNTEER", "volontariat": "VOLUNTEER",
                    "benevolat": "VOLUNTEER", "freelance": "CONTRACTOR"}
UNITS = {"hour": "HOUR", "month": "MONTH", "year": "YEAR"}


def employment_types(offer: Offer) -> list[str]:
    """Google's values for our contract types and working time, in order, no repeats."""
    values = [EMPLOYMENT_TYPES[k] for k in offer.contract_types if k in EMPLOYMENT_TYPES]
    if offer.working_time_kind == "part_time":
        values.append("PART_TIME")
    elif offer.working_time_kind == "full_time":
        values.append("FULL_TIME")
    return list(dict.fromkeys(values)) or ["OTHER"]


def job_posting(offer: Offer) -> dict:
    """The JobPosting object of an open offer."""
    url = f"{settings.BASE_URL}/offres/{offer.pk}/"
    posted = offer.published_on or offer.created_at.date()
    data = {
        "@context": "https://schema.org/", "@type": "JobPosting",
        "title": offer.title,
        "description": "<p>" + "</p><p>".join(p.replace("\n", "<br>") for p in offer.text.split("\n\n") if p.strip()) + "</p>",
        "datePosted": posted.isoformat(),
        "hiringOrganization": {"@type": "Organization", "name": offer.organization or "Non précisé"},
        "identifier": {"@type": "PropertyValue", "name": offer.organization or "filon",
                       "value": offer.reference or str(offer.pk)},
        "employmentType": employment_types(offer),
        "directApply": bool(offer.application_url or offer.emails),
        "url": url,
    }
    if offer.expires_on:
        data["validThrough"] = (offer.expires_on - dt.timedelta(days=1)).isoformat() + "T23:59:59"
    address = {"@type": "PostalAddress", "addressCountry": offer.country or "FR"}
    if offer.city:
        address["addressLocality"] = offer.city
    if offer.postal_code:
        address["postalCode"] = offer.postal_code
    if offer.region:
        address["addressRegion"] = offer.region
    data["jobLocation"] = {"@type": "Place", "address": address}
    if offer.remote_allowed and offer.remote_days is not None and float(offer.remote_days) >= 5:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": offer.country or "FR"}
    if offer.salary_min is not None and offer.salary_unit:
        value = {"@type": "QuantitativeValue", "unitText": UNITS[offer.salary_unit]}
        if offer.salary_max is not None and offer.salary_max != offer.salary_min:
            value.update(minValue=float(offer.salary_min), maxValue=float(offer.salary_max))
        else:
            value["value"] = float(offer.salary_min)
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": "EUR", "value": value}
    if offer.start_date:
        data["jobStartDate"] = offer.start_date.isoformat()
    if offer.education_min:
        data["educationRequirements"] = {"@type": "EducationalOccupationalCredential",
                                         "credentialCategory": offer.education_min}
    return data


def job_posting_script(offer: Offer) -> str:
    """The <script> body, safe to inline in HTML: "<", ">" and "&" escaped as Django's json_script does."""
    return json.dumps(job_posting(offer), ensure_ascii=False).translate(_HTML_ESCAPES)


_HTML_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
