"""Job title and hiring organisation."""
from __future__ import annotations

import re
from collections.abc import Iterator
from os.path import commonprefix

from ..clean import is_labelled_fact
from ..geo import fold_name, gazetteer, towns_abroad
from ..html import is_board_name, is_generic_page_name, is_only_page_name, site_names
from ..lexicon import BASE, CLEARLY_TITLE, LONG_CHARS, TITLE_LIKE, is_chrome_line, is_section_line, job_title_score
from ..vocab.chrome import BREADCRUMB_SEPARATORS
from ..vocab.title_cues import POST_SUBJECT_VERBS
from ..vocab.titles import (
    APPOSED_FIRM_WORDS,
    EMPLOYER_PART_HEADINGS,
    FIRST_PERSON_EMPLOYER,
    FUNDER_BEFORE,
    GLOSSED_ORGANIZATION_WORDS,
    INTERNAL_UNITS,
    JOB_NOUNS,
    LEADING_APPOSITION_WORDS,
    LOCAL_AUTHORITY_VERBS,
    LOCAL_AUTHORITY_WORDS,
    NOT_EMPLOYER_AT,
    ORGANIZATION_ABOUT_HEADINGS,
    ORGANIZATION_BARE_LABELS,
    ORGANIZATION_LABELS,
    ORGANIZATION_LIST_LABELS,
    ORGANIZATION_WORDS,
    PAGE_TITLE_OPENERS,
    PRESENTING_VERBS,
    SITUATING_PARTICIPLES,
    TITLE_PREFIXES,
    UNIT_WORDS,
)
from . import Found, lines_with, scan
from .dates import is_dateline

_PREFIX = re.compile(r"^\W*(?:%s)\s*(?::|-|–|—)\s*" % "|".join(TITLE_PREFIXES), re.I)
_LABEL = re.compile(r"^(?:intitulé(?:\s+(?:du\s+poste|de\s+la\s+mission|du\s+stage|de\s+l'offre))?|poste|titre\s+du\s+poste|"
                    r"titre\s+de\s+la\s+mission|(?P<weak>fonction))[ \t]*:[ \t]*\n?(?P<v>[^\n]{3,200})$", re.I | re.M)
# A board's offer page: the title, then its publication date.
_PUBLICATION = r"(?:publiée?\s+le|mise?\s+en\s+ligne\s+le|date\s+de\s+publication)"
_TITLE_THEN_DATE = re.compile(r"\A(?P<v>[^\n]{3,200})\n" + _PUBLICATION, re.I)
# The same below the page's chrome and tagline, a blank line or "Offre d'emploi" between ("Cocoordinateur -
# Responsable socioculturel" then "Offre d'emploi mise en ligne le ven 10 nov. 2017, par ...").
_TITLE_ABOVE_DATE = re.compile(r"^(?P<v>[^\n]{3,200})\n\n?(?:offre(?:\s+d'emploi)?\s+)?" + _PUBLICATION, re.I | re.M)
TITLE_ABOVE_DATE_CHARS = 1500
_RECRUITS = re.compile(r"\b(?:recrute(?:nt)?|recherche(?:nt)?|cherche|embauche|recrutons|recherchons|cherchons)\s*,?\s+"
                       r"(?:pour\s+[^\n!?.]{3,100}?,?\s+(?=(?:un|une|un\(e\)|un\.e|un[·‧•]e)\s))?"   # "Nous recrutons, pour notre client, ..., un X"
                       r"(?:(?:un|une|un\(?e\)?|un\.e|un[·‧•]e|des|deux|trois|\d+"
                       r"|son\s*(?:/|\.|·|ou)\s*sa|sa\s*(?:/|ou)\s*son|son|sa)\s+)?"      # "recrute son/sa futur.e chef.fe de projet"
                       r"(?:(?:nouve(?:l|au|lle)\(?l?e?\)?|nouveaux?|futur(?:\(?e\)?|[.·]e)?|prochaine?)\s+)?(?P<t>(?:[^\n!.?]|\.(?=\w)){3,120})", re.I)   # "chef.fe": a dot inside a word
_PAGE_OPENER = re.compile(r"\W*(?:%s)\b" % "|".join(PAGE_TITLE_OPENERS), re.I)
_JOB = re.compile(r"\W*(?:\S+\s+){0,2}?(?:%s)" % "|".join(JOB_NOUNS), re.I)
_END = re.compile(r"\s+(?:en\s+(?:cdd|cdi|stage|alternance|contrat)|pour\s+|sur\s+\d|sur\s+une\s+(?:durée|période)|à\s+(?:partir|temps|mi-temps|[A-Z])|"
                  r"(?:à|a)\s+(?:compter|pourvoir)|[hf]\s*/\s*[hf]\b|dès\b|basée?\b|[(\[,:;])", re.I)   # "[F/H]", "F/H" end it


_ANNOUNCED_TAIL = re.compile(r"\s+(?:(?i:(?:en|pour\s+un)\s+(?:cdd\w*|cdi|stage|alternance|contrat|intérim|freelance|service\s+civique))\b"
                            r"|(?:sur|à)\s+[A-ZÀ-Ý]|pour\s+[A-ZÀ-Ý]).*$", re.S)
_DETERMINER = re.compile(r"^(?:un\s+ou\s+une|une\s+ou\s+un|une?\s*/\s*une?|un\s*\(e\)|un\s*[.·‧•-]\s*e|une|un|des|deux|trois|quatre|\d+)\s+(?=\w)", re.I)


def tidy_title(title: str) -> str:
    """A title without the "OFFRE D'EMPLOI :" kind of prefix, a leading
    "un·e", and trailing marks."""
    title = title.strip().strip("*_#").strip()
    announced = False
    for _ in range(2):
        title, n = _PREFIX.subn("", title)
        announced = announced or bool(n)
    title = _DETERMINER.sub("", title)
    if announced:
        title = _ANNOUNCED_TAIL.sub("", title)
    return re.sub(r"\s*[!:]+\s*$", "", title).strip()


_ANNOUNCE = re.compile(r"^(?:(?:on\s+recrute|nous\s+recrutons|nous\s+embauchons)\b[\s:!]*|(?P<org>.*?)\s+(?:recrute(?:nt)?|recherche(?:nt)?|embauche(?:nt)?)"
                       r"(?:\s*[!:.]|\s*$|\s+(?:un\s+ou\s+une|un\(?e\)?|un\.e|un[·‧•]e|une|un|des|deux|trois|\d+"
                       r"|son\s*(?:/|\.|·|ou)\s*sa|sa\s*(?:/|ou)\s*son|son|sa)(?!\w)(?:\s+(?:futur(?:\(?e\)?|[.·]e)?|prochaine?|nouvel(?:le)?)(?!\w))?))"
                       r"[\s:!]*(?P<rest>.*)$", re.I)


