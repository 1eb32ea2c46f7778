"""Cleaning: from loaded text to the offer text the board shows and fields read.

Unicode and white space are normalised, markdown is rendered to plain text
(its headings are remembered), YAML front matter becomes labelled lines,
and web-page chrome is dropped: navigation, cookie banners, share and
"Postuler" buttons, repeated "Pour en savoir plus : <url>" lines, footers.
A sentence of the offer itself is never dropped.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import CLEARLY_TITLE, is_chrome_line, job_title_score
from .scanners import Anchors, CommentsAndScripts
from .vocab.boilerplate import (
    BOILERPLATE_FIRST_WORDS,
    BOILERPLATE_LINES,
    BOILERPLATE_MAX_CHARS,
    COOKIE_BANNER,
    REPEATED_LINK_LINE_MIN,
)
from .vocab.frontmatter import FRONT_MATTER_LABELS
from .vocab.markup import CARD_END, CARD_START, LABEL_LINES

_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000\t"), " ")
_DROP = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_QUOTES = {ord("\u2019"): "'", ord("\u2018"): "'", ord("\u02bc"): "'", ord("\u2032"): "'",
           ord("\u201c"): '"', ord("\u201d"): '"', ord("\u2010"): "-", ord("\u2011"): "-",
           ord("\u2212"): "-", ord("\u2024"): "."}
_BOILERPLATE = re.compile(r"(?:%s)" % "|".join(BOILERPLATE_LINES), re.I)
_COOKIES = re.compile(COOKIE_BANNER, re.I)
FRONT_MATTER = re.compile(r"\A\s*(?:---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\+\+\+)[ \t]*(?:\n|\Z)", re.S)
# Every repeated part is bounded: an unbounded one is quadratic on a long line
# of unclosed openings ("[a](" * 5000, "**a " * 5000 took seconds).
_LINK = re.compile(r"!?\[([^\]\n]{0,500})\]\(\s*<?([^)\s>[\]]{0,2000})>?(?:\s+\"[^\"\n]{0,300}\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?!\s)(.+?)(?<!\s)\1\s*:?\s*$")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?!\w)"
                       r"|(?<![\w])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![\w])")
_STRIKE = re.compile(r"~~.*?~~")
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>")
_COMMENT = CommentsAndScripts()          # linear scanners: the regexes they replace were quadratic
_ANCHOR = Anchors()
_BULLET = re.compile(r"^(\s*)(?:[*+•●▪◦■►➢➤✔✓☑✅❎🔹🔸]|-(?!-))\s+")
_RULE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_SEPARATOR = re.compile(r"^\s*-{8,}\s*$")
_MULTISPACE = re.compile(r" {2,}")
_MARKUP_ONLY = re.compile(r"[\\|>*_#]+")
_MORE_INFO = re.compile(r"(?:pour\s+)?(?:en\s+savoir\s+plus|plus\s+d'info)", re.I)
_MARKUP_CHARS = re.compile(r"[\[*_<~\\`]")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!~|>])")


@dataclass
class Heading:
    """A heading line of the cleaned text; ``level`` 1-6 from markdown, 7 for
    a line set in bold on its own."""
    start: int
    end: int
    level: int


@dataclass
class Cleaned:
    text: str
    headings: list[Heading] = field(default_factory=list)
    cards: list[tuple[int, int]] = field(default_factory=list)   # a listing's offers (start, end)


_TABLE = {**_SPACES, **_DROP, **_QUOTES}
_SPECIAL = re.compile("[%s]" % re.escape("".join(map(chr, _TABLE))))


def normalize(text: str) -> str:
    """NFC, one kind of space, apostrophe and dash, no invisible characters."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _SPECIAL.sub(lambda m: _TABLE[ord(m.group(0))] or "", text)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front matter of a markdown post (YAML between ``---``, TOML between
    ``+++``) as flat key -> text, and the body."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta = _parse_front_matter(match.group(1), toml=text.lstrip().startswith("+++"))
    return meta, text[match.end():]


