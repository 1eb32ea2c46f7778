"""The dates of a submitted offer (issue 10: "dates in the past, a deadline
before the start ... the form says so before sending").

An application deadline normally comes BEFORE the job starts (apply by
6 February, start on 2 March): that is the common case and must pass. What
the form questions is the other order, a deadline after the start (likely
two dates swapped or mistyped); since applications kept open after the start
do happen, the recruiter may confirm the dates and send. A start known only
as a month ("début en mars") runs to the month's last day."""
import re

import pytest

from filon.board.forms import SubmissionOfferForm
from filon.offers.models import Offer

from .conftest import DEMO, days

pytestmark = pytest.mark.django_db

TEXT = (DEMO / "charge-mission-concertation.txt").read_text()
AFTER = "tombe après le début du poste"


def form_of(start, deadline, precision="day", confirmed=False) -> SubmissionOfferForm:
    data = {"title": "Animateur nature", "contract_types": ["cdd"], "text": "Animer des sorties.",
            "start_date": start.isoformat() if start else "", "deadline": deadline.isoformat() if deadline else ""}
    if confirmed:
        data["dates_confirmed"] = "on"
    return SubmissionOfferForm(data, instance=Offer(start_precision=precision))


def month_start(offset_months: int):
    """The first day of a month some months ahead (a start "en mars")."""
    first = days(0).replace(day=1)
    return first.replace(year=first.year + (first.month - 1 + offset_months) // 12,
                         month=(first.month - 1 + offset_months) % 12 + 1)


@pytest.mark.parametrize("start, deadline, precision, confirmed, valid", [
    (days(40), days(20), "day", False, True),          # the usual order: apply, then start
    (days(40), days(40), "day", False, True),          # the same day
    (days(40), days(41), "day", False, False),         # a deadline after the start: said
    (days(40), days(41), "day", True, True),           # ... and sent once the recruiter confirms it
    (None, days(41), "day", False, True),              # no start: nothing to compare
    (days(40), None, "day", False, True),
    (month_start(3), month_start(3).replace(day=28), "month", False, True),     # "début en <mois>", deadline that month
    (month_start(3), month_start(4), "month", False, False),                     # the next month: after the start
])
def test_a_deadline_after_the_start_is_questioned_not_one_before(start, deadline, precision, confirmed, valid):
    form = form_of(start, deadline, precision, confirmed)
    assert form.is_valid() is valid, form.errors
    assert (AFTER in str(form.errors.get("deadline", ""))) is (not valid)
    assert form.dates_conflict is (deadline is not None and start is not None and (not valid or confirmed))


def _confirm_box(page: str) -> str:
    """The wrapper of the "Ces dates sont justes" box."""
    return re.search(r'<div class="field"( hidden)?>\s*<label for="id_dates_confirmed"', page).group(0)


def test_the_recruiter_confirms_the_dates_and_the_offer_is_sent(client):
    first = client.post("/deposer/", {"text": TEXT}).content.decode()
    assert " hidden>" in _confirm_box(first)                           # not shown while the dates agree
    form = {"step": "offer", "action": "send", "title": "Chargé·e de mission concertation", "contract_types": ["cdd"],
            "city": "Rennes", "start_date": days(30).isoformat(), "deadline": days(45).isoformat(),
            "email": "rh@example.org", "text": TEXT}
    questioned = client.post("/deposer/", form).content.decode()
    assert AFTER in questioned and " hidden>" not in _confirm_box(questioned) and Offer.objects.count() == 0
    done = client.post("/deposer/", {**form, "dates_confirmed": "on"}).content.decode()
    assert "Merci" in done and Offer.objects.get().deadline == days(45)