def find_title(text: str, headings: list[tuple[int, int, int]], kind: str = "text") -> Found | None:
    """The job title: a labelled one, the first heading that names a post,
    the capitals block opening a PDF, or the first line. "X recrute un(e) Y"
    gives Y; "X recrute !" sends to the first such phrase of the text."""
    found = _find_title(text, headings, kind)
    if found is None or is_only_page_name(found.value):
        # "Offres d'emploi", a page's name given as the post's: the sentence that says what is sought.
        return _recruited(text) or _post_subject(text) or _as_the_post(text) or found
    announce = _ANNOUNCE.match(found.value)
    if not announce:
        return found
    rest = tidy_title(_cut(announce.group("rest"))).rstrip(".")      # "... recrute un.e chef.fe de projet."
    if len(rest) >= 3:
        offset = found.start + max(0, text[found.start:found.end].find(rest[:10]))
        return Found(rest, offset, offset + len(rest))
    for m in _RECRUITS.finditer(text):
        value = tidy_title(_cut(m.group("t")))
        if len(value) >= 3 and m.start() != found.start:
            return Found(value, m.start("t"), m.start("t") + len(value))
    return found


def _recruited(text: str) -> Found | None:
    """The post that a sentence of the text's opening says is sought ("Expertise France
    recherche un.e chef.fe de projet."), when no line of the text names it."""
    for m in _RECRUITS.finditer(text, 0, RECRUITED_CHARS):
        value = tidy_title(_cut(m.group("t")))
        if len(value) >= 3 and job_title_score(value) >= TITLE_LIKE:
            return Found(value, m.start("t"), m.start("t") + len(value))
    return None


# How far into a text a sentence saying which post is sought may stand.
RECRUITED_CHARS = 3000


def _post_subject(text: str) -> Found | None:
    """The post that a sentence of the text's opening has as its subject ("Le directeur-trice de
    réseau ... travaille au sein de ...", "le/la Chef.fe de projet fera partie ..."), when no
    line of the text names it and no sentence says it is sought."""
    for m in _POST_SUBJECT.finditer(text, 0, RECRUITED_CHARS):
        value = tidy_title(m.group("t"))
        if len(value) >= 3 and job_title_score(value) >= TITLE_LIKE:
            return Found(value, m.start("t"), m.start("t") + len(value))
    return None


def _as_the_post(text: str) -> Found | None:
    """The post that a sentence of the text's opening addresses the candidate as ("En tant
    qu'auxiliaire technique, il.elle a la charge de ...", "En tant que Data Engineer, vous
    ..."), when nothing else names it; never a role that is no post ("En tant que membre")."""
    for m in _AS_THE_POST.finditer(text, 0, RECRUITED_CHARS):
        value = tidy_title(m.group("t"))
        if len(value) >= 3 and job_title_score(value) >= TITLE_LIKE:
            return Found(value, m.start("t"), m.start("t") + len(value))
    return None


_AS_THE_POST = re.compile(r"\b[Ee]n\s+tant\s+qu(?:e\s+|['’]\s*)(?P<t>[^\n,.;:!?()]{3,80}?)\s*(?:\([^()\n]{1,20}\)\s*)?,")


_POST_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?:;,])\s+)(?i:le\s+poste\s+(?:de|d')\s*|l[ea]\s*/\s*l[ae]\s+|l[ea]\s+ou\s+l[ae]\s+|le\s+|la\s+|l['’])"
    r"(?P<t>(?:[^\n.,;:!?]|\.(?=\w)){3,80}?)\s+(?:%s)\b" % "|".join(POST_SUBJECT_VERBS), re.M)


def _find_title(text: str, headings: list[tuple[int, int, int]], kind: str) -> Found | None:
    m = _TITLE_THEN_DATE.match(text) or _LABEL.search(text[:1500])
    if m and m.re is _LABEL and m.group("weak") and job_title_score(m.group("v")) < TITLE_LIKE:
        m = None                        # "Fonction : Animation/Formation": a board's job family, not the post
    if m:
        heading = _post_heading(text, headings)
        if heading and m.start() == 0:         # the page's own title beats its metadata
            return heading
        if _PAGE_OPENER.match(m.group("v")) or job_title_score(m.group("v")) < TITLE_LIKE:
            # "Devenir stagiaire ou alternant-e" names the page: its first heading naming a post is the offer's.
            heading = next((Found(tidy_title(text[a:b]), a, b) for a, b, level in headings
                            if level <= 3 and a < 3000 and job_title_score(text[a:b]) >= TITLE_LIKE
                            and not _PAGE_OPENER.match(text[a:b])), None)
            if heading:
                return heading
        return Found(tidy_title(m.group("v")), m.start("v"), m.end("v"))
    above = next((d for d in _TITLE_ABOVE_DATE.finditer(text, 0, TITLE_ABOVE_DATE_CHARS)
                  if job_title_score(d.group("v")) > BASE and not is_chrome_line(d.group("v"))
                  and not is_section_line(d.group("v")) and not is_labelled_fact(d.group("v"))), None)
    if above:
        return Found(tidy_title(above.group("v")), above.start("v"), above.end("v"))
    first_lines = [(x.start(), x.end()) for x in re.finditer(r"[^\n]+", text[:2000])]
    while first_lines and is_dateline(text[first_lines[0][0]:first_lines[0][1]]):
        first_lines.pop(0)          # the page's dateline ("Lundi, 03 Avril 2017 10:38"): its title follows
    if not first_lines:
        return None
    if kind == "pdf":
        block = _caps_block(text, first_lines)
        if block:
            return block
    near = [(start, end, level) for start, end, level in headings if start < 3000]
    if not near or near[0][0] > first_lines[0][0]:
        found = title_line(text)                     # a title line above the headings
        if found:
            return found
    # The first heading that names a post; else the first main heading.
    for start, end, level in near:
        if level <= 3 and job_title_score(text[start:end]) >= TITLE_LIKE:
            return Found(tidy_title(text[start:end]), start, end)
    for start, end, level in near:
        if level <= 2:
            return Found(tidy_title(text[start:end]), start, end)
    line = _first_title_line(text, first_lines)
    if line is None:
        return None
    start, end = line
    return Found(tidy_title(text[start:end]), start, end)


