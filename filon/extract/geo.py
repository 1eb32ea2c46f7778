"""The official list of communes, départements and régions, and towns abroad (shipped data).

Loaded once, on first use, from ``vocab/communes.tsv.gz`` and
``vocab/territories.tsv`` (built by ``scripts/build_geo.py`` from the Etalab
data), and ``vocab/abroad.tsv.gz`` (built by ``scripts/build_abroad.py`` from
GeoNames). Names are looked up in a folded form: no accents, no case, hyphens
and apostrophes as spaces, "st" as "saint".

Overseas France is in the official list as INSEE gives it: the five
overseas départements (971 Guadeloupe, 972 Martinique, 973 Guyane,
974 La Réunion, 976 Mayotte) are départements of their own one-département
régions; the collectivités (975 Saint-Pierre-et-Miquelon, 977
Saint-Barthélemy, 978 Saint-Martin, 986 Wallis et Futuna, 987 Polynésie
française, 988 Nouvelle-Calédonie) carry their INSEE-like code as both
département and région, the région named after the territory.
"""
from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import repeat
from operator import attrgetter
from typing import NamedTuple

from .fields import fold
from .vocab.places import COUNTRIES, FOREIGN_AREAS, OVERSEAS_ALIASES, REGION_ALIASES


class Commune(NamedTuple):
    """A commune of the official list (a named tuple: the 35,000 are made quickly at start-up)."""
    insee: str
    name: str
    department: str
    region: str          # région code
    postal_codes: tuple[str, ...]
    population: int


# Line breaks are kept (the gazetteer folds its names as one text, a name a line).
_SUR = re.compile(r"\bs/[^\S\n]*|/")
_NON_ALNUM = re.compile(r"[^a-z0-9\n]+")
# "st" or "ste" as a word: the "s" with no word character before it (a pattern opening on the
# literal "s" is scanned for in C; one opening on "\b" is tried at every character).
_SAINT = re.compile(r"s(?<!\w.)t(e?)\b")


def fold_name(name: str) -> str:
    """The lookup form of a place name ("Ivry/Seine" -> "ivry sur seine")."""
    return _lookup_form(fold(name).replace("\n", " ")).strip()


def fold_names(names: list[str]) -> list[str]:
    """``fold_name`` of each of ``names`` (none holding a line break), folded as one text: the
    gazetteer's 35,000 names in a few passes instead of 35,000 calls."""
    return [name.strip() for name in _lookup_form(fold("\n".join(names))).split("\n")]


def _lookup_form(folded: str) -> str:
    """Folded text with "s/" and "/" as "sur", other marks as spaces, "st"/"ste" as "saint"/"sainte"
    (each pattern only where its characters are: most names hold neither "/" nor "st")."""
    if "/" in folded:
        folded = _SUR.sub(" sur ", folded)
    text = _NON_ALNUM.sub(" ", folded)
    return _SAINT.sub(r"saint\1", text) if "st" in text else text


@dataclass
class Gazetteer:
    by_name: dict[str, list[Commune]]
    by_postal: dict[str, list[Commune]]
    departments: dict[str, tuple[str, str, str]]     # code -> (name, region code, chef-lieu insee)
    regions: dict[str, str]                          # code -> name
    department_names: dict[str, str]                 # folded name -> code
    region_names: dict[str, str]                     # folded name -> code
    by_insee: dict[str, Commune]
    by_department: dict[str, list[Commune]]

    def region_name(self, code: str | None) -> str | None:
        return self.regions.get(code) if code else None

    @cached_property
    def population(self) -> dict[tuple[str, str], int]:
        """Inhabitants of each ("department", code) and ("region", code): each département's
        communes summed in C (a Python loop over the 35,000 communes was the bulk of a first
        extraction that names a département), a région the sum of its départements (the communes
        of a département all lie in its région: a test checks the shipped list)."""
        people: dict[tuple[str, str], int] = {}
        for department, communes in self.by_department.items():
            inhabitants = sum(map(attrgetter("population"), communes))
            people["department", department] = inhabitants
            region = ("region", communes[0].region)
            people[region] = people.get(region, 0) + inhabitants
        return people


