"""The structure step for web pages: HTML to offer text, chrome set aside.

A page is walked in reading order and written as markdown-like text that the
cleaning step already reads: headings as ``#`` lines, list items as ``- ``
lines, bold as ``**``, links as "label (url)". Page chrome is set aside by
its markup (navigation, page header and footer, asides, forms, cookie
banners, share buttons: :mod:`filon.extract.vocab.markup`). Tables become
"label : value" lines; a listing (a table whose header names columns, or
sibling elements of one shape such as a grid of job cards) has each row or
card written between :data:`CARD_START` and :data:`CARD_END` lines, which
the splitting step takes as the bounds of one offer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import is_section_line
from .sections import section_of
from .vocab.apply import APPLY_CUES
from .vocab.markup import (
    BLOCK_TAGS,
    CARD_CLASS_WORDS,
    CARD_END,
    CARD_START,
    CHROME_CLASS_WORDS,
    CHROME_ROLES,
    CHROME_TAGS,
    FIELD_CLASS_WORDS,
    FIELD_LABELS,
    GENERIC_PAGE_NAMES,
    HEADING_TAGS,
    MAX_CARD_CHARS,
    MAX_FIELD_CHARS,
    MIN_CARDS,
    SKIPPED_TAGS,
)

_SPACE = re.compile(r"\s+")
_APPLY_CALL = re.compile(r"(?i)\b(?:%s)" % "|".join(APPLY_CUES))
_WORDS = re.compile(r"[^a-z0-9]+")
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s+::\s+|\s*»\s*")


@dataclass
class Page:
    """A page's offer text and its <title> (which often names the employer)."""
    text: str
    title: str | None = None


def render_html(html: str) -> Page:
    """The readable text of ``html`` with its structure, and its title."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):      # an empty, undecodable or tag-only document
        return Page("")
    title = root.findtext(".//title")
    title = _SPACE.sub(" ", title).strip() if title else None
    mains = root.xpath("//main|//*[@role='main']")
    articles = root.xpath("//article")
    body = root.find("body")
    body = mains[0] if len(mains) == 1 else articles[0] if len(articles) == 1 else root if body is None else body
    inside = len(mains) == 1 or len(articles) == 1
    text = _render_body(body, inside, by_class=True)
    heading = _title_heading_outside(root, body)
    if heading:
        text = f"# {heading}\n\n{text}"
    whole = len(_SPACE.sub(" ", body.text_content()))
    if whole > MIN_FALLBACK_CHARS and len(text) < whole * MIN_KEPT_SHARE:
        # Chrome by class words took most of the page ("site-content has-sidebar"):
        # its tags and roles alone tell the chrome.
        text = _render_body(body, inside, by_class=False)
    return Page(text, _without_page_heading(title, text))


MIN_FALLBACK_CHARS = 500     # a page this long that loses
MIN_KEPT_SHARE = 0.2         # ... more than four fifths of its text to class words is read again without them


def _title_heading_outside(root, body) -> str | None:
    """The page's one <h1> when it stands outside the part read (a hero banner
    above <main>) and that part has none: the offer's title."""
    if body is root or body.tag == "body" or body.xpath(".//h1"):
        return None
    outside = [h for h in root.xpath("//h1") if not any(a is body for a in h.iterancestors())
               and not any(_tag(a) in ("nav", "footer", "aside") for a in h.iterancestors())]
    if len(outside) != 1:
        return None
    return _inline_text(outside[0]) or None


def _render_body(body, inside: bool, by_class: bool) -> str:
    writer = _Writer()
    writer.by_class = by_class
    writer.cards = _listing_cards(body)
    _render(body, writer, inside)
    return writer.text()


def site_names(title: str | None) -> list[str]:
    """The parts of a page title ("Offres d'emploi | Association X" -> both)."""
    if not title:
        return []
    return [part.strip() for part in _TITLE_PARTS.split(title) if 2 <= len(part.strip()) <= 80]


def _without_page_heading(title: str | None, text: str) -> str | None:
    """The page title less the parts that repeat one of the page's headings or
    its first line ("Chargé de mission | Association X": the offer's own title
    names the page, not the site that publishes it)."""
    parts = site_names(title)
    if not parts:
        return title or None
    lines = text.split("\n")
    headings = {_heading_key(line) for line in lines[:1] + [line for line in lines if line.startswith("#")]}
    kept = [part for part in parts if not any(_heading_key(part) in heading for heading in headings)]
    return " | ".join(kept) if kept else None