def title_line(text: str) -> Found | None:
    """The text's first line when it names a post ("Attaché de recherche clinique (H/F)")."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end]
    if line.strip() and end <= 120 and job_title_score(line) >= CLEARLY_TITLE:
        return Found(tidy_title(line), 0, end)
    return None


def _first_title_line(text: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first line, unless it names no post and one of the next lines does
    (text pasted from a web page opens on chrome, a section heading or the
    employer's presentation); never chrome or a paragraph when no line names
    the post."""
    first = lines[0]
    line = text[first[0]:first[1]]
    # Chrome, a section heading or its label ("Contexte du recrutement", "Date limite : ..."), or prose
    # presenting the employer: never the title.
    page_start = (is_chrome_line(line) or len(line.strip()) > LONG_CHARS or is_labelled_fact(line)
                  or (is_section_line(line) and not _SEPARATED.search(line)))   # not "Environnement | Chef.fe de projet"
    score = 0.0 if page_start else job_title_score(line)
    if score <= BASE:                   # no job word: "Précisions sur le poste", "Accès membre"
        least = TITLE_LIKE if page_start else CLEARLY_TITLE
        after_label = _bare_label(line)
        for start, end in lines[1:TITLE_SEARCH_LINES]:
            candidate = text[start:end]
            if not after_label and job_title_score(candidate) >= least:
                return start, end
            after_label = _bare_label(candidate)
    if page_start and not _ANNOUNCE.match(line.strip()):
        return None
    return first


def _bare_label(line: str) -> bool:
    """Whether a line is a label whose value is the next line ("Contrat" then "Salarié"),
    not one holding its value ("Publié le 15 sep. 25") or introducing a list ("Missions :")."""
    line = line.strip()
    return (is_section_line(line) and not line.endswith(":") and not any(c.isdigit() for c in line)
            and len(line.split()) <= BARE_LABEL_WORDS)


BARE_LABEL_WORDS = 4
_SEPARATED = re.compile("[" + re.escape(BREADCRUMB_SEPARATORS) + "]")
# How many of a text's first lines may hold its title, when the first one does not.
TITLE_SEARCH_LINES = 12


def _post_heading(text: str, headings: list[tuple[int, int, int]]) -> Found | None:
    """The first top-level heading when it names a post and says nothing else
    ("Chef de produit AMOA", not "X recrute un(e) ...")."""
    for start, end, level in headings:
        if level == 1:
            line = text[start:end]
            if len(line) <= 80 and _JOB.match(line) and not _ANNOUNCE.match(line):
                return Found(tidy_title(line), start, end)
            return None
    return None


def _cut(title: str) -> str:
    end = _END.search(title)
    return title[:end.start()] if end else title


def _caps_block(text: str, lines: list[tuple[int, int]]) -> Found | None:
    """Consecutive lines in capitals opening a PDF: the title on several lines."""
    parts = []
    start = end = None
    for s, e in lines[:6]:
        line = text[s:e].strip()
        letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", line)
        if len(letters) >= 3 and letters.isupper():
            parts.append(line)
            start = s if start is None else start
            end = e
        elif parts:
            break
    if not parts:
        return None
    return Found(tidy_title(re.sub(r"\s+", " ", " ".join(parts))), start, end)


# A capitalised word of a name: a dot only inside a word ("data.gouv": "Transport. L'un" is two sentences), or the
# last dot of a dotted acronym ("L'A.D.E.C.M.R. recrute"). A name's first word, then its next ones (a number too).
_CAP_TAIL = r"(?:[\w'&-]|\.(?=\w)|(?<=[A-Z]\.[A-Z])\.)*"
_CAP = r"[A-ZÀ-Ý]" + _CAP_TAIL
_WORD_CAP = r"[A-ZÀ-Ý0-9]" + _CAP_TAIL


# A name after an employer's label, before what the sentence says of it ("Expectra, leader en France ...").
_LABELLED_NAME = (r"(?:[lL][ae][ \t]+|[lL]')?" + _CAP
                  + r"(?:[ \t]+(?:" + _WORD_CAP + r"|de|du|des|d'|et|&)){0,5}")
_ORG_LABEL_BODY = (
    r"(?:[-•*][ \t]*(?i:" + "|".join(ORGANIZATION_LIST_LABELS) + r")[ \t]*:[ \t]*|"     # a list's item: "- Employeur : X"
    r"(?:(?i:" + "|".join(ORGANIZATION_LABELS) + r")\s*(?::[ \t]*|\n)|(?i:" + "|".join(ORGANIZATION_BARE_LABELS) + r")[ \t]+))"
    r"(?P<v>" + _LABELLED_NAME + r"(?=,[ \t]+[a-zà-ÿ]|[ \t]+(?:vous|est|a|accompagne|propose|recrute|recherche)\b)|"   # a sentence presenting it
    r"[^\n]{2,120}$|"
    + _LABELLED_NAME + r"(?=[ \t]*[,(]|[ \t]+(?:vous|est|a|accompagne|propose|recrute|recherche|,)\b))")
_ORG_LABEL = re.compile("^" + _ORG_LABEL_BODY, re.M)
# Past the text's first line, a label line opens on a line break (its evidence is the value,
# whose span this leaves as it is): a literal, which the regex engine searches for quickly.
_LABEL_PAST_START = re.compile(r"\n" + _ORG_LABEL_BODY, re.M)
# A name: a capitalised word or a domain ("data.gouv.fr"), then up to seven
# words ("Communauté de communes Vendée Grand Littoral").
# An acronym may come first, then a dash ("CFS - Centre de Formation Sportive"); the lower-case
# words never include a verb or a pronoun ("La mission pour laquelle on recrute" names nothing).
_NAME = (r"(?:[A-ZÀ-Ý0-9&]{2,10}[ \t]+[-–][ \t]+(?=[A-ZÀ-Ý]))?"
         r"(?:[A-ZÀ-Ý0-9@](?:[\w'&@-]|\.(?=\w)|(?<=[A-Z]\.[A-Z])\.)*|[a-z0-9-]+\.[a-z]{2,}(?:\.[a-z]{2,})*)"
         r"(?:[ \t]+(?:" + _WORD_CAP + r"|(?!(?:est|sont|a|ont|était|sera|on|nous|vous|qui|que|dont|laquelle|lequel)\b)[a-zà-ÿ](?:[\w&-]|\.(?=\w)|(?<=[A-Z]\.[A-Z])\.)*"
         r"|[dl]'[\wà-ÿ-]+|&)){0,11}")
# A heading's marks and a pictograph before a sentence that names the employer ("### 👉 Le CFS recrute").
_LINE_LEAD = r"(?:#{1,6}[ \t]+)?(?:[\u2190-\u2bff\U0001f300-\U0001faff]\ufe0f?[ \t]*)?"
# What follows a unit's own name and names its parent ("UNIC du CNRS", "ERIC de l'Université Lyon 2").
_PARENT = re.compile(r"[ \t]+(?:du|de[ \t]+la|de[ \t]+l'|d')[ \t]*[A-ZÀ-Ý].*", re.S)


def _at_start_or(opening: str, body: str) -> tuple[re.Pattern, re.Pattern]:
    """``(?:^|opening)body``, and ``(?:opening)body``, which finds the same matches past the
    text's first character much faster: each branch of ``opening`` opens on a literal
    character, which the regex engine scans for in C (an alternation holding ``^`` is
    tried at every character)."""
    return re.compile(rf"(?:^|{opening}){body}"), re.compile(rf"(?:{opening}){body}")


