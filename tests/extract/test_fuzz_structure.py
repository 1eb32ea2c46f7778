"""The structure step on generated web pages: any markup gives records or an
ExtractionError, never another exception, and the card marks never reach a
record's text."""
import os
import time
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filon.extract import ExtractionError, extract
from filon.extract.clean import clean
from filon.extract.html import render_html
from filon.extract.vocab.markup import CARD_END, CARD_START

EXAMPLES = int(os.environ.get("FILON_FUZZ_EXAMPLES", "10000")) // 5
WORDS = ["Animateur", "nature", "H/F", "CDD", "6 mois", "Lyon", "69003", "Accueil", "Postuler", "Missions", "Profil",
         "contact@asso.fr", "04 75 00 00 00", "2 000 €", "brut", "par mois", "Réf. 2024-12", "Cookies", "&nbsp;", "<",
         "Date limite : 3 mars 2026", "Stage", "télétravail", "\u00a0", "—", "…", "\ue000", "\ue001"]
CLASSES = ["", "card", "job-card", "panel", "nav", "cookie-banner", "breadcrumb", "share", "footer", "site-content has-sidebar",
           "employer", "location", "contract", "wrapper"]
TAGS = ["div", "p", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "li", "span", "b", "strong",
        "h1", "h2", "h3", "table", "tr", "td", "th", "thead", "tbody", "a", "br", "hr", "form", "button", "input", "img"]

text = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)


def _element(children):
    return st.tuples(st.sampled_from(TAGS), st.sampled_from(CLASSES), st.sampled_from(["", "https://example.org/o",
                                                                                       "mailto:rh@asso.fr"]),
                     st.lists(children, max_size=6)).map(
        lambda t: f'<{t[0]} class="{t[1]}" href="{t[2]}">' + "".join(t[3]) + f"</{t[0]}>")


markup = st.recursive(text, _element, max_leaves=40)
pages = st.tuples(st.sampled_from(["", "Offres d'emploi | Asso Verte", "Animateur – ESS Emploi"]), markup).map(
    lambda t: f"<!DOCTYPE html><html><head><title>{t[0]}</title></head><body>{t[1]}</body></html>")


@settings(max_examples=EXAMPLES, deadline=timedelta(seconds=5), derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(page=pages)
def test_any_page_gives_records_or_an_extraction_error(page):
    render_html(page)                       # never raises on any markup
    try:
        offers = extract(page.encode("utf-8"), "page.html")
    except ExtractionError as error:
        assert error.reason
        return
    for offer in offers:
        assert CARD_START not in offer.text and CARD_END not in offer.text
        for start, end in offer.evidence.values():
            assert 0 <= start <= end <= len(offer.text)


@settings(max_examples=EXAMPLES, deadline=timedelta(seconds=5), derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(post=st.tuples(st.sampled_from(["", "---\ntitle: Rejoignez-nous\n---\n"]), markup, markup, markup).map(
    lambda t: t[0] + "\n".join(t[1:])))
def test_any_markdown_page_of_html_blocks_gives_records_or_an_extraction_error(post):
    try:
        extract(post.encode("utf-8"), "page.md")
    except ExtractionError as error:
        assert error.reason


@pytest.mark.parametrize("unit", ["**a ", "[a](", "_a ", "*a ", "~~a ", "[" + "a" * 50, "https://a-", "www.a/ " * 3 + "\n"])
def test_markdown_patterns_are_linear_on_unclosed_openings(unit):
    """A line of unclosed openings costs in proportion to its length (the
    bounded patterns): four times the line, well under sixteen times the time."""
    def seconds(n: int) -> float:
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            clean(unit * n)
            runs.append(time.perf_counter() - start)
        return sorted(runs)[1]

    small, large = seconds(1000), seconds(4000)
    assert large < 8 * small + 0.05, (small, large)
