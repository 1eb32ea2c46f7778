"""Invariance: the page around an offer, or the offers beside it, do not change its record.

No new gold is needed (issue 9, "How it is checked"):

- every single-offer text document of the dev corpus, wrapped in the chrome
  of real page layouts (:mod:`tests.extract.layouts`), gives the record it
  gives alone, field by field on the record contract's fields (compared as
  ``../shared/eval/score.py`` compares them); ``bare`` is the control with
  no chrome, telling a chrome failure from a rendering one;
- k dev offers laid out as a digest give the k records that each part gives
  alone; laid out as a grid of job cards or a table of offers, k records
  with the title, employer, contract types and town that each card or row
  states;
- every single-offer text document written otherwise (wrapped at 72 columns
  as a mailer does, each "Label : value" as a label above its value as a
  page's blocks render, CRLF line ends, typographic apostrophes) gives the
  record it gives as it is.

A document's front matter is the site's template data, not page text: the
offer's text is taken without it, its title as a heading
(:func:`layouts.page_text`), alone and in every layout alike.

Cases that fail for a known reason are listed in XFAIL with it (strict: a
fix shows as XPASS and the entry must go).
"""
from __future__ import annotations

import functools
import importlib.util
import json
import re
import textwrap

import pytest

from filon.extract import extract

from ..conftest import DEV, SCORER
from . import layouts

HAVE_CORPUS = (DEV / "raw").is_dir() and (DEV / "gold").is_dir() and SCORER.is_file()
NO_CORPUS = "../shared/corpus/dev is absent: the invariance tests run only beside the shared folder"


def _scorer():
    spec = importlib.util.spec_from_file_location("filon_shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _scorer() if HAVE_CORPUS else None


def _single_offer_documents() -> list[str]:
    """Names of the dev corpus's single-offer text documents (no PDF, no digest)."""
    if not HAVE_CORPUS:
        return []
    return sorted(p.name for p in (DEV / "raw").iterdir()
                  if p.suffix in (".txt", ".md", ".html") and "_multi_" not in p.name)


DOCUMENTS = _single_offer_documents()

# Listings: groups of k offers from different single-offer documents and
# sources (by their number in the dev corpus), each with an organisation and
# a town in its gold.
GROUPS = {
    "g3": ("002", "004", "029"),
    "g4": ("016", "019", "034", "045"),
    "g5": ("006", "014", "024", "049", "055"),
    "g4b": ("007", "020", "043", "064"),
}

# (layout or rewrite, document or group) -> why the case fails today (a fix shows as XPASS).
XFAIL: dict[tuple[str, str], str] = {
    ("wrapped_72", "017_bricodeurs-animateurs-numerique.txt"):
        "an HTML tag of the post broken over two lines is no longer read as a link",
}


def _params(layout_names, keys):
    if not HAVE_CORPUS:
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=NO_CORPUS))]
    params = []
    for name in layout_names:
        for key in keys:
            reason = XFAIL.get((name, key))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(name, key, marks=marks, id=f"{name}-{key}"))
    return params


@functools.cache
def _records(document: bytes, filename: str) -> tuple[dict, ...]:
    return tuple(offer.record() for offer in extract(document, filename=filename))


def _differences(expected: dict, got: dict, fields=None, source: str = "alone") -> list[str]:
    """The contract's fields on which ``got`` differs from ``expected``, shown."""
    out = []
    for field in fields or score.FIELDS:
        want, have = score.get(expected, field), score.get(got, field)
        if not score.equal(field, want, have):
            out.append(f"{field}: {source} {want!r}, here {have!r}")
    return out


def _raw(name: str) -> str:
    return (DEV / "raw" / name).read_text(encoding="utf-8")


def _gold(number: str) -> tuple[str, dict]:
    """The document of the dev corpus numbered ``number`` and its gold record."""
    path = next((DEV / "gold").glob(f"{number}_*.jsonl"))
    return path.stem, json.loads(path.read_text(encoding="utf-8").splitlines()[0])


# ---------------------------------------------------------------------------
# 1. One offer in the chrome of a page.

@pytest.mark.parametrize(("layout", "document"), _params([lay.name for lay in layouts.LAYOUTS], DOCUMENTS))
def test_offer_in_page_chrome_gives_its_record(layout, document):
    text = layouts.page_text(_raw(document))
    alone = _records(text.encode("utf-8"), "offre.md")
    assert len(alone) == 1, f"{document} alone gives {len(alone)} records"
    lay = next(lay for lay in layouts.LAYOUTS if lay.name == layout)
    page = _records(layouts.wrap(lay, text), "page.html")
    assert len(page) == 1, [r["title"] for r in page]
    differences = _differences(alone[0], page[0])
    assert not differences, "\n".join(differences)


# ---------------------------------------------------------------------------
# 2. Several offers on one page.

def _card(number: str) -> layouts.Card:
    stem, gold = _gold(number)
    summary = _summary(layouts.page_text(_raw(stem + ".txt")))
    return layouts.Card(gold["title"], gold["organization"], tuple(gold["contract_types"]),
                        gold["location"]["city"], summary, stem.split("_", 1)[1])


def _summary(text: str) -> str:
    """The offer's first sentence of running text, cut as listings cut it."""
    for line in text.splitlines():
        line = re.sub(r"[*_`]+|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", line).strip()
        if len(line) > 60 and not line.startswith(("#", "-", "*", "|", "_")):
            return line[:157].rsplit(" ", 1)[0] + "…" if len(line) > 160 else line
    return ""