_ORG_RECRUITS, _RECRUITS_PAST_START = _at_start_or(
    r"\.\s+|!\s+|\?\s*|\n|:\s+|,\s+|q(?<=\bq)u['’]",          # "C'est dans ce contexte qu'Action Education recrute", "ça vous tente ?Apave recherche"
    _LINE_LEAD + r"(?:(?i:le\s+|la\s+|l['’]\s*)(?P<unit>(?i:" + "|".join(UNIT_WORDS) + r"))[ \t]+(?=[A-ZÀ-Ý])|"
    r"(?i:l'association|la\s+structure|l'équipe(?:\s+de)?|le|la|l')\s+)?"
    r"(?P<v>" + _NAME + r")(?:[ \t]+\([A-ZÀ-Ý][^()\n]{1,40}\))?"     # "Le Grand Projet des Villes Rive Droite (GPV Rive Droite) recrute"
    r"(?<![ \t]de)(?<![ \t]des)(?<![ \t]d')\s+(?:recrute(?:nt)?|RECRUTE(?:NT)?|embauche(?:nt)?|ouvre\s+un\s+poste|(?:est|sont)\s+(?:actuellement\s+|toujours\s+)?à\s+la\s+recherche"
    r"|met(?:tent)?\s+au\s+concours|lance(?:nt)?\s+(?:le\s+pr[ée]sent|un|une|son|sa)\s+(?:avis|appel)"   # "X met au concours un poste", "X lance un appel à candidatures"
    r"|(?:vous\s+)?propose(?:nt)?\s+(?:un|une|deux|trois|quatre|\d+)\s+(?:postes?|stages?|contrats?|CDD|CDI|emplois?"  # "AMORCE propose un contrat", not "une offre technique"
    r"|offres?\s+de\s+(?:stage|service\s+civique|mission|poste)|missions?\s+de\s+service\s+civique)"
    r"|(?:re)?cherche(?:nt)?(?=[ \t]+[*_]*(?i:une?|des|d['’]|l['’]|la|le|les|deux|trois|quatre|cinq|six|plusieurs|\d+|son|sa|ses|leurs?|notre|nos"
    r"|activement|actuellement|toujours|pour)\b|[ \t]*[:(!\n]|[ \t]*\Z))\b")
_TOWN_ARTICLE = re.compile(r"[lL][aAeE][ \t](?=[cCvVmMdDéÉ])")
# A local authority after a preposition and before a comma is a place or a partner named in passing ("sur la
# commune de Hyères,", "au cœur de la ville de Brest,", "à l'initiative ... de la Ville de Carouge,"), not the employer.
# ("Au sein du Centre Technique Municipal de la Commune de X," names a part of the employer before it: it stays.)
_TOWN_AS_PLACE = re.compile(r"(?:\b(?i:dans|sur|pour|avec|à|au|aux|en|par|et)|(?<![\w-])(?!(?i:%s|municipal\w*|technique\w*|communal\w*)\b)"
                            r"[\w-]+[ \t]+(?i:de|du|des))[ \t]+\Z" % "|".join(INTERNAL_UNITS))
_TOWN_APPOSED = re.compile(r"[ \t]*[,(]")
TOWN_PLACE_CHARS = 30
# An organisation's name glossed by its acronym: "Le Centre lillois d'études et de recherches
# sociologiques et économiques (Clersé)", "la Fédération des Récupérathèques (FDR)".
_ORG_GLOSSED = re.compile(r"(?:^|(?<=[.!]\s)|(?<=\b[lL][ae]\s)|(?<=\b[lL]')|(?<=\n))(?P<v>(?:" + "|".join(GLOSSED_ORGANIZATION_WORDS)
                          + r")(?:[ \t]+(?:" + _WORD_CAP + r"|[a-zà-ÿ][\w'-]*)){1,9}?)[ \t]*\Z")
# Where _ORG_GLOSSED is looked for: before each acronym in brackets (a literal "(" is scanned for in C).
_ACRONYM = re.compile(r"\([A-ZÀ-Ý][A-Za-zÀ-ÿ&.-]{1,11}\)")
GLOSSED_NAME_CHARS = 160
# A local authority: "La commune de Chailland, commune labellisée ... recrute", "LA VILLE DE SIN LE NOBLE RECRUTE",
# "le Département de la Manche,", "la ville des Houches recherche".
_ORG_TOWN = re.compile(r"(?P<v>(?i:" + "|".join(LOCAL_AUTHORITY_WORDS) + r")[ \t]+(?i:de[ \t]+(?:la[ \t]+|l')?|d'|du[ \t]+|des[ \t]+)"
                       r"[A-ZÀ-Ý][\w'-]*(?:[ \t-]+(?:[A-ZÀ-Ý][\w'-]*|(?i:sur|sous|en|le|la|les|lès|de|du|des|d'|aux?)\b)){0,5})"
                       r"(?=[ \t]*(?:,|\()|[ \t]+(?:(?i:" + "|".join(LOCAL_AUTHORITY_VERBS) + r")|est\b))")
_ORG_APPOSITION = re.compile(r"(?:l'action\s+de|au\s+sein\s+(?:de|d')|rejoindre|rejoignez)\s+(?:l'association\s+|la\s+structure\s+)?"
                             r"(?P<v>(?:" + _CAP + r")(?:\s+" + _WORD_CAP + r"){0,5})\s*,\s*(?:une?\s+)?"
                             r"(?:association|structure|coopérative|scop|scic|fédération|réseau|collectif|entreprise)", re.M)
# "de", "par", "pour", "avec" as words: each opens on its letter, then looks back for the word's start.
_ORG_NAMED, _NAMED_PAST_START = _at_start_or(
    r"\.\s+|!\s+|\n|,\s+|d(?<=\bd)e\s+|p(?<=\bp)ar\s+|p(?<=\bp)our\s+|a(?<=\ba)vec\s+",
    r"(?:(?i:l'association)[ \t]+(?:(?:des|du)[ \t]+)?|"      # "l'association des Ecologistes de l'Euzière"
    r"(?i:la\s+structure|la\s+fédération|le\s+réseau|la\s+coopérative|"
    r"l'entreprise|le\s+collectif|la\s+scop|la\s+scic|l'asbl|la\s+fondation)[ \t]+)"
    r"(?P<v>" + _CAP + r"(?:[ \t]+(?:" + _WORD_CAP + r"|de|du|des|d'|en|la|le|et|pour|&|[dl]'[\wÀ-ÿ-]+)){0,6})"
    r"(?=\s*(?:,|\(|est\b|a\s+pour|a\s+créé|a\s+été|œuvre|agit|accompagne|développe|porte|gère|propose|regroupe|organise|anime|"
    r"mène|recrute|recherche))")
