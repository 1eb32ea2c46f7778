"""Work place: commune, postal code, département, région, country.

Communes come from the official list; a homonym (the eight Francheville,
Saint-Denis 93 and 974) is resolved by the postal code, then a département or
région named in the offer, then population. "Paris 11e" and "Ivry/Seine" are read.

Overseas France follows the official list (see :mod:`filon.extract.geo`): a
commune of the overseas départements (971-976) gives its département and
région. The record contract is silent on the collectivités; a commune or a
collectivité named alone gives country ``FR``, the INSEE-like code as
département (975 Saint-Pierre-et-Miquelon, 977 Saint-Barthélemy, 978
Saint-Martin, 986 Wallis et Futuna, 987 Polynésie française, 988
Nouvelle-Calédonie) and the territory's name as région, so that a search by
département or région finds them like any other.

Offers abroad (contract: country the ISO code, department and region null,
city as written) are read from a town of the shipped GeoNames table
(``vocab/abroad.tsv.gz``), a country or a region abroad named as the place
("au Togo", "en Fédération Wallonie-Bruxelles"), "Town (Country)", or a
four-digit postal code before a town ("4000 Liège"). A small town abroad
counts only when the offer shows its country elsewhere (named, an adjective
such as "belge", "asbl", its internet domain); a town abroad that is also a
French commune (Mons) is the commune unless the offer shows that country.

A name that is both a commune and a département or région ("Doubs",
"Vienne", "La Réunion", "Paris") is the commune when a postal code or a
département code near it says so, when the commune is most of the territory
(Paris), or after "à" (except for the overseas islands, which take "à"
themselves: "à la Réunion"); otherwise it is the larger place, the territory.
A département or région named alone gives department and region without a city.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import ahocorasick

from ..geo import Area, Commune, TownAbroad, areas, department_of_postal, fold_name, gazetteer, towns_abroad
from ..vocab.places import (
    AMBIGUOUS_COUNTRY_NAMES,
    AREA_NOT_POST_BEFORE,
    COUNTRIES,
    COUNTRY_DOMAINS,
    COUNTRY_SIGNS,
    EMPLOYER_COUNTRY_SIGNS,
    EMPLOYER_PLACE_WORDS,
    FOREIGN_AREAS,
    FOUR_DIGIT_POSTAL,
    FT_PLACE,
    PLACE_CUES,
    POSTAL_BOX_BEFORE,
    SEAT_CONTEXT,
    STREET_WORDS,
)
from . import Found, alternatives, first_of, lowered, words_at_boundary

_CUES = [alternatives(c) for c in PLACE_CUES]        # run on the lower-cased text, each read by first_of
_FT_PLACE = re.compile(FT_PLACE, re.M)
_POSTAL = re.compile(r"\b((?:0[1-9]|[1-8]\d|9[0-5]|2[AB])\s?\d{3}|97[1-8]\s?\d{2}|98[46-8]\s?\d{2})\b")
# A four-digit postal code abroad before a town: "4000 Liège", "CH-1211 Genève", "L-1616 Luxembourg".
# Any postal code: French (five digits) or a four-digit one before a town.
# (scanned loosely, which is several times faster, then checked in _postal_and_name)
_POSTAL_ANY = re.compile(r"(\d\d\s?\d\d\d?)\b")
_BEFORE_TOWN = re.compile(r"[ \t]+[A-ZÀ-Ý]")
_POSTAL_ABROAD_AT = re.compile(r"\s*(?:(?:B|CH|L)-)?(\d{4})[ \t]+(?:-[ \t]+)?(?=[A-ZÀ-Ý])")   # "1050 - Ixelles" too
_ADDRESS = re.compile(r"\s*(?:[-•*][ \t]*)?(?:\d+[ \t]*(?:bis|ter)?[ \t]*,?[ \t]*)?(?i:%s)\b" % "|".join(STREET_WORDS))
_SEAT = re.compile(SEAT_CONTEXT, re.I)
_POSTAL_BOX = re.compile(POSTAL_BOX_BEFORE, re.I)
_STREET_INSIDE = re.compile(r"(?:^|\s[-–]\s|\d\s*)(?i:%s)\b" % "|".join(STREET_WORDS))
_MONTH_BEFORE = re.compile(r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
                           r"novembre|décembre|decembre|en|depuis|année|an)\s*$", re.I)
_DEPT_CODE = re.compile(r"\((\d{2}|2[AB]|97\d|98[46-8])\)")
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ0-9]+(?:[/'][A-Za-zÀ-ÿ]+)*")
# "à Brignoles et Draguignan": a second commune named beside the first.
_OTHER_COMMUNE = re.compile(r"\s*(?:et|ou|&|/)\s*(?:à\s+)?([A-ZÉ][\w'-]+(?:[\s-][\w'-]+){0,3})")
_DEPT_MARK = re.compile(r"\(d[ée]pt\.?\)|\bdépartement\b", re.I)
_A_CITY = re.compile(r"(?:%s)\s+(?=[A-ZÉÈ])" % words_at_boundary(("à", "sur", "au", "aux")))
# "au Mans", "aux Mureaux": the preposition holds the article of the commune's name ("Le Mans",
# "Les Mureaux"), of the same length with its space, so the evidence stays where the name is written.
_NAME_ARTICLE = {"au": "Le ", "aux": "Les "}
# A larger place after its preposition, capitalised; the word after any
# article is checked against the first words of the names before a lookup.
_AREA_CUE = re.compile(r"[\s(](?P<cue>[eE]n|[aA]ux?|[àÀ]|[dD]ans|[sS]ur|[rR]égion)\s+"
                       r"(?P<article>(?:la|le|les)\s+|l['’]\s*)?(?P<word>[A-ZÀ-Ý][a-zà-ÿ]*)")
# The place line of a France Travail page that gives no more than the country,
# and one that names a région or a country ("Hauts-de-France", "Québec Canada").
_IN_FRANCE = re.compile(r"^France[ \t]*$", re.M)
_FT_HEADER_PLACE = re.compile(r"^Publié le [^\n]*\n(?P<place>[^\d\n][^\n]{1,60})$", re.M)
_PREPOSITION = re.compile(r"(?:^|[\s(])(à|au|aux|en|dans\s+(?:le|la|les|l')|sur)\s*$")
_SEPARATOR = re.compile(r"\s*[,(–-]?\s*")
MAX_NAME_TOKENS = 7
BIG_CITY = 20_000
KNOWN_TOWN_ABROAD = 50_000     # a town abroad this big counts without its country shown elsewhere


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
        for m in first_of(cue, low):
            end = text.find("\n", m.end())
            found = _place_line(text[m.end():(len(text) if end < 0 else end)][:120], m.end(), context)
            if found and "city" not in found and "department" in found:
                # "Localisation : Hauts-de-Seine", then "à Nanterre" in the text: the commune, in that département.
                return _commune_in(text, context, found["department"].value) or found
            if found:
                return found
    found = _postal_and_name(text, context)
    if found:
        return found
    # Running text: a French place before one abroad, which counts only where
    # the offer shows its country and does not say it is in France.
    abroad = coded_area = None
    for m in _A_CITY.finditer(text):
        if _SEAT.search(text, max(0, m.start() - 40), m.start()):
            continue                     # "Son siège se situe à Paris": the employer's, not the post's
        # A small commune counts when a département or postal code follows it.
        phrase = text[m.end():m.end() + 80]
        coded = re.match(r"[^\n(]{2,50}\((?:\d{2}|2[AB]|\d{5})\)", phrase)
        found = _place_after(m, text, context, min_population=0 if coded else BIG_CITY)
        if found and "city" in found:
            if found["country"].value == "FR":
                return found
            abroad = abroad or found
        elif found and coded and "department" in found:
            coded_area = coded_area or found     # "sur Saint-Maximin et Brignoles (83)": two communes, one département
    found = _commune_line(text, context) or _employer_commune(text, context) or coded_area or _coded_name(text) \
        or _repeated_commune(text, context)
    if found:
        return found
    # A France Travail page's région or country line, less precise than a town in its text.
    header = _FT_HEADER_PLACE.search(text, 0, 600)
    found = header and _read_place(header.group("place"), header.start("place"), context, need_city=False)
    if found:
        return found
    found = _area_named(text)
    if found and found["country"].value == "FR":
        return found
    if _IN_FRANCE.search(text, 0, 600):
        return {}
    if abroad and context.shows(abroad["country"].value):
        return abroad
    return found or _city_abroad_named(text, context) or _employer_country(text) or _country_shown(text, context) or {}


def _repeated_commune(text: str, context: _Context) -> dict[str, Found] | None:
    """A small French commune after "à" in running text, named at least twice in the offer
    ("notre habitat est ouvert à Sathonay-Camp", "une Maison d'Enfants à Biron ... répartis à Biron"):
    the place the offer keeps returning to. Named once, a small commune may be anyone's."""
    for m in _A_CITY.finditer(text):
        if _SEAT.search(text, max(0, m.start() - 40), m.start()):
            continue
        found = _place_after(m, text, context, min_population=0)
        city = found and found.get("city")
        if city and found["country"].value == "FR" and \
                len(re.findall(r"(?<![\w-])%s(?![\w-])" % re.escape(city.value), text)) >= 2:
            return found
    return None