def _heading_key(text: str) -> str:
    return " ".join(_WORDS.split(text.lstrip("#").lower())).strip()


def is_generic_page_name(name: str) -> bool:
    """A page title part that names the page, not the site ("Offres d'emploi",
    "Accueil", "Rejoignez-nous")."""
    return bool(_GENERIC_PAGE.match(name))


def is_only_page_name(name: str) -> bool:
    """Whether a name is nothing but page names ("Offres d'emploi", "Recrutement",
    "Offres d'emploi et de stages"): it names no post and no employer."""
    return bool(_ONLY_PAGE.fullmatch(name))


_GENERIC_PAGE = re.compile(r"(?i)^\W*(?:%s)\b" % "|".join(GENERIC_PAGE_NAMES))
_ONLY_PAGE = re.compile(r"(?i)\W*(?:{0})(?:\s*(?:et|&|/|,)\s*(?:de\s+|d')?(?:{0}))*\W*".format("|".join(GENERIC_PAGE_NAMES)))
_BOARD = re.compile(r"(?i)\b(?:%s)\b" % "|".join(GENERIC_PAGE_NAMES))


def is_board_name(name: str) -> bool:
    """A site whose name says it lists offers ("ESS Emploi Occitanie", "Jobs
    that make sense"): a job board, not an employer."""
    return bool(_BOARD.search(name))