# "Rejoignez-nous au sein de la DINUM", "rejoindre l'équipe de Le 24ème"; with an article, "rejoindre le
# CHU de Toulouse, c'est", "Rejoindre la Ville de Vitré", but not a part of the employer ("Rejoignez la DSI").
_ORG_JOIN = re.compile(r"(?i:rejoignez(?:-nous)?|rejoins(?:-nous)?|rejoindre|intégrer|intégrez)\s+(?i:(?:nous\s+)?au\s+sein\s+(?:de\s+la|du|de\s+l'|des|de)|l['’]équipe\s+(?:de\s+la|du|de\s+l'|de|d')|(?<=ejoins\s)l['’]équipe\s+(?=[A-ZÀ-Ý])|(?=[A-ZÀ-Ý]))\s*"
                       r"(?:(?:l['’]|la\s+|le\s+)(?!(?:" + "|".join(INTERNAL_UNITS) + r")\b))?"
                       r"(?P<v>" + _CAP + r"(?:[ \t]+(?:" + _WORD_CAP + r"|de|du|des|d'|et|&)){0,5})(?=\s*[!?.,;:)]|\s*$|\s+qui\s+(?:recrute|recherche))", re.M)
# Where a match of _ORG_JOIN can begin: its verb's first letters, in any case ("İ" and "ı" are
# an "i" to a case-insensitive pattern).
_JOIN_START = re.compile(r"[rRiIİı](?:(?<=[rR])(?i:ejoi)|(?<=[iIİı])(?i:ntégr))")
# "porté par France Nature Environnement", "La Startup d'État X a pour mission".
_ORG_CARRIER = re.compile(r"(?:portée?|pilotée?|gérée?|coordonnée?)\s+par\s+(?:l'association\s+)?(?P<v>" + _CAP + r"(?:[ \t]+(?:" + _WORD_CAP + r"|de|du|des|d'|&)){0,6})")
_LEGAL_KINDS = r"association|fondation|ong|asbl|coopérative|fédération|organisation|collectif|syndicat|mutuelle|scop|scic"
_ORG_KINDS = (r"association|start-?up|structure|coopérative|collectivité|entreprise|fédération|réseau|organisme|établissement|service|ong|"
              r"centre|syndicat|organisation|fondation|asbl|scop|scic|société|mutuelle|union|collectif|institut|maison|agence|"
              r"communauté|mouvement|groupement|plateforme|pôle|parc|pays|comité|conseil|office|groupe|club|ligue|école|université|cabinet|"
              r"laboratoire|musée|théâtre|compagnie|conservatoire|observatoire|espace|tiers-lieu|lieu")
# "La Fédération X a pour mission", "Les Territoires de la Mémoire sont un centre",
# "Le CEF - Comité des Élèves Francophones est le syndicat", "Le Comité X (CEF), organisation de jeunesse".
_PRESENTED_AS = (r"(?:\s*\([A-ZÀ-Ý0-9&.-]{2,12}\))?"
                 r"(?:\s+(?:a\s+pour\s+(?:mission|objet|vocation|but)|(?:est|sont)\s+(?:une?|le|la|l')\s+(?:\w+\s+)?(?i:" + _ORG_KINDS
                 + r"|leader|acteur|spécialiste|expert|éditeur|fabricant|constructeur|filiale|pionnier)"   # "Thales est un leader mondial"
                 r"|(?:agit|œuvre|oeuvre|intervient|milite|lutte)\s+depuis)\b")
# With its article, lower-case words in the name ("Le Centre bruxellois d'action interculturelle (CBAI) est une
# association"); "Le Comité X (CEF), organisation de jeunesse".
_ORG_PRESENTED, _PRESENTED_PAST_START = _at_start_or(
    r"\n|\.\s+|!\s+|,[ \t]+",
    r"(?:La|Le|L'|Les)\s*(?P<v>(?!(?:une?|Une?)\b)" + _CAP
    + r"(?:[ \t]+(?:" + _WORD_CAP + r"|-|de|du|des|la|le|les|en|pour|et|[dl]'[\wÀ-ÿ-]+|&|(?!(?:est|sont|a|ont)\b)[a-zà-ÿ][\w-]*)){0,9})"
    + _PRESENTED_AS + r"|(?:\s*\([A-ZÀ-Ý0-9&.-]{2,12}\))?\s*,\s+(?:une?\s+)?(?:[a-zà-ÿ]+\s+)?(?i:" + _ORG_KINDS + r")\b)")
# (After a comma, the kind may be capitalised or follow an adjective: "Le Creux de l'enfer, Centre d'art
# contemporain", "La Communauté du Pacifique (CPS), principale organisation scientifique".)
# Without an article, capitalised words only ("MADERA est une association", "Médecins Sans Frontières, association
# médicale"), and after a comma only a legal form, not a word of a list ("RDS, AS400, réseau WAN").
_ORG_PRESENTED_BARE, _BARE_PAST_START = _at_start_or(
    r"\n|\.\s+|!\s+|\?\s*|,[ \t]+(?=[A-ZÀ-Ý0-9])",
    r"(?P<v>(?!(?:Il|Elle|Ils|Elles|Nous|On|Ce|Cette|Cet|Son|Sa|Notre|Votre|La|Le|Les|L'une?|Chacune?|Aucune?)\b)"
    + _WORD_CAP + r"(?:[ \t]+(?:" + _WORD_CAP + r"|-|de|du|des|d'|&)){0,6})"
    + _PRESENTED_AS + r"|\s*,\s+(?:une?\s+)?(?:" + _LEGAL_KINDS + r")\b)")
# A sentence that opens on a name and says it is a legal body, lower-case words allowed in the name
# ("Terre de liens PACA est une association loi 1901", "Arc en ciel est une asbl").
_ORG_LEGAL_BODY, _LEGAL_BODY_PAST_START = _at_start_or(
    r"\n|\.\s+",
    r"(?P<v>(?!(?:Il|Elle|Ils|Elles|Nous|On|Ce|Cette|Cet|Ces|Son|Sa|Ses|Mon|Ma|Mes|Notre|Votre|Leur|Leurs|La|Le|Les|L'une?|"
    r"Une?|Des|Chaque|Toute?|Chacune?|Aucune?)\b)" + _WORD_CAP
    + r"(?:[ \t]+(?:" + _WORD_CAP + r"|(?!(?:est|sont|a|ont|qui|que|dont)\b)[a-zà-ÿ][\w'’-]*)){0,5}?)"
    r"\s+(?:est|sont)\s+une?\s+(?i:" + _LEGAL_KINDS + r")\b")
