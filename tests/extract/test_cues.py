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


SCANNED = {  # pattern, where it can begin, atoms to build texts from: scan() must find what finditer finds
    "education": ("filon.extract.fields.education", "_ANY", "_OPENING",
                  ["bac", "baccalaureat", "master", "m1", "m2", "dess", "des", "jeps", "desjeps", "diplome", "certificat",
                   " d'ingenieur", "ingenieur", " diplome", "grande", " ecole", "ecole", " de commerce", "sciences", " po",
                   "iep", "niveau", " i", " ii", " iii", " iv", " 7", " 6", " 5", " 4", "titulaire", " d'un master", "licence",
                   " pro", "bachelor", "bts", "dut", "deust", "dejeps", "deug", "doctorat", "docteur", "phd", "these",
                   " de doctorat", "bpjeps", "cess", " + ", "+", "2", "5", " ", "x", "/", "\n", " enseignement"]),
    "remote": ("filon.extract.fields.remote", "_REMOTE", None,
               ["télétravail", "tele-travail", "télétravailler", "télé", "travail", " ", "\n", "remote", "full ", "à ", "à\n",
                "distance", "home", "office", "homeoffice", " nomade", "t", "é", "x"]),
    "full time": ("filon.extract.fields.worktime", "_FULL", None,
                  ["temps", " plein", " complet", "full", "-", " ", "time", "plein", " temps", "\n", "x", "s"]),
    "part time": ("filon.extract.fields.worktime", "_PART", None,
                  ["temps", " partiel", " non", " complet", " incomplet", "mi", "-", " ", "part", "time", "\n", "x"]),
    "percent": ("filon.extract.fields.worktime", "_PERCENT", None,
                ["80", "5", "100", " ", "%", " du temps", "temps partiel", "quotité", "temps de travail", " à ", "x", ".",
                 ")", "\n", "etp"]),
}


@pytest.mark.parametrize("name", sorted(SCANNED))
def test_a_pattern_read_faster_finds_what_finditer_finds(name):
    import importlib
    import re

    from filon.extract.fields import first_of, scan

    module, pattern, starts, atoms = SCANNED[name]
    module = importlib.import_module(module)
    if starts:
        fast, whole = (lambda t: scan(getattr(module, pattern), getattr(module, starts), t)), getattr(module, pattern)
    else:                       # a tuple read by first_of: the reference is their alternation
        parts = getattr(module, pattern)
        fast = lambda t: first_of(parts, t)  # noqa: E731
        whole = re.compile("|".join(f"(?:{p.pattern})" for p in parts).replace("(?P<v>", "(?:", 1))
    rng = random.Random(name)
    for _ in range(5000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in fast(text)] == [m.span() for m in whole.finditer(text)], repr(text)


@pytest.mark.parametrize("patterns, guard", [
    (["cdi", "stage"], "(?=[cs])"),
    ([r"(?:contrat\s+(?:d')?|en\s+)apprentissage\b", "cdd"], "(?=[ce])"),     # a group of literal openings
    (["a|b(?:c|d)"], "(?=[ab])"),                                                # an alternation itself
    ([r"a\|b"], "(?=[a])"),                                                     # an escaped bar is no alternation
    (["cdi", "a?b"], ""),                                                        # an optional first letter
    (["(?:x|y)?z"], ""),                                                         # an optional group
    ([r"\bcdi"], ""), (["[ab]c"], ""), (["(a)b"], ""), (["(?:)a"], ""), (["a{0,2}b"], ""),
])
def test_opening_guard_names_the_first_characters_or_nothing(patterns, guard):
    from filon.extract.fields import opening_guard

    assert opening_guard(patterns) == guard