class _Writer:
    """Lines of text being written, with the inline text of the current one."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.prefix = ""
        self.cards: set = set()             # the elements that are one offer's card
        self.by_class = True                # chrome told by class and id words too

    def inline(self, text: str | None) -> None:
        if text:
            self.current.append(text)

    def end_line(self) -> None:
        line = _SPACE.sub(" ", "".join(self.current)).strip()
        self.current = []
        if line and line not in ("**", "****"):
            self.lines.append(self.prefix + line)
        self.prefix = ""

    def blank(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def raw(self, line: str) -> None:
        self.end_line()
        self.lines.append(line)

    def text(self) -> str:
        self.end_line()
        return "\n".join(self.lines).strip()


def _tag(el) -> str | None:
    return el.tag.lower() if isinstance(el.tag, str) else None


def _class_words(el) -> set[str]:
    value = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return set(_WORDS.split(value)) if value.strip() else set()


def _is_chrome(el, tag: str, inside: bool, by_class: bool = True) -> bool:
    """Whether ``el`` is page chrome rather than part of the offer."""
    if tag in CHROME_TAGS:
        if tag == "aside" and _states_fields(el):
            return False                              # a job page's sidebar of the offer's own facts
        return not (inside and tag == "header")      # an article's header holds its title
    if (el.get("role") or "").lower() in CHROME_ROLES or el.get("aria-hidden") == "true":
        return True
    if not by_class:
        return False
    words = _class_words(el)
    if not words & CHROME_CLASS_WORDS or tag in ("body", "main", "article", "html"):
        return False
    # A link that calls to apply is the offer's, whatever its widget ("typeform-share button").
    return not (tag == "a" and _APPLY_CALL.search(_inline_text(el)))


def _states_fields(el) -> bool:
    """Whether ``el`` states the offer's facts ("Contrat : CDD", "Date limite : ...")
    rather than listing links (other offers, menus)."""
    text = _SPACE.sub(" ", el.text_content()).lower()
    if not text.strip():
        return False
    labels = sum(1 for label in FIELD_LABELS if label in text)
    links = sum(len(a.text_content()) for a in el.iter("a"))
    return labels >= 2 and links < 0.5 * len(text)


def _render(el, out: _Writer, inside: bool) -> None:
    """Write ``el`` (not its tail) to ``out``."""
    tag = _tag(el)
    if tag is None or tag in SKIPPED_TAGS or _is_chrome(el, tag, inside, out.by_class):
        return
    inside = inside or tag in ("article", "main")
    if tag in HEADING_TAGS:
        out.end_line()
        text = _inline_text(el, apply_urls=True)
        if text:
            out.raw("#" * HEADING_TAGS[tag] + " " + text)
            out.blank()
        return
    if tag == "br":
        out.end_line()
        return
    label = _field_label(el, tag)
    if label:
        out.raw(label)
        return
    if tag == "hr":
        out.blank()
        return
    if tag == "img":
        return
    if tag == "input":
        out.inline(_mail_address(el))
        return
    if tag == "a" and not _wraps_blocks(el):
        out.inline(_link_text(el))
        return
    if tag in ("strong", "b") and not any(_tag(c) in BLOCK_TAGS for c in el.iterdescendants()):
        text = _inline_text(el)
        if text and "*" not in text:
            out.inline(f"**{text}**")
        return
    if tag == "table":
        out.blank()
        _render_table(el, out, inside)
        out.blank()
        return
    if tag == "dl":
        out.blank()
        _render_definitions(el, out, inside)
        out.blank()
        return
    block = tag in BLOCK_TAGS
    if block:
        out.end_line()
    if tag == "li":
        out.prefix = "- "
    out.inline(el.text)
    for child in el:
        if child in out.cards:
            out.raw(CARD_START)
            _render(child, out, inside)
            out.raw(CARD_END)
        else:
            _render(child, out, inside)
        out.inline(child.tail)
    if tag in ("p", "section", "article", "ul", "ol", "blockquote", "dl", "address"):
        out.blank()
    elif block:
        out.end_line()


def _wraps_blocks(el) -> bool:
    """Whether a link wraps blocks (a listing's card whose whole box links to the
    offer: "<a><div><p>CDI | Paris</p><h2>Title</h2></div></a>"): its blocks are
    written as blocks, as a browser shows them, not run into one line."""
    return any(_tag(child) in BLOCK_TAGS and _tag(child) != "br" for child in el.iterdescendants())


def _field_label(el, tag: str) -> str | None:
    """``el`` as a labelled line ("Lieu : Besançon") when its class names a
    field of the offer and it holds a short value, else None."""
    if tag in ("a", "table", "ul", "ol", "body", "main", "article", "section") or not el.get("class"):
        return None
    words = _class_words(el)
    label = next((name for name, names in FIELD_CLASS_WORDS.items() if words & names), None)
    if label is None or any("label" in _class_words(child) for child in el.iterdescendants()):
        return None                      # a field that holds its own label ("field__label"): its blocks say it
    text = _inline_text(el)
    if not text or len(text) > MAX_FIELD_CHARS or ":" in text:
        return None
    return f"{label} : {text}"


def _inline_text(el, apply_urls: bool = False) -> str:
    """The text of ``el`` on one line, without its chrome and skipped parts;
    with ``apply_urls``, a link that calls to apply keeps its address (a
    heading "Candidatez sur notre site", whose link is where one applies)."""
    sub = _Writer()
    sub.inline(el.text)
    for child in el:
        tag = _tag(child)
        if tag == "a":
            sub.inline(_link_text(child, with_url=apply_urls and bool(_APPLY_CALL.search(_inline_text(child)))))
        elif tag not in SKIPPED_TAGS and tag is not None:
            sub.inline(_inline_text(child, apply_urls))
        sub.inline(" " if tag in BLOCK_TAGS else "")
        sub.inline(child.tail)
    return _SPACE.sub(" ", "".join(sub.current)).strip()


def _link_text(el, with_url: bool = True) -> str:
    """A link as "label (url)", an e-mail link as its address."""
    label = _inline_text(el)
    href = (el.get("href") or "").strip()
    if href.lower().startswith("mailto:"):
        address = href[7:].split("?")[0]
        return label if "@" in label else address or label
    if not with_url or not href.lower().startswith(("http://", "https://")) or href.rstrip("/") in label:
        return label
    return f"{label} ({href})" if label else href


def _mail_address(el) -> str:
    """The address of a mail button ("<input onclick=...mailto:...>"), else nothing."""
    match = _MAILTO.search(f"{el.get('onclick') or ''} {el.get('value') or ''}")
    return f" {match.group(1)} " if match else ""


_MAILTO = re.compile(r"(?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")


def _listing_cards(body) -> set:
    """The cards of the page's listings: the groups :func:`_cards` finds, and
    every other element of the same shape (a grid of one card under its own
    heading) that reads as a card."""
    cards: set = set()
    shapes: set = set()
    for el in body.iter():
        if _tag(el) in BLOCK_TAGS and len(el) >= MIN_CARDS:
            group = _cards(el)
            if group:
                cards |= group
                shapes |= {(_tag(c), c.get("class")) for c in group if c.get("class")}
    if shapes:
        cards |= {el for el in body.iter() if isinstance(el.tag, str) and (_tag(el), el.get("class")) in shapes
                  and el not in cards and _card_lines(el)}
    return cards


def _card_lines(el) -> list[str] | None:
    """The lines of ``el`` when it is short and opens with a title, else None."""
    if len(el.text_content()) > 4 * MAX_CARD_CHARS:
        return None                               # too long to be a card, whatever its markup
    sub = _Writer()
    _render(el, sub, True)
    lines = [line for line in sub.text().split("\n") if line.strip()]
    if len(lines) < 2 or sum(map(len, lines)) > MAX_CARD_CHARS or len(lines[0]) > 150:
        return None
    first = lines[0].lstrip("#*- ").rstrip("*: ")
    if section_of(first) is not None or is_section_line(first):
        return None                           # the parts of one offer ("Missions", "Profil") or its facts ("Lieux")
    return lines


def _cards(el) -> set | None:
    """The children of ``el`` that are the cards of a listing, if any: at
    least MIN_CARDS siblings of one shape (tag and class), most of ``el``'s
    children, each short and of two lines or more (a title and what follows)."""
    children = [c for c in el if _tag(c) and _tag(c) not in ("br", "hr", "script", "style")]
    if len(children) < MIN_CARDS:
        return None
    shapes: dict[tuple, list] = {}
    for child in children:
        shapes.setdefault((_tag(child), child.get("class") or ""), []).append(child)
    (tag, classes), group = max(shapes.items(), key=lambda item: len(item[1]))
    if len(group) < MIN_CARDS or 2 * len(group) < len(children) or tag not in BLOCK_TAGS or tag in HEADING_TAGS:
        return None
    named = bool(set(_WORDS.split(classes.lower())) & CARD_CLASS_WORDS)
    if tag in ("p", "tr", "td", "dd", "dt") or not (named or (classes and len(group) >= 3) or tag in ("li", "article")):
        return None
    firsts, kept = set(), []
    for child in group:
        lines = _card_lines(child)
        if not lines:
            if _is_apply_card(child):
                continue              # "Candidature spontanée" closing a grid of posts: how to apply, not a post
            return None
        firsts.add(lines[0].lower())
        kept.append(child)
    return set(kept) if len(kept) >= MIN_CARDS and len(firsts) == len(kept) else None


def _is_apply_card(el) -> bool:
    """Whether a listing's card is its call to apply ("Candidature spontanée", "Postuler")."""
    sub = _Writer()
    _render(el, sub, True)
    first = next((line for line in sub.text().split("\n") if line.strip()), "")
    return section_of(first.lstrip("#*- ").rstrip("*: ")) == "apply"


