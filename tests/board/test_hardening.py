"""Hardening of the board (issue 11): no request stalls the others, no default opens it, bad input fails alone."""
import datetime as dt
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from html import unescape
from pathlib import Path

import pytest
from django.core.cache import cache

from filon.offers.models import Offer, Status

from .conftest import DEMO, DEMO_WRITTEN_ON

ROOT = Path(__file__).resolve().parent.parent.parent
TEXT = (DEMO / "charge-mission-concertation.txt").read_text()
STEP_2 = {"step": "offer", "title": "Chargé·e de mission concertation", "organization": "Territoires en Commun",
          "contract_types": ["cdd"], "city": "Rennes", "department": "35", "region": "Bretagne",
          "deadline": (dt.date.today() + dt.timedelta(days=69)).isoformat(), "country": "FR", "email": "rh@example.org", "text": TEXT}


def django_env(tmp_path: Path, **extra: str) -> dict:
    """The environment of a board process on its own SQLite file, without FILON_SECRET_KEY."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FILON_")}
    env.update(FILON_DATABASE_URL=f"sqlite:///{tmp_path / 'board.sqlite3'}", DJANGO_SETTINGS_MODULE="filon.web.settings",
               FILON_MEDIA_ROOT=str(tmp_path / "media"), **extra)
    return env


def python(code: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_a_hostile_submission_does_not_stall_other_requests(transactional_db, client, settings):
    # On one line: comments without closer, then emphasis without closer (each quadratic in a regular
    # expression of the cleaner: together about 25 s in one process, holding the GIL). Read in the limited
    # worker, it can only fail itself.
    settings.EXTRACT_TIMEOUT_S = 4
    hostile = "<!-- x " * 8000 + "**a " * 8000
    answers: dict[str, str] = {}
    client.get("/", {"q": "animateur"})                 # warm: the page's first load, the worker's start
    client.post("/deposer/", {"text": TEXT})

    def submit() -> None:
        from django.test import Client

        answers["submit"] = Client().post("/deposer/", {"text": hostile}).content.decode()
    posting = threading.Thread(target=submit)
    posting.start()
    time.sleep(0.5)
    started = time.perf_counter()
    page = client.get("/", {"q": "animateur"})
    waited = time.perf_counter() - started
    posting.join(120)
    assert page.status_code == 200 and waited < 1.0, f"the search page waited {waited:.1f} s"
    # refused at the time limit (or, once the cleaner reads it in linear time, pre-filled)
    assert "longer than 4 s" in answers["submit"] or 'name="step"' in answers["submit"]


def test_a_replayed_or_concurrent_step_two_stores_one_offer(client, db, mailoutbox):
    client.post("/deposer/", {"text": TEXT})
    pending = client.session["submission"]
    first = client.post("/deposer/", STEP_2)
    assert "Merci" in first.content.decode()
    session = client.session                     # a second post that read the session before the first one ended
    session["submission"] = pending
    session.save()
    second = client.post("/deposer/", STEP_2)
    assert second.status_code == 200 and "Merci" in second.content.decode()
    assert Offer.objects.count() == 1 and len(mailoutbox) == 1         # one offer, one confirmation
    for page in (unescape(first.content.decode()), unescape(second.content.decode())):   # the second as the first
        assert "<title>Offre reçue – filon" in page and "« Chargé·e de mission concertation »" in page
        assert "Votre offre est enregistrée" in page and "Un e-mail de confirmation est parti à rh@example.org" in page
    change = Offer.objects.get().history.get()
    assert (change.status, change.reason) == (Status.PENDING, "déposée par le recruteur")


def test_the_same_document_submitted_twice_gives_two_offers(client, db):
    for _ in range(2):
        client.post("/deposer/", {"text": TEXT})
        client.post("/deposer/", STEP_2)
    assert Offer.objects.filter(status=Status.PENDING).count() == 2


KEY = ("import django; django.setup(); from django.conf import settings; print(settings.SECRET_KEY)")


def test_outside_debug_a_key_is_generated_on_first_run_and_kept_beside_the_database(tmp_path):
    first = python(KEY, django_env(tmp_path))
    assert first.returncode == 0, first.stderr
    key_file = tmp_path / "filon-secret-key"
    key = first.stdout.strip()
    assert key_file.read_text().strip() == key and len(key) >= 50
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert "development" not in key
    assert python(KEY, django_env(tmp_path)).stdout.strip() == key                  # the next run reads it
    assert python(KEY, django_env(tmp_path, FILON_SECRET_KEY="x" * 50)).stdout.strip() == "x" * 50
    other = tmp_path / "other"
    other.mkdir()
    assert python(KEY, django_env(other)).stdout.strip() != key                     # another board, another key


def test_without_a_key_nor_a_writable_place_for_one_the_board_refuses_to_start(tmp_path):
    missing = tmp_path / "no-such-folder" / "key"
    done = python(KEY, django_env(tmp_path, FILON_SECRET_KEY_FILE=str(missing)))
    assert done.returncode != 0 and "FILON_SECRET_KEY" in done.stderr and str(missing) in done.stderr


def test_check_deploy_is_clean_for_an_https_board(tmp_path):
    env = django_env(tmp_path, FILON_BASE_URL="https://emplois.example.org", FILON_ALLOWED_HOSTS="emplois.example.org")
    done = subprocess.run([sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr + done.stdout
    assert "no issues" in done.stdout


def test_pages_carry_a_content_security_policy_and_a_request_id(client, db):
    page = client.get("/")
    assert "script-src 'self'" in page["Content-Security-Policy"]
    assert len(page["X-Request-ID"]) >= 8
    assert client.get("/", HTTP_X_REQUEST_ID="proxy-abcdef12")["X-Request-ID"] == "proxy-abcdef12"


FAILING_URLS = """
from django.urls import path
def boom(request):
    raise RuntimeError("the failure to find in the log")