def _parse_front_matter(source: str, toml: bool) -> dict[str, str]:
    """Front matter read by PyYAML or tomllib; line by line when it is malformed."""
    try:
        if toml:
            import tomllib

            data = tomllib.loads(source)
        else:
            import yaml

            # libyaml's parser when PyYAML was built with it: the same safe
            # constructor, about 8 times faster than the pure-Python parser.
            data = yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
    except Exception:  # noqa: BLE001 - any parser error: read it line by line
        data = None
    if isinstance(data, dict):
        return {str(k).lower(): _flat(v) for k, v in data.items() if _flat(v)}
    meta: dict[str, str] = {}
    key = None
    for line in source.split("\n"):
        item = re.match(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$", line)
        if item:
            key, value = item.group(1).lower(), item.group(2).strip()
            meta[key] = _unquote(value)
        elif key and line.startswith((" ", "-")) and line.strip():
            extra = _unquote(line.strip().lstrip("-").strip())
            meta[key] = (meta[key] + " " + extra).strip() if meta[key] not in ("|", ">", ">-", "|-") else extra
    return meta


def _flat(value) -> str:
    """A front matter value as one line of text ("" for nothing)."""
    if value is None or isinstance(value, (dict, bool)):
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(filter(None, map(_flat, value)))
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return re.sub(r"\s+", " ", str(value)).strip()


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner.replace('\\"', '"')
    return value


def render_front_matter(meta: dict[str, str]) -> list[str]:
    """Labelled French lines for the front matter keys that matter."""
    if not meta:
        return []
    lines = []
    for keys, label in FRONT_MATTER_LABELS:
        value = next((meta[k] for k in keys if meta.get(k) and meta[k] not in ("null", "~")), None)
        if not value:
            continue
        if label in ("Publié le", "Fin de publication"):
            value = value[:10].replace("/", "-") if re.match(r"\d{4}[-/]\d\d[-/]\d\d", value) else value
        lines.append(f"{label} : {value}" if label else value)
        lines.append("")
    return lines


def _render_link(match: re.Match) -> str:
    label, target = match.group(1).strip(), match.group(2).strip()
    if match.group(0).startswith("!"):
        return ""
    target = target[7:] if target.lower().startswith("mailto:") else target
    if not target or target.startswith("#"):
        return label
    if not label or label.rstrip("/").lower() == target.rstrip("/").lower() or target in label:
        return target if not label or label.startswith(("http", "www")) or "@" in label else label
    return f"{label} ({target})"


# A Markdown link that a hard-wrapped file (text at 80 columns) broke over lines.
_WRAPPED_LINK = re.compile(r"\[([^\][]{0,500})\]\(([^()\s]{0,2000}(?:\n[^()\s]{1,2000}){1,20})\)|\[([^\][\n]{0,500}(?:\n[^\][\n]{1,500}){1,5})\]\(")


def _joined_link(m: re.Match) -> str:
    """A broken link on one line: its address without the breaks, its label with a space for each
    (none where the label is an address too)."""
    label = m.group(1) if m.group(1) is not None else m.group(3)
    joint = "" if label.lstrip().startswith(("http", "www.")) else " "
    label = joint.join(part.strip() for part in label.split("\n"))
    if m.group(2) is None:
        return f"[{label}]("
    return f"[{label}]({m.group(2).replace(chr(10), '')})"


def render_inline(line: str) -> str:
    """Markdown and HTML inline markup of one line rendered as plain text."""
    if not _MARKUP_CHARS.search(line):
        return line
    # Each pattern only where its opening character is (a line rarely holds every kind of markup).
    if "~~" in line:
        line = _STRIKE.sub("", line)
    if "[" in line:
        line = _LINK.sub(_render_link, line)
    if "<" in line:
        line = _ANCHOR.sub(lambda m: _render_link(re.match(r"\[(.*)\]\((.*)\)", f"[{m.group(2)}]({m.group(1)})")), line)
        line = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), line)
        line = re.sub(r"<br\s*/?>", " ", line, flags=re.I)
        line = _TAG.sub("", line)
    for _ in range(2):
        if "*" in line or "_" in line:
            line = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", line)
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
    return line