# The first sentence under a heading of the part that presents the employer, opening on its name with its
# article: "Qui sommes-nous ?" then "Le Forum Grosselin a été créé", "Présentation du réseau :" then "Le MOUVEMENT
# POUR L'ECONOMIE SOLIDAIRE vise", "Contexte et structure d'accueil :" then "La Fabrique, Pôle Territorial ...".
_PRESENTING = "|".join(PRESENTING_VERBS)
_ORG_PART = re.compile(r"^[#*\s]*(?:\d+[.)]\s*)?(?i:" + "|".join(EMPLOYER_PART_HEADINGS) + r")[ \t*:?!.]*\n\s*"
                       r"(?:(?i:l[ae]s?)[ \t]+|(?i:l)['’][ \t]*)"
                       r"(?P<v>" + _CAP + r"(?:[ \t]+(?:" + _WORD_CAP + r"|(?!(?:" + _PRESENTING + r")\b)[a-zà-ÿ][\w'’-]*|&)){0,7}?)"
                       r"(?=[ \t]*\([A-ZÀ-Ý]|,[ \t]|[ \t]+(?:" + _PRESENTING + r")\b)", re.M)
# A paragraph or sentence opening on a firm's name and what it is, or "Chez X," and the firm speaking: "Expectra, leader en
# France de l'intérim", "Lynx RH Nantes, cabinet de recrutement", "Chez Lynx RH Angers, nous ...", "Chez Trialp,
# nos équipes" (France Travail's agencies' and companies' offers).
_ORG_OPENING, _OPENING_PAST_START = _at_start_or(
    r"\n|[.!?][ \t]",
    _LINE_LEAD + r"(?:(?P<at>[cC]hez)[ \t]+)?(?P<v>" + _WORD_CAP + r"(?:[ \t]+(?:" + _WORD_CAP
    + r"|de|du|des|d'|&)){0,5})[ \t]*,[ \t]+(?:(?(at)(?i:nous|notre|nos)\b|(?!))|"
    r"(?:(?:le|la|l'|un|une)[ \t]*)?(?:[a-zà-ÿ]+[ \t]+)?(?i:" + "|".join(APPOSED_FIRM_WORDS) + "|" + _LEGAL_KINDS + r")\b)")
# A sentence opening on what a firm is, then its name and a verb: "Acteur de référence dans les logiciels de gestion,
# N2JSOFT est une FINTECH", "Filiale du groupe Crédit Agricole, DOXALLIA partage", "Avionneur, industriel, prestataire
# de services et logisticien, Daher a réalisé" (France Travail's companies' offers).
_ORG_APPOSED_FIRST, _APPOSED_PAST_START = _at_start_or(
    r"\n|[.!?][ \t]",
    _LINE_LEAD + r"(?i:" + "|".join(LEADING_APPOSITION_WORDS) + r")\b"
    r"[^\n.!?]{0,200}?,[ \t]+(?P<v>" + _WORD_CAP + r"(?:[ \t]+(?:" + _WORD_CAP + r"|de|du|des|d'|&)){0,5})"
    r"[ \t]+(?:" + _PRESENTING + r")\b")
# A name, a participle saying where or since when it is, then what it is or does: "NG Solutions, basée à Tours, est
# une société", "Apgar Consulting, fondée en 2013, est", "L'association PUHR, créée en octobre 2022, compte".
_ORG_SITUATED, _SITUATED_PAST_START = _at_start_or(
    r"\n|[.!?][ \t]",
    _LINE_LEAD + r"(?:(?i:l['’]association|la\s+société|l['’]entreprise)[ \t]+)?"
    r"(?P<v>" + _WORD_CAP + r"(?:[ \t]+(?:" + _WORD_CAP + r"|de|du|des|d'|&)){0,5}),[ \t]+"
    r"(?i:" + "|".join(SITUATING_PARTICIPLES) + r")s?\b[^,\n]{1,60},[ \t]+(?:" + _PRESENTING + r")\b")
# A presentation opening on the body's founding or age: "Créé en 2015, le FCTÉ regroupe", "Fondé en 1976 par Louis
# Le Duff, le Groupe Le Duff est", "Depuis plus de 30 ans, Défi Belgique Afrique (DBA)": the capitalised name after
# the comma, before its verb, its acronym or an apposition.
_ORG_FOUNDED = re.compile(r"\b(?:(?:[Cc]réé|[Ff]ondé)e?s?\s+en\s+\d{4}(?:\s+par\s+[^,\n]{3,60})?|"
                          r"Depuis\s+(?:sa\s+création\s+en\s+\d{4}|\d{4}|(?:plus\s+de\s+|près\s+de\s+)?\d{1,3}\s+ans)),\s+"
                          r"(?:[lL]['’]\s*|[lL][ae]s?\s+)?"
                          r"(?P<v>" + _WORD_CAP + r"(?:[ \t]+(?:" + _WORD_CAP + r"|de|du|des|d'|&)){0,6})(?=\s*[,(]|\s+[a-zà-ÿ])")
# "L'association « Les Blongios, la nature en chantiers »", "L'ASBL « Z! » recrute": a name in
# guillemets after a word for a kind of organisation. The scan stops at each "«" (a literal),
# then looks back at the words before it.
_QUOTED = re.compile(r"«[ \t\u00a0]*(?P<v>[^»\n]{2,80}?)[ \t\u00a0]*»")
_QUOTED_KIND = re.compile(r"(?i:\b(?:l'|la\s+|le\s+|une?\s+)(?:" + _LEGAL_KINDS + r"|structure))[ \t\u00a0]*\Z")
# A line of its own with the employer's number in a job board's directory, then its name (the hospital federation's
# offers relayed by France Travail: "[39594] Centre Hospitalier Universitaire d'Angers", "[41355] Fondation Saint-Hélier").
_ORG_NUMBERED, _NUMBERED_PAST_START = _at_start_or(r"\n", r"\[\d{3,6}\][ \t]+(?P<v>[A-ZÀ-Ý][^\n\[\]]{2,80})(?=\n|\Z)")


