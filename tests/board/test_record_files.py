"""`filon import --records`: counts over batches and files, status and
source kept, each unreadable file named with its reason."""
import pytest

from filon.extract import Offer as Record
from filon.offers.importing import import_record_files
from filon.offers.models import Offer, Status

pytestmark = pytest.mark.django_db


def lines(n: int, start: int = 0) -> str:
    return "".join(Record(title=f"Animatrice {i}", text=f"Sorties nature {i}.").to_json() + "\n" for i in range(start, start + n))


def test_counts_add_up_over_batches_and_files(tmp_path):
    (tmp_path / "a.jsonl").write_text(lines(1200), encoding="utf-8")          # three batches
    (tmp_path / "b.jsonl").write_text(lines(10, 1195), encoding="utf-8")      # five known, five new
    report = import_record_files([tmp_path / "a.jsonl", tmp_path / "b.jsonl"], Status.PENDING)
    assert (report.created_count, report.unchanged, report.failed) == (1205, 5, [])
    assert set(Offer.objects.values_list("status", "source_name")) == {("pending", "a.jsonl"), ("pending", "b.jsonl")}
    again = import_record_files([tmp_path / "b.jsonl", tmp_path / "a.jsonl"])
    assert (again.created_count, again.unchanged) == (0, 1210)


def test_unreadable_files_are_named_with_their_reason(tmp_path):
    (tmp_path / "latin1.jsonl").write_bytes(Record(title="Éducatrice", text="Crèche à Nîmes.").to_json().encode("latin-1"))
    (tmp_path / "folder.jsonl").mkdir()
    report = import_record_files([tmp_path / "latin1.jsonl", tmp_path / "folder.jsonl", tmp_path / "absent.jsonl"])
    assert report.failed == [(str(tmp_path / "latin1.jsonl"), "not UTF-8 text"),
                             (str(tmp_path / "folder.jsonl"), "cannot read file (Is a directory)"),
                             (str(tmp_path / "absent.jsonl"), "cannot read file (No such file or directory)")]
    assert report.created_count == 0 and Offer.objects.count() == 0
