"""Sections of an offer: context, missions, profile, conditions, how to apply.

Headings come from the markup (markdown, Word styles) or are recognised in
plain text (a short line that names a known part, or one set in capitals).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clean import Heading
from .record import Section
from .vocab.sections import SECTION_HEADINGS, SECTION_PREFIX

# One pattern, a named group per section, tried in the table's order.
_SECTION = re.compile(r"\W*" + SECTION_PREFIX + "(?:" + "|".join(
    f"(?P<{name}>{'|'.join(pats)})" for name, pats in SECTION_HEADINGS.items()) + ")", re.I)


_NOT_HEADING = re.compile(r"[.,;]$|:\s*\S")


@lru_cache(maxsize=1 << 12)
def section_of(heading: str) -> str | None:
    """The section a heading line opens, or None (cached: the same headings come back, in an
    offer's parts and across the offers of one site)."""
    heading = heading.strip()
    if len(heading) > 80:
        return None
    m = _SECTION.match(heading)
    return m.lastgroup if m else None


def plain_headings(text: str) -> list[Heading]:
    """Heading-like lines of plain text: short, no final period, naming a
    section or written in capitals."""
    found = []
    offset = 0
    for line in text.split("\n"):
        if len(line) <= 90 and _is_plain_heading(line):
            found.append(Heading(offset, offset + len(line), 8))
        offset += len(line) + 1
    return found


@lru_cache(maxsize=1 << 14)
def _is_plain_heading(line: str) -> bool:
    """Whether a line (of 90 characters at most) is a heading of plain text (cached: a site's
    offers share their headings and labels)."""
    stripped = line.strip()
    if 2 < len(stripped) <= 80 and not stripped.startswith("- ") and not _NOT_HEADING.search(stripped):
        is_caps = stripped.isupper() and sum(c.isalpha() for c in stripped) >= 4
        return bool(is_caps or ((stripped.endswith(":") or len(stripped) <= 40) and section_of(stripped)))
    return False


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
