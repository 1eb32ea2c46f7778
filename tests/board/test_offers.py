"""Offers: states, expiry, import idempotency, moderation."""
import datetime as dt
import hashlib

import pytest

from filon.offers import moderation
from filon.offers.importing import import_paths
from filon.offers.models import Offer, Status

from .conftest import DEMO, days

pytestmark = pytest.mark.django_db


def make(**fields) -> Offer:
    defaults = {"title": "Animateur nature", "content_hash": hashlib.sha256(str(fields).encode()).hexdigest(), "status": Status.PUBLISHED}
    return Offer.objects.create(**{**defaults, **fields})


def test_offer_expires_the_day_after_its_deadline():
    offer = make(deadline=days(3))
    assert offer.expires_on == days(4)
    assert offer in Offer.objects.visible()
    assert offer not in Offer.objects.visible(on=days(4))
    assert offer in Offer.objects.expired(on=days(4))


def test_offer_without_deadline_lives_sixty_days_after_publication():
    offer = make(published_on=days(-59))
    assert offer.expires_on == days(1)
    assert offer in Offer.objects.visible()
    assert make(published_on=days(-61), title="B") not in Offer.objects.visible()


def test_pending_and_rejected_offers_are_not_visible():
    pending = make(status=Status.PENDING)
    assert pending not in Offer.objects.visible() and pending in Offer.objects.pending()


def test_expire_command_marks_and_records_history():
    offer = make(deadline=days(-2))
    assert moderation.expire_due() == 1
    offer.refresh_from_db()
    assert offer.status == Status.EXPIRED
    assert offer.history.last().reason == "date limite dépassée"


def test_import_twice_creates_nothing_the_second_time():
    first = import_paths([DEMO])
    assert len(first.created) == 6 and not first.failed
    second = import_paths([DEMO])
    assert second.created == [] and second.unchanged == 6
    assert Offer.objects.count() == 6


def test_a_corrupt_file_is_reported_and_the_rest_imported(tmp_path):
    (tmp_path / "bon.txt").write_bytes((DEMO / "charge-mission-concertation.txt").read_bytes())
    (tmp_path / "casse.pdf").write_bytes(b"%PDF-1.4 tronque")
    report = import_paths([tmp_path])
    assert len(report.created) == 1
    assert [f.endswith("casse.pdf") for f, _ in report.failed] == [True]
    assert "PDF" in report.failed[0][1]


def extracted_lines() -> list[str]:
    """The demo offers as ``filon extract --full`` writes them."""
    from filon.extract import extract

    return [r.to_json() for path in sorted(DEMO.iterdir()) for r in extract(path.read_bytes(), path.name)]


@pytest.mark.parametrize("bad_line, reason", [
    ("{not json", "line 3: not a record"),
    ('["a", "list"]', "line 3: not a record (not a JSON object)"),
    ('{"title": "Animateur", "location": "Lyon"}', "line 3: not a record"),
    ('{"title": "Animateur", "deadline": "bientôt"}', "line 3: not a record"),
])
def test_record_files_are_stored_without_extraction_each_all_or_nothing(tmp_path, bad_line, reason):
    from filon.offers.importing import import_record_files

    lines = extracted_lines()
    (tmp_path / "board.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "broken.jsonl").write_text(f"{lines[0]}\n\n{bad_line}\n", encoding="utf-8")
    read = []
    report = import_record_files([tmp_path / "broken.jsonl", tmp_path / "board.jsonl"], progress=lambda: read.append(1))
    assert report.created_count == 6 and report.created == [] and report.unchanged == 0
    assert [(f.endswith("broken.jsonl"), r.startswith(reason)) for f, r in report.failed] == [(True, True)]
    assert Offer.objects.count() == 6 and len(read) == 1 + 6       # the broken file's good line: not kept
    assert Offer.objects.get(city="Rennes").deadline == dt.date(2027, 2, 6)
    assert import_record_files([tmp_path / "board.jsonl"]).unchanged == 6


def test_import_stores_fields_as_columns():
    import_paths([DEMO / "charge-mission-concertation.txt"])
    offer = Offer.objects.get()
    assert offer.city == "Rennes" and offer.department == "35" and offer.region == "Bretagne"
    assert offer.contract_types == ["cdd"] and offer.deadline == dt.date(2027, 2, 6)
    assert float(offer.salary_min) == 2300 and offer.salary_unit == "month"
    assert offer.history.get().status == Status.PUBLISHED


def test_duplicates_are_flagged():
    a = make(title="Chargé de mission", organization="Réseau X", content_hash="a")
    b = make(title="Chargé de mission", organization="Réseau X", content_hash="b", status=Status.PENDING)
    assert moderation.duplicates_of(b) == [a]


def test_reject_records_reason_and_mails_the_recruiter(mailoutbox):
    offer = make(status=Status.PENDING, submitter_email="rh@example.org")
    moderation.reject(offer, "Offre incomplète")
    assert offer.status == Status.REJECTED
    assert "Offre incomplète" in mailoutbox[0].body and mailoutbox[0].to == ["rh@example.org"]


def test_expiry_reminder_five_days_before(mailoutbox):
    make(deadline=days(3), submitter_email="rh@example.org")
    make(deadline=days(20), submitter_email="autre@example.org", title="B")
    assert moderation.send_expiry_reminders() == 1
    assert mailoutbox[0].to == ["rh@example.org"] and "/gerer/?token=" in mailoutbox[0].body
    assert moderation.send_expiry_reminders() == 0
