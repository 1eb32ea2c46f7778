"""Contract types: CDI, CDD, stage, alternance, service civique..."""
from __future__ import annotations

import re

from ..record import CONTRACT_TYPES
from ..vocab.contracts import (
    BOARD_SECTION_BEFORE_INTERNSHIP,
    CANDIDATE_PAST_CONTEXT,
    CONTRACT_KEYS,
    CONTRACT_LABELS,
    CONTRACT_PATTERNS,
    CONTRACTUAL_THING_BEFORE,
    IMPLIED_CDD,
    INDEPENDENT_ENTITY_BEFORE,
    LABEL_PROSPECT_CONTEXT,
    LABEL_PROSPECT_WORDS,
    LABEL_VALUE_PATTERNS,
    MANAGED_PEOPLE_BEFORE,
    NOT_INTERNSHIP_AFTER,
    PEOPLE_IN_SERVICE_BEFORE,
    PLURAL_PEOPLE,
    PROSPECT_CONTEXT,
    TEAM_CONTEXT,
    TEAM_KINDS,
    VOLUNTEER_CALL,
    VOLUNTEERS_PLURAL,
)
from . import Found, fold, fold_in_place, lines_with, opening_guard

_TYPE_RES = {kind: re.compile("|".join(pats + LABEL_VALUE_PATTERNS.get(kind, ()))) for kind, pats in CONTRACT_PATTERNS.items()}
# The leading \b of each pattern is checked by hand: a pattern that opens on
# a plain letter is much faster to scan for; the alternation behind a guard of their first letters.
_ANY_PATTERNS = {k: [x.removeprefix(chr(92) + "b") for x in p] for k, p in CONTRACT_PATTERNS.items()}
_ANY_GUARD = opening_guard([x for p in _ANY_PATTERNS.values() for x in p])
_ANY = re.compile(_ANY_GUARD + "(?:" + "|".join(f"(?P<{k}>{'|'.join(p)})" for k, p in _ANY_PATTERNS.items()) + ")")
_PROSPECT = re.compile(PROSPECT_CONTEXT)
_LABEL_PROSPECT = re.compile(LABEL_PROSPECT_CONTEXT)
_LABEL_PROSPECT_WORD = re.compile(LABEL_PROSPECT_WORDS)
_CANDIDATE_PAST = re.compile(CANDIDATE_PAST_CONTEXT)
_VOLUNTEER_CALL = re.compile(VOLUNTEER_CALL)
_TEAM = re.compile(TEAM_CONTEXT)
_NOT_INTERNSHIP_AFTER = re.compile(NOT_INTERNSHIP_AFTER)
_BOARD_SECTION = re.compile(BOARD_SECTION_BEFORE_INTERNSHIP)
_INDEPENDENT_ENTITY = re.compile(INDEPENDENT_ENTITY_BEFORE)
_IMPLIED_CDD = re.compile(IMPLIED_CDD)
_PLURAL_PEOPLE = re.compile(PLURAL_PEOPLE)
_PEOPLE_IN_SERVICE = re.compile(PEOPLE_IN_SERVICE_BEFORE)
_MANAGED_PEOPLE = re.compile(MANAGED_PEOPLE_BEFORE)
_CONTRACTUAL_THING = re.compile(CONTRACTUAL_THING_BEFORE)
_PATH = re.compile(r"\S*/\S*")          # a link's address or a path: its words are not a call
# "Type de contrat : CDD" on one line, or a label line then its block (up to a blank line).
_LABEL = re.compile(r"^\W*(?:%s)[ \t]*(?::[ \t]*([^\n]+)|\n((?:[^\n]+\n?){1,3}))" % "|".join(CONTRACT_LABELS), re.M)
# Kinds that only count when nothing else is offered.
_WEAK = ("benevolat",)


def types_in(folded: str) -> list[str]:
    """Contract types named in an accent-folded phrase (a label's value, a title), in contract order."""
    return [k for k in CONTRACT_TYPES if _TYPE_RES[k].search(folded)]