def _city_abroad_named(text: str, context: _Context) -> dict[str, Found] | None:
    """The one city abroad that an offer naming no place of France names twice, however it names it
    ("la Table des groupes de femmes de Montréal", "la région de Montréal"): a well-known one, or one
    of the country the offer shows, far bigger than any French commune of its name."""
    seen: dict[tuple[str, str], list[re.Match]] = {}
    geo = gazetteer()
    for m in _CAPITALISED_NAME.finditer(text, 0, CITY_ABROAD_CHARS):
        if _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
            continue                     # any word is capitalised there ("Guider et accompagner l'équipe")
        name = fold_name(m.group())
        towns = towns_abroad().get(name)
        if not towns:
            continue
        town = _town_abroad(towns, context, KNOWN_TOWN_ABROAD)
        french = max((c.population for c in geo.by_name.get(name, ())), default=0)
        if town and town.population >= FOREIGN_NAMESAKE_RATIO * french:      # Montréal (Québec), not Montréal (Aude)
            seen.setdefault((name, town.country), []).append(m)
    if len(seen) != 1 or len(next(iter(seen.values()))) < CITY_ABROAD_MENTIONS:
        return None                      # named once, a city may be a citation's or a partner's
    (_, country), (m, *_) = next(iter(seen.items()))
    return _abroad_record(m.group(), country, m.start(), m.end())


# How many times the offer names the city, never at a sentence's start, in its first characters.
CITY_ABROAD_CHARS = 6000
CITY_ABROAD_MENTIONS = 2
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n[\s#*•-]*)\Z")
# How much bigger than its French namesakes a city abroad must be to be meant by its name alone.
FOREIGN_NAMESAKE_RATIO = 20
# A capitalised name of one to three words ("Montréal", "Abidjan", "Saint-Gilles").
_CAPITALISED_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+){0,2}(?![\w-])")


