"""Sections of an offer: context, missions, profile, conditions, how to apply.

Headings come from the markup (markdown, Word styles) or are recognised in
plain text (a short line that names a known part, or one set in capitals).
"""
from __future__ import annotations

import re

from .clean import Heading
from .record import Section
from .vocab.sections import SECTION_HEADINGS, SECTION_PREFIX

_PATTERNS = [(name, re.compile(r"^\W*" + SECTION_PREFIX + "(?:" + "|".join(pats) + ")", re.I))
             for name, pats in SECTION_HEADINGS.items()]


_NOT_HEADING = re.compile(r"[.,;]$|:\s*\S")
_NOT_LETTER = re.compile(r"[^A-Za-zÀ-ÿ]")


def section_of(heading: str) -> str | None:
    """The section a heading line opens, or None."""
    heading = heading.strip()
    if len(heading) > 80:
        return None
    for name, pattern in _PATTERNS:
        if pattern.match(heading):
            return name
    return None


def plain_headings(text: str) -> list[Heading]:
    """Heading-like lines of plain text: short, no final period, naming a
    section or written in capitals."""
    found = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if 2 < len(stripped) <= 80 and not _NOT_HEADING.search(stripped) and not stripped.startswith("- "):
            letters = _NOT_LETTER.sub("", stripped)
            is_caps = len(letters) >= 4 and letters.isupper()
            if is_caps or (section_of(stripped) and (stripped.endswith(":") or len(stripped) <= 40)):
                found.append(Heading(offset, offset + len(line), 8))
        offset += len(line) + 1
    return found


def find_sections(text: str, headings: list[Heading]) -> list[Section]:
    """Cut ``text`` into named sections at the headings that name one."""
    marks = sorted({(h.start, h.end) for h in headings} | {(h.start, h.end) for h in plain_headings(text)})
    sections: list[Section] = []
    current, start = "context", 0
    for h_start, h_end in marks:
        name = section_of(text[h_start:h_end])
        if name is None or name == current:
            continue
        if h_start > start:
            sections.append(Section(current, start, h_start))
        current, start = name, h_start
    if len(text) > start:
        sections.append(Section(current, start, len(text)))
    return [s for s in sections if text[s.start:s.end].strip()]
