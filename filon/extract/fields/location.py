"""Work place: commune, postal code, département, région, country.

Communes come from the official list; a homonym (the eight Francheville)
is resolved by the postal code, then a département or région named in the
offer, then population. "Paris 11e", "Ivry/Seine" and offers abroad are read.
"""
from __future__ import annotations

import re

from ..geo import Commune, department_of_postal, fold_name, gazetteer
from ..vocab.places import COUNTRIES, FT_PLACE, PLACE_CUES, REGION_ALIASES
from . import Found, lowered

_CUES = [re.compile(c) for c in PLACE_CUES]          # run on the lower-cased text
_FT_PLACE = re.compile(FT_PLACE, re.M)
_POSTAL = re.compile(r"\b((?:0[1-9]|[1-8]\d|9[0-5]|2[AB])\s?\d{3}|97[1-6]\s?\d{2})\b")
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ0-9]+(?:[/'][A-Za-zÀ-ÿ]+)*")
_COUNTRY = re.compile(r"\b(%s)\b" % "|".join(sorted(map(re.escape, COUNTRIES), key=len, reverse=True)), re.I)
# "à Brignoles et Draguignan": a second commune named beside the first.
_OTHER_COMMUNE = re.compile(r"\s*(?:et|ou|&|/)\s*(?:à\s+)?([A-ZÉ][\w'-]+(?:[\s-][\w'-]+){0,3})")
_DEPT_MARK = re.compile(r"\(d[ée]pt\.?\)|\bdépartement\b", re.I)
_REGION_CUE = re.compile(r"\b(?:en|dans\s+(?:la|le)|sur\s+(?:la|le)|région)\s+(?=[a-zé])")
_A_CITY = re.compile(r"(?:\bà|\bsur)\s+(?=[A-ZÉÈ])")
MAX_NAME_TOKENS = 7
BIG_CITY = 20_000


def find_location(text: str, header_place: str | None = None) -> dict[str, Found]:
    """city, postal_code, department, region and country, each with evidence."""
    context = _Context(text)
    if header_place:
        found = _read_place(header_place, 0, context, need_city=False)
        if found:
            return found
    for match in _FT_PLACE.finditer(text[:600]):
        department = match.group("dept")
        if department not in gazetteer().departments:
            continue
        if match.group("name") is None:
            return _record(None, match.start(), match.end(), department=department)
        name_start = match.start("name")
        found = _read_place(text[name_start:match.end()], name_start, context, department=department)
        if found:
            return found
    low = lowered(text)
    for cue in _CUES:
        for m in cue.finditer(low):
            end = text.find("\n", m.end())
            found = _read_place(text[m.end():(len(text) if end < 0 else end)][:120], m.end(), context)
            if found:
                return found
    found = _postal_and_name(text, context)
    if found:
        return found
    for m in _A_CITY.finditer(text):
        # A small commune counts when a département or postal code follows it.
        phrase = text[m.end():m.end() + 80]
        coded = re.match(r"[^\n(]{2,50}\((?:\d{2}|2[AB]|\d{5})\)", phrase)
        found = _read_place(phrase, m.end(), context, min_population=0 if coded else BIG_CITY)
        if found and "city" in found:
            return found
    for m in _REGION_CUE.finditer(low):
        found = _region_only(text[m.end():m.end() + 40], m.end())
        if found:
            return found
    return {}


class _Context:
    """What else the offer says that resolves homonyms: postal codes, départements."""

    def __init__(self, text: str):
        self.text = text
        self._folded: str | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold_name(self.text)
        return self._folded

    def pick(self, communes: list[Commune], near: str) -> Commune:
        if len(communes) == 1:
            return communes[0]
        for code in _POSTAL.findall(near):
            code = code.replace(" ", "")
            for c in communes:
                if code in c.postal_codes or c.department == code[:2]:
                    return c
        dept_codes = re.findall(r"\((\d{2}|2[AB])\)", near)
        for c in communes:
            if c.department in dept_codes:
                return c
        geo = gazetteer()
        for c in communes:
            dept_name = fold_name(geo.departments.get(c.department, ("",))[0])
            region_name = fold_name(geo.regions.get(c.region, ""))
            if (dept_name and re.search(rf"\b{re.escape(dept_name)}\b", self.folded)) or (
                    region_name and re.search(rf"\b{re.escape(region_name)}\b", self.folded)):
                return c
        return communes[0]


def _record(commune: Commune | None, start: int, end: int, postal: str | None = None,
            department: str | None = None) -> dict[str, Found]:
    geo = gazetteer()
    found: dict[str, Found] = {"country": Found("FR", start, end)}
    if commune:
        found["city"] = Found(commune.name, start, end)
        department = commune.department
    if postal:
        found["postal_code"] = Found(postal, start, end)
        department = department or department_of_postal(postal)
    if department:
        found["department"] = Found(department, start, end)
        region = geo.departments.get(department, (None, None))[1]
        if region:
            found["region"] = Found(geo.region_name(region), start, end)
    return found


def _read_place(phrase: str, offset: int, context: _Context, department: str | None = None,
                min_population: int = 0, need_city: bool = True) -> dict[str, Found] | None:
    """The place named at the start of ``phrase`` (text at ``offset``)."""
    geo = gazetteer()
    postal = None
    pm = re.match(r"\s*\(?((?:\d{2}\s?\d{3})|\d{2}|2[AB])\)?\s*[-,]?\s*", phrase)
    if pm and len(pm.group(1).replace(" ", "")) == 5:
        postal = pm.group(1).replace(" ", "")
        phrase_rest = phrase[pm.end():]
    elif pm and not department and re.match(r"\s*\d{2}\s+-\s+", phrase):
        department = pm.group(1)
        phrase_rest = phrase[pm.end():]
    else:
        phrase_rest = phrase
    rest_offset = offset + len(phrase) - len(phrase_rest)
    country = _COUNTRY.match(phrase_rest.strip())
    if department and (_DEPT_MARK.search(phrase_rest) or fold_name(phrase_rest) in geo.department_names):
        return _record(None, offset, offset + len(phrase), department=department)
    tokens = list(_TOKEN.finditer(phrase_rest))[:MAX_NAME_TOKENS]
    for n in range(len(tokens), 0, -1):
        name = fold_name(phrase_rest[tokens[0].start():tokens[n - 1].end()])
        communes = geo.by_name.get(name) or geo.by_name.get(re.sub(r"\s+\d{1,2}\s*(?:e|er|eme)?$", "", name) if n > 1 else "")
        if not communes:
            continue
        if department:
            communes = [c for c in communes if c.department == department] or []
        if postal:
            communes = [c for c in communes if postal in c.postal_codes or c.department == department_of_postal(postal)] or communes
        communes = [c for c in communes if c.population >= min_population]
        if not communes:
            continue
        start, end = rest_offset + tokens[0].start(), rest_offset + tokens[n - 1].end()
        tail = phrase_rest[tokens[n - 1].end():]
        abroad = re.match(r"\s*[,(-]?\s*(%s)\b" % _COUNTRY.pattern[3:-3], tail, re.I)
        if abroad and COUNTRIES.get(abroad.group(1).lower()) not in (None, "FR"):
            return {"city": Found(phrase_rest[tokens[0].start():tokens[n - 1].end()], start, end),
                    "country": Found(COUNTRIES[abroad.group(1).lower()], start, end)}
        commune = context.pick(communes, context.text[max(0, start - 40):end + 40])
        other = _OTHER_COMMUNE.match(tail)
        if other and need_city:
            words = fold_name(other.group(1)).split()
            second = next((geo.by_name[" ".join(words[:k])] for k in range(len(words), 0, -1)
                           if " ".join(words[:k]) in geo.by_name), None)
            if second:
                near = [c for c in second if c.department == commune.department]
                found = _record(None, start, end, None, commune.department if near else None)
                return found if near else _record(None, start, end)
        after_postal = re.match(r"\s*[(,-]?\s*(\d{2}\s?\d{3})\b", tail)
        if not postal and after_postal and after_postal.group(1).replace(" ", "") in commune.postal_codes:
            postal = after_postal.group(1).replace(" ", "")
        return _record(commune, start, end, postal if postal and postal in commune.postal_codes else None)
    if country and COUNTRIES[country.group(1).lower()] != "FR":
        return {"country": Found(COUNTRIES[country.group(1).lower()], offset, offset + len(phrase))}
    abroad = re.match(r"\s*(?P<city>[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,2})\s*[(,-]\s*(?P<country>[^)\n,]{3,30})",
                      phrase_rest)
    if abroad and COUNTRIES.get(abroad.group("country").strip().lower(), "FR") != "FR":
        start = rest_offset + abroad.start("city")
        return {"city": Found(abroad.group("city"), start, rest_offset + abroad.end("city")),
                "country": Found(COUNTRIES[abroad.group("country").strip().lower()], start, rest_offset + abroad.end())}
    if department and len(tokens) >= 2:
        # A name cut short ("POISEUL LA VILLE ET LAPERRIER"): the one commune it begins.
        name = fold_name(phrase_rest)
        prefixed = [c for c in geo.by_department.get(department, ()) if fold_name(c.name).startswith(name)]
        if len(prefixed) == 1 and len(name) >= 8:
            return _record(prefixed[0], rest_offset, rest_offset + len(phrase_rest.rstrip()))
    if postal or department:
        return _record(None, offset, offset + len(phrase), postal, department if not postal else None)
    region = _region_only(phrase_rest[:60], rest_offset)
    return region or None


def _postal_and_name(text: str, context: _Context) -> dict[str, Found] | None:
    """A postal code followed by its commune's name, in the offer's first lines."""
    for m in _POSTAL.finditer(text):
        code = m.group(1).replace(" ", "")
        communes = gazetteer().by_postal.get(code)
        if not communes:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if re.search(r"cs\s*\d|bp\s*\d|cedex|adresse|courrier|envoy|à\s+l'attention", text[max(line_start, m.start() - 80):m.end() + 60], re.I):
            continue
        after = text[m.end():m.end() + 60]
        tokens = list(_TOKEN.finditer(after))[:MAX_NAME_TOKENS]
        for n in range(len(tokens), 0, -1):
            name = fold_name(after[tokens[0].start():tokens[n - 1].end()])
            match = [c for c in communes if fold_name(c.name) == name]
            if match:
                return _record(match[0], m.start(), m.end() + tokens[n - 1].end(), code)
    return None


_REGION_ALIAS = re.compile(r"(?:region\s+)?(%s)\b" % "|".join(sorted(REGION_ALIASES, key=len, reverse=True)))


def _region_only(text: str, offset: int = 0) -> dict[str, Found] | None:
    """A région named at the start of ``text`` ("Région parisienne", "Bretagne")."""
    m = _REGION_ALIAS.match(fold_name(text))
    if not m:
        return None
    name = gazetteer().region_name(REGION_ALIASES[m.group(1)])
    return {"region": Found(name, offset, offset + len(text)), "country": Found("FR", offset, offset + len(text))}