def _employer_country(text: str) -> dict[str, Found] | None:
    """The one foreign country that the offer's e-mail addresses ("candidature@lecfs.be") and the
    employer's signs (an asbl, a Belgian province: EMPLOYER_COUNTRY_SIGNS) all point to, none
    French: an offer that names no place is where its employer is."""
    low = lowered(text)
    if _MAILBOX_FRENCH.search(low):
        return None
    found = {m.group(1).upper(): m.span(1) for m in _MAILBOX_DOMAIN.finditer(low)}
    for m in _EMPLOYER_SIGN.finditer(low):
        found.setdefault(EMPLOYER_COUNTRY_SIGNS[m.group(1)], m.span(1))
    if len(found) != 1:
        return None
    (code, (start, end)), = found.items()
    return {"country": Found(code, start, end)}


def _country_shown(text: str, context: _Context) -> dict[str, Found] | None:
    """The one country other than France that an offer naming no place shows (its name, a region or
    a town of it, its adjective, its internet domain), with no French mailbox: an NGO's post "au
    Sénégal", a Quebec community group's "secteur communautaire québécois". Its evidence is the
    whole offer (the sign is found on the folded text)."""
    low = lowered(text)
    if _MAILBOX_FRENCH.search(low) or _FRANCE_NAMED.search(low):
        return None
    countries = context.countries(ignoring=_AMBIGUOUS)
    if len(countries) != 1:
        return None
    return {"country": Found(next(iter(countries)), 0, 0)}


_AMBIGUOUS = frozenset(fold_name(name) for name in AMBIGUOUS_COUNTRY_NAMES)
# France or its adjective, not the language ("une association de droit français", not "le français écrit").
_FRANCE_NAMED = re.compile(r"\bfrance\b|(?<!\ble )(?<!\bdu )(?<!\ben )(?<!\bbon )\bfrançaise?s?\b")


def _coded_name(text: str) -> dict[str, Found] | None:
    """A capitalised commune's name followed by its own département's code in brackets, whatever
    stands before it ("a vu le jour autour de Belmont (67)", "le Centre social de Croix (59)"): the
    code makes the name a place even without "à"."""
    geo = gazetteer()
    for code in _DEPT_CODE.finditer(text):
        department = code.group(1)
        if department not in geo.departments:
            continue
        end = len(text[:code.start()].rstrip(" \t"))
        found = _name_before(text, end, lambda written, department=department: [
            c for c in geo.by_name.get(fold_name(written), ()) if c.department == department and written[:1].isupper()])
        if found:
            return _record(found[0], found[1], code.end())
    return None


def _commune_line(text: str, context: _Context) -> dict[str, Found] | None:
    """A line of a page's opening that is a commune's name and nothing else: a board's metadata
    ("informations générales" / "Sablé-sur-Sarthe" / "CDD")."""
    end = text.find("\n", COMMUNE_LINE_CHARS)                # a whole line: "$" at a cut would end a word
    for m in _NAME_LINE.finditer(text, 0, len(text) if end < 0 else end):
        name = m.group(1)
        found = _commune_named(name, m.start(1), context)
        if found:
            return found
    return _commune_field(text, end, context)


def _commune_field(text: str, end: int, context: _Context) -> dict[str, Found] | None:
    """A listing card's or board's metadata line of short fields, one of them a commune's name
    ("CDI | Paris | Posté le 18 avril 2016", "22 / Le Mené / Côtes d'Armor")."""
    head = text if end < 0 else text[:end]
    if not any(separator in head for separator in _FIELD_SEPARATORS):
        return None
    pos = 0
    for line in head.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if len(line) > 200 or not any(separator in line for separator in _FIELD_SEPARATORS) \
                or not _FIELDS_LINE.fullmatch(line):
            continue
        at = start
        for part in _FIELD_SEPARATOR.split(line):
            name = part.strip()
            name_start = text.find(name, at)
            at = name_start + len(name)
            if not _NAME_LINE.fullmatch(name):
                continue
            found = _commune_named(name, name_start, context)
            if found:
                return found
    return None


# A short line of two to five fields between bars, slashes or bullets.
_FIELD_SEPARATORS = (" | ", " / ", " • ", " · ")
_FIELD_SEPARATOR = re.compile(r"[ \t]+[|/•·][ \t]+")
_FIELDS_LINE = re.compile(r"[^\n|/•·]{1,40}(?:[ \t]+[|/•·][ \t]+[^\n|/•·]{1,40}){1,4}[ \t]*")


def _employer_commune(text: str, context: _Context) -> dict[str, Found] | None:
    """The commune that an employer's name holds ("Centre social de Croix", "l'Université de Lille",
    "l'école des Mines de Nantes"; vocab ``EMPLOYER_PLACE_WORDS``), the longest name that is one."""
    for m in _EMPLOYER_WORD.finditer(text, 0, min(len(text), EMPLOYER_PLACE_CHARS)):
        for t in _OF_NAME.finditer(text, m.end(), min(len(text), m.end() + 50)):
            words = t.group("n").split()
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n])
                found = _commune_named(name, t.start("n"), context)
                if found:
                    return found
    return None


_EMPLOYER_WORD = re.compile(r"(?i:\b(?:%s))\b" % "|".join(EMPLOYER_PLACE_WORDS))
_OF_NAME = re.compile(r"\b(?:de|d['’]|du)[ \t]+(?P<n>[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’-]*|sur|sous|en|lès)){0,3})")
EMPLOYER_PLACE_CHARS = 800     # the opening, where the employer presents itself (later: partners, "la ville de Paris")


