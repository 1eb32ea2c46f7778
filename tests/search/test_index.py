"""Bulk imports index every offer, the text analysed in a worker process."""
import os

from django.http import QueryDict

from filon.extract import Offer as Record
from filon.offers.importing import store_records
from filon.search.engine import Query, search
from filon.search.index import BulkIndexer


def test_a_bulk_import_indexes_every_offer_in_parallel(db, monkeypatch):
    workers = []
    start = BulkIndexer.start

    def spy(self, offers):
        pending = start(self, offers)
        workers.append(self.executor is not None)
        return pending
    monkeypatch.setattr(BulkIndexer, "start", spy)
    records = [Record(title=f"Chargée de mission bocage {i}", text=f"Offre {i} : haies et concertations.")
               for i in range(700)]
    created, _ = store_records(records)
    assert len(created) == 700
    # batches of 500 and 200: both big enough for the worker, on a machine with a core to spare
    assert workers == [(os.cpu_count() or 1) > 1] * 2
    assert search(Query.from_params(QueryDict("q=concertation+bocage"))).total == 700
    assert search(Query.from_params(QueryDict('q="offre 699"'))).total == 1
