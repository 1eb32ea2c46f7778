"""The text helpers every field finder stands on: the same-length fold and the cue-line filter."""
import random

import pytest

from filon.extract.fields import fold, fold_in_place, lines_with


@pytest.mark.parametrize("text, folded", [
    ("Chargé·e de mission", "charge·e de mission"),
    ("DÉCEMBRE 2024", "decembre 2024"),
    ("voiture… ou vélo", "voiture… ou velo"),            # "…" folds to three characters: kept
    ("👫À propos de nous", "👫a propos de nous"),       # an emoji folds to nothing: kept, the rest still aligned
    ("Œuvre 5 €", "œuvre 5 €"),
    ("İzmir", "izmir"),                                    # a lower case longer than its letter
])
def test_fold_in_place_keeps_every_span(text, folded):
    assert fold_in_place(text) == folded
    assert len(fold_in_place(text)) == len(text)


def test_fold_in_place_is_the_fold_of_each_character():
    rng = random.Random(7)
    alphabet = "aAéÉèçÇœŒ…€👫·’ İ\n0"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        expected = "".join(f if len(f := fold(c)) == 1 else c.lower()[:1] for c in text)
        assert fold_in_place(text) == expected, repr(text)


@pytest.mark.parametrize("text, keys, lines", [
    ("Un CDD de 6 mois\nfoo\nle 3 FÉV", ("fév",), ["le 3 FÉV"]),
    ("Un CDD de 6 mois\nfoo\nle 3 fev", ("fév", "cd"), ["Un CDD de 6 mois", "le 3 fev"]),
    ("mois\nmois et mois\n", ("mois",), ["mois", "mois et mois"]),
    ("rien ici", ("mois",), []),
    ("Rémunération : 2 000 €\nPrime", ("€", "euro"), ["Rémunération : 2 000 €"]),
])
def test_lines_with_finds_the_lines_holding_a_key_case_and_accents_aside(text, keys, lines):
    assert [text[a:b] for a, b in lines_with(text, keys)] == lines


def _reference(text: str, keys: tuple[str, ...]) -> list[tuple[int, int]]:
    """One str.find pass per key over the folded text (what lines_with did before its automaton)."""
    folded, starts = fold_in_place(text), {}
    for key in map(fold_in_place, keys):
        i = folded.find(key)
        while i >= 0:
            start = folded.rfind("\n", 0, i) + 1
            end = folded.find("\n", i + len(key))
            starts[start] = len(folded) if end < 0 else end
            i = folded.find(key, starts[start])
    return sorted(starts.items())


def test_lines_with_equals_one_search_per_key_for_interleaved_key_sets():
    rng = random.Random(11)
    atoms = ["mois", "an ", "ans", "fév", "FEV", "cd", "CDD", "bac", "ba", "c", " ", "\n", "é", "x", "€"]
    key_sets = [("mois", "an ", "ans"), ("fév", "fev"), ("cd", "cdd", "bac"), ("€", "an ")]
    for _ in range(3000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 25)))
        keys = rng.choice(key_sets)
        assert lines_with(text, keys) == _reference(text, keys), (text, keys)