# A line of one to four capitalised words (and the joining words of place names).
_NAME_LINE = re.compile(r"^[ \t]*([A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’-]*|sur|sous|en|le|la|les|de|du|des|lès)){0,3})[ \t]*$",
                        re.M)
COMMUNE_LINE_CHARS = 1500     # how far into a page its metadata lines stand


def title_place(text: str, start: int, end: int) -> dict[str, Found]:
    """The commune that ends a title, after a dash, a bar or a comma ("Chargé.e de coordination –
    MONTPELLIER", "chargé de projet, H/F, Paris, France"): the place when the text names none."""
    title = text[start:end]
    cuts = [m.end() for m in _TITLE_JOINT.finditer(title)]
    context = _Context(text)
    for cut in reversed(cuts):
        part = title[cut:]
        stop = _TITLE_JOINT.search(part)
        part = part[:stop.start()] if stop else part
        name = part.strip(" .()")
        if not name or len(name.split()) > TITLE_TOWN_WORDS:
            continue
        at = start + cut + part.find(name)
        found = _commune_named(name, at, context)
        if found:
            return found
    return {}


def _commune_named(name: str, at: int, context: _Context) -> dict[str, Found] | None:
    """The place of ``name`` when the whole of it is a commune's name, not a hamlet's
    (``TITLE_TOWN_POPULATION``): a short line, a field or a title's end that is a town."""
    found = _read_place(name, at, context, min_population=TITLE_TOWN_POPULATION)
    return found if found and "city" in found and found["city"].end - found["city"].start == len(name) else None


_TITLE_JOINT = re.compile(r"\s[–—-]\s|\s*[|,]\s*")
TITLE_TOWN_WORDS = 4             # a town at a title's end is a short part
TITLE_TOWN_POPULATION = 2_000    # ... and no hamlet named like a word ("Mission", "Environnement")


def _commune_in(text: str, context: _Context, department: str) -> dict[str, Found] | None:
    """A commune of ``department`` that the text names after "à" or "sur"."""
    for m in _A_CITY.finditer(text):
        if _SEAT.search(text, max(0, m.start() - 40), m.start()):
            continue
        found = _place_after(m, text, context, department=department)
        if found and "city" in found:
            return found
    return None


def _place_after(m: re.Match, text: str, context: _Context, **options) -> dict[str, Found] | None:
    """The place named after a preposition ("à Lyon", "sur Rennes"); after "au" or "aux", only a
    commune whose name opens with the article they hold ("au Havre": Le Havre)."""
    article = _NAME_ARTICLE.get(m.group().split()[0].lower())
    if article is None:
        return _read_place(text[m.end():m.end() + 80], m.end(), context, **options)
    offset = m.end() - len(article)
    found = _read_place(article + text[m.end():m.end() + 80], offset, context, **options)
    city = found.get("city") if found else None
    return found if city and city.value.lower().startswith(article.lower()) else None


def _place_line(line: str, offset: int, context: _Context) -> dict[str, Found] | None:
    """The place of a place line, read part by part (its commas part it): a street address is
    passed over, or read from its postal code on ("PL DE LA MAIRIE, Chailland (Mayenne (53))",
    "20 avenue de Ségur - 75 007 Paris, ..."); the first part that names a place wins, unless it
    names only a country or a région and a later part names the commune by its code ("France,
    Ile de France, 92 - Saint-Cloud")."""
    abroad = _country_last(line, offset)
    words = line.split()
    if abroad and len(words) <= COUNTRY_LINE_WORDS and all(_PLACE_WORD.match(w) for w in words) and words[0][:1].isupper():
        return abroad                    # "Extrême Nord Cameroun", "Tawila Soudan": a place in that country, not the Nord (59)
    cut = 0
    addressed = False                    # a later part is read only after an address ("... - bp 91006, Strasbourg")
    broad = None                         # a country or région first: a later part with a code may name the commune
    for part in line.split(","):
        at = offset + cut
        cut += len(part) + 1
        if _ADDRESS.match(part):
            code = next((c for c in _POSTAL.finditer(part) if not _POSTAL_BOX.search(part, 0, c.start())), None)
            found = code and _read_place(part[code.start():], at + code.start(), context)
        elif at == offset:
            found = _read_place(line, at, context)
        elif broad:                      # "France, Ile de France, 92 - Saint-Cloud"
            found = _read_place(part, at, context) if _CODED_PART.match(part) else None
        else:
            found = _read_place(part, at, context) if addressed else None
        if found and not broad and "city" not in found and "department" not in found:
            broad = found
            continue
        if found:
            return found
        # ... or after a town the lists lack: "Marigot, Saint-Martin".
        addressed = (addressed or bool(_ADDRESS.match(part)) or bool(_STREET_INSIDE.search(part))
                     or bool(_NAME_LINE.fullmatch(part.strip())))
    return broad or _country_last(line, offset)


# How many words a place line ending on a foreign country may hold to be read as a town of that country.
COUNTRY_LINE_WORDS = 4
# A part of a place line that names its commune by a code: "92 - Saint-Cloud", "Rennes (35)", "35000 Rennes".
_CODED_PART = re.compile(r"\s*(?:(?:\d{2,3}|2[AB])\s*-\s*\S|[^()\n]*\((?:\d{2,3}|2[AB]|\d{5})\)|[^\n]*\b\d{5}\b)")


_PLACE_WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]*|(?:sur|sous|en|le|la|les|de|du|des|lès)$")