def find_contract_types(text: str, title: str = "", weak_spans: list[tuple[int, int]] = ()) -> Found | None:
    """Every kind of engagement offered, from labels, then the title, then the
    text. Mentions inside ``weak_spans`` (a part presenting the employer or
    its product) count only when the rest of the offer names none."""
    folded = fold_in_place(text)
    for m in _LABEL.finditer(folded):
        kinds = _offered_in(m.group(1) or m.group(2))
        if kinds:
            return Found(_normalise(kinds), m.start(), m.end())
    kinds = types_in(fold(title)) if title else []
    counts: dict[str, int] = {}
    weak: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    for m in (m for a, b in lines_with(text, CONTRACT_KEYS) for m in _ANY.finditer(folded, a, b)):
        if m.start() and folded[m.start() - 1].isalnum():
            continue
        kind = m.lastgroup
        before = folded[max(0, m.start() - 60):m.start()]
        if _PROSPECT.search(before) or _CANDIDATE_PAST.search(before):
            continue                     # a later contract, or one the candidate has had
        if m.group() == VOLUNTEERS_PLURAL and not _VOLUNTEER_CALL.search(before):
            continue                     # the employer's volunteers, not a volunteer post
        if kind in TEAM_KINDS and _TEAM.search(folded, max(0, m.start() - 100), m.start()):
            continue                     # the employer's people listed: "emploie 90 salariés, ... services civiques"
        if kind == "stage" and _NOT_INTERNSHIP_AFTER.match(folded, m.end()):
            continue                     # a training course: "stage de préparation au départ"
        if kind == "stage" and _BOARD_SECTION.search(before):
            continue                     # a board's section: "Emplois et stages dans le secteur culturel"
        if m.group().startswith("independ") and _INDEPENDENT_ENTITY.search(before):
            continue                     # the employer described: "organisation laïque et indépendante"
        if m.group().startswith("contractuel") and _CONTRACTUAL_THING.search(before):
            continue                     # a thing of contracts: "engagements contractuels", "relation contractuelle"
        plural = _plural(m, before)
        if plural and _MANAGED_PEOPLE.search(before):
            continue                     # the post's tasks: "engager et gérer des stagiaires"
        people = plural and not _VOLUNTEER_CALL.search(_PATH.sub(" ", before))
        tally = weak if people or any(a <= m.start() < b for a, b in weak_spans) else counts
        tally[kind] = tally.get(kind, 0) + 1
        first.setdefault(kind, (m.start(), m.end()))
    if not kinds:
        kinds = _strong_first([k for k in CONTRACT_TYPES if k in counts])
        if not kinds or kinds[0] in _WEAK:
            implied = _IMPLIED_CDD.search(folded)     # "Contrat d'un an" before the weak parts' mentions
            if implied:
                return Found(["cdd"], implied.start(), implied.end())
            kinds = kinds or _strong_first([k for k in CONTRACT_TYPES if k in weak])
    if not kinds:
        return None
    start, end = min((first.get(k, (0, 0)) for k in kinds), default=(0, 0))
    return Found(_normalise(kinds), start, end)


def _offered_in(value: str) -> list[str]:
    """The kinds a label's folded value offers, without those named as a prospect ("CDD d'un an
    puis CDI", "CDD pouvant évoluer en CDI")."""
    kinds = types_in(value)
    if not kinds or not _LABEL_PROSPECT_WORD.search(value):
        return kinds                     # no word of a prospect: every kind named is offered
    return [k for k in kinds
            if any(not _LABEL_PROSPECT.search(value, max(0, m.start() - 60), m.start()) for m in _TYPE_RES[k].finditer(value))]


def _plural(m: re.Match, before: str) -> bool:
    """Whether a mention names people in the plural (interns, apprentices, volunteers) or
    courses ("des stages sportifs"): see PLURAL_PEOPLE. They count as offered only after a
    call for them (in the text, not in a link's address: "[...](…/Recrutent-3/), des services
    civiques")."""
    return bool(_PLURAL_PEOPLE.fullmatch(m.group()) or (m.lastgroup == "service_civique" and _PEOPLE_IN_SERVICE.search(before)))


def _strong_first(kinds: list[str]) -> list[str]:
    """The kinds that count whatever else is named; the weak ones only when alone."""
    return [k for k in kinds if k not in _WEAK] or kinds


def _normalise(kinds: list[str]) -> list[str]:
    """An apprenticeship is an alternance, whatever the legal contract under it
    (a "Stage / Alternance" offer stays both)."""
    kinds = list(dict.fromkeys(kinds))
    if "alternance" in kinds:
        kinds = [k for k in kinds if k not in ("cdd", "cdi")]
    return kinds