GUARDED = {  # pattern, its look-ahead guard, atoms to build texts from: the guard must change no match
    "contract": ("filon.extract.fields.contract", "_ANY", "_ANY_GUARD",
                 ["cdi", "cdd", "contrat", " a duree determinee", " a duree indeterminee", "stage", "en apprentissage",
                  "contrat d'apprentissage", "alternance", "service civique", "interim", "benevol", "freelance", "vacataire",
                  " ", "\n", "x", "-", "e", "s"]),
    "duration": ("filon.extract.fields.worktime", "_DURATION", "_DURATION_OPENS",
                 ["6", "12", "1,5", " ", "mois", "an", "ans", "années", "semaines", " à ", "-", " ou ", "/", "+/- ",
                  "environ ", "un", "une", "deux", "dix-huit", "vingt-quatre", "douze", "x", "e", "\n"]),
}


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_guarded_pattern_finds_what_it_finds_unguarded(name):
    import importlib
    import re

    module, pattern, guard, atoms = GUARDED[name]
    module = importlib.import_module(module)
    guarded, guard = getattr(module, pattern), getattr(module, guard)
    assert guard, f"{name}: an alternative no longer opens on a literal, so there is no guard (same matches, slower)"
    assert guarded.pattern.startswith(guard)
    whole = re.compile(guarded.pattern.removeprefix(guard), guarded.flags)
    rng = random.Random(name)
    for _ in range(5000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 12)))
        assert [(m.span(), m.lastgroup) for m in guarded.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in whole.finditer(text)], repr(text)


def test_iso_and_numeric_dates_read_from_the_separators_find_what_finditer_finds():
    from filon.extract.fields.dates import _ISO, _NUMERIC, _NUMERIC_SEPARATOR, _iso_dates, _numeric_dates, _separator_starts

    rng = random.Random(17)
    atoms = ["2024", "1", "12", "05", "3", "-", "/", ".", " ", "\n", "\u2003", "x", "2024-05-12", "12/05/2024", "31.12.24", "0", "٣"]
    for _ in range(20000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 12)))
        separators = _separator_starts(text)
        assert separators == [m.start() for m in _NUMERIC_SEPARATOR.finditer(text)], repr(text)
        assert [m.span() for m in _iso_dates(text, separators)] == [m.span() for m in _ISO.finditer(text)], repr(text)
        assert [m.span() for m in _numeric_dates(text, separators)] == [m.span() for m in _NUMERIC.finditer(text)], repr(text)


def test_fractions_read_from_each_slash_find_what_finditer_finds():
    from filon.extract.fields.worktime import _FRACTION, _fractions

    rng = random.Random(5)
    atoms = ["1", "4", "5", "10", "2", " ", "\n", "\u2003", "/", " ou ", "e", "ème", "x", "4/5", "https://"]
    for _ in range(20000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in _fractions(text)] == [m.span() for m in _FRACTION.finditer(text)], repr(text)


def test_the_place_cues_read_as_alternatives_find_what_each_cue_finds():
    import re

    from filon.extract.fields import first_of
    from filon.extract.fields.location import _CUES
    from filon.extract.vocab.places import PLACE_CUES

    rng = random.Random(13)
    atoms = ["lieu", "x ", "de travail", "du poste", " ", "\n", ":", "poste", "stage", "mission", "basé", "e", "s", "située",
             " à ", "au", "en ", "la ville de ", "localisation", "ville", "commune", "région", "se déroulera", "installée", "lieux"]
    for cue, parts in zip(PLACE_CUES, _CUES, strict=True):
        whole = re.compile(cue)
        for _ in range(3000):
            text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 10)))
            assert [m.span() for m in first_of(parts, text)] == [m.span() for m in whole.finditer(text)], (cue, text)


@pytest.mark.parametrize("pattern, parts", [
    ("(?:x|y)z|w", ["xz", "yz", "w"]),                  # a leading group spread out
    ("(?:(?:a|b)c|d)e", ["ace", "bce", "de"]),
    ("(?:x|y)?z", ["(?:x|y)?z"]),                        # not an optional group
    ("(?:a|b)+c", ["(?:a|b)+c"]),
    ("a(?:b|c)|d", ["a(?:b|c)", "d"]),
    (r"\(x|y\)|[|]z", [r"\(x", r"y\)", "[|]z"]),       # escaped brackets and a bar in a class
    ("t[ée]l|remote", ["t[ée]l", "remote"]),
])
def test_alternatives_cut_a_pattern_at_its_top_level_bars(pattern, parts):
    from filon.extract.fields import alternatives

    assert [p.pattern for p in alternatives(pattern)] == parts


def test_lines_with_from_threads_that_each_bring_a_new_key_set():
    """A web server's threads may meet a finder's key set for the first time together."""
    from concurrent.futures import ThreadPoolExecutor

    text = "Un CDD de 6 mois\nfoo bar\nle 3 FÉV 2026\n" * 50
    key_sets = [(f"zq{i}", "mois", "fév", chr(ord("a") + i % 26)) for i in range(40)]

    def check(keys):
        return all(lines_with(text, keys) == _reference(text, keys) for _ in range(20))

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(check, key_sets))
