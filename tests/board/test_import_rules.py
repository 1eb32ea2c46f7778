"""Imports rule by rule: what a stored offer keeps of its import (status, source, submitter, history),
an offer's identity (title, employer and text, without case, accents or spacing), offers seen again
across batches, which files of a folder are read and in what order, and the reasons a file fails."""
import gc

import pytest
from django.contrib.auth.models import User

from filon.extract import Offer as Record
from filon.offers.importing import content_hash, document_paths, import_paths, import_record_files, store_records
from filon.offers.models import Offer, Status, StatusChange

from .conftest import DEMO

pytestmark = pytest.mark.django_db


def records(n: int, start: int = 0) -> list[Record]:
    return [Record(title=f"Animateur {i}", organization="Réseau", text=f"Animer l'atelier {i}.") for i in range(start, n)]


def test_a_stored_offer_keeps_its_status_source_submitter_and_history():
    partner = User.objects.create_user("partner")
    created, unchanged = store_records(records(1), Status.PENDING, source_name="x" * 310 + ".pdf",
                                       source_url="https://example.org/offre", submitter_email="rh@example.org",
                                       by=partner, reason="déposée par l'API")
    offer = Offer.objects.get(pk=created[0].pk)
    assert unchanged == 0 and (offer.status, offer.source_name, offer.source_url, offer.submitter_email) == (
        Status.PENDING, "x" * 300, "https://example.org/offre", "rh@example.org")
    assert [(h.status, h.by, h.reason) for h in offer.history.all()] == [(Status.PENDING, partner, "déposée par l'API")]
    assert offer.content_hash == content_hash(records(1)[0]) and offer.expires_on is not None


def test_defaults_of_a_plain_import():
    [offer] = store_records([Record(title="Animateur", text="Animer.", emails=["rh@example.org"])])[0]
    offer.full_clean()              # given back as stored: no duplicate of itself
    offer = Offer.objects.get(pk=offer.pk)
    assert (offer.status, offer.source_name, offer.source_url, offer.submitter_email) == (Status.PUBLISHED, "", "", "")
    assert [(h.status, h.by, h.reason) for h in offer.history.all()] == [(Status.PUBLISHED, None, "import")]


def test_offers_seen_again_in_a_later_batch_are_counted_unchanged():
    batches = []
    store_records(records(3))
    created, unchanged = store_records(records(3) + records(6, 3) + records(5, 3), batch_size=2,
                                       on_stored=lambda ids: batches.append([Offer.objects.get(pk=i).title for i in ids]))
    assert created == [] and unchanged == 3 + 2
    assert batches == [[], ["Animateur 3"], ["Animateur 4", "Animateur 5"], []]
    assert Offer.objects.count() == 6


@pytest.mark.parametrize("other, same", [
    (Record(title="ANIMATEUR  éducation", organization="reseau vert", text="Animer les\n  ateliers."), True),
    (Record(title="Animateur education", organization="Réseau Vert", text="Animer les ateliers!"), False),
    (Record(title="Animateur education", organization="", text="Animer les ateliers."), False),
    (Record(title="Animatrice education", organization="Réseau Vert", text="Animer les ateliers."), False),
])
def test_an_offer_is_its_title_employer_and_text(other, same):
    one = Record(title="Animateur éducation", organization="Réseau Vert", text="Animer les ateliers.")
    assert (content_hash(one) == content_hash(other)) is same
    assert len(content_hash(one)) == 64


# Digests of offers stored by earlier versions: a board upgraded must still recognise them (a change of
# the identity needs a migration that recomputes every stored offer's content_hash).
@pytest.mark.parametrize("record, digest", [
    (Record(title="Animateur éducation", organization="Réseau Vert", text="Animer les\n  ateliers."),
     "4bccace8ab2bba4a48b5ed863ca987ca62a217e60dbbaa49ce141c598c08d959"),
    (Record(title="Animateur éducation", organization=None, text="Animer les ateliers."),
     "ba060519d965e4148e820e607ec04cdf6c67ab314168deb60ef461bab27022c7"),
], ids=["employer", "no-employer"])
def test_an_offer_s_identity_stays_what_earlier_versions_stored(record, digest):
    assert content_hash(record) == digest


