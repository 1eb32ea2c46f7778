"""Bulk imports and rebuilds (prepared in a worker process, every offer found by search) and the three
texts an offer is indexed as."""
import os

import pytest
from django.http import QueryDict

from filon.extract import Offer as Record
from filon.offers import importing
from filon.offers.importing import store_records
from filon.offers.models import today
from filon.search.engine import Query, search


def test_a_bulk_import_is_prepared_in_a_worker_and_indexes_every_offer(db):
    # Published today by this process's clock (the worker's may differ when the tests move it).
    records = [Record(title=f"Chargée de mission bocage {i}", text=f"Offre {i} : haies et concertations.",
                      published=today().isoformat()) for i in range(1200)]
    records.append(records[10])                         # a repeat within the import
    created, unchanged = store_records(records)
    assert (len(created), unchanged) == (1200, 1)
    # batches of 500, 500 and 201: large enough for the worker, on a machine with a core to spare
    assert (importing._worker() is not None) == ((os.cpu_count() or 1) > 1)
    assert search(Query.from_params(QueryDict("q=concertation+bocage"))).total == 1200
    assert search(Query.from_params(QueryDict('q="offre 1199"'))).total == 1
    assert store_records(records[:600]) == ([], 600)    # again: nothing new
    # Rebuilt with the worker computing the fields of some chunks: the same index.
    from filon.search.index import reindex
    assert reindex() == 1200
    assert search(Query.from_params(QueryDict("q=concertation+bocage"))).total == 1200
    assert [o.title for o in search(Query.from_params(QueryDict('q="offre 1199"'))).offers] == [
        "Chargée de mission bocage 1199"]


def test_each_word_of_the_text_is_indexed_once_in_missions_or_in_the_rest():
    from filon.search.index import texts

    text = "Contexte : une association.\nMissions : animer des ateliers.\nProfil : curieux."
    start = text.index("Missions")
    row = {"title": "Animateur", "organization": "Les Haies", "text": text, "city": "Rennes", "region": "Bretagne",
           "department": "35", "contract_types": ["cdd"],
           "sections": [{"name": "missions", "start": start, "end": text.index("Profil")}]}
    title, missions, body = texts(row)
    assert title == "Animateur Les Haies"
    assert missions.strip() == "Missions : animer des ateliers."
    assert "ateliers" not in body and "curieux" in body and "Rennes" in body and "CDD" in body
    assert "Ille-et-Vilaine" in body


