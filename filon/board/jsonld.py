"""schema.org JobPosting of an offer, with Google's required and recommended properties."""
from __future__ import annotations

import datetime as dt
import json

from django.conf import settings

from filon.offers.models import Offer

# What a contract adds to the working time (a CDI adds nothing: a part-time CDI is PART_TIME only).
CONTRACT_EMPLOYMENT_TYPES = {"cdd": "TEMPORARY", "interim": "TEMPORARY", "stage": "INTERN", "alternance": "INTERN",
                             "service_civique": "VOLUNTEER", "volontariat": "VOLUNTEER", "benevolat": "VOLUNTEER",
                             "freelance": "CONTRACTOR"}
WORKING_TIME_TYPES = {"full_time": "FULL_TIME", "part_time": "PART_TIME"}
UNITS = {"hour": "HOUR", "month": "MONTH", "year": "YEAR"}
# Google's credentialCategory values for our levels of study.
CREDENTIAL_CATEGORIES = {"bac": "high school", "bac+2": "associate degree", "bac+3": "bachelor degree",
                         "bac+4": "postgraduate degree", "bac+5": "postgraduate degree", "bac+8": "postgraduate degree"}


def employment_types(offer: Offer) -> list[str]:
    """Google's values: the working time (full time for a CDI of unknown
    working time), then what the contract types add; no repeats."""
    values = [WORKING_TIME_TYPES[offer.working_time_kind]] if offer.working_time_kind in WORKING_TIME_TYPES else []
    if not values and "cdi" in offer.contract_types:
        values.append("FULL_TIME")
    values += [CONTRACT_EMPLOYMENT_TYPES[k] for k in offer.contract_types if k in CONTRACT_EMPLOYMENT_TYPES]
    return list(dict.fromkeys(values)) or ["OTHER"]


def job_posting(offer: Offer) -> dict | None:
    """The JobPosting object of an open offer; None without an employer's
    name (Google requires the hiring organisation: no placeholder)."""
    if not offer.organization:
        return None
    url = f"{settings.BASE_URL}/offres/{offer.pk}/"
    posted = offer.published_day
    data = {
        "@context": "https://schema.org/", "@type": "JobPosting",
        "title": offer.title,
        "description": "<p>" + "</p><p>".join(p.replace("\n", "<br>") for p in offer.text.split("\n\n") if p.strip()) + "</p>",
        "datePosted": posted.isoformat(),
        "hiringOrganization": {"@type": "Organization", "name": offer.organization},
        "identifier": {"@type": "PropertyValue", "name": offer.organization, "value": offer.reference or str(offer.pk)},
        "employmentType": employment_types(offer),
        "directApply": False,            # people apply on the employer's side, never on the board
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
    if offer.education_min in CREDENTIAL_CATEGORIES:
        data["educationRequirements"] = {"@type": "EducationalOccupationalCredential",
                                         "credentialCategory": CREDENTIAL_CATEGORIES[offer.education_min]}
    return data


_SCRIPT_SAFE = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})


def job_posting_script(offer: Offer) -> str | None:
    """The <script> body, safe to inline in HTML (``<``, ``>``, ``&`` escaped
    as Django's json_script does), or None when there is no JobPosting."""
    data = job_posting(offer)
    return json.dumps(data, ensure_ascii=False).translate(_SCRIPT_SAFE) if data else None
