"""Splitting: one document, one or several offers.

A digest page, a newsletter or a listing page holds several offers; a single
offer keeps being one even when it has many headings. The cues, tried in
order: separator lines between offers, digest headers ("Organisation (Ville
– 75003) – Intitulé du poste"), sibling headings that name posts, and
paragraphs that open with "Le premier poste" / "Le second poste", and
lines numbered 1, 2, 3... that each name a post.
What lies outside every offer (the page's introduction, a closing "how to
apply" shared by all) is the shared context each offer may draw on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clean import Heading
from .fields import lines_with
from .lexicon import TITLE_LIKE, job_title_score
from .sections import section_of
from .vocab.titles import JOB_NOUNS

MIN_OFFER_CHARS = 120
_SEPARATOR = re.compile(r"^\s*(?:-{8,}|={8,}|_{8,}|(?:\*\s*){3,}|#{3,}|~{8,})\s*$", re.M)
_DIGEST_HEADER = re.compile(
    r"^(?P<org>[A-ZÀ-Ý0-9][^\n()]{1,80}?)\s*\((?P<place>[A-ZÀ-Ý0-9][^\n()]{1,60}?)(?:\s*[-–—,]\s*(?P<code>\d{5}|\d{2}|2[AB]))?\)"
    r"\s*[-–—:]\s*(?P<title>[^\n]{3,150})$", re.M)
_DIGEST_KEYS = (") -", ") –", ") —", "):", ") :", ")-", ")–")
_CODE = re.compile(r"\b(?:\d{5}|\d{2}|2[AB])\b")
MIN_REPEATED_HEADERS = 3
_JOB_NOUN = re.compile(r"^(?:\S+\s+){0,2}?\W*(?:%s)(?:e?s)?\b" % "|".join(JOB_NOUNS), re.I)


def names_post(line: str) -> bool:
    """Whether ``line`` names a post: a job noun opens it, or the job-title
    lexicon scores it as a title ("Attaché de recherche clinique (H/F)")."""
    return bool(_JOB_NOUN.search(line)) or job_title_score(line) >= TITLE_LIKE
_SEPARATOR_MARKS = ("--------", "========", "________", "***", "* * *", "###", "~~~~~~~~")
_ORDINAL_KEYS = ("premi", "second", "deuxième", "troisième", "quatrième", "dernier", "dernière", "poste ", "offre ")
_ORDINAL = re.compile(
    r"^(?:pour\s+)?(?:le|la)\s+(?:premi(?:er|ère)|second(?:e)?|deuxième|troisième|quatrième|dernier|dernière)"
    r"\s+(?:poste|offre|profil|volontaire|stage)\b|^(?:poste|offre)\s+(?:n°\s*)?\d\s*[:.-]", re.I | re.M)


@dataclass
class Segment:
    """One offer's span of the cleaned text, and what its digest header said."""
    start: int
    end: int
    header: dict[str, str] = field(default_factory=dict)
    title_span: tuple[int, int] | None = None
    card: bool = False                   # a listing's row or card, marked by the structure step


def split(text: str, headings: list[Heading], cards: list[tuple[int, int]] = ()) -> tuple[list[Segment], list[tuple[int, int]]]:
    """The offers of ``text`` in document order, and the spans shared by all.
    ``cards`` are the rows and cards of a listing that the structure step found."""
    if len(cards) >= 2:
        segments = [Segment(a, b, card=True) for a, b in cards]
        return segments, _outside(text, segments)
    for finder in (_by_separator, _by_digest_header, _by_headings, _by_ordinals, _by_numbers):
        segments = finder(text, headings)
        if len(segments) >= 2:
            return segments, _outside(text, segments)
    return [Segment(0, len(text))], []


