"""Reading a records file (`filon import --records`): a refused line says every reason, and the file is
read as UTF-8 whatever the machine's locale (a cron job often runs under LANG=C, whose encoding is ASCII)."""
import locale

import pytest

from filon.extract import Offer as Record
from filon.offers.importing import import_record_files
from filon.offers.models import Offer

pytestmark = pytest.mark.django_db


def test_a_refused_line_gives_every_reason(tmp_path):
    path = tmp_path / "offres.jsonl"
    path.write_text(Record(title="Animateur", text="Animer.").to_json() + "\n"
                    + '{"title": "Animateur", "deadline": "bientôt", "salary": {"unit": "week"}}\n', encoding="utf-8")
    report = import_record_files([path])
    assert report.failed == [(str(path), "line 2: not a record (salary.unit 'week' is not one of hour, month, year; "
                                         "deadline 'bientôt' is not a date (YYYY-MM-DD))")]
    assert Offer.objects.count() == 0


@pytest.fixture
def ascii_locale():
    """The C locale's character type (ASCII) for the test, as a cron job has it."""
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        yield
    finally:
        locale.setlocale(locale.LC_CTYPE, before)


def test_a_records_file_is_read_as_utf8_under_an_ascii_locale(tmp_path, ascii_locale):
    path = tmp_path / "offres.jsonl"
    path.write_text(Record(title="Éducatrice de jeunes enfants", text="Crèche à Nîmes.").to_json()
                    + "\n", encoding="utf-8")
    report = import_record_files([path])
    assert (report.created_count, report.failed) == (1, [])
    assert Offer.objects.get().title == "Éducatrice de jeunes enfants"


def test_a_records_file_without_records_stores_nothing_and_fails_nothing(tmp_path):
    (tmp_path / "vide.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "blanc.jsonl").write_text("\n  \n", encoding="utf-8")
    report = import_record_files([tmp_path / "vide.jsonl", tmp_path / "blanc.jsonl"])
    assert (report.created_count, report.unchanged, report.failed) == (0, 0, [])