def unwrap_lines(text: str) -> str:
    """Rejoin lines that a PDF hard-wrapped mid-sentence, and hyphenated words."""
    lines = [ln.rstrip() for ln in normalize(text).split("\n")]
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if out and stripped and out[-1].strip():
            prev = out[-1].rstrip()
            if re.search(r"[a-zà-ÿ]-$", prev) and re.match(r"[a-zà-ÿ]", stripped):
                out[-1] = prev[:-1] + stripped
                continue
            if _continues(prev, stripped):
                out[-1] = prev + " " + stripped
                continue
        out.append(line)
    return "\n".join(out)


def unwrap_hard_wrapped(text: str) -> str:
    """``text`` with the lines that a mailer or an editor wrapped at a fixed width (e-mails at 72
    columns, a text file at 80) rejoined where the sentence goes on; a text whose lines are its
    paragraphs, or are short by design (labels, lists), is left as it is."""
    lines = text.split("\n")
    lengths = list(map(len, lines))
    full = sorted(n for n in lengths if n >= WRAPPED_MIN)
    if len(full) < WRAPPED_JOINTS:
        return text
    # A long line that a mailer could have wrapped, its addresses aside (it never breaks one).
    long, most = 0, len(full) * LONG_LINES_SHARE
    for line in (lines[i] for i, n in enumerate(lengths) if n > WRAP_WIDTH_MAX):
        if ("://" not in line and "www." not in line) or _without_addresses(line) > WRAP_WIDTH_MAX:
            long += 1
            if long > most:
                return text              # its lines are its paragraphs
    width = full[int(len(full) * 0.9) - 1]       # the width most lines keep under (a few may pass it)
    if sum(_joins(lines[i - 1], lines[i], width) for i in range(1, len(lines))) < WRAPPED_JOINTS:
        return text
    out: list[str] = []
    for line in lines:
        if out and _joins(out[-1], line, width):
            prev = out[-1].rstrip()
            # a word or an address broken at its own hyphen ("anti-" then "gaspillage") keeps it, without a space
            out[-1] = prev + ("" if prev.endswith("-") and prev[-2:-1].isalnum() else " ") + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _without_addresses(line: str) -> int:
    """The length of ``line`` without its web addresses (split on spaces: linear on any line)."""
    return len(line) - sum(len(word) for word in line.split() if "://" in word or word.startswith("www."))


def _joins(prev: str, line: str, width: int) -> bool:
    """Whether ``line`` goes on the wrapped line ``prev`` of a text wrapped at ``width``: the sentence
    goes on after a full line or an address broken at its end; or the line's first word would not
    have fitted on ``prev``, which opened a bracket or a label that it closes or fills."""
    nxt = line.strip()
    if not nxt or _BULLET.match(line) or nxt.startswith(("#", "|", ">")):
        return False
    prev = prev.rstrip()
    if (len(prev) >= WRAPPED_MIN or _broken_address(prev)) and _continues(prev, nxt):
        return True
    if len(prev) + 1 + len(nxt.split()[0]) <= width:
        return False                     # the word would have fitted: the line was ended on purpose
    if prev.endswith(":"):
        return nxt.startswith(("http", "www.", "<http"))      # "Candidatures :" then the address that did not fit
    return prev.count("(") > prev.count(")")          # "(Société d'Aménagement ... d'Établissement" then "Rural)"


def _broken_address(line: str) -> bool:
    """Whether ``line`` ends on an address broken at its hyphen or slash ("... SOFTY : https://chu-")."""
    last = line.rsplit(None, 1)[-1] if line.strip() else ""
    return last.endswith(("-", "/")) and ("://" in last or last.startswith("www."))


# A wrapped text: its lines at most this long (but a tenth of them), and at least this many lines near it that the next
# line continues; a line this long or longer can be a wrapped one.
WRAP_WIDTH_MAX = 100
LONG_LINES_SHARE = 0.1
WRAPPED_JOINTS = 4
WRAPPED_MIN = 55


# The two parts of a French phone number written in pairs of digits: its head ending a line, its tail opening the next.
_PHONE_HEAD = re.compile(r"(?<![\d.])(0\d(?:[ .]\d\d){0,3})$")
_PHONE_TAIL = re.compile(r"((?:\d\d[ .]){0,3}\d\d)(?!\d|\.\d)")
PHONE_DIGITS = 10


