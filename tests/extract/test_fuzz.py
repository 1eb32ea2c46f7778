"""Any input gives records or an ExtractionError: never another exception, never a hang."""
import os
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filon.extract import ExtractionError, Offer, extract

from .test_loaders import OFFER, make_docx, make_pdf

EXAMPLES = int(os.environ.get("FILON_FUZZ_EXAMPLES", "10000"))
PDF = make_pdf(OFFER.replace("·", ".").splitlines())
DOCX = make_docx([(line, None) for line in OFFER.splitlines()])
OFFER_WORDS = OFFER.split() + ["CDD", "stage", "télétravail", "€", "h/semaine", "Permis B", "75011", "Paris 11e",
                               "@", "[at]", "---------", "##", "**", "\n\n", "(", ")", "1er", "mars", "2026", "0,8 ETP"]

documents = st.one_of(
    st.text(max_size=3000),
    st.binary(max_size=3000),
    st.lists(st.sampled_from(OFFER_WORDS), max_size=300).map(" ".join),
    st.integers(min_value=0, max_value=len(PDF)).map(lambda n: PDF[:n]),
    st.integers(min_value=0, max_value=len(DOCX)).map(lambda n: DOCX[:n]),
    st.tuples(st.integers(0, len(PDF) - 1), st.binary(min_size=1, max_size=8)).map(
        lambda t: PDF[:t[0]] + t[1] + PDF[t[0] + len(t[1]):]),
)
names = st.sampled_from([None, "offre.txt", "offre.pdf", "offre.docx", "offre.html", "offre.eml", "offre.json", "x"])


@settings(max_examples=EXAMPLES, deadline=timedelta(seconds=5), derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(document=documents, name=names)
def test_any_input_gives_records_or_an_extraction_error(document, name):
    try:
        offers = extract(document, name)
    except ExtractionError as error:
        assert error.reason
        return
    assert all(isinstance(o, Offer) for o in offers)
    for offer in offers:
        assert Offer.from_json(offer.to_json()) == offer
        for start, end in offer.evidence.values():
            assert 0 <= start <= end <= len(offer.text)


def test_generated_documents_are_readable():
    """The fuzzer's seeds are real documents: both read as the offer they were made from (else cutting
    them would only test the error path)."""
    expected = extract(OFFER, "offre.txt")[0]
    for data, name in ((PDF, "offre.pdf"), (DOCX, "offre.docx")):
        [offer] = extract(data, name)
        assert (offer.title.replace("·", "."), offer.contract_types, offer.location.city, offer.deadline) == \
            (expected.title.replace("·", "."), expected.contract_types, expected.location.city, expected.deadline), name