def test_a_folder_is_read_file_by_file_in_order_without_hidden_files(tmp_path):
    for name in ("b.txt", "a.txt", ".cache", "sous/c.txt", "sous/.d.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    single = tmp_path / "zz.txt"
    assert document_paths([tmp_path, single]) == [tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "sous/c.txt",
                                                  single]          # a file named is taken as it is


def test_a_file_that_cannot_be_read_fails_alone_with_its_reason(tmp_path):
    (tmp_path / "lien.txt").symlink_to(tmp_path / "absent.txt")
    (tmp_path / "offre.txt").write_bytes((DEMO / "charge-mission-concertation.txt").read_bytes())
    seen = []
    report = import_paths([tmp_path / "lien.txt", tmp_path / "offre.txt"], progress=seen.append)
    assert report.failed == [(str(tmp_path / "lien.txt"), "cannot read file (No such file or directory)")]
    assert report.created_count == 1 and seen == [tmp_path / "lien.txt", tmp_path / "offre.txt"]


def test_record_files_that_cannot_be_read_fail_with_their_reason(tmp_path):
    latin = tmp_path / "latin1.jsonl"
    latin.write_bytes('{"title": "Animateur \xe9t\xe9"}\n'.encode("latin-1"))
    good = tmp_path / "good.jsonl"
    good.write_text('\n{"title": "Animateur", "text": "Animer."}\n\n{"title": "Animatrice", "text": "Réparer."}\n')
    read = []
    report = import_record_files([latin, tmp_path / "absent.jsonl", good], progress=lambda: read.append(1))
    assert report.failed == [(str(latin), "not UTF-8 text"),
                             (str(tmp_path / "absent.jsonl"), "cannot read file (No such file or directory)")]
    assert report.created_count == 2 and len(read) == 2
    assert report.as_dict() == {"created": 2, "unchanged": 0, "failed": [
        {"file": str(latin), "reason": "not UTF-8 text"},
        {"file": str(tmp_path / "absent.jsonl"), "reason": "cannot read file (No such file or directory)"}],
        "emailed": 0, "email_failed": 0}


def test_a_document_is_read_by_its_name_and_keeps_it(tmp_path):
    path = tmp_path / "animateur.txt"          # opens like a JSON list: its name says it is text
    path.write_text("[CDD] Animateur nature à Lyon\n\nL'association Les Haies recrute un animateur nature en CDD de "
                    "6 mois.\nContact : rh@leshaies.org\n", encoding="utf-8")
    report = import_paths([path])
    assert (report.created_count, report.failed) == (1, [])
    offer = Offer.objects.get()
    assert (offer.title, offer.contract_types, offer.source_name) == ("[CDD] Animateur nature à Lyon", ["cdd"],
                                                                      "animateur.txt")


def test_an_imported_offer_s_recruiter_is_its_first_contact_cut_to_the_column():
    long = "r" * 300 + "@example.org"
    [one, two] = store_records([Record(title="Animateur", text="a", emails=[long, "rh@example.org"]),
                                Record(title="Animatrice", text="b", emails=["rh@example.org"])],
                               contact_is_recruiter=True)[0]
    assert (Offer.objects.get(pk=one.pk).submitter_email, Offer.objects.get(pk=two.pk).submitter_email) == (
        long[:254], "rh@example.org")


def test_an_import_reads_each_document_under_the_board_s_time_limit(settings):
    settings.EXTRACT_TIMEOUT_S = 0.001          # no PDF is read in a millisecond
    pdf = DEMO / "coordinateur-reseau.pdf"
    report = import_paths([pdf])
    assert (report.created_count, report.failed) == (0, [(str(pdf), "took longer than 0.001 s to read: stopped")])


def test_an_imported_offer_s_times_are_stored_as_django_stores_them():
    [offer] = store_records(records(1))[0]
    stored = Offer.objects.get(pk=offer.pk)
    assert stored.created_at == offer.created_at and stored.created_at.tzinfo is not None
    assert Offer.objects.filter(created_at=offer.created_at).get() == stored     # a lookup finds it
    [change] = stored.history.all()
    assert StatusChange.objects.filter(at=change.at).get() == change


@pytest.mark.parametrize("enabled", [True, False], ids=["gc-on", "gc-off"])
def test_an_import_pauses_garbage_collection_and_gives_it_back_as_it_was(enabled):
    during = []
    gc.enable() if enabled else gc.disable()
    try:
        store_records(records(2), on_stored=lambda ids: during.append(gc.isenabled()))
        with pytest.raises(ZeroDivisionError):          # the same after an error
            store_records(records(3, 2), on_stored=lambda ids: 1 / 0)
        assert (during, gc.isenabled()) == ([False], enabled)
    finally:
        gc.enable()


def test_a_submitter_given_stays_the_recruiter_over_the_contact():
    [offer] = store_records([Record(title="Animateur", text="a", emails=["contact@example.org"])],
                            submitter_email="depot@example.org", contact_is_recruiter=True)[0]
    assert Offer.objects.get(pk=offer.pk).submitter_email == "depot@example.org"