def _continues(prev: str, nxt: str) -> bool:
    """Whether line ``nxt`` goes on the sentence that ``prev`` left open."""
    if re.search(r"[.!?:;»)]$", prev) or _BULLET.match(nxt):
        return False
    if re.search(r"\s[|–—/-]$", prev):
        return True                           # "Culture et Loisirs |", "... gestion des données -" then the rest of the heading
    if re.match(r"[a-zà-ÿ(«\"'%€]|\d+\s*(?:%|€|h\b|mois|ans?)", nxt):
        return True
    head, tail = _PHONE_HEAD.search(prev), _PHONE_TAIL.match(nxt)
    if head and tail and sum(c.isdigit() for c in head.group(1) + tail.group(1)) == PHONE_DIGITS:
        return True                           # a phone broken at one of its spaces ("04 76 08 98" then "65")
    # "... de la" / "... et" / "... des" then a capitalised proper noun.
    return bool(re.search(r"\b(?:de|des|du|la|le|les|un|une|et|ou|à|au|aux|en|sur|pour|par|avec|vers|d'|l')$", prev, re.I))


def clean(text: str) -> Cleaned:
    """The cleaned offer text and its heading lines."""
    text = normalize(text)
    meta, body = split_front_matter(text)
    body = _COMMENT.sub("", body)
    if "](" in body:
        body = _WRAPPED_LINK.sub(_joined_link, body)
    body = unwrap_hard_wrapped(body)
    raw_lines = render_front_matter(meta) + _setext_headings(body)

    lines: list[tuple[str, int]] = []          # (line, heading level or 0)
    for raw in raw_lines:
        lines.append(_clean_line(raw))

    lines = _join_labels(_split_labels(_drop_boilerplate(_drop_menus(lines))))
    out: list[str] = []
    headings: list[Heading] = []
    cards: list[tuple[int, int]] = []
    card_start = None
    offset = 0
    blank = True
    for line, level in lines:
        if line in (CARD_START, CARD_END):
            if line == CARD_START:
                card_start = offset
            elif card_start is not None:
                cards.append((card_start, max(card_start, offset - 1)))
                card_start = None
            continue
        if CARD_START in line or CARD_END in line:          # a mark inside a line is no mark: a stray character
            line = line.replace(CARD_START, "").replace(CARD_END, "").strip()
        if not line:
            if not blank:
                out.append("")
                offset += 1
            blank = True
            continue
        if level and len(line) > 200:
            level = 0
        if level:
            headings.append(Heading(offset, offset + len(line), level))
        out.append(line)
        offset += len(line) + 1
        blank = False
    text = "\n".join(out)
    lead = len(text) - len(text.lstrip("\n"))
    if lead:
        headings = [Heading(h.start - lead, h.end - lead, h.level) for h in headings]
        cards = [(a - lead, b - lead) for a, b in cards]
    return Cleaned(text.strip("\n"), headings, [(a, b) for a, b in cards if b > a])


_LABEL_LINE = re.compile(r"[-•*\s]*(?P<label>(?i:%s))[*\s]*:?[*\s]*" % "|".join(LABEL_LINES))
# A value line: short, and not a label of its own ("Salaire : Horaire de 12 Euros"), a list's item or a heading.
_VALUE_LINE = re.compile(r"(?![-•*#>|])(?![^\n:]{1,40}:\s)[^\n]{1,120}")


# A label and its colon inside a line: where a run of labelled facts on one line is cut.
_INNER_LABEL = re.compile(r"(?<=\s)(?i:%s)\s?:\s" % "|".join(LABEL_LINES))
_OPENING_LABEL = re.compile(r"[-•*\s]*(?i:%s)\s?:\s" % "|".join(LABEL_LINES))
_OTHER_INNER_LABEL = re.compile(r"(?<=\s)[A-ZÀ-Ý][a-zà-ÿ'’]+(?:\s[a-zà-ÿ'’]+){0,3}\s?:\s")
# How many labelled facts a line must run together to be cut (its first one included).
RUN_OF_LABELS = 3


