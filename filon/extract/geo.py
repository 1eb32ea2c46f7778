"""The official list of communes, départements and régions (shipped data).

Loaded once, on first use, from ``vocab/communes.tsv.gz`` and
``vocab/territories.tsv`` (built by ``scripts/build_geo.py`` from the Etalab
data). Names are looked up in a folded form: no accents, no case, hyphens and
apostrophes as spaces, "st" as "saint".
"""
from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .fields import fold


@dataclass(frozen=True)
class Commune:
    insee: str
    name: str
    department: str
    region: str          # région code
    postal_codes: tuple[str, ...]
    population: int


_SUR = re.compile(r"\bs/\s*|/")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SAINT = re.compile(r"\bste?\b")


def fold_name(name: str) -> str:
    """The lookup form of a place name ("Ivry/Seine" -> "ivry sur seine")."""
    text = _SUR.sub(" sur ", fold(name))
    text = _NON_ALNUM.sub(" ", text)
    text = _SAINT.sub(lambda m: "sainte" if m.group(0) == "ste" else "saint", text)
    return text.strip()


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


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded on first call."""
    by_name: dict[str, list[Commune]] = {}
    by_postal: dict[str, list[Commune]] = {}
    by_insee: dict[str, Commune] = {}
    data = resources.files("filon.extract.vocab")
    with gzip.open(data.joinpath("communes.tsv.gz").open("rb"), "rt", encoding="utf-8") as rows:
        next(rows)
        for row in rows:
            insee, name, dept, region, postal, population = row.rstrip("\n").split("\t")
            commune = Commune(insee, name, dept, region, tuple(filter(None, postal.split(","))), int(population or 0))
            by_name.setdefault(fold_name(name), []).append(commune)
            by_insee[insee] = commune
            for code in commune.postal_codes:
                by_postal.setdefault(code, []).append(commune)
    departments, regions = {}, {}
    for line in data.joinpath("territories.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        kind, code, name, region, chef_lieu = line.split("\t")
        if kind == "region":
            regions[code] = name
        else:
            departments[code] = (name, region, chef_lieu)
    for communes in by_name.values():
        communes.sort(key=lambda c: -c.population)
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
