"""An offer's life after publication: what its page says as the deadline
nears, the 5-day reminder, `filon expire`, what the sitemap and the JSON-LD
tell search engines; and the import commands (`--pending`, `--json`,
`reindex`), run as the command line on a real SQLite file."""
import json
import os
import shutil
import subprocess
import sys

import pytest
from django.template.defaultfilters import date as date_filter

from filon.board.jsonld import job_posting
from filon.extract import Offer as Record
from filon.offers import moderation
from filon.offers.importing import store_records
from filon.offers.models import Offer, Status, today

from .conftest import DEMO, DEMO_WRITTEN_ON, days
from .factories import offer as make

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("deadline, says", [
    (0, "dernier jour"),
    (1, "plus que 1 jour"),
    (5, "plus que 5 jours"),
    (14, "plus que 14 jours"),      # the last day counted down (DEADLINE_NEAR_DAYS)
    (15, None),                     # further off: the date alone
    (366, None),
])
def test_the_offer_page_says_how_many_days_are_left(client, deadline, says):
    offer = make(deadline=days(deadline))
    shown = date_filter(days(deadline), "j F Y")
    page = client.get(f"/offres/{offer.pk}/").content.decode()
    results = client.get("/", {"q": "nature"}).content.decode()
    assert f"<dt>Date limite</dt><dd>{shown}" in page and f"date limite : {shown}" in results
    if says:
        assert f"{shown} – <strong>{says}</strong>" in page and f"{shown} – {says}</span>" in results
    else:
        assert not any(word in text for word in ("plus que", "dernier jour") for text in (page, results))
    assert ('class="deadline soon"' in results) is bool(says)


@pytest.mark.parametrize("deadline, reminded", [
    (-1, False),          # gone already (expires today)
    (0, True),
    (4, True),            # expires in 5 days
    (5, False),           # expires in 6 days
    (None, False),        # no deadline: expires 60 days after publication
])
def test_the_reminder_goes_5_days_before_expiry(mailoutbox, deadline, reminded):
    offer = make(deadline=days(deadline) if deadline is not None else None, submitter_email="rh@example.org")
    assert moderation.send_expiry_reminders() == int(reminded)
    assert [m.to for m in mailoutbox] == ([["rh@example.org"]] if reminded else [])
    offer.refresh_from_db()
    assert offer.reminder_sent is reminded


def test_the_reminder_for_an_offer_without_deadline_counts_from_publication(mailoutbox):
    make(published_on=days(-55), submitter_email="a@example.org")          # expires in 5 days
    make(published_on=days(-54), submitter_email="b@example.org")          # in 6
    assert moderation.send_expiry_reminders() == 1 and mailoutbox[0].to == ["a@example.org"]


def test_no_reminder_without_an_address_or_twice():
    make(deadline=days(2))
    make(deadline=days(2), submitter_email="rh@example.org", reminder_sent=True)
    assert moderation.send_expiry_reminders() == 0


def test_the_sitemap_lists_every_open_offer_and_only_those(client):
    shown = [make(deadline=days(n)) for n in (0, 10)] + [make(published_on=days(-10))]
    hidden = [make(deadline=days(-1)), make(status=Status.PENDING), make(status=Status.FILLED),
              make(status=Status.REJECTED), make(status=Status.EXPIRED, deadline=days(10))]
    response = client.get("/sitemap.xml")
    assert response["Content-Type"] == "application/xml"
    body = response.content.decode()
    assert body.count("<url>") == len(shown)
    for offer in shown:
        assert f"<loc>http://127.0.0.1:8000/offres/{offer.pk}/</loc>" in body
    for offer in hidden:
        assert f"/offres/{offer.pk}/<" not in body


# Google's rules (issue 10): the working time gives FULL_TIME or PART_TIME (a CDI of unknown working time
# is full time; a part-time CDI is PART_TIME only), the contract adds what it is; never a repeat.
EMPLOYMENT = [
    (["cdi"], "", ["FULL_TIME"]),
    (["cdi"], "full_time", ["FULL_TIME"]),                 # no repeat
    (["cdi"], "part_time", ["PART_TIME"]),                 # not FULL_TIME as well
    (["cdd"], "", ["TEMPORARY"]),                          # a CDD is not FULL_TIME
    (["cdd"], "part_time", ["PART_TIME", "TEMPORARY"]),
    (["cdd"], "full_time", ["FULL_TIME", "TEMPORARY"]),
    (["interim"], "", ["TEMPORARY"]),
    (["stage"], "", ["INTERN"]),
    (["alternance"], "", ["INTERN"]),
    (["service_civique"], "", ["VOLUNTEER"]),
    (["volontariat", "benevolat"], "", ["VOLUNTEER"]),
    (["freelance"], "", ["CONTRACTOR"]),
    ([], "part_time", ["PART_TIME"]),
    ([], "", ["OTHER"]),
]