def _render_definitions(dl, out: _Writer, inside: bool) -> None:
    """A definition list ("<dt>Référence</dt><dd>2024-12</dd>") as "label : value" lines."""
    label = ""
    for child in dl.iter("dt", "dd"):
        if _tag(child) == "dt":
            label = _inline_text(child).rstrip(" :")
            continue
        sub = _Writer()
        _render(child, sub, inside)
        lines = [line for line in sub.text().split("\n") if line.strip()]
        if lines:
            out.raw(f"{label} : {lines[0]}" if label else lines[0])
            for line in lines[1:]:
                out.raw(line)


def _cells(row) -> list:
    return [c for c in row if _tag(c) in ("td", "th")]


def _render_table(table, out: _Writer, inside: bool) -> None:
    """A table as "label : value" lines, or, for a listing, one card per row."""
    rows = [r for r in table.iter("tr") if r.getparent() is table or r.getparent().getparent() is table]
    if not rows:
        return
    head = _cells(rows[0])
    body = rows[1:]
    header_row = len(head) >= 3 and all(_tag(c) == "th" for c in head)
    if header_row and len(body) >= 2 and all(len(_cells(r)) == len(head) for r in body):
        labels = [_inline_text(c) for c in head]
        for row in body:
            out.raw(CARD_START)
            for label, cell in zip(labels, _cells(row), strict=True):
                value = _inline_text(cell)
                if value:
                    out.raw(f"{label} : {value}" if label else value)
            out.raw(CARD_END)
        return
    for row in rows:
        cells = _cells(row)
        if len(cells) == 1 or (cells and all(not _inline_text(c) for c in cells[1:])):
            cell = cells[0]
            if _tag(cell) == "th":
                text = _inline_text(cell)
                if text:
                    out.raw("### " + text)
            else:
                _render(cell, out, inside)
                out.end_line()
        elif len(cells) == 2:
            label = _inline_text(cells[0]).rstrip(" :")
            sub = _Writer()
            _render(cells[1], sub, inside)
            value = sub.text().split("\n")
            out.raw(f"{label} : {value[0]}" if label else value[0])
            for line in value[1:]:
                if line.strip():
                    out.raw(line)
        elif cells:
            out.raw(" | ".join(t for t in (_inline_text(c) for c in cells) if t))
