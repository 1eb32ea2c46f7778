"""Step 1 of a recruiter's submission: the document is read by its content and
its file's name, and one that cannot be read is named beside the field it came
from (the file's or the pasted text's), with the reader's reason."""
import re

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from .conftest import DEMO

pytestmark = pytest.mark.django_db
CONCERTATION = (DEMO / "charge-mission-concertation.txt").read_text()
PDF = (DEMO / "coordinateur-reseau.pdf").read_bytes()
BRACKETED = "[CDI] " + CONCERTATION            # opens like a JSON list: only the file's name says it is text


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


@pytest.mark.parametrize("name, content, title", [
    ("offre.txt", BRACKETED.encode(), "[CDI] Offre d'emploi : Chargé·e de mission concertation"),
    ("stage.md", (DEMO / "stage-education-environnement.md").read_bytes(), "Stage : animateur·rice nature"),
], ids=["txt-opening-with-a-bracket", "markdown"])
def test_a_file_is_read_as_its_name_says(client, name, content, title):
    response = client.post("/deposer/", {"document": SimpleUploadedFile(name, content)})
    page = response.content.decode()
    assert 'name="step"' in page and title in page.replace("&#x27;", "'")
    assert client.session["submission"]["document"].endswith(f"_{name}")


@pytest.mark.parametrize("fields, timeout, field, reason", [
    pytest.param({"document": ("offre.pdf", b"%PDF-1.4\nnot a pdf")}, 30, "document",
                 "corrupt or unreadable PDF (Failed to load document (PDFium: Data format error).)", id="corrupt-pdf"),
    pytest.param({"document": ("coordinateur-reseau.pdf", PDF)}, 0.001, "document",
                 "took longer than 0.001 s to read: stopped", id="file-past-the-time-limit"),
    pytest.param({"text": CONCERTATION * 20}, 0.001, "text",
                 "took longer than 0.001 s to read: stopped", id="text-past-the-time-limit"),
])
def test_a_document_that_cannot_be_read_is_named_beside_its_field(client, settings, fields, timeout, field, reason):
    settings.EXTRACT_TIMEOUT_S = timeout
    data = {k: SimpleUploadedFile(*v) if isinstance(v, tuple) else v for k, v in fields.items()}
    response = client.post("/deposer/", data)
    message = f"Document illisible : {reason}"
    assert response.context["form"].errors == {field: [message]}
    field_block = response.content.decode().split(f'name="{field}"')[1].split('<div class="field">')[0]
    assert message.replace("'", "&#x27;") in field_block                # shown under its own field
    assert 'name="step"' not in response.content.decode() and "submission" not in client.session


@pytest.mark.parametrize("method, data", [("get", None), ("post", {"text": "  "})], ids=["first-visit", "sent-empty"])
def test_the_step_one_page_carries_its_csrf_token_and_the_board_s_name(method, data, settings):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    if method == "post":
        browser.get("/deposer/")
        data = {**data, "csrfmiddlewaretoken": browser.cookies["csrftoken"].value}
    page = getattr(browser, method)("/deposer/", data).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    assert f"<title>Déposer une offre – {settings.SITE_NAME}</title>" in page
    sent = browser.post("/deposer/", {"text": CONCERTATION, "csrfmiddlewaretoken": token})
    assert sent.status_code == 200 and 'name="step"' in sent.content.decode()     # the form works as a browser posts it


def test_step_two_asks_for_the_recruiter_s_e_mail_before_anything_is_refused(client):
    page = client.post("/deposer/", {"text": CONCERTATION}).content.decode()
    assert 'name="step"' in page and "Votre e-mail (pour la confirmation et le suivi)" in page
    assert re.search(r'<input type="email" name="email"[^>]* required', page)
    assert "errorlist" not in page                                   # nothing sent yet, nothing refused