def _country_last(line: str, offset: int) -> dict[str, Found] | None:
    """A town the list does not know, then its country: "Tawila Soudan", "Adakié/Côte d'Ivoire"."""
    line = line.rstrip(" .;")
    words = line.split()
    for n in range(min(3, len(words)), 0, -1):
        suffix = " ".join(words[-n:])
        head, _, last = suffix.rpartition("/")
        area = areas().get(fold_name(last))
        if area is None or area.kind != "country" or area.code == "FR":
            continue
        start = offset + len(line) - len(last)
        city = (" ".join(words[:-n]) + " " + head).strip(" ,-/(")
        if (city and len(city.split()) <= 3 and all(_PLACE_WORD.match(w) for w in city.split())
                and areas().get(fold_name(city)) is None):          # "en France et au Québec": no town
            return _abroad_record(city, area.code, offset + line.find(city), offset + len(line))
        return {"country": Found(area.code, start, offset + len(line))}
    return None


class _Context:
    """What else the offer says that resolves homonyms: postal codes, départements, countries."""

    def __init__(self, text: str):
        self.text = text
        self._folded: str | None = None
        self._countries: set[str] | None = None
        self._signs: list[str] | None = None
        self._domains: set[str] = set()

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold_name(self.text)
        return self._folded

    def shows(self, country: str) -> bool:
        """Whether the offer names ``country``, a region of it, its adjective or its internet domain."""
        if self._countries is None:
            self._countries = self.countries()
        return country in self._countries

    def countries(self, ignoring: frozenset[str] = frozenset()) -> set[str]:
        """The countries other than France that the offer shows, its words in ``ignoring`` aside."""
        if self._signs is None:
            self._signs = _signs_in(self.folded)
            self._domains = {m.group(1).upper() for m in _DOMAIN.finditer(lowered(self.text))}
        return {_SIGNS[name] for name in self._signs if name not in ignoring} | self._domains

    def preposition(self, start: int) -> str | None:
        """The preposition written just before ``start`` ("à", "en", "dans le"...)."""
        m = _PREPOSITION.search(lowered(self.text)[max(0, start - 12):start])
        return m.group(1) if m else None

    def named(self, communes: list[Commune]) -> Commune | None:
        """The first of ``communes`` whose département or région the offer names."""
        geo = gazetteer()
        for c in communes:
            dept_name = fold_name(geo.departments.get(c.department, ("",))[0])
            region_name = fold_name(geo.regions.get(c.region, ""))
            if (dept_name and re.search(rf"\b{re.escape(dept_name)}\b", self.folded)) or (
                    region_name and re.search(rf"\b{re.escape(region_name)}\b", self.folded)):
                return c
        return None

    def coded(self, communes: list[Commune], near: str) -> Commune | None:
        """The one of ``communes`` that a postal code or a (département code) in ``near`` points to."""
        for code in _POSTAL.findall(near):
            code = code.replace(" ", "")
            for c in communes:
                if code in c.postal_codes or c.department == code[:2]:
                    return c
        dept_codes = _DEPT_CODE.findall(near)
        for c in communes:
            if c.department in dept_codes:
                return c
        return None

    def pick(self, communes: list[Commune], near: str) -> Commune:
        if len(communes) == 1:
            return communes[0]
        return self.coded(communes, near) or self.named(communes) or communes[0]


_SIGNS = {fold_name(k): v for k, v in {**COUNTRIES, **FOREIGN_AREAS, **COUNTRY_SIGNS}.items() if v != "FR"}
_DOMAIN = re.compile(r"[a-z0-9]\.(%s)\b(?![.-])" % "|".join(COUNTRY_DOMAINS))
_MAILBOX_DOMAIN = re.compile(r"@[a-z0-9.-]+\.(%s)\b(?!-|\.\w)" % "|".join(COUNTRY_DOMAINS))
_EMPLOYER_SIGN = re.compile(r"(?<![\w.])(%s)(?![\w-])" % "|".join(re.escape(s) for s in sorted(EMPLOYER_COUNTRY_SIGNS, key=len, reverse=True)))
_MAILBOX_FRENCH = re.compile(r"@[a-z0-9.-]+\.(?:fr|re|gp|mq|gf|yt|pm|nc|pf|wf)\b(?!-|\.\w)")
_SIGN_AUTOMATON: list[ahocorasick.Automaton] = []


def _signs_in(folded: str) -> list[str]:
    """The names and words of folded text that show a country (``_SIGNS``' keys, whole words, a plural
    "s" allowed), the longest at each place and none overlapping, left to right. An Aho-Corasick
    automaton of the few hundred names, built on first need: one pass, where a regex alternation of
    them took 17 ms to compile."""
    if not _SIGN_AUTOMATON:
        automaton = ahocorasick.Automaton()
        for name in _SIGNS:
            automaton.add_word(name, name)
        automaton.make_automaton()
        _SIGN_AUTOMATON.append(automaton)
    found = []
    for last, name in _SIGN_AUTOMATON[0].iter(folded):
        start, end = last - len(name) + 1, last + 1
        if start and folded[start - 1].isalnum():
            continue
        if end < len(folded) and folded[end] == "s" and not folded[end + 1:end + 2].isalnum():
            end += 1                                          # "belges"
        if end < len(folded) and folded[end].isalnum():
            continue
        found.append((start, -end, name))
    signs, reached = [], 0
    for start, minus_end, name in sorted(found):
        if start >= reached:
            signs.append(name)
            reached = -minus_end
    return signs


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


def _area_record(area: Area, start: int, end: int) -> dict[str, Found]:
    """A département, région or country without a town."""
    if area.kind == "department":
        return _record(None, start, end, department=area.code)
    if area.kind == "region":
        return {"region": Found(gazetteer().region_name(area.code), start, end), "country": Found("FR", start, end)}
    return {"country": Found(area.code, start, end)}