def test_the_pipeline_keeps_the_order_shares_the_work_and_cleans_up(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    chunks = [list(range(i, i + 300))[::-1] for i in range(0, 6000, 300)]
    assert list(importing.pipelined(sorted, chunks)) == [sorted(c) for c in chunks]
    with pytest.raises(TypeError):              # a failure in the worker reaches the caller
        list(importing.pipelined(int, chunks))
    assert list(tmp_path.iterdir()) == []       # no chunk or result left behind


TEXT = "Intro. Missions A. Missions B. Profil."


def _span(start: str, end: str | None, name: str = "missions") -> dict:
    return {"name": name, "start": TEXT.index(start), "end": TEXT.index(end) if end else len(TEXT)}


# sections -> (words of missions, words of the rest)
SPLITS = [
    pytest.param(None, ([], ["Intro.", "Missions", "A.", "Missions", "B.", "Profil."]), id="no-sections"),
    pytest.param([_span("Profil", None, "profile")], ([], ["Intro.", "Missions", "A.", "Missions", "B.", "Profil."]),
                 id="other-sections-in-the-rest"),
    pytest.param([_span("Missions B", "Profil"), _span("Missions A", "Missions B")],
                 (["Missions", "A.", "Missions", "B."], ["Intro.", "Profil."]), id="spans-in-text-order"),
    pytest.param([_span("Missions A", "Profil"), _span("Missions B", "Profil")],
                 (["Missions", "A.", "Missions", "B."], ["Intro.", "Profil."]), id="nested-span"),      # each word once
]


@pytest.mark.parametrize("sections, words", SPLITS)
def test_the_missions_are_taken_out_of_the_rest(sections, words):
    from filon.search.index import texts

    row = {"title": "Animatrice", "organization": "", "text": TEXT, "city": "", "region": "", "department": "",
           "contract_types": None, "sections": sections}
    _, missions, rest = texts(row)
    assert (missions.split(), rest.split()) == words


@pytest.mark.parametrize("city, region, department, contracts, place", [
    pytest.param("Brest", "Bretagne", "29", ["cdi", "service_civique"], ["Brest", "Bretagne", "Finistère", "(29)", "CDI",
                                                                           "Service", "civique"], id="all"),
    pytest.param("", "", "99", ["inconnu"], [], id="unknown-departement-and-contract"),
    pytest.param(None, None, "", [], [], id="nothing"),
])
def test_the_rest_names_the_place_and_the_contracts(city, region, department, contracts, place):
    from filon.search.index import texts

    row = {"title": "Animatrice", "organization": "Les Haies", "text": "Sorties.", "city": city, "region": region,
           "department": department, "contract_types": contracts, "sections": []}
    title, missions, rest = texts(row)
    assert (title, missions) == ("Animatrice Les Haies", "")
    assert rest.split() == ["Sorties.", *place]


def _sqlite_settings(name: str) -> dict:
    from django.db import connections

    return {**connections["default"].settings_dict, "ENGINE": "django.db.backends.sqlite3", "NAME": name,
            "OPTIONS": {}, "USER": "", "PASSWORD": "", "HOST": "", "PORT": ""}


@pytest.fixture
def other_databases(tmp_path, django_db_blocker):
    """Two more SQLite databases under aliases of their own: a file, and one
    in memory. The test runs in a thread of its own (a browser test earlier
    in the session may leave an event loop in this one, where Django refuses
    to open a connection)."""
    from django.db import connections

    aliases = {"filon-test-file": _sqlite_settings(str(tmp_path / "board.sqlite3")),
               "filon-test-memory": _sqlite_settings(":memory:")}
    connections.settings.update(aliases)
    with django_db_blocker.unblock():
        yield aliases
    for alias in [*aliases, *(a for a in connections.settings if a.startswith("filon-source-"))]:
        connections.settings.pop(alias)


def _in_a_thread(test):
    """Run ``test`` in a thread of its own, its connections closed there after it."""
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connections

    def run():
        try:
            test()
        finally:
            connections.close_all()
    with ThreadPoolExecutor(1) as thread:
        thread.submit(run).result()


def test_the_import_worker_is_given_a_database_only_where_it_sees_what_this_process_sees(other_databases):
    def test():
        from django.db import connections, transaction

        from filon.search.index import Source

        on_file = connections["filon-test-file"]
        assert Source.of(on_file) == Source("filon-test-file", on_file.settings_dict)
        with transaction.atomic(using="filon-test-file"):       # uncommitted writes: another process would miss them
            assert Source.of(on_file) is None
        assert Source.of(connections["filon-test-memory"]) is None      # another process cannot open it at all
        # In a process where the alias is that database, its own connection; elsewhere, one of its own.
        assert Source.of(on_file).connection() is on_file
        elsewhere = Source("default", other_databases["filon-test-file"]).connection()
        assert elsewhere is not connections["default"] and elsewhere.alias.startswith("filon-source-")
        assert elsewhere.settings_dict["NAME"] == on_file.settings_dict["NAME"]
        assert Source("default", other_databases["filon-test-file"]).connection() is elsewhere      # made once
        # An alias this process does not have (a test's database, in the worker), and another database: each its own.
        assert Source("filon-test-absent", other_databases["filon-test-file"]).connection() is elsewhere
        another = _sqlite_settings(str(other_databases["filon-test-file"]["NAME"]).replace("board", "other"))
        assert Source("default", another).connection().settings_dict["NAME"] == another["NAME"]
    _in_a_thread(test)


def test_the_worker_s_reading_goes_to_the_database_of_its_source(other_databases):
    """:func:`read_fields` (the import's worker) reads the offers of the
    database its source names, not of whatever database its process calls
    "default"."""
    def test():
        from django.core.management import call_command

        from filon.offers.models import Offer, Status
        from filon.search.index import Source, fields_in, read_fields

        call_command("migrate", database="filon-test-file", verbosity=0)
        ids = [Offer.objects.using("filon-test-file").create(
            title=f"Garde-rivière {n}", text="Entretien des berges.", content_hash=f"w{n}", status=Status.PUBLISHED).pk
            for n in range(3)]
        there = read_fields(Source("filon-test-absent", other_databases["filon-test-file"]), ids)
        assert sorted(f.id for f in there) == ids and there == fields_in("filon-test-file", ids)
        assert {f.title.split()[0] for f in there} == {"gard"}
    _in_a_thread(test)
