"""A search's query string read into a Query: every malformed value ignored,
every number bounded; and the order chosen when none is asked. One row per
case; no database needed."""
import datetime as dt

import pytest
from django.http import QueryDict

from filon.search.engine import Query, Results

# query string -> the Query's attributes it sets (the others keep their defaults)
PARAMS = [
    pytest.param("", {}, id="nothing"),
    pytest.param("q=%20stage%20", {"q": "stage"}, id="q-stripped"),
    pytest.param("q=" + "a" * 250, {"q": "a" * 200}, id="q-cut-at-200"),
    pytest.param("contract=cdd&contract=&contract=stage", {"contract": ["cdd", "stage"]}, id="empty-values-dropped"),
    pytest.param("region=Bretagne&department=35&education=bac", {"region": ["Bretagne"], "department": ["35"],
                                                                 "education": ["bac"]}, id="lists"),
    pytest.param("remote=1&open=1", {"remote": True, "open": True}, id="flags"),
    pytest.param("remote=oui&open=true", {}, id="flags-only-1"),
    pytest.param("start=2027-05-17", {"start": "2027-05"}, id="start-a-month"),
    pytest.param("near=%20Lyon%20", {"near": "Lyon"}, id="near-stripped"),
    pytest.param("near=" + "b" * 150, {"near": "b" * 100}, id="near-cut-at-100"),
    pytest.param("radius_km=0", {"radius_km": 1}, id="radius-at-least-1"),
    pytest.param("radius_km=1", {"radius_km": 1}, id="radius-1"),
    pytest.param("radius_km=500", {"radius_km": 500}, id="radius-500"),
    pytest.param("radius_km=501", {"radius_km": 500}, id="radius-at-most-500"),
    pytest.param("radius_km=loin", {}, id="radius-malformed"),
    pytest.param("published_days=7", {"published_days": 7}, id="published-days"),
    pytest.param("published_days=0", {"published_days": 1}, id="published-days-at-least-1"),
    pytest.param("published_days=20000", {"published_days": 10_000}, id="published-days-at-most-10000"),
    pytest.param("published_days=x", {}, id="published-days-malformed"),
    pytest.param("page=0", {}, id="page-at-least-1"),
    pytest.param("page=3", {"page": 3}, id="page"),
    pytest.param("page=10000", {"page": 10_000}, id="page-10000"),
    pytest.param("page=10001", {"page": 10_000}, id="page-at-most-10000"),
    pytest.param("page=deux", {}, id="page-malformed"),
    pytest.param("start_before=2027-03-01&deadline_after=2027-02-01",
                 {"start_before": dt.date(2027, 3, 1), "deadline_after": dt.date(2027, 2, 1)}, id="dates"),
    pytest.param("start_before=2027-02-30&deadline_after=demain", {}, id="dates-malformed"),
    pytest.param("sort=deadline", {"sort": "deadline"}, id="sort"),
    pytest.param("sort=price", {}, id="sort-unknown"),
]


@pytest.mark.parametrize("params, changed", PARAMS)
def test_a_query_string_read(params, changed):
    assert vars(Query.from_params(QueryDict(params))) == {**vars(Query()), **changed}


START_MONTHS = [
    pytest.param("2027-05", 202705, id="may"),
    pytest.param("2027-1", 202701, id="one-digit-month"),
    pytest.param("2027-12", 202712, id="december"),
    pytest.param("2027-01", 202701, id="january"),
    pytest.param("2027-13", None, id="month-13"),
    pytest.param("2027-00", None, id="month-0"),
    pytest.param("2027", None, id="year-only"),
    pytest.param("mai-2027", None, id="words"),
    pytest.param("", None, id="empty"),
]


@pytest.mark.parametrize("start, month", START_MONTHS)
def test_the_start_facet_as_a_month(start, month):
    assert Query(start=start).start_month() == month


# (sort asked, keywords, near) -> the order used. "Atlantide" is no known place.
SORTS = [
    pytest.param("", "", "", "recent", id="default-newest"),
    pytest.param("", "stage", "", "relevance", id="default-with-keywords"),
    pytest.param("", "-stage", "", "recent", id="default-exclusion-only"),
    pytest.param("", "", "Lyon", "distance", id="default-near-a-place"),
    pytest.param("", "stage", "Lyon", "relevance", id="default-keywords-near-a-place"),
    pytest.param("", "", "Atlantide", "recent", id="default-near-no-place"),
    pytest.param("distance", "", "", "recent", id="distance-without-place"),
    pytest.param("distance", "stage", "Lyon", "distance", id="distance-near-a-place"),
    pytest.param("relevance", "", "", "recent", id="relevance-without-keywords"),
    pytest.param("relevance", "-stage", "", "recent", id="relevance-exclusion-only"),
    pytest.param("relevance", "stage", "", "relevance", id="relevance"),
    pytest.param("deadline", "stage", "Lyon", "deadline", id="deadline"),
    pytest.param("recent", "stage", "", "recent", id="recent"),
]


@pytest.mark.parametrize("sort, q, near, used", SORTS)
def test_the_order_used(sort, q, near, used):
    assert Query(sort=sort, q=q, near=near).effective_sort() == used


@pytest.mark.parametrize("total, per_page, pages", [(0, 20, 1), (1, 20, 1), (20, 20, 1), (21, 20, 2), (40, 20, 2),
                                                    (41, 20, 3), (41, 50, 1)])
def test_pages(total, per_page, pages):
    assert Results([], total, {}).pages(per_page) == pages


def test_pages_default_to_twenty_offers():
    assert Results([], 41, {}).pages() == 3
