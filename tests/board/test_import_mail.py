"""Imported offers with an e-mail get their private management link at import
(issue 10): one e-mail per new offer, to its first contact address, sent once
its document (or records file) is stored; a mail server that fails never fails
the import; ``filon import --json`` prints JSON only, e-mails or not."""
import json
import os
import re
import socket
import subprocess
import sys

import pytest
from django.utils.html import escape

from filon.extract import extract
from filon.offers.importing import import_paths, import_record_files
from filon.offers.models import Offer, Status

from .conftest import DEMO

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^/\s]+(/offres/(\d+)/gerer/\?token=\S+)")


def links(mails) -> dict[int, str]:
    """The management link of each e-mail, by offer id."""
    return {int(m.group(2)): m.group(1) for mail in mails for m in [LINK.search(mail.body)]}


def test_each_new_offer_with_an_e_mail_gets_its_link_once(client, mailoutbox):
    report = import_paths([DEMO], email=True)
    with_email = [o for o in report.created if o.emails]
    assert 0 < len(with_email) < report.created_count          # the demo has offers without an e-mail too
    assert (report.emailed, report.email_failed) == (len(with_email), 0)
    assert sorted(m.to[0] for m in mailoutbox) == sorted(o.emails[0] for o in with_email)
    assert sorted(links(mailoutbox)) == sorted(o.pk for o in with_email)
    for pk, path in links(mailoutbox).items():
        page = client.get(path)
        assert page.status_code == 200 and escape(Offer.objects.get(pk=pk).title) in page.content.decode()
    assert {o.submitter_email for o in with_email} == {o.emails[0] for o in with_email}   # later mails go there too
    again = import_paths([DEMO], email=True)
    assert (again.created_count, again.emailed, len(mailoutbox)) == (0, 0, len(with_email))


@pytest.mark.parametrize("status, says", [(Status.PUBLISHED, "Elle est en ligne"),
                                          (Status.PENDING, "relit avant de la publier")])
def test_the_mail_says_whether_the_offer_is_online(mailoutbox, status, says):
    import_paths([DEMO / "charge-mission-concertation.txt"], status, email=True)
    [mail] = mailoutbox
    assert says in mail.body and mail.to == ["recrutement@territoires-en-commun.org"]
    assert "Chargé·e de mission concertation" in mail.subject


def test_without_email_no_one_is_written_to(mailoutbox):
    assert import_paths([DEMO]).emailed == 0 and mailoutbox == []


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_mail_server_down_fails_the_mails_not_the_import(settings, caplog):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", _closed_port(), 2
    report = import_paths([DEMO], email=True)
    with_email = [o for o in report.created if o.emails]
    assert report.created_count == 6 and not report.failed
    assert (report.emailed, report.email_failed) == (0, len(with_email))
    assert Offer.objects.count() == 6
    logged = [r.getMessage() for r in caplog.records if "management link could not be e-mailed" in r.getMessage()]
    assert len(logged) == len(with_email) and all(f"offer {o.pk}:" in " ".join(logged) for o in with_email)


def _records_file(path, broken: bool = False):
    lines = [json.dumps(o.to_dict(), ensure_ascii=False) for f in sorted(DEMO.iterdir())
             for o in extract(f.read_bytes(), filename=f.name)]
    path.write_text("\n".join([*lines, *(["42"] if broken else [])]) + "\n", encoding="utf-8")
    return path


def test_records_files_mail_once_stored_and_never_for_a_file_refused(tmp_path, mailoutbox):
    refused = import_record_files([_records_file(tmp_path / "casse.jsonl", broken=True)], email=True)
    assert (refused.created_count, refused.emailed, mailoutbox) == (0, 0, [])     # no link to an offer not stored
    stored = import_record_files([_records_file(tmp_path / "offres.jsonl")], email=True)
    assert stored.emailed == len(mailoutbox) == Offer.objects.exclude(submitter_email="").count() > 0
    assert sorted(links(mailoutbox)) == sorted(Offer.objects.exclude(submitter_email="").values_list("pk", flat=True))


def test_records_files_mail_no_one_unless_asked(tmp_path, mailoutbox):
    report = import_record_files([_records_file(tmp_path / "offres.jsonl")])
    assert report.created_count == 6 and Offer.objects.exclude(submitter_email="").count() > 0
    assert (report.emailed, mailoutbox) == (0, [])


def _filon(tmp_path, *args, **env) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("FILON_", "DJANGO_"))}
    return subprocess.run([sys.executable, "-m", "filon.cli", *args], capture_output=True, text=True, cwd=tmp_path,
                          env={**base, "FILON_DATABASE_URL": f"sqlite:///{tmp_path / 'board.sqlite3'}", **env},
                          timeout=300)


def test_import_json_stays_json_with_the_console_mail_backend(tmp_path):
    done = _filon(tmp_path, "import", "--json", str(DEMO))         # FILON_EMAIL_BACKEND unset: console
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["created"] == 6 and summary["emailed"] == done.stderr.count("/gerer/?token=") > 0
    import sqlite3

    with sqlite3.connect(tmp_path / "board.sqlite3") as db:           # one offer about to expire: a reminder
        db.execute("UPDATE offers_offer SET expires_on = date('now', '+3 days') WHERE city = 'Rennes'")
    expired = _filon(tmp_path, "expire", "--json")
    assert json.loads(expired.stdout)["reminded"] == 1 and expired.stderr.count("/gerer/?token=") == 1
    quiet = _filon(tmp_path, "import", "--json", "--no-email", str(DEMO),
                   FILON_DATABASE_URL=f"sqlite:///{tmp_path / 'other.sqlite3'}")
    assert json.loads(quiet.stdout)["emailed"] == 0 and "/gerer/" not in quiet.stderr


def test_a_recruiter_mail_that_fails_is_logged_and_the_approval_stands(settings, caplog):
    from filon.offers import moderation

    from .factories import offer

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", _closed_port(), 2
    pending = offer(status=Status.PENDING, submitter_email="rh@example.org")
    moderation.approve(pending)
    pending.refresh_from_db()
    assert pending.status == Status.PUBLISHED
    assert any(f"offer {pending.pk}: e-mail" in r.getMessage() and "rh@example.org not sent" in r.getMessage()
               for r in caplog.records)


def test_the_personal_data_page_says_where_imported_offers_links_go(client):
    page = client.get("/donnees-personnelles/").content.decode().replace("&#x27;", "'")
    assert "la première adresse e-mail de contact qu'elle publie reçoit le lien de gestion" in page
