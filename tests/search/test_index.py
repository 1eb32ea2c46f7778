"""Bulk imports index every offer, prepared in a worker process."""
import os

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


def test_each_word_of_the_text_is_indexed_once_in_missions_or_in_the_rest():
    from filon.offers.models import Offer
    from filon.search.index import document

    text = "Contexte : une association.\nMissions : animer des ateliers.\nProfil : curieux."
    start = text.index("Missions")
    offer = Offer(title="Animateur", text=text, city="Rennes", region="Bretagne", department="35",
                  contract_types=["cdd"], sections=[{"name": "missions", "start": start, "end": text.index("Profil")}])
    offer.derive()
    title, missions, body, tags = document(offer)
    assert missions.strip() == "Missions : animer des ateliers."
    assert "ateliers" not in body and "curieux" in body and "Rennes" in body and "CDD" in body
    assert "rbretagne" in tags.split() and "d35" in tags.split()


def test_the_pipeline_keeps_the_order_shares_the_work_and_cleans_up(tmp_path, monkeypatch):
    import tempfile

    import pytest

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    chunks = [list(range(i, i + 300))[::-1] for i in range(0, 6000, 300)]
    assert list(importing._pipelined(sorted, chunks)) == [sorted(c) for c in chunks]
    with pytest.raises(TypeError):              # a failure in the worker reaches the caller
        list(importing._pipelined(int, chunks))
    assert list(tmp_path.iterdir()) == []       # no chunk or result left behind


def test_sample_indexes_hold_the_offers_of_their_level(db):
    """SQLite: the index of level k holds a random 1/2^k of the offers,
    the same after an import, a deletion, and when made again: those of
    the lowest sample buckets, level 5's among level 2's."""
    import pytest
    from django.db import connection

    from filon.offers.models import Offer
    from filon.search.fulltext import SAMPLE_TABLES, backend

    if connection.vendor != "sqlite":
        pytest.skip("sample indexes are SQLite's")
    store_records([Record(title=f"Animatrice nature {i}", text=f"Sorties nature {i}.") for i in range(2000)])

    def indexed(table):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {table}")
            return {pk for (pk,) in cursor.fetchall()}
    gone = Offer.objects.get(pk=min(indexed(SAMPLE_TABLES[5])))
    gone.delete()
    buckets = dict(Offer.objects.values_list("pk", "sample"))
    held = {}
    for level, table in SAMPLE_TABLES.items():
        held[level] = indexed(table)
        assert gone.pk not in held[level] and held[level] <= set(buckets)
        assert abs(len(held[level]) / len(buckets) - 1 / 2 ** level) < 0.25 / 2 ** level, level   # binomial: 4+ sd
        inside, outside = {buckets[pk] for pk in held[level]}, {buckets[pk] for pk in set(buckets) - held[level]}
        assert max(inside) < min(outside)                     # a cut through the buckets, the same at every import
        backend(connection).fill_samples(connection)
        assert indexed(table) == held[level]
    assert held[5] < held[2]