@pytest.mark.parametrize("contracts, working_time, expected", EMPLOYMENT)
def test_jsonld_employment_type(contracts, working_time, expected):
    offer = make(contract_types=contracts, working_time_kind=working_time, organization="Réseau X")
    assert sorted(job_posting(offer)["employmentType"]) == expected


def test_no_jobposting_without_an_employer(client):
    """Google requires the hiring organisation: no JobPosting rather than a placeholder name."""
    anonymous, named = make(organization=""), make(organization="Réseau X")
    assert job_posting(anonymous) is None and job_posting(named)["hiringOrganization"]["name"] == "Réseau X"
    assert "application/ld+json" not in client.get(f"/offres/{anonymous.pk}/").content.decode()
    assert "application/ld+json" in client.get(f"/offres/{named.pk}/").content.decode()


def test_jsonld_dates_place_and_pay():
    offer = make(deadline=days(9), published_on=days(-2), city="Rennes", postal_code="35000", region="Bretagne",
                 salary_min=2300, salary_max=2600, salary_unit="month", start_date=days(40), education_min="bac+3",
                 remote_allowed=True, remote_days=5, reference="REF-1", organization="Réseau X")
    data = job_posting(offer)
    assert data["datePosted"] == days(-2).isoformat()
    assert data["validThrough"] == f"{days(9).isoformat()}T23:59:59"        # the deadline's last second
    assert data["jobLocation"]["address"] == {"@type": "PostalAddress", "addressCountry": "FR",
                                              "addressLocality": "Rennes", "postalCode": "35000",
                                              "addressRegion": "Bretagne"}
    assert data["baseSalary"] == {"@type": "MonetaryAmount", "currency": "EUR", "value": {
        "@type": "QuantitativeValue", "unitText": "MONTH", "minValue": 2300.0, "maxValue": 2600.0}}
    assert data["jobStartDate"] == days(40).isoformat() and data["jobLocationType"] == "TELECOMMUTE"
    assert data["identifier"]["value"] == "REF-1" and data["hiringOrganization"]["name"] == "Réseau X"
    assert data["educationRequirements"] == {"@type": "EducationalOccupationalCredential",
                                             "credentialCategory": "bachelor degree"}
    lifetime = make(published_on=days(-2), organization="Réseau X")
    assert job_posting(lifetime)["validThrough"] == f"{days(57).isoformat()}T23:59:59"


def test_the_same_offer_twice_in_one_import_is_stored_once():
    record = Record(title="Animateur nature", organization="Réseau X", text="Animer des sorties nature.",
                    published=today().isoformat())
    other = Record(title="Animatrice vélo", text="Réparer des vélos.")
    created, unchanged = store_records([record, other, Record.from_dict(record.to_dict())])
    assert (len(created), unchanged) == (2, 1) and Offer.objects.count() == 2


def filon(tmp_path, *args):
    """Run the command line on the test's own SQLite file."""
    env = {**os.environ, "FILON_DATABASE_URL": f"sqlite:///{tmp_path / 'board.sqlite3'}", "FILON_EMAIL_BACKEND": "file",
           "FILON_EMAIL_DIR": str(tmp_path / "mail")}
    return subprocess.run([sys.executable, "-m", "filon.cli", *args], env=env, capture_output=True, text=True,
                          cwd=tmp_path)


def sql(tmp_path, query: str) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(tmp_path / "board.sqlite3") as conn:
        return conn.execute(query).fetchall()


def test_import_pending_json_then_reindex_and_expire(tmp_path):
    done = filon(tmp_path, "import", "--pending", "--json", "--no-email", str(DEMO))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"created": 6, "unchanged": 0, "failed": [], "emailed": 0, "email_failed": 0}
    assert sql(tmp_path, "SELECT status, COUNT(*) FROM offers_offer GROUP BY status") == [("pending", 6)]
    again = filon(tmp_path, "import", "--json", str(DEMO), str(tmp_path / "absent.txt"))
    assert again.returncode == 1
    assert json.loads(again.stdout) == {"created": 0, "unchanged": 6, "failed": [
        {"file": str(tmp_path / "absent.txt"), "reason": "no such file or folder"}], "emailed": 0, "email_failed": 0}
    reindexed = filon(tmp_path, "reindex", "--json")
    assert reindexed.returncode == 0 and json.loads(reindexed.stdout)["indexed"] == 0     # pending: not searchable
    # Publish them, one past its day and one about to expire, then run the daily command (dates by the
    # commands' clock, which a test that moves its own does not move).
    sql(tmp_path, "UPDATE offers_offer SET status = 'published', submitter_email = 'rh@example.org', "
                  "expires_on = CASE WHEN city = 'Rennes' THEN date('now', '-2 days') "
                  "WHEN city = 'Montpellier' THEN date('now', '+3 days') ELSE '2999-01-01' END")
    expired = filon(tmp_path, "expire", "--json")
    assert expired.returncode == 0 and json.loads(expired.stdout) == {"expired": 1, "reminded": 1, "changes_pruned": 0}
    assert sql(tmp_path, "SELECT city FROM offers_offer WHERE status = 'expired'") == [("Rennes",)]
    assert len(list((tmp_path / "mail").iterdir())) == 1
    assert filon(tmp_path, "expire").stdout.strip() == "expired 0, reminders sent 0, search changes pruned 0"