def _part(number: str) -> layouts.Part:
    """The offer numbered ``number`` as a digest's part: its gold title, then
    its text without the line that titled it."""
    stem, gold = _gold(number)
    lines = layouts.page_text(_raw(stem + ".txt")).strip().splitlines()
    return layouts.Part(gold["title"], "\n".join(lines[1:]).strip())


LISTING_FIELDS = ("title", "organization", "contract_types", "location.city")


@pytest.mark.parametrize(("layout", "group"), _params(["cards", "table"], GROUPS))
def test_listing_gives_one_record_per_card(layout, group):
    cards = [_card(number) for number in GROUPS[group]]
    page = layouts.card_grid(cards) if layout == "cards" else layouts.offer_table(cards)
    records = _records(page, "page.html")
    assert len(records) == len(cards), [r["title"] for r in records]
    for card, record in zip(cards, records, strict=True):
        stated = {"title": card.title, "organization": card.organization,
                  "contract_types": list(card.contract_types), "location": {"city": card.city}}
        differences = _differences(stated, record, LISTING_FIELDS, "stated")
        assert not differences, f"{card.title}: " + "; ".join(differences)


@pytest.mark.parametrize(("layout", "group"), _params(["digest_headings", "digest_plain", "digest_numbered"], GROUPS))
def test_digest_gives_the_record_of_each_part(layout, group):
    style = layout.removeprefix("digest_")
    parts = [_part(number) for number in GROUPS[group]]
    records = _records(layouts.digest(parts, style).encode("utf-8"), "digest.md")
    assert len(records) == len(parts), [r["title"] for r in records]
    for part, record in zip(parts, records, strict=True):
        alone = _records(layouts.digest_part(part, style).encode("utf-8"), "offre.md")
        assert len(alone) == 1, f"{part.title} alone gives {len(alone)} records"
        differences = _differences(alone[0], record)
        assert not differences, f"{part.title}:\n" + "\n".join(differences)


# ---------------------------------------------------------------------------
# The chrome behaviours above, on small pages that need no corpus.

_OFFER = ("<p>Asso Verte recrute un chargé de mission en CDD de 12 mois à Lyon.</p>"
          "<h2><a href='https://asso-verte.typeform.com/to/ab12' class='typeform-share button'>Candidatez ici</a></h2>")


@pytest.mark.parametrize(("page", "field", "value"), [
    # The page title's first part repeats the offer's heading: it is not the employer.
    (f"<html><head><title>Chargé de mission | Réseau Vert</title></head><body><header>Réseau Vert</header>"
     f"<main><h1>Chargé de mission</h1>{_OFFER.replace('Asso Verte recrute un', 'Une association du Vercors cherche un')}</main>"
     "</body></html>", "organization", None),
    # A heading's link that calls to apply, in a widget named "share", is where one applies.
    (f"<html><body><main><h1>Chargé de mission</h1>{_OFFER}</main></body></html>", "application_url",
     "https://asso-verte.typeform.com/to/ab12"),
    # A heading that links to the offer's own page keeps its title clean.
    (f"<html><body><main><h1><a href='https://asso-verte.fr/offres/cm'>Chargé de mission</a></h1>{_OFFER}</main>"
     "</body></html>", "title", "Chargé de mission"),
    # A card's fields named by their class are read.
    ("<html><body><main>" + "".join(
        f"<div class='job-card'><h3>{t}</h3><p class='job-card__employer'>{o}</p><span class='place'>{c}</span>"
        f"<span class='contract'>CDI</span></div>" for t, o, c in
        (("Animateur", "Centre social Nord", "Roubaix"), ("Comptable", "Centre social Nord", "Lille")))
     + "</main></body></html>", "location.city", "Roubaix"),
])
def test_page_markup(page, field, value):
    record = extract(page.encode("utf-8"), filename="page.html")[0].record()
    got = record
    for key in field.split("."):
        got = got[key]
    assert got == value


# ---------------------------------------------------------------------------
# 3. The same offer written otherwise: the record does not depend on how its text is laid out.

def _wrapped(text: str, width: int = 72) -> str:
    """Each long line wrapped at ``width`` columns, at spaces only, as a mailer or a text editor does."""
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if len(line) > width else line
                     for line in text.split("\n"))


def _label_above(text: str) -> str:
    """Each "Label : short value" line as a label line and a value line (a page's two blocks)."""
    return re.sub(r"(?m)^([A-ZÀ-Ý][^\n:]{2,30}?) ?: ([^\n]{1,60})$", r"\1\n\2", text)


REWRITES = {
    "wrapped_72": _wrapped,
    "label_above": _label_above,
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "apostrophes": lambda text: text.replace("'", "’"),
}


@pytest.mark.parametrize(("rewrite", "document"), _params(REWRITES, DOCUMENTS))
def test_offer_written_otherwise_gives_its_record(rewrite, document):
    text = layouts.page_text(_raw(document))
    alone = _records(text.encode("utf-8"), "offre.md")
    assert len(alone) == 1, f"{document} alone gives {len(alone)} records"
    rewritten = _records(REWRITES[rewrite](text).encode("utf-8"), "offre.md")
    assert len(rewritten) == 1, [r["title"] for r in rewritten]
    differences = _differences(alone[0], rewritten[0])
    assert not differences, "\n".join(differences)