def _abroad_record(city: str, country: str, start: int, end: int, postal: str | None = None) -> dict[str, Found]:
    found = {"city": Found(city, start, end), "country": Found(country, start, end)}
    if postal:
        found["postal_code"] = Found(postal, start, end)
    return found


def _area_at(text: str, max_tokens: int = 6) -> tuple[Area, int] | None:
    """The larger place (département, région, country) named at the start of ``text``, and its end."""
    tokens = list(_TOKEN.finditer(text[:80]))[:max_tokens]
    index = areas()
    for n in range(len(tokens), 0, -1):
        area = index.get(fold_name(text[tokens[0].start():tokens[n - 1].end()]))
        if area:
            return area, tokens[n - 1].end()
    return None


def _country_after(tail: str) -> str | None:
    """The foreign country named right after a town: "Mons (Belgique)", "Lomé, Togo"."""
    sep = _SEPARATOR.match(tail)
    found = _area_at(tail[sep.end():], 4) if sep.end() else None
    return found[0].code if found and found[0].kind == "country" else None


def _town_abroad(towns: list[TownAbroad], context: _Context, min_population: int) -> TownAbroad | None:
    """The town abroad meant, when the offer shows its country or the town is well known."""
    for town in towns:
        if context.shows(town.country):
            return town                  # "dans ses bureaux à Bierges" on a page that writes from a .be address
    return next((t for t in towns if t.population >= max(min_population, KNOWN_TOWN_ABROAD)), None)


def _commune_or_area(communes: list[Commune], area: Area, context: _Context, near: str,
                     start: int) -> Commune | None:
    """A name both a commune and a French département or région: the commune, or None for the area."""
    geo = gazetteer()
    for code in _POSTAL.findall(near):
        exact = [c for c in communes if code.replace(" ", "") in c.postal_codes]
        if exact:
            return exact[0]
    inside = [c for c in communes if area.code == (c.department if area.kind == "department" else c.region)]
    chosen = context.coded(communes, near)
    if chosen and chosen not in inside:
        return chosen
    if inside and 2 * inside[0].population >= geo.population.get((area.kind, area.code), 0):
        return inside[0]                       # Paris, Saint-Barthélemy: the commune is the territory
    if context.preposition(start) == "à" and not area.overseas:
        return chosen or context.pick(communes, near)
    return context.named([c for c in communes if c not in inside])


def _read_place(phrase: str, offset: int, context: _Context, department: str | None = None,
                min_population: int = 0, need_city: bool = True) -> dict[str, Found] | None:
    """The place named at the start of ``phrase`` (text at ``offset``)."""
    geo = gazetteer()
    postal = postal_abroad = None
    pm = re.match(r"\s*\(?((?:\d{2}\s?\d{3})|\d{2}|2[AB])\)?\s*[-,]?\s*", phrase)
    fm = _POSTAL_ABROAD_AT.match(phrase)
    if fm:
        postal_abroad = fm.group(1)
        phrase_rest = phrase[fm.end():]
    elif pm and len(pm.group(1).replace(" ", "")) == 5:
        postal = pm.group(1).replace(" ", "")
        phrase_rest = phrase[pm.end():]
    elif pm and not department and re.match(r"\s*\d{2}\s+-\s+", phrase):
        department = pm.group(1)
        phrase_rest = phrase[pm.end():]
    else:
        phrase_rest = phrase
    rest_offset = offset + len(phrase) - len(phrase_rest)
    if department and (_DEPT_MARK.search(phrase_rest) or fold_name(phrase_rest) in geo.department_names):
        return _record(None, offset, offset + len(phrase), department=department)
    tokens = list(_TOKEN.finditer(phrase_rest))[:MAX_NAME_TOKENS]
    for n in range(len(tokens), 0, -1):
        written = phrase_rest[tokens[0].start():tokens[n - 1].end()]
        if "(" in written:
            continue                             # "Saint-Maximin (83": the name, then its code, is read below
        name = fold_name(written)
        start, end = rest_offset + tokens[0].start(), rest_offset + tokens[n - 1].end()
        tail = phrase_rest[tokens[n - 1].end():]
        communes = geo.by_name.get(name) or geo.by_name.get(re.sub(r"\s+\d{1,2}\s*(?:e|er|eme)?$", "", name) if n > 1 else "")
        if not communes and department:           # "78 - Mureaux": a board's line drops the name's article
            communes = next((geo.by_name[f"{a} {name}"] for a in ("les", "le", "la") if f"{a} {name}" in geo.by_name), None)
        capitalised = _capitalised(written) and not (department or postal)
        area = (areas().get(name) or areas().get(_FOLDED_ARTICLE.sub("", name))) if capitalised else None   # "le Pas-de-Calais"
        towns = towns_abroad().get(name, []) if capitalised else []
        if area and area.kind == "country" and not communes and context.preposition(start) != "à":
            return _area_record(area, start, end)          # "au Luxembourg", "Québec Canada"
        abroad = _country_after(tail) if communes or towns else None
        if abroad and abroad != "FR":
            return _abroad_record(written, abroad, start, end)
        if postal_abroad:
            town = next((t for t in towns if t.country in FOUR_DIGIT_POSTAL), None)
            if town:
                return _abroad_record(written, town.country, start, end, postal_abroad)
            continue
        if communes and not (department or postal):
            coded = _CODED_AFTER.match(tail)
            if coded:                            # "Saint-Maximin (83)", "Saint-Maximin et Brignoles (83)"
                found = _coded_commune(communes, name, coded, start, rest_offset + tokens[n - 1].end())
                if found:
                    return found
        if communes:
            if department:
                communes = [c for c in communes if c.department == department] or []
            if postal:
                communes = [c for c in communes if postal in c.postal_codes or c.department == department_of_postal(postal)] or communes
            communes = [c for c in communes if c.population >= min_population]
        if communes:
            near = context.text[max(0, start - 40):end + 40] if offset else phrase
            town = _town_abroad(towns, context, 0)
            if town and context.shows(town.country) and not context.coded(communes, near) \
                    and 10 * town.population >= max(c.population for c in communes):    # not Lille for a Belgian hamlet
                return _abroad_record(written, town.country, start, end)
            if area and area.kind != "country":
                commune = _commune_or_area(communes, area, context, near, start)
                if commune is None:
                    return _area_record(area, start, end)
                communes = [commune]
            return _commune_found(communes, phrase_rest, tokens[n - 1].end(), start, end, postal, context, need_city)
        if area:
            return _area_record(area, start, end)
        town = _town_abroad(towns, context, min_population)
        if town:
            return _abroad_record(written, town.country, start, end)
    abroad = re.match(r"\s*(?P<city>[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,2})(?=\s*[(,-]\s*[^)\n,]{3,30})", phrase_rest)
    country = _country_after(phrase_rest[abroad.end():]) if abroad else None
    if country and country != "FR":
        start = rest_offset + abroad.start("city")
        return _abroad_record(abroad.group("city"), country, start, rest_offset + abroad.end("city"))
    if department and len(tokens) >= 2:
        # A name cut short ("POISEUL LA VILLE ET LAPERRIER"): the one commune it begins.
        name = fold_name(phrase_rest)
        prefixed = [c for c in geo.by_department.get(department, ()) if fold_name(c.name).startswith(name)]
        if len(prefixed) == 1 and len(name) >= 8:
            return _record(prefixed[0], rest_offset, rest_offset + len(phrase_rest.rstrip()))
    if postal or department:
        return _record(None, offset, offset + len(phrase), postal, department if not postal else None)
    prefix = _AREA_PREFIX.match(phrase_rest.lstrip())
    found = _area_at(phrase_rest.lstrip()[prefix.end():]) if prefix else None
    if found:
        return _area_record(found[0], rest_offset, rest_offset + len(phrase_rest))
    return None