def test_rows_changed_behind_the_board_s_back_reach_the_search_and_reindex_starts_afresh(tmp_path):
    assert filon(tmp_path, "import", str(DEMO), "--written-on", DEMO_WRITTEN_ON.isoformat()).returncode == 0
    env = {**os.environ, "FILON_DATABASE_URL": f"sqlite:///{tmp_path / 'board.sqlite3'}",
           "DJANGO_SETTINGS_MODULE": "filon.web.settings"}

    def found(word: str) -> int:
        code = f"import django; django.setup(); from filon.search.engine import Query, search; print(search(Query(q={word!r})).total)"
        return int(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
    assert (found("concertation"), found("tyrolienne")) == (1, 0)
    # Plain SQL, as a restore script or a database console would write: the change log's triggers see it.
    sql(tmp_path, "UPDATE offers_offer SET text = text || ' Sorties en tyrolienne.' WHERE city = 'Rennes'")
    assert (found("concertation"), found("tyrolienne")) == (1, 1)
    sql(tmp_path, "DELETE FROM offers_offer WHERE city = 'Rennes'")
    assert (found("concertation"), found("tyrolienne")) == (0, 0)
    shutil.rmtree(tmp_path / "filon-search")                     # a lost index is rebuilt by the next search
    assert found("animation") >= 1
    reindexed = json.loads(filon(tmp_path, "reindex", "--json").stdout)
    assert reindexed["indexed"] == 5 and reindexed["index_bytes"] > 0 and reindexed["folder"] == str(tmp_path / "filon-search")


def test_expire_due_counts_every_offer_it_expires_on_the_day_given():
    gone = [make(deadline=days(-1)), make(deadline=days(-30))]
    soon = make(deadline=days(3))
    assert moderation.expire_due() == 2
    assert moderation.expire_due(on=days(4)) == 1          # the day after the deadline: expired
    assert {o.status for o in Offer.objects.filter(pk__in=[o.pk for o in [*gone, soon]])} == {Status.EXPIRED}


def test_who_marked_an_offer_filled_is_recorded(django_user_model):
    coordinator = django_user_model.objects.create_user("coord")
    offer = moderation.mark_filled(make(), by=coordinator)
    assert (offer.status, offer.history.last().by, offer.history.last().reason) == (Status.FILLED, coordinator, "pourvue")


def test_the_import_summary_and_an_offer_s_name(tmp_path):
    from filon.offers.importing import import_paths

    (tmp_path / "casse.pdf").write_bytes(b"%PDF-1.4 tronque")
    report = import_paths([DEMO / "charge-mission-concertation.txt", tmp_path / "casse.pdf"])
    summary = report.as_dict()
    assert (summary["created"], summary["unchanged"]) == (1, 0)
    assert [f["file"] for f in summary["failed"]] == [str(tmp_path / "casse.pdf")] and summary["failed"][0]["reason"]
    assert str(report.created[0]) == "Chargé·e de mission concertation et participation citoyenne (H/F) (Territoires en Commun)"
    assert str(make(title="Sans structure")) == "Sans structure (?)"


def test_a_chunk_is_prepared_in_its_file(tmp_path):
    import pickle

    from filon.offers.importing import _prepare_file

    path = tmp_path / "chunk"
    path.write_bytes(pickle.dumps([3, 1, 2]))
    assert _prepare_file(sorted, str(path)) == str(path) and pickle.loads(path.read_bytes()) == [1, 2, 3]


def test_reminders_on_a_given_day_name_the_offer(mailoutbox):
    make(title="Animatrice vélo", deadline=days(12), submitter_email="rh@example.org")
    make(title="Animateur nature", deadline=days(10), submitter_email="rh@example.org")
    assert moderation.send_expiry_reminders() == 0
    assert moderation.send_expiry_reminders(on=days(8)) == 2                    # expires on day 13: in 5 days
    mail = next(m for m in mailoutbox if "Animatrice vélo" in m.subject)
    assert days(13).strftime("%d/%m/%Y") in mail.body
