"""Date filters at their edges, one day either side: "published in the last
N days" includes the N-th day back, "starting before" excludes its own day,
"deadline after" excludes its own day and offers without a deadline."""
import datetime as dt
import itertools

import pytest
from django.http import QueryDict

from filon.offers.models import Offer, Status, today
from filon.search.engine import Query, search

pytestmark = pytest.mark.django_db
_ids = itertools.count()


def day(n: int) -> dt.date:
    return today() + dt.timedelta(days=n)


@pytest.fixture
def board(db):
    for title, published, start, deadline in (("A", -7, 10, 20), ("B", -8, 9, 21), ("C", 0, 11, None), ("D", -1, None, 19)):
        Offer.objects.create(title=title, text=f"Offre {title}.", content_hash=f"e{next(_ids)}", status=Status.PUBLISHED,
                             published_on=day(published), start_date=start and day(start),
                             deadline=deadline and day(deadline))


EDGES = [
    pytest.param("published_days=7", ["A", "C", "D"], id="published-7-days-back-included"),
    pytest.param("published_days=6", ["C", "D"], id="published-8-days-back-excluded"),
    pytest.param("published_days=1", ["C", "D"], id="published-yesterday"),
    pytest.param(f"start_before={day(10).isoformat()}", ["B"], id="start-on-the-day-excluded"),
    pytest.param(f"start_before={day(11).isoformat()}", ["A", "B"], id="start-the-day-before-included"),
    pytest.param(f"deadline_after={day(20).isoformat()}", ["B"], id="deadline-on-the-day-excluded"),
    pytest.param(f"deadline_after={day(19).isoformat()}", ["A", "B"], id="deadline-the-day-after-included"),
    pytest.param(f"deadline_after={day(-30).isoformat()}", ["A", "B", "D"], id="no-deadline-excluded"),
]


@pytest.mark.parametrize("params, titles", EDGES)
def test_date_filters_at_their_edges(board, params, titles):
    assert sorted(o.title for o in search(Query.from_params(QueryDict(params))).offers) == titles


def test_a_deadline_beyond_the_index_s_last_day_still_counts_as_a_deadline(db):
    """A deadline typed centuries ahead ("31/12/2226") is kept as the latest
    possible deadline: sorted before the offers without one, found by
    "deadline after", counted as open."""
    for title, deadline in (("Lointaine", dt.date(2226, 12, 31)), ("Sans date", None), ("Proche", day(3))):
        Offer.objects.create(title=title, text=f"Offre {title}.", content_hash=f"e{next(_ids)}", status=Status.PUBLISHED,
                             published_on=day(-1), deadline=deadline)
    assert [o.title for o in search(Query.from_params(QueryDict("sort=deadline"))).offers] == ["Proche", "Lointaine", "Sans date"]
    after = search(Query.from_params(QueryDict(f"deadline_after={day(10).isoformat()}")))
    assert [o.title for o in after.offers] == ["Lointaine"] and after.total == 1
