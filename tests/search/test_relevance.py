"""Relevance: nDCG@10 of the judged queries of judged_queries.tsv on the dev corpus."""
import datetime as dt
import math
from collections import defaultdict
from pathlib import Path

import pytest
from django.http import QueryDict

from filon.offers.importing import import_paths
from filon.offers.models import Offer, today
from filon.search.engine import Query, search

JUDGED = Path(__file__).with_name("judged_queries.tsv")
NDCG_FLOOR = 0.96


def judged() -> list[tuple[str, dict[str, int]]]:
    rows = []
    for line in JUDGED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            params, offers = line.split("\t")
            rows.append((params, {key: int(grade) for key, grade in (o.rsplit(":", 1) for o in offers.split())}))
    return rows


def ndcg_at_10(ranked: list[str], grades: dict[str, int]) -> float:
    def dcg(gains):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:10]))
    ideal = dcg(sorted(grades.values(), reverse=True))
    return dcg([grades.get(key, 0) for key in ranked]) / ideal


def test_the_metric():
    assert ndcg_at_10(["a", "b"], {"a": 2, "b": 1}) == 1
    assert ndcg_at_10(["b", "a"], {"a": 2, "b": 1}) < 1
    assert ndcg_at_10(["x"] * 10, {"a": 2}) == 0


@pytest.fixture
def dev_board(db, dev_corpus):
    report = import_paths([dev_corpus / "raw"])
    assert not report.failed
    # The dev offers are years old: all of them are judged, expired or not.
    Offer.objects.update(expires_on=today() + dt.timedelta(days=365))
    keys, per_file = {}, defaultdict(int)
    for offer in Offer.objects.order_by("id"):
        number = offer.source_name[:3]
        keys[offer.pk] = number if per_file[number] == 0 else f"{number}#{per_file[number]}"
        per_file[number] += 1
    for pk, key in list(keys.items()):        # the first offer of a multi-offer file is "#0"
        if per_file[key[:3]] > 1 and "#" not in key:
            keys[pk] = f"{key}#0"
    return keys


def test_judged_queries_ndcg(dev_board):
    rows = judged()
    assert len(rows) >= 25
    scores = {}
    for params, grades in rows:
        results = search(Query.from_params(QueryDict(params)), per_page=10)
        scores[params] = ndcg_at_10([dev_board[o.pk] for o in results.offers], grades)
    mean = sum(scores.values()) / len(scores)
    worst = sorted(scores.items(), key=lambda kv: kv[1])[:5]
    print(f"nDCG@10 = {mean:.3f} over {len(scores)} queries; lowest: {worst}")
    assert mean >= NDCG_FLOOR, f"nDCG@10 {mean:.3f} < {NDCG_FLOOR}; lowest: {worst}"
