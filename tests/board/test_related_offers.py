"""The offers linked from an offer's page: the employer's other open offers (five, newest first) and
similar ones (four: open, another employer, a shared contract type, the same département, else the
same région, newest first); the link back to the results the visitor came from; the sentence shown
beside each field of the submission form."""
import pytest

from filon.board.views import employer_offers, similar_offers
from filon.offers.models import Status

from .conftest import days
from .factories import offer as make

pytestmark = pytest.mark.django_db


def titles(offers) -> list[str]:
    return [o.title for o in offers]


def test_the_employer_s_other_open_offers_newest_first_five_at_most():
    offer = make(title="Ici", organization="Vélo Cité")
    for n in range(7):
        make(title=f"Offre {n}", organization="VéLO CITé" if n % 2 else "vélo cité", published_on=days(-n))
    make(title="Cachée", organization="Vélo Cité", status=Status.PENDING, published_on=days(1))
    make(title="Autre", organization="Vélo Cité Sud", published_on=days(1))
    assert titles(employer_offers(offer)) == ["Offre 0", "Offre 1", "Offre 2", "Offre 3", "Offre 4"]
    assert employer_offers(make(title="Anonyme", organization="")) == []
    assert "Ici" not in titles(employer_offers(offer, count=20))           # not among its own employer's others


def test_offers_published_the_same_day_list_the_last_stored_first():
    offer = make(title="Ici", organization="Vélo Cité", contract_types=["cdd"], department="69")
    for n in range(3):
        make(title=f"Offre {n}", organization="Vélo Cité", published_on=days(-1))
        make(title=f"Autre {n}", organization="Autre", contract_types=["cdd"], department="69", published_on=days(-1))
    assert titles(employer_offers(offer)) == ["Offre 2", "Offre 1", "Offre 0"]
    assert titles(similar_offers(offer)) == ["Autre 2", "Autre 1", "Autre 0"]


SIMILAR = [
    # (the offer's fields, another offer's fields, whether it is similar)
    ({"contract_types": ["cdi"], "department": "35"}, {"contract_types": ["cdi", "cdd"], "department": "35"}, True),
    ({"contract_types": ["cdi"], "department": "35"}, {"contract_types": ["cdd"], "department": "35"}, False),
    ({"contract_types": ["cdi"], "department": "35"}, {"contract_types": ["cdi"], "department": "29"}, False),
    ({"contract_types": ["cdi"], "department": "35"}, {"contract_types": ["cdi"], "department": "35",
                                                       "organization": "réseau x"}, False),    # listed apart
    ({"contract_types": ["cdi"], "department": "35"}, {"contract_types": ["cdi"], "department": "35",
                                                       "status": Status.FILLED}, False),
    ({"contract_types": [], "department": "35"}, {"contract_types": ["stage"], "department": "35"}, True),
    ({"contract_types": ["cdi"], "region": "Bretagne"}, {"contract_types": ["cdi"], "department": "29",
                                                         "region": "Bretagne"}, True),
    ({"contract_types": ["cdi"], "region": "Bretagne"}, {"contract_types": ["cdi"], "region": "Normandie"}, False),
    ({"contract_types": ["cdi"]}, {"contract_types": ["cdi"], "region": "Normandie"}, True),     # placed nowhere
]


@pytest.mark.parametrize("fields, other, similar", SIMILAR)
def test_similar_offers(fields, other, similar):
    offer = make(title="Ici", organization="Réseau X", **fields)
    make(title="Là", **{"organization": "Autre", **other})
    assert titles(similar_offers(offer)) == (["Là"] if similar else [])


def test_similar_offers_newest_first_four_at_most():
    offer = make(title="Ici", organization="Réseau X", contract_types=["cdd"], department="69")
    for n in range(6):
        make(title=f"Offre {n}", organization="Autre", contract_types=["cdd"], department="69", published_on=days(-n))
    assert titles(similar_offers(offer)) == ["Offre 0", "Offre 1", "Offre 2", "Offre 3"]
    # An offer without employer sets no one apart: Réseau X's offer is among its similar ones.
    alone = make(title="Sans employeur", organization="", contract_types=["cdd"], department="69")
    assert "Ici" in titles(similar_offers(alone, count=10)) and len(similar_offers(alone, count=2)) == 2
    assert "Sans employeur" not in titles(similar_offers(alone, count=10))     # not similar to itself


@pytest.mark.parametrize("referer, back", [
    ("http://testserver/?q=v%C3%A9lo&page=2", "/?q=v%C3%A9lo&page=2"),
    ("http://testserver/", "/"),                                    # the search page without a search
    ("http://testserver/deposer/?q=x", "/"),                        # another page of the board
    ("https://ailleurs.example/?q=x", "/"),                          # another site
    ("", "/"),
])
def test_the_link_back_to_the_results_the_visitor_came_from(client, referer, back):
    offer = make(title="Ici")
    page = client.get(f"/offres/{offer.pk}/", HTTP_REFERER=referer).content.decode()
    assert f'<a href="{back.replace("&", "&amp;")}">← Retour aux résultats</a>' in page


LINE = "".join(chr(ord("a") + n % 26) for n in range(200))      # a long line, no space where it is cut


@pytest.mark.parametrize("text, span, field, key, shown", [
    ("Intro\nDate limite : 6 février.\nSuite", (20, 30), "deadline", "deadline", "Date limite : 6 février."),
    ("Date limite : 6 février.", (14, 24), "deadline", "deadline", "Date limite : 6 février."),   # no line break
    ("Écrire à rh@example.org\n", (9, 23), "emails.0", "emails", "Écrire à rh@example.org"),    # one input for all
    ("Tél. 02 99 12 34 56", (5, 19), "phones.1", "phones", "Tél. 02 99 12 34 56"),
    ("Salaire : 2 300 €", (10, 17), "salary.min", "salary_min", "Salaire : 2 300 €"),           # the input's name
    (LINE + "CDI" + LINE, (len(LINE), len(LINE) + 3), "contract_types", "contract_types",    # 80 characters each side
     (LINE[-80:] + "CDI" + LINE[:80]).strip()),
])
def test_each_field_is_shown_beside_the_sentence_it_was_read_from(text, span, field, key, shown):
    from filon.board.views import _evidence_sentences
    from filon.extract import Offer as Record

    assert _evidence_sentences(Record(title="x", text=text, evidence={field: span})) == {key: shown}