def _keys_of(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """The literal opening of each regex alternative, less a letter made optional ("maître\\s+d'(?:œ|oe)uvre"
    -> "maître", "basée?" -> "basé"): a key a line must hold for the pattern to match on it."""
    keys = []
    for p in patterns:
        key = re.match(r"[\w'-]+", p).group()
        keys.append(key[:-1] if p[len(key):].startswith("?") else key)
    return tuple(keys)


# The words that a line must hold for these patterns to match on it ("X recrute", "X est une association").
_LINE_KEYS = {
    _ORG_RECRUITS: ("cherch", "recrut", "embauch", "ouvre un poste", "au concours", "lance", "propose"),
    _ORG_OPENING: ("chez",) + _keys_of(APPOSED_FIRM_WORDS) + tuple(_LEGAL_KINDS.split("|")),
    _ORG_APPOSED_FIRST: _keys_of(LEADING_APPOSITION_WORDS),
    _ORG_SITUATED: _keys_of(SITUATING_PARTICIPLES),
    _ORG_LEGAL_BODY: ("est un", "sont un"),
    _ORG_PRESENTED_BARE: ("est un", "est le", "est la", "est l'", "sont un", "sont le", "sont la", "sont l'", "a pour",
                          "depuis", "association", "fondation", "ong", "asbl", "cooperative", "federation", "organisation",
                          "collectif", "syndicat", "mutuelle", "scop", "scic"),
}
_PAST_START = {_ORG_LABEL: _LABEL_PAST_START, _ORG_RECRUITS: _RECRUITS_PAST_START, _ORG_NAMED: _NAMED_PAST_START, _ORG_PRESENTED: _PRESENTED_PAST_START,
               _ORG_PRESENTED_BARE: _BARE_PAST_START, _ORG_LEGAL_BODY: _LEGAL_BODY_PAST_START, _ORG_OPENING: _OPENING_PAST_START,
               _ORG_APPOSED_FIRST: _APPOSED_PAST_START, _ORG_SITUATED: _SITUATED_PAST_START, _ORG_NUMBERED: _NUMBERED_PAST_START}
_ORG_ABOUT = re.compile(r"^[#*\s]*(?:\d+[.)]\s*)?(?i:" + "|".join(ORGANIZATION_ABOUT_HEADINGS) + r")\s+"
                        r"(?:de\s+l'association\s+|de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|"
                        r"DE\s+L'ASSOCIATION\s+|DE\s+LA\s+|DE\s+L['’]|DU\s+|DES\s+|DE\s+|D['’])"
                        r"(?P<v>[A-ZÀ-Ý0-9][^\n*:?!]{1,60}?)[\s*:?!]*$", re.M)
_ORG_AUTHOR = re.compile(r"^Publié par : (?P<v>[^\n]{2,80})$", re.M)
_LOGIN = re.compile(r"[a-z0-9._-]+")        # one lower-case word: an account, not a name
# A post's product (front matter "startup: data.gouv.fr"): its team hires when nothing else is named.
_ORG_PRODUCT = re.compile(r"^Produit : (?P<v>[^\n]{2,80})$", re.M)
_NOT_ORG = re.compile(r"^(?:une?|des|dans|pour|par|avec|sur|sous|chez|vers|depuis|afin|nous|on|il|elle|qui|notre|votre|vous|ce|cette|nos|vos|leurs?|ses|son|sa|mes|chaque|tou(?:te)?s|l'équipe|la\s+startup|la\s+mairie|le\s+service|"
                      r"offre|poste|profil|missions?|h/f|intitulé|"
                      r"enfin|ainsi|ensuite|aujourd'hui|désormais|également|actuellement|notamment|concrètement|parallèlement|"
                      r"puis|alors|donc|demain|d'abord|bref)\b", re.I)     # a sentence's connector: "Enfin, l'association est"


def _matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)`` (their ``v`` group; a label's match may open on
    the line break before it), faster for the patterns that open on the text's start or a break."""
    if pattern is _ORG_JOIN:
        yield from scan(pattern, _JOIN_START, text)
        return
    if pattern is _ORG_TOWN:            # after "la " or "le ": the article is scanned for in C, then the name tried
        for article in _TOWN_ARTICLE.finditer(text):
            m = pattern.match(text, article.end())
            if m and not (_TOWN_AS_PLACE.search(text, max(0, article.start() - TOWN_PLACE_CHARS), article.start())
                          and _TOWN_APPOSED.match(text, m.end())):
                yield m
        return
    if pattern is _ORG_GLOSSED:
        for acronym in _ACRONYM.finditer(text):
            m = pattern.search(text, max(0, acronym.start() - GLOSSED_NAME_CHARS), acronym.start())
            if m:
                yield m
        return
    if pattern is _QUOTED:
        yield from (m for m in pattern.finditer(text) if _QUOTED_KIND.search(text, max(0, m.start() - 20), m.start()))
        return
    past_start = _PAST_START.get(pattern)
    if past_start is None:
        yield from pattern.finditer(text)
        return
    first = pattern.match(text)
    if first:
        yield first
    keys = _LINE_KEYS.get(pattern)
    if keys is None:
        yield from past_start.finditer(text, first.end() if first else 0)
        return
    # Only the lines holding one of its words can hold a match (the cue index finds them in one pass);
    # a match may open on the line break before its line.
    done = first.end() if first else 0
    for a, b in lines_with(text, keys):
        for m in past_start.finditer(text, max(done, a - 1), b):
            done = m.end()
            yield m


# A kind of body with its article and nothing else ("L'association", "La structure", "La commune"), in a sentence.
_KIND_ONLY = re.compile(r"(?i:(?:l['’]\s*|la\s+|le\s+|les\s+)?(?:%s|commune|ville|mairie|équipe|start-?up\s+d['’]\s*état)s?)" % _ORG_KINDS)


# A common noun before a company's name ("L'entreprise Atos", "La société Dupont et Fils", beta.gouv's "Startup
# d'État Engagement Civique", "l'équipe du Registre de Preuve de Covoiturage", "L'agence Domino STAFF Aix",
# "Le cabinet de recrutement Lynx RH"), not part of it.
_COMMON_NOUN = re.compile(r"^(?:(?:[lL]')?entreprise|(?:[lL]a\s+)?société|agence|cabinet(?:\s+de\s+recrutement)?|(?i:start-?up(?:\s+d['’]\s*[ée]tat)?)|"
                          r"(?i:équipe)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s*(?=[A-ZÀ-Ý0-9])")


# An article before a name that opens on a lower-case word: not part of the name.
_ARTICLE_BEFORE_WORD = re.compile(r"^(?:L[ae]s?[ \t]+|L['’][ \t]*)(?=[a-zà-ÿ])")


def _next_label(value: str) -> bool:
    """Whether a label's value is the next label ("Lieu de travail"), not a name that opens with
    a section's word ("La Poste", "COMPETENCES + INTERIM")."""
    return not value.isupper() and not _DETERMINED.match(value) and is_section_line(value)


_DETERMINED = re.compile(r"(?i:l[ae]s?|l')\s*\w")