def _outside(text: str, segments: list[Segment]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for seg in segments:
        if seg.start > pos and text[pos:seg.start].strip():
            spans.append((pos, seg.start))
        pos = seg.end
    if pos < len(text) and text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


def _by_separator(text: str, headings: list[Heading]) -> list[Segment]:
    if not any(mark in text for mark in _SEPARATOR_MARKS):
        return []
    bounds = [0] + [x for m in _SEPARATOR.finditer(text) for x in (m.start(), m.end())] + [len(text)]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    parts = [(a, b) for a, b in parts if len(text[a:b].strip()) >= MIN_OFFER_CHARS]
    if len(parts) < 2:
        return []
    # A short page introduction before the first separator is shared, not an offer.
    first = text[parts[0][0]:parts[0][1]]
    if len(parts) > 2 and len(first.strip()) < 400 and not names_post(first.strip().split("\n")[0]):
        parts = parts[1:]
    segments = []
    for a, b in parts:
        a += len(text[a:b]) - len(text[a:b].lstrip())
        b = a + len(text[a:b].strip())
        if _has_intro_line(text, a, b):
            a = text.index("\n", a) + 1
            a += len(text[a:b]) - len(text[a:b].lstrip())
        segments.append(Segment(a, b))
    # Each part must open with a post's title, or the rule was decoration.
    if not all(names_post(text[s.start:s.end].split("\n", 1)[0][:150]) for s in segments):
        return []
    return segments


def _has_intro_line(text: str, a: int, b: int) -> bool:
    """A first block like "Offres d'emploi ... (5 offres)" that titles the page."""
    first = text[a:b].split("\n", 1)[0]
    return bool(re.search(r"\(\s*\d+\s+offres?\s*\)|\bsélection\b", first, re.I)) and "\n\n" in text[a:b]


def _by_digest_header(text: str, headings: list[Heading]) -> list[Segment]:
    """Lines "Employer (Town – 75003) – Title" opening each offer of a digest.
    Three lines of that shape are a digest by their repetition alone; fewer
    must each be a heading, carry a postal or département code, or name a post."""
    heading_starts = {h.start for h in headings}
    shaped = [m for a, b in lines_with(text, _DIGEST_KEYS) for m in _DIGEST_HEADER.finditer(text, a, b)]
    matches = shaped if len(shaped) >= MIN_REPEATED_HEADERS else [
        m for m in shaped if m.start() in heading_starts or _CODE.search(m.group("place")) or m.group("code")
        or names_post(m.group("title"))]
    if len(matches) < 2:
        return []
    segments = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        header = {k: v.strip() for k, v in m.groupdict().items() if v}
        segments.append(Segment(m.start(), end, header, (m.start("title"), m.end("title"))))
    return _last_part_like_the_others(text, segments)


def _last_part_like_the_others(text: str, segments: list[Segment]) -> list[Segment]:
    """When every part but the last is one block (no blank line inside), the
    last ends with its first block: what follows closes the digest and is
    shared ("Pour toute question sur cette lettre : ...")."""
    if all("\n\n" not in text[s.start:s.end].strip() for s in segments[:-1]):
        last = segments[-1]
        cut = text.find("\n\n", last.start, last.end)
        if cut > 0 and text[cut:last.end].strip():
            last.end = cut
    return segments


def _by_headings(text: str, headings: list[Heading]) -> list[Segment]:
    """Sibling headings that name posts ("Responsable de pôle", "Bénévole")."""
    by_level: dict[int, list[Heading]] = {}
    for h in headings:
        line = text[h.start:h.end]
        if names_post(line) and section_of(line) is None and len(line) <= 90 \
                and not re.search(r"\brecrute(?:nt)?\b|\brecherche(?:nt)?\s+(?:une?|des|son|sa|ses|\d)\b", line, re.I):
            by_level.setdefault(h.level, []).append(h)
    for level in sorted(by_level):
        posts = by_level[level]
        if len(posts) < 2 or _under_section(text, headings, posts[0]):
            continue
        segments = []
        for i, h in enumerate(posts):
            limit = posts[i + 1].start if i + 1 < len(posts) else len(text)
            # An offer ends at the next heading of a higher rank (a page part).
            end = next((o.start for o in headings if h.start < o.start < limit and o.level < level), limit)
            segments.append(Segment(h.start, end, title_span=(h.start, h.end)))
        if all(len(text[s.start:s.end].strip()) >= 60 for s in segments):
            return segments
    return []


def _under_section(text: str, headings: list[Heading], first: Heading) -> bool:
    """Whether the heading just before ``first``, of the same rank, names a
    part of an offer: then the headings that follow are the facets of that
    part ("Missions principales", then "Chargé·e de projets" and "Chargé·e
    d'études"), not offers. A heading of higher rank ("Les rôles") may
    introduce the posts."""
    before = [h for h in headings if h.start < first.start]
    return bool(before) and before[-1].level >= first.level \
        and section_of(text[before[-1].start:before[-1].end]) not in (None, "apply")


def _by_ordinals(text: str, headings: list[Heading]) -> list[Segment]:
    """Paragraphs opening with "Pour le premier poste", "Le second poste"..."""
    starts = [m.start() for a, b in lines_with(text, _ORDINAL_KEYS) for m in _ORDINAL.finditer(text, a, b)]
    if len(starts) < 2:
        return []
    segments = []
    for i, s in enumerate(starts):
        end = text.find("\n\n", s)
        end = len(text) if end < 0 else end
        if i + 1 < len(starts):
            end = min(end, starts[i + 1])
        segments.append(Segment(s, end))
    return segments


_NUMBERED = re.compile(r"^[ \t]*(?P<n>\d{1,2})[ \t]*[.)][ \t]+(?P<title>[^\n]{3,200})$", re.M)
_FIRST_NUMBER = re.compile(r"\n[ \t]*1[ \t]*[.)][ \t]")


def _by_numbers(text: str, headings: list[Heading]) -> list[Segment]:
    """Lines numbered 1, 2, 3... that each name a post ("1. Stage auprès de la section des politiques
    de la science", "2. Stage auprès de l'Unité Europe"), each offer running to the next; a numbered
    list of tasks, or of one-line domains, is no listing."""
    if not (_FIRST_NUMBER.search(text) or _NUMBERED.match(text)):
        return []                    # no line opens on "1." or "1)": the text's one pass, a literal scanned for in C
    runs: list[list[re.Match]] = []
    for m in _NUMBERED.finditer(text):
        n = int(m.group("n"))
        if n == 1:
            runs.append([m])
        else:                        # the latest run that this number continues: an offer's own list may be inside
            run = next((r for r in reversed(runs) if len(r) + 1 == n), None)
            if run:
                run.append(m)
    for run in runs:
        if len(run) < 2 or not all(names_post(m.group("title")) and section_of(m.group("title")) is None for m in run):
            continue
        ends = [m.start() for m in run[1:]] + [len(text)]
        segments = [Segment(m.start(), end, title_span=(m.start("title"), m.end("title"))) for m, end in zip(run, ends, strict=True)]
        if all(len(text[s.start:s.end].strip()) >= MIN_OFFER_CHARS for s in segments[:-1]):
            return segments          # (the last may be cut short: a page's excerpt, an e-mail's preview)
    return []