@dataclass(frozen=True)
class Area:
    """A place larger than a town: a French département or région, a country, a region abroad."""
    kind: str            # "department", "region" or "country"
    code: str            # INSEE code, or ISO 3166 alpha-2 for a country

    @property
    def overseas(self) -> bool:
        return self.kind != "country" and self.code[:2] in ("97", "98")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded on first call (column by column: it is the bulk of start-up)."""
    data = resources.files("filon.extract.vocab")
    with gzip.open(data.joinpath("communes.tsv.gz").open("rb"), "rt", encoding="utf-8") as source:
        rows = source.read().split("\n")[1:]
    fields = "\t".join(filter(None, rows)).split("\t")
    insee, names, depts, region_codes, postals, populations = (fields[i::6] for i in range(6))
    # A commune has one postal code but for a few hundred: only theirs are split.
    postal_codes = [tuple(filter(None, postal.split(","))) if "," in postal else (postal,) if postal else ()
                    for postal in postals]
    inhabitants = [int(population or 0) for population in populations]
    columns = zip(insee, names, depts, region_codes, postal_codes, inhabitants, strict=True)
    # tuple.__new__ makes each named tuple in C (Commune's own __new__ is a Python function).
    communes = list(map(tuple.__new__, repeat(Commune), columns))
    by_name: dict[str, list[Commune]] = {}
    for folded, commune in zip(fold_names(names), communes, strict=True):
        by_name.setdefault(folded, []).append(commune)
    by_insee = dict(zip(insee, communes, strict=True))
    by_postal: dict[str, list[Commune]] = {}
    for commune in communes:
        for code in commune.postal_codes:
            by_postal.setdefault(code, []).append(commune)
    departments, regions = {}, {}
    for line in data.joinpath("territories.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        kind, code, name, region, chef_lieu = line.split("\t")
        if kind == "region":
            regions[code] = name
        else:
            departments[code] = (name, region, chef_lieu)
    for homonyms in by_name.values():
        if len(homonyms) > 1:
            homonyms.sort(key=lambda c: -c.population)
    by_department: dict[str, list[Commune]] = {}
    for commune in by_insee.values():
        by_department.setdefault(commune.department, []).append(commune)
    return Gazetteer(by_name, by_postal, departments, regions,
                     {fold_name(v[0]): k for k, v in departments.items()},
                     {fold_name(v): k for k, v in regions.items()}, by_insee, by_department)


def department_of_postal(code: str) -> str | None:
    """The département of a postal code ("20000" -> "2A" through its communes)."""
    communes = gazetteer().by_postal.get(code)
    if communes:
        return communes[0].department
    if code.startswith("97"):
        return code[:3]
    if code[:2] == "20":
        return None
    return code[:2] if code[:2].isdigit() else None


@lru_cache(maxsize=1)
def areas() -> dict[str, Area]:
    """Every département, région and country by folded name (a département
    before the région of the same name: "Guadeloupe" is both)."""
    g = gazetteer()
    index: dict[str, Area] = {}
    for name, iso in {**COUNTRIES, **FOREIGN_AREAS}.items():
        index[fold_name(name)] = Area("country", iso)
    for name, code in {**REGION_ALIASES, **g.region_names}.items():
        index[fold_name(name)] = Area("region", code)
    for name, code in {**OVERSEAS_ALIASES, **g.department_names}.items():
        index[fold_name(name)] = Area("department", code)
    return index


class TownAbroad(NamedTuple):
    """A town of the list abroad (a named tuple, as :class:`Commune`: made several times faster
    than a frozen dataclass, and the 7,600 are made at start-up)."""
    country: str         # ISO 3166 alpha-2
    population: int


@lru_cache(maxsize=1)
def towns_abroad() -> dict[str, list[TownAbroad]]:
    """Towns of French-speaking and neighbouring countries by folded name, biggest first."""
    towns: dict[str, list[TownAbroad]] = {}
    data = resources.files("filon.extract.vocab").joinpath("abroad.tsv.gz")
    with gzip.open(data.open("rb"), "rt", encoding="utf-8") as rows:
        next(rows)
        for row in rows:
            name, country, population = row.rstrip("\n").split("\t")
            towns.setdefault(name, []).append(TownAbroad(country, int(population)))
    for found in towns.values():
        if len(found) > 1:
            found.sort(key=lambda t: -t.population)
    return towns