def find_organization(text: str) -> Found | None:
    """The hiring organisation as the offer names it; else the post's author."""
    for pattern in (_ORG_LABEL, _ORG_NUMBERED, _ORG_RECRUITS, _ORG_NAMED, _ORG_APPOSITION, _ORG_PRESENTED, _ORG_PRESENTED_BARE, _ORG_LEGAL_BODY,
                    _ORG_PART, _ORG_OPENING, _ORG_APPOSED_FIRST, _ORG_SITUATED, _ORG_FOUNDED, _QUOTED, _ORG_GLOSSED, _ORG_TOWN, _ORG_JOIN,
                    _ORG_CARRIER, _ORG_ABOUT, _ORG_AUTHOR, _ORG_PRODUCT):
        for m in _matches(pattern, text):
            name = m.group("v")
            if "unit" in m.re.groupindex and m.group("unit"):
                name = _PARENT.sub("", name)          # "laboratoire UNIC du CNRS": UNIC
            value = name.strip().strip("*_").strip()
            value = re.sub(r"^(?:l'association|association)\s+", "", value)
            value = _ARTICLE_BEFORE_WORD.sub("", value)   # "L'e-inspé recherche", "Le laboratoire innovation du ministère"
            value = _COMMON_NOUN.sub("", value)       # "L'entreprise Sopra Steria recherche": Sopra Steria
            if text[max(0, m.start("v") - 13):m.start("v")] == "'Association ":
                value = "Association " + value      # "L'Association X": the word is part of the name
            if len(value) < 2 or _NOT_ORG.match(value) or re.fullmatch(r"[\d\s-]+", value):
                continue
            if pattern is not _ORG_LABEL and _KIND_ONLY.fullmatch(value):
                continue                 # "L'association recrute": a kind of body, no name (a label's "MAIRIE" stays)
            if pattern is _ORG_LABEL and (is_chrome_line(value) or _next_label(value) or value[:1] in "-•*"):
                continue                 # "Employeur" then a link, the next label ("Lieu de travail") or a list
            if pattern is _ORG_SITUATED and _is_town(value):
                continue                 # "Paris, située au bord de la Seine, est": a town presented, not a firm
            if pattern is _ORG_AUTHOR and _LOGIN.fullmatch(value):
                continue                 # a site account's login ("author: tangi"), not an employer's name
            if _FUNDER.search(text, max(0, m.start("v") - FUNDER_CHARS), m.start("v")):
                continue                 # "financé par la Fondation X": the project's funder, not the employer
            return Found(value, m.start("v"), m.start("v") + len(name.rstrip()))
    at = _named_at(text)
    if at:
        return at
    tail = max(0, len(text) - SIGNATURE_CHARS)
    signed = _ORG_SIGNATURE.search(text, tail)
    if signed:
        return Found(signed.group("v").strip(), signed.start("v"), signed.end("v"))
    return None


def _is_town(name: str) -> bool:
    """Whether ``name`` is a French commune of some size, or a town abroad."""
    folded = fold_name(name)
    return any(c.population >= TOWN_POPULATION for c in gazetteer().by_name.get(folded, ())) \
        or any(t.population >= TOWN_POPULATION for t in towns_abroad().get(folded, ()))


TOWN_POPULATION = 2_000


# The words before a name that make it a funder or a partner (vocab ``FUNDER_BEFORE``), then its article.
_FUNDER = re.compile(r"\b(?:%s)\s+(?:(?:la|le|les|l['’])\s*)?(?:(?:fondation|association|agence|région|ville)\s+)?\Z"
                     % "|".join(FUNDER_BEFORE), re.I)
FUNDER_CHARS = 60


# "chez" then a capitalised name, its words up to a punctuation mark or a line's end ("Viens faire ta place
# chez Ville en vert pour :", "L'esprit d'équipe étant primordial chez Sopra Steria, plusieurs").
_AT = re.compile(r"(?<![\w-])chez[ \t]+(?!(?:%s))(?P<v>[A-ZÀ-Ý][^\n.,;:!?()«»\"]{0,60})" % "|".join(NOT_EMPLOYER_AT))
_AT_WORD = re.compile(r"\S+")
AT_NAME_WORDS = 6


def _named_at(text: str) -> Found | None:
    """The employer the offer places its reader at twice or more ("Travailler chez EPSYL, c'est ...",
    "Être chargé.e de projet chez Ville en vert c'est"): the words that two of its "chez X" share
    from the start, ending on a capitalised word or a name's own lower-case word. Named once, it may be a
    host ("hébergé chez Scaleway") or a client."""
    seen: dict[str, tuple[list[str], int]] = {}
    for m in _AT.finditer(text):
        words = _AT_WORD.findall(m.group("v"))[:AT_NAME_WORDS]
        key = words[0]
        if key not in seen:
            seen[key] = (words, m.start("v"))
            continue
        first, start = seen[key]
        shared = commonprefix([first, words])
        while shared and shared[-1].lower() in _AT_TAIL:
            shared.pop()
        name = " ".join(shared)
        if name and not _KIND_ONLY.fullmatch(name):
            return Found(name, start, start + len(name))
    return None


_AT_TAIL = {"de", "du", "des", "d'", "et", "&", "la", "le", "les", "en", "c'est", "qui", "pour", "où", "vous", "nous"}


# A signature's line naming the employer ("Marie Dupont\nChargée RH\nAssociation Terre Vivante").
SIGNATURE_CHARS = 600
_ORG_SIGNATURE = re.compile(r"^(?P<v>(?:%s)\b(?!\s+(?:loi|de\s+loi|reconnue|agréée|à\s+but))[^\n.!?:]{2,60})$"
                            % "|".join(ORGANIZATION_WORDS), re.M)


_MISSION_TITLE = re.compile(r"\b(?:a|aura|ayant)\s+pour\s+(?:mission|objectif|rôle)\s+(?:de\s+|d')(?P<t>[^.\n]{5,90}?)"
                            r"(?=\s*(?:\.|:|\bdétail|\bdétails|\(|$))", re.I | re.M)


def find_mission_title(text: str) -> Found | None:
    """A post named by its mission ("aura pour mission de dynamiser ...")."""
    m = _MISSION_TITLE.search(text)
    return Found(m.group("t").strip(), m.start("t"), m.end("t")) if m else None


def with_site_name(found: Found | None, page_title: str | None, text: str) -> Found | None:
    """The employer, completed or found by the web page's title: the site's
    name ("Offres d'emploi | Association X") when it holds the name found in
    the text; when the text names none, a part of the title that the text
    names, or, on the employer's own site (the offer speaks in the first
    person: "nous recrutons"), the site's name, never a job board's."""
    names = [n for n in site_names(page_title) if not is_generic_page_name(n)]
    if found is not None:
        longer = [n for n in names if found.value.lower() in n.lower() and len(n) < 3 * len(found.value) + 20]
        return Found(longer[0], found.start, found.end) if longer else found
    low = text.lower()
    for name in names:
        at = low.find(name.lower())
        if at >= 0:
            return Found(name, at, at + len(name))
    own_page = any(is_generic_page_name(n) for n in site_names(page_title)) and not _THIRD_PARTY_RECRUITS.search(text)
    if _WE_RECRUIT.search(text) or own_page:
        # "Nous recrutons", "notre association", or a page titled "Recrutement — X" whose text names no one
        # else recruiting ("Une association du Vercors cherche ..."): the page's publisher is the employer,
        # unless a job board.
        own = [n for n in names if not is_board_name(n)]
        if own:
            return Found(own[-1], 0, 0)
    return None                  # a site the text does not name may be a job board, not the employer


_THIRD_PARTY_RECRUITS = re.compile(r"(?i)\b(?:cherche|recherche|recrute|embauche)(?:nt)?\b")
_WE_RECRUIT = re.compile(r"(?i)\b(?:%s)\b" % "|".join(FIRST_PERSON_EMPLOYER))