urlpatterns = [path("boom/", boom)]
handler500 = "filon.web.errors.server_error"
"""
SERVE_ERROR = """
import django; django.setup()
from django.test import Client, override_settings
with override_settings(ROOT_URLCONF="failing_urls"):
    response = Client(raise_request_exception=False).get("/boom/")
print(response.status_code, response["X-Request-ID"])
print(response.content.decode())
"""


def test_a_server_error_is_logged_with_its_traceback_and_request_id(tmp_path):
    (tmp_path / "failing_urls.py").write_text(FAILING_URLS)
    log = tmp_path / "errors.log"
    env = django_env(tmp_path, FILON_LOG_FILE=str(log), PYTHONPATH=str(tmp_path), FILON_SECRET_KEY="k" * 50)
    done = python(SERVE_ERROR, env)
    status, request_id = done.stdout.split("\n", 1)[0].split()
    assert status == "500"
    assert request_id in done.stdout.split("\n", 1)[1]                  # the page gives the id to quote
    for written in (done.stderr, log.read_text()):
        assert f"[{request_id}]" in written and "Traceback" in written and "the failure to find in the log" in written


def test_imported_records_are_checked_against_the_contract(tmp_path, db):
    from filon.extract import extract
    from filon.offers.importing import import_record_files

    record = extract(TEXT, "offre.txt")[0].to_dict()
    bad = [("application_url", "javascript:alert(document.cookie)", "application_url"),
           ("salary", {**record["salary"], "unit": "fortnight"}, "salary.unit"),
           ("contract_types", ["cdi", "job"], "contract_types"),
           ("emails", ["rh at example"], "emails"),
           ("phones", ["02 99 00 00 00"], "phones"),
           ("deadline", "le 6 février", "deadline"),
           ("working_time", {**record["working_time"], "kind": "always"}, "working_time.kind")]
    for name, value, reason in bad:
        path = tmp_path / f"{reason}.jsonl"
        path.write_text(json.dumps(record) + "\n" + json.dumps({**record, name: value}) + "\n")
        report = import_record_files([path])
        assert report.failed and "line 2" in report.failed[0][1] and reason in report.failed[0][1], (reason, report.failed)
    assert Offer.objects.count() == 0
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(record) + "\n")
    assert import_record_files([good]).created_count == 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int) -> None:
    """Until the server listens (30 s at most)."""
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port}")


def test_the_server_refuses_an_oversized_body_before_django(tmp_path):
    port = free_port()
    env = django_env(tmp_path, FILON_SECRET_KEY="k" * 50)
    server = subprocess.Popen([sys.executable, "-m", "filon.cli", "serve", "--port", str(port)], env=env, cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert "board on" in server.stdout.readline()
        wait_for(port)
        started = time.perf_counter()
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:     # 300 MB announced, 1 KB sent
            conn.sendall(b"POST /api/offres/deposer/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                         b"Content-Length: %d\r\n\r\n" % (300 * 1024 * 1024) + b"x" * 1024)
            answer = conn.recv(4096).decode("latin-1")
        assert answer.startswith("HTTP/1.1 413") and time.perf_counter() - started < 5, answer[:200]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as page:
            assert page.status == 200
    finally:
        server.terminate()
        server.wait(30)


def offer_form_data(offer) -> dict:
    """What the moderation form posts for ``offer`` left as it is."""
    from filon.board.forms import OfferForm

    form = OfferForm(instance=offer)
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None or value is False:
            continue
        data[name] = value if isinstance(value, (list, str)) else str(value)
    return data


def test_json_ld_escapes_markup_like_json_script(client, db):
    from filon.offers.moderation import approve

    offer = Offer.objects.create(title="Animateur <!--<script> & </script>", content_hash="x", status=Status.PENDING,
                                 city="Lyon", text="Animateur à Lyon. <!--<script>alert(1)</script> & co",
                                 organization="Nature & <b>Découverte</b>")   # no JobPosting without an employer
    approve(offer, None)
    page = client.get(f"/offres/{offer.pk}/").content.decode()
    body = page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert not set("<>&") & set(body)
    data = json.loads(body)
    assert data["title"] == "Animateur <!--<script> & </script>"
    assert data["hiringOrganization"]["name"] == "Nature & <b>Découverte</b>"


@pytest.mark.parametrize("title, stored", [("Animateur\rvélo", "Animateur vélo"), ("Animateur\r\nvélo", "Animateur vélo"),
                                           ("Animateur\u2028vélo\t", "Animateur vélo"),
                                           ("Animateur \u202eolév\u202c", "Animateur olév")])
def test_titles_are_one_line_without_direction_overrides(client, db, mailoutbox, title, stored):
    client.post("/deposer/", {"text": TEXT})
    done = client.post("/deposer/", {**STEP_2, "title": title, "deadline": "2099-02-06"})
    assert "Merci" in done.content.decode()
    offer = Offer.objects.get()
    assert offer.title == stored
    assert len(mailoutbox) == 1 and offer.title in mailoutbox[0].subject      # the confirmation was sent
    from filon.offers.moderation import approve

    approve(offer, None)
    ics = client.get(f"/offres/{offer.pk}/date-limite.ics").content.decode()
    assert all(line.endswith("\r") or not line for line in ics.split("\n")[:-1])   # no bare CR or LF inside a line
    assert "\r" not in ics.replace("\r\n", "")


def test_a_moderator_editing_the_text_keeps_the_sections_on_it(client, coordinator):
    from filon.offers.dating import written_on
    from filon.offers.importing import import_paths

    report = import_paths([DEMO / "charge-mission-concertation.txt"], Status.PENDING)
    written_on(report.created, DEMO_WRITTEN_ON)          # its dates moved to today's, as the demo board's
    offer = Offer.objects.get()
    assert offer.sections
    added = "Offre relayée par le réseau régional des associations, qui la publie à la demande de l'employeur."
    closing = "Dernière phrase ajoutée par la coordinatrice."
    data = {**offer_form_data(offer), "action": "approve", "text": added + "\r\n\r\n" + offer.text + "\r\n\r\n" + closing}
    assert client.post(f"/moderation/{offer.pk}/", data).status_code == 302
    offer.refresh_from_db()
    assert "\r" not in offer.text and offer.text.startswith(added) and offer.text.endswith(closing)
    assert all(0 <= s["start"] <= s["end"] <= len(offer.text) for s in offer.sections) and not offer.evidence
    page = client.get(f"/offres/{offer.pk}/").content.decode()
    assert added in page and closing in page


def test_the_admin_login_stops_after_too_many_failures(client, db, settings):
    from django.contrib.auth.models import User

    settings.LOGIN_ATTEMPTS = 3
    User.objects.create_user("coord", "coord@example.org", "the-right-password", is_staff=True)
    for _ in range(3):
        assert client.post("/admin/login/", {"username": "coord", "password": "guess"}).status_code == 200
    refused = client.post("/admin/login/", {"username": "coord", "password": "the-right-password"})
    assert refused.status_code == 200 and "Trop de tentatives" in refused.content.decode()
    cache.clear()                                         # the window has passed
    assert client.post("/admin/login/", {"username": "coord", "password": "the-right-password"}).status_code == 302


def test_public_pages_are_cached_for_anonymous_visitors_until_an_offer_changes(client, db, coordinator_client):
    from filon.offers.moderation import approve

    offer = Offer.objects.create(title="Animateur vélo", content_hash="v", status=Status.PENDING, city="Lyon",
                                 text="Animateur vélo à Lyon")
    approve(offer, None)
    assert "Animateur vélo" in client.get(f"/offres/{offer.pk}/").content.decode()
    Offer.objects.filter(pk=offer.pk).update(title="Animatrice vélo")        # no signal: the cache does not know
    assert "Animateur vélo" in client.get(f"/offres/{offer.pk}/").content.decode()
    assert "Animatrice vélo" in coordinator_client.get(f"/offres/{offer.pk}/").content.decode()   # never cached
    offer.refresh_from_db()
    offer.status = Status.FILLED
    offer.save()                                                           # a change: seen at once
    assert "pourvue" in client.get(f"/offres/{offer.pk}/").content.decode()


@pytest.fixture
def coordinator_client(db):
    from django.contrib.auth.models import User
    from django.test import Client

    other = Client()
    other.force_login(User.objects.create_user("coord2", "c2@example.org", "pw", is_staff=True))
    return other


def test_one_bomb_in_an_import_or_an_api_submission_fails_alone(tmp_path, client, db, settings):
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    from filon.offers.importing import import_paths
    from tests.extract.test_limits import pdf_bomb

    settings.EXTRACT_MEMORY_MB = 256
    bomb = pdf_bomb(400 * 1024 * 1024)
    (tmp_path / "a-bombe.pdf").write_bytes(bomb)
    (tmp_path / "b-offre.txt").write_text(TEXT)
    report = import_paths([tmp_path])
    assert report.created_count == 1
    assert report.failed == [(str(tmp_path / "a-bombe.pdf"), "needs more than 256 MB of memory to read: stopped")]
    token = Token.objects.create(user=User.objects.create_user("integrateur"))
    from django.core.files.uploadedfile import SimpleUploadedFile

    answer = client.post("/api/offres/deposer/", {"document": SimpleUploadedFile("bombe.pdf", bomb)},
                         HTTP_AUTHORIZATION=f"Token {token.key}")
    assert answer.status_code == 422 and "needs more than 256 MB" in answer.json()["error"]
