"""The Offer record: contract fields exactly, JSON round trip."""
import json
from pathlib import Path

from filon.extract import Offer, extract

CONTRACT_KEYS = {"title", "organization", "contract_types", "working_time", "duration_months", "start", "deadline",
                 "published", "location", "remote", "salary", "education_min", "driving_licence", "emails", "phones",
                 "application_url", "reference"}
DEMO = Path(__file__).resolve().parent.parent.parent / "demo" / "offers"


def test_record_has_exactly_the_contract_fields():
    [offer] = extract((DEMO / "charge-mission-concertation.txt").read_bytes(), "x.txt")
    record = offer.record()
    assert set(record) == CONTRACT_KEYS
    assert set(record["salary"]) == {"min", "max", "unit", "basis", "legal_minimum"}
    assert set(record["location"]) == {"city", "postal_code", "department", "region", "country"}


def test_json_round_trip_keeps_everything():
    [offer] = extract((DEMO / "charge-mission-concertation.txt").read_bytes(), "x.txt")
    again = Offer.from_json(offer.to_json())
    assert again == offer
    assert Offer.from_dict(json.loads(json.dumps(offer.record()))).record() == offer.record()


def test_every_evidence_span_points_at_its_value():
    [offer] = extract((DEMO / "charge-mission-concertation.txt").read_bytes(), "x.txt")
    text = offer.text
    assert "Rennes" in text[slice(*offer.evidence["location.city"])]
    assert "2 300" in text[slice(*offer.evidence["salary.min"])]
    assert "territoires-en-commun" in text[slice(*offer.evidence["emails.0"])]
    assert offer.section_text("apply").startswith("Candidature")


def test_record_and_dict_are_what_asdict_gives_and_share_no_list_with_the_offer():
    import dataclasses

    [offer] = extract((DEMO / "charge-mission-concertation.txt").read_bytes(), "x.txt")
    full = dataclasses.asdict(offer)
    assert offer.record() == {k: v for k, v in full.items() if k not in ("text", "sections", "evidence", "source")}
    assert offer.to_dict() == {**full, "evidence": {k: list(v) for k, v in offer.evidence.items()}}
    record = offer.record()
    record["emails"].append("x@y.fr")
    record["salary"]["min"] = -1
    assert "x@y.fr" not in offer.emails and offer.salary.min != -1