@lru_cache(maxsize=1 << 14)
def is_labelled_fact(line: str) -> bool:
    """Whether ``line`` states one of an offer's facts after its label ("Posté le : 11/10/2025",
    "Lieu : Lunéville"): never a title."""
    return bool(_OPENING_LABEL.match(line))


def _split_labels(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A line that runs several labelled facts together ("Posté le : 11/10/2025 Ref : Direction Lieu :
    France Grand Est Ville : Lunéville", a page's metadata flattened; "Date de début : Mars 2014 ...
    Durée : 12 mois Indemnité : ...") as one line per fact, as the finders read labels."""
    out: list[tuple[str, int]] = []
    for line, level in lines:
        if level or line.count(":") < RUN_OF_LABELS or not is_labelled_fact(line):
            out.append((line, level))
            continue
        cuts = [m.start() for m in _INNER_LABEL.finditer(line)]
        if len(cuts) + 1 < RUN_OF_LABELS:
            out.append((line, level))
            continue
        # In such a run, any other capitalised label opens a fact too ("... (ECSI) Projet : ODDyssée, ...").
        cuts = sorted(set(cuts) | {m.start() for m in _OTHER_INNER_LABEL.finditer(line)})
        out.extend((part.strip(), 0) for part in (line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)) if part.strip())
    return out


@lru_cache(maxsize=1 << 14)
def _is_label_line(line: str) -> bool:
    """Whether ``line`` is a bare label (a site's labels repeat from page to page: cached)."""
    return bool(_LABEL_LINE.fullmatch(line))


def _join_labels(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A bare label on its own line and its value on the next ("Lieu de travail" then "Saint-Brieuc",
    right below it or after one blank line) as one labelled line ("Lieu de travail : Saint-Brieuc"), as
    the finders read labels, when the value stands alone: a blank line, the end or the next label
    follows it (a block of several lines under a label, "Type de contrat" then two lines, stays)."""
    n = len(lines)
    if n < 2:
        return lines
    known: list[bool | None] = [None] * n

    def label(k: int) -> bool:
        if known[k] is None:
            line, level = lines[k]
            known[k] = level == 0 and 0 < len(line) <= 60 and _is_label_line(line)
        return known[k]

    out: list[tuple[str, int]] = []
    i = 0
    while i < n:
        line, level = lines[i]
        j = i + 1
        if j < n and not lines[j][0] and j + 1 < n and lines[j + 1][0]:
            j += 1                       # a blank line between the label and its value (a board's blocks pasted)
        if j < n and lines[j][0] and label(i) and not label(j) and lines[j][1] == 0 and _VALUE_LINE.fullmatch(lines[j][0]) \
                and (j + 1 >= n or not lines[j + 1][0] or label(j + 1)):
            out.append((f"{_LABEL_LINE.fullmatch(line).group('label')} : {lines[j][0]}", 0))
            i = j + 1
            continue
        out.append((line, level))
        i += 1
    return out


_UNDERLINE = re.compile(r"[ \t]*(=+|-+|~+|\^+)[ \t]*")


def _setext_headings(body: str) -> list[str]:
    """The lines of ``body``, those underlined as headings (Markdown's setext and
    reStructuredText: "Profil\n------", an overline too) written as "#" headings, their
    rules dropped. A rule as long as the line
    above it, give or take two characters, underlines it; a longer or shorter one (a digest's
    separator after its last line) is left to the rules of :func:`_clean_line`."""
    lines = body.split("\n")
    if "--" not in body and "==" not in body and "~~" not in body and "^^" not in body:
        return lines
    for i in range(1, len(lines)):
        rule = _UNDERLINE.fullmatch(lines[i])
        above = lines[i - 1].strip()
        if (not rule or len(rule.group(1)) < 3 or not above or len(above) > 80 or abs(len(rule.group(1)) - len(above)) > 2
                or above[0] in "#-*+>|" or _UNDERLINE.fullmatch(above)):
            continue
        lines[i - 1] = ("# " if rule.group(1)[0] == "=" else "## ") + above
        lines[i] = ""
        if i >= 2 and lines[i - 2].strip() == rule.group(0).strip():      # an overline as well
            lines[i - 2] = ""
    return lines


@lru_cache(maxsize=1 << 14)
def _clean_line(raw: str) -> tuple[str, int]:
    """One line rendered as plain text, with its heading level (0: none).

    Cheap character tests guard each pattern: most lines hold no markup. Cached: the pages
    of one site share many lines (labels, headings, footers).
    """
    level = 0
    first = raw.lstrip()[:1]
    if first == "#":
        heading = _HEADING.match(raw)
        if heading and heading.group(2):
            level, raw = len(heading.group(1)), heading.group(2)
    elif ("**" in raw or "__" in raw) and len(raw) < 160 and _BOLD_LINE.match(raw):
        level = 7
    if first in _RULE_CHARS and _RULE.match(raw) and not _SEPARATOR.match(raw):
        return "", level                       # markdown rule, not a digest separator
    if first in _BULLET_CHARS:
        raw = _BULLET.sub("- ", raw)
    line = render_inline(raw)
    if "  " in line:
        line = _MULTISPACE.sub(" ", line)
    line = line.strip()
    if len(line) <= 6 and _MARKUP_ONLY.fullmatch(line):
        line = ""
    return line, level


_RULE_CHARS = frozenset("-*_=")
_BULLET_CHARS = frozenset("*+•●▪◦■►➢➤✔✓☑✅❎🔹🔸-")


def _first_word(line: str) -> str:
    """The first word of a line, lower-cased, without leading punctuation."""
    m = _FIRST_WORD.match(line)
    return m.group(1).lower() if m else line[:1]


_FIRST_WORD = re.compile(r"[\W_]*?([^\W\d_]+|©|<!--)")


MENU_LINE_CHARS = 40        # a menu entry is short
MENU_MIN_LINES = 3          # a menu is a run of at least this many such lines,
MENU_MIN_CHROME = 2         # at least this many of them named as chrome ("Accueil", "Actualités")


def _drop_menus(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Runs of short lines that are a page's menu (text pasted from a web
    page): the whole run goes when enough of its entries are chrome, so
    that "Nos actions" does not stay behind "Accueil" and "Contact"."""
    drop: set[int] = set()
    run: list[int] = []
    for i, (line, _level) in enumerate([*lines, ("", 0)]):
        entry = line.lstrip("-*• ")
        if entry and len(entry) <= MENU_LINE_CHARS and not entry.endswith((":", ".", ";", ",")):
            run.append(i)
            continue
        if len(run) >= MENU_MIN_LINES and sum(is_chrome_line(lines[j][0].lstrip("-*• ")) for j in run) >= MENU_MIN_CHROME:
            drop.update(j for j in run if job_title_score(lines[j][0]) < CLEARLY_TITLE)
        run = []
    return [pair for i, pair in enumerate(lines) if i not in drop] if drop else lines


def _drop_boilerplate(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Lines of page chrome out; a link line repeated in the page out."""
    counts: dict[str, int] = {}
    for line, _ in lines:
        if len(line) < 200 and ("http" in line or "www." in line):
            counts[line.lower()] = counts.get(line.lower(), 0) + 1
    repeated = {line for line, n in counts.items() if n >= REPEATED_LINK_LINE_MIN}
    kept = []
    for line, level in lines:
        if line and ((len(line) <= BOILERPLATE_MAX_CHARS and _is_boilerplate(line, level))
                     or ("ookie" in line and _COOKIES.search(line))
                     or (repeated and line.lower() in repeated and _MORE_INFO.match(line))):
            continue
        kept.append((line, level))
    return kept


@lru_cache(maxsize=1 << 14)
def _is_boilerplate(line: str, level: int) -> bool:
    """Whether a line of BOILERPLATE_MAX_CHARS at most is page chrome or boilerplate (cached:
    a site's pages share these lines)."""
    return bool((_first_word(line) in BOILERPLATE_FIRST_WORDS and _BOILERPLATE.fullmatch(line))
                or (not level and len(line) <= MENU_LINE_CHARS * 2 and is_chrome_line(line)))