# A département's code in brackets after a commune's name, or after a second name joined by "et".
_CODED_AFTER = re.compile(r"(?P<other>\s+et\s+[A-ZÀ-Ý][\w'’-]*(?:[ -][\w'’-]+){0,4}?)?\s*\((?P<code>\d{2}|2[AB]|97\d|98[46-8])\)")


def _coded_commune(communes: list[Commune], name: str, coded: re.Match, start: int, end: int) -> dict[str, Found] | None:
    """The place a département's code after a name gives: two communes joined by "et", the département
    alone; a name none of whose communes is in it, the one commune of it that the name begins
    ("Saint-Maximin (83)": Saint-Maximin-la-Sainte-Baume), else the département alone; otherwise None
    (the code confirms a commune, read as usual)."""
    department = coded.group("code")
    code_end = end + coded.end()
    if coded.group("other"):
        return _record(None, start, code_end, department=department)
    if any(c.department == department for c in communes):
        return None
    prefixed = [c for c in gazetteer().by_department.get(department, ()) if fold_name(c.name).startswith(name + " ")]
    if len(prefixed) == 1:
        return _record(prefixed[0], start, code_end)
    return _record(None, start, code_end, department=department)


def _capitalised(written: str) -> bool:
    """Whether a name is written as a proper name ("Liège", "la Réunion"), not a word."""
    article = _ARTICLE.match(written)
    return written[article.end() if article else 0:][:1].isupper()


_ARTICLE = re.compile(r"(?:la|le|les)\s+|l['’]\s*")
_FOLDED_ARTICLE = re.compile(r"^(?:la|le|les|l) ")
# What may stand before a larger place's name: "la Réunion", "Région Occitanie", "le département du Var".
_AREA_PREFIX = re.compile(r"(?:(?:la\s+)?r[ée]gion|(?:le\s+)?d[ée]partement)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+)?"
                          r"|(?:la|le|les)\s+|l['’]\s*", re.I)


def _commune_found(communes: list[Commune], phrase_rest: str, name_end: int, start: int, end: int,
                   postal: str | None, context: _Context, need_city: bool) -> dict[str, Found]:
    """The record of the commune named at ``start``-``end``, read with what follows it."""
    geo = gazetteer()
    commune = context.pick(communes, context.text[max(0, start - 40):end + 40])
    tail = phrase_rest[name_end:]
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


