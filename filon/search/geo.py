"""Where offers are, for radius search.

Commune coordinates ship in ``coords.tsv.gz`` (built by
``scripts/build_coords.py`` from GeoNames); a commune without its own falls
back to its département's chef-lieu. :func:`locate` turns what a job seeker
types ("Lyon", "35000", "Paris 11e") into a point.
"""
from __future__ import annotations

import bisect
import gzip
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from filon.extract.geo import Commune, fold_name, gazetteer

EARTH_RADIUS_KM = 6371.0
_POSTAL = re.compile(r"^\d[\dAB]\d{3}$")


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float
    label: str = ""


@lru_cache(maxsize=1)
def _coords() -> dict[str, tuple[float, float]]:
    with gzip.open(resources.files("filon.search").joinpath("coords.tsv.gz").open("rb"), "rt") as rows:
        next(rows)
        return {insee: (float(lat), float(lon)) for insee, lat, lon in (r.split("\t") for r in rows)}


def commune_point(commune: Commune) -> Point | None:
    """The commune's coordinates, else its département chef-lieu's."""
    coords = _coords()
    found = coords.get(commune.insee)
    if found is None:
        department = gazetteer().departments.get(commune.department)
        found = coords.get(department[2]) if department else None
    return Point(*found, commune.name) if found else None


def commune_of(city: str = "", postal_code: str = "", department: str = "") -> Commune | None:
    """The official commune named by an offer's place fields, if any."""
    g = gazetteer()
    by_postal = g.by_postal.get(postal_code, []) if postal_code else []
    if city:
        named = g.by_name.get(fold_name(city), [])
        for pool in ([c for c in named if c in by_postal], [c for c in named if c.department == department], named):
            if pool:
                return pool[0]
    if by_postal:
        return max(by_postal, key=lambda c: c.population)
    return None


def offer_point(city: str = "", postal_code: str = "", department: str = "") -> Point | None:
    """An offer's point: its commune, else the chef-lieu of its département."""
    commune = commune_of(city, postal_code, department)
    if commune is None and department in gazetteer().departments:
        commune = gazetteer().by_insee.get(gazetteer().departments[department][2])
    return commune_point(commune) if commune else None


def locate(place: str) -> Point | None:
    """What a job seeker typed in "près de" -> a point, or None if unknown.
    A postal code, a commune ("Lyon", "Saint-Denis (93)"), a département name or number."""
    g = gazetteer()
    text = place.strip()
    if _POSTAL.match(text):
        return offer_point(postal_code=text)
    department = re.search(r"\((\d[\dAB]?\d?)\)\s*$", text)
    name = fold_name(re.sub(r"\(.*?\)", " ", text))
    name = re.sub(r"\b(\d{1,2})\s*(?:e|er|eme)\b", "", name).strip()      # "Paris 11e" -> Paris
    if name in g.by_name:
        return offer_point(city=name, department=department.group(1) if department else "")
    code = g.department_names.get(name) or (text.upper() if text.upper() in g.departments else None)
    if code:
        return offer_point(department=code)
    return None


def bounding_box(point: Point, radius_km: float) -> tuple[float, float, float, float]:
    """(min lat, max lat, min lon, max lon) around ``point``: the database prefilter."""
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    dlon = math.degrees(radius_km / (EARTH_RADIUS_KM * max(math.cos(math.radians(point.latitude)), 0.01)))
    return point.latitude - dlat, point.latitude + dlat, point.longitude - dlon, point.longitude + dlon


def distance_km(a: Point, b: Point) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def point_key(latitude: float, longitude: float) -> int:
    """A point as one integer (to 1e-4 degree), as the index stores it."""
    return round((latitude + 90) * 10_000) * 10_000_000 + round((longitude + 180) * 10_000)


@lru_cache(maxsize=1)
def _known_points() -> tuple[list[float], list[tuple[float, float, int]]]:
    """Every point an offer can have (communes' and chefs-lieux' coordinates,
    see :func:`offer_point`), sorted by latitude: their latitudes and
    (latitude, longitude, key)."""
    points = sorted({(lat, lon) for lat, lon in _coords().values()})
    return [lat for lat, _ in points], [(lat, lon, point_key(lat, lon)) for lat, lon in points]


def points_within(point: Point, radius_km: float) -> list[tuple[float, int]]:
    """The known points within ``radius_km`` of ``point``, as (squared
    distance in km², key), nearest first. Distances are equirectangular
    (exact to a few metres at these radii), the circle's own latitude
    setting the scale of longitudes."""
    lat_min, lat_max, _, _ = bounding_box(point, radius_km)
    latitudes, points = _known_points()
    km_per_degree = math.pi * EARTH_RADIUS_KM / 180
    shrink = math.cos(math.radians(point.latitude))
    found = []
    for lat, lon, key in points[bisect.bisect_left(latitudes, lat_min):bisect.bisect_right(latitudes, lat_max)]:
        dy = (lat - point.latitude) * km_per_degree
        dx = (lon - point.longitude) * km_per_degree * shrink
        squared = dy * dy + dx * dx
        if squared <= radius_km ** 2:
            found.append((squared, key))
    return sorted(found)