def _mailing(text: str, start: int, end: int) -> bool:
    """Whether the postal code at ``start``-``end`` is that of a mailing address."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(re.search(r"cs\s*\d|bp\s*\d|cedex|adresse|courrier|envoy|à\s+l'attention",
                          text[max(line_start, start - 80):end + 60], re.I))


def _postal_and_name(text: str, context: _Context) -> dict[str, Found] | None:
    """A postal code followed by its commune's name; failing that, a four-digit
    postal code followed by its town abroad ("4000 Liège"). One scan for both."""
    abroad: dict[str, Found] | None = None
    for m in _POSTAL_ANY.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue                           # inside a longer number or a word
        code = m.group(1).replace(" ", "")
        if len(code) == 4:
            if (code == m.group(1) and not abroad and _BEFORE_TOWN.match(text, m.end())
                    and not _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                abroad = _town_after_postal(text, m)
            continue
        communes = gazetteer().by_postal.get(code)
        if not communes or _mailing(text, m.start(), m.end()):
            continue
        after = text[m.end():m.end() + 60]
        tokens = list(_TOKEN.finditer(after))[:MAX_NAME_TOKENS]
        for n in range(len(tokens), 0, -1):
            name = fold_name(after[tokens[0].start():tokens[n - 1].end()])
            match = [c for c in communes if fold_name(c.name) == name]
            if match:
                return _record(match[0], m.start(), m.end() + tokens[n - 1].end(), code)
        found = _commune_before(text, m, communes, code)
        if found:
            return found
    return abroad


def _commune_before(text: str, m: re.Match, communes: list[Commune], code: str) -> dict[str, Found] | None:
    """The commune named on its line just before its postal code in brackets, a card's place line
    ("@ Mairie d'Orsay, Orsay (91400)", "RION DES LANDES   (40370)")."""
    opening = _BRACKET_BEFORE.search(text, max(0, m.start() - 4), m.start())
    if not opening or not text.startswith(")", m.end()):
        return None
    found = _name_before(text, opening.start(), lambda written: [c for c in communes if fold_name(c.name) == fold_name(written)])
    return _record(found[0], found[1], m.end() + 1, code) if found else None


def _name_before(text: str, end: int, communes_named: Callable[[str], list[Commune]]) -> tuple[Commune, int] | None:
    """The first commune ``communes_named`` gives for the longest run of words ending at ``end`` on
    its line (at most ``MAX_NAME_TOKENS``), and where that run starts."""
    line_start = text.rfind("\n", 0, end) + 1
    tokens = list(_TOKEN.finditer(text, line_start, end))[-MAX_NAME_TOKENS:]
    for token in tokens:
        found = communes_named(text[token.start():end])
        if found:
            return found[0], token.start()
    return None


_BRACKET_BEFORE = re.compile(r"[ \t]*\(\Z")


def _town_after_postal(text: str, m: re.Match) -> dict[str, Found] | None:
    """The town abroad named after the four-digit postal code ``m``, of a country that writes them.

    A mailing address still gives the town and country, without its postal code."""
    after = text[m.end():m.end() + 60]
    tokens = list(_TOKEN.finditer(after))[:4]
    for n in range(len(tokens), 0, -1):
        written = after[tokens[0].start():tokens[n - 1].end()]
        town = next((t for t in towns_abroad().get(fold_name(written), ()) if t.country in FOUR_DIGIT_POSTAL), None)
        if town:
            start, end = m.end() + tokens[0].start(), m.end() + tokens[n - 1].end()
            postal = None if _mailing(text, m.start(), m.end()) else m.group(1)
            return _abroad_record(written, town.country, start, end, postal)
    return None


def _area_first_words() -> frozenset[str]:
    """First words of the larger places' names, after any article ("reunion" for "la reunion")."""
    if not _FIRST_WORDS:
        words = {re.sub(r"^(?:la|le|les|l) ", "", name).split()[0] for name in areas()}
        _FIRST_WORDS.append(frozenset(words))
    return _FIRST_WORDS[0]


_FIRST_WORDS: list[frozenset[str]] = []
_AREA_NOT_POST = re.compile("|".join(AREA_NOT_POST_BEFORE), re.I)
AREA_CLAUSE_CHARS = 80


def _area_named(text: str) -> dict[str, Found] | None:
    """A département, région, territory or country named after its preposition
    ("dans le Var", "en Guyane", "à la Réunion", "au Togo", "en Fédération Wallonie-Bruxelles").

    After "à" or "au" only an island or a country counts: "à Vienne" is the town.
    The name must be capitalised as written: "en somme" is no département.
    A place in France wins over one abroad named before it ("missions en Belgique, poste en Bretagne")."""
    first_words = _area_first_words()
    abroad = None
    for m in _AREA_CUE.finditer(text):
        word = m.group("word").lower()
        if (word if word.isascii() else fold_name(word)) not in first_words:
            continue
        start = m.start("article") if m.group("article") else m.start("word")
        found = _area_at(text[start:start + 80])
        if not found and m.group("article"):
            found = _area_at(text[m.start("word"):m.start("word") + 80])
        if not found:
            continue
        area, length = found
        if m.group("cue").lower() in ("à", "au", "aux") and not (area.overseas or area.kind == "country"):
            continue                           # "à Vienne" is the town, "au Nord" a direction
        clause = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()), m.start() - AREA_CLAUSE_CHARS)
        if _AREA_NOT_POST.search(text, clause + 1, m.start()):
            continue                           # "le projet X au Cameroun": a project's or partner's place
        if area.kind != "country":
            return _area_record(area, start, start + length)
        abroad = abroad or _area_record(area, start, start + length)
    return abroad


def card_place(card: str) -> str | None:
    """A card's line, or a part of its metadata line ("CDD · 6 mois · Die (26)"),
    that names a commune and nothing else but a note ("Paris (télétravail
    possible)", "Lyon - 69"): its place."""
    for line in card.split("\n")[1:8]:
        for part in [line.strip(), *_META_SEPARATOR.split(line.strip())]:
            name = _PLACE_NOTE.split(part, 1)[0]
            if 2 <= len(name) <= 40 and name[:1].isupper() and fold_name(name) in gazetteer().by_name:
                return part
    return None


_META_SEPARATOR = re.compile(r"\s+[·|•/–-]\s+")
_PLACE_NOTE = re.compile(r"\s*(?:[(,–]|\s-\s)")
