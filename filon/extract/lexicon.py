"""How much a short line looks like a job title, and whether it is page chrome.

Two functions for the title finder and the chrome filter:

- ``job_title_score(line) -> float`` in [0, 1]: high for "Chargé·e de
  projets (H/F/X)" or "Agent de service", low for page chrome, section
  headings ("Profil recherché"), calls to act ("Rejoignez-nous") and
  sentences. Meant for ranking the candidate lines of one document;
  TITLE_LIKE (0.5) separates title-like lines from the rest.
- ``is_chrome_line(line) -> bool``: a navigation, button, breadcrumb,
  cookie or footer line ("< Retour à la liste des offres", "Accueil >
  Emploi", "Mentions légales").

Every word these functions react to comes from a data table: the job head
words of ``vocab/job_titles.tsv`` (built from France Travail and beta.gouv.fr
offers by ``scripts/build_job_titles.py``), ``vocab/chrome.py`` and
``vocab/title_cues.py``. A line is folded once (lower case, accents and
inclusive endings removed, split into [a-z0-9] words); then the cues are set
look-ups on its first words.
"""
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from filon.extract.vocab import chrome as _chrome
from filon.extract.vocab import title_cues as _cues

# What a score means, for the finders that read it.
TITLE_LIKE = 0.5     # from here a line names a post
CLEARLY_TITLE = 0.6  # ... beyond doubt (it wins over a heading, and stays out of a menu)

# Score weights: a line starts at BASE, each cue adds or takes off its weight.
BASE = 0.3
HEAD_FIRST = 0.4     # a job head word is the line's first content word
HEAD_NEAR = 0.15     # ... or one of the few words after it
HEAD_SHAPE = 0.15    # the first content word has an agent-noun ending only
PHRASE = 0.1         # the head and its complement are a known two-word head
GENDER = 0.3         # H/F, F/H, (H/F/X)
NOT_JOB = 0.45       # "travailleurs handicapés": a public, not a post
SECTION = 0.6        # the line opens like a section heading
CALL = 0.5           # the line opens with a call to act
CLAUSE = 0.3         # a conjugated verb among the first words
SENTENCE_END = 0.25  # ends with . or ?
EXCLAIM_END = 0.1    # ends with !
LABEL_END = 0.1      # ends with : (a label, or a title written as a heading)
LONG_WORDS = 14      # past this many words, each word costs LONG_STEP
LONG_STEP = 0.04
LONG_CHARS = 140     # past this many characters a line is a sentence (score 0, never chrome)
HEAD_WINDOW = 4      # a head counts this many words after the content start
LEAD_WINDOW = 8      # a recruit verb counts in this many first words
CHROME_MAX_WORDS = 12  # chrome lines are short



def _by_first_word(phrases: frozenset[str]) -> dict[str, int]:
    """For each first word of ``phrases``, the most words a phrase opening with it has."""
    index = {}
    for phrase in phrases:
        first, length = phrase.split(" ", 1)[0], phrase.count(" ") + 1
        index[first] = max(index.get(first, 0), length)
    return index


_SECTION_INDEX = _by_first_word(_chrome.SECTION_STARTS)
_CHROME_INDEX = _by_first_word(_chrome.CHROME_STARTS)
_CHROME_LINE_SPAN = max(s.count(" ") + 1 for s in _chrome.CHROME_LINES)
_WORD = re.compile(r"[a-z0-9]+")
_GENDER = re.compile(_cues.GENDER_MARK)
_BREADCRUMB = re.compile("[" + re.escape(_chrome.BREADCRUMB_SEPARATORS) + "]")
_CLOSERS = " *_#)]»\"'"  # markup and brackets that may close a title
_ELLIPSES = ("...", "…")  # "(ES, CESF, EJE...)" is a list, not a sentence end
_END_PENALTY = {".": SENTENCE_END, "?": SENTENCE_END, ";": SENTENCE_END, ",": SENTENCE_END, "!": EXCLAIM_END,
                ":": LABEL_END}
_LIST_ENDS = (":", ";", ",")  # a line ending so is a label or a list item, not a menu entry


def _inclusive_pattern() -> re.Pattern:
    """One pattern for every inclusive ending (chargé·e, agent(e), chef/fe)."""
    joined = "|".join(sorted(_cues.INCLUSIVE_ENDINGS, key=len, reverse=True))
    bracketed = "|".join(sorted(_cues.INCLUSIVE_ENDINGS + _cues.INCLUSIVE_BRACKET_ENDINGS, key=len, reverse=True))
    separators = re.escape(_cues.INCLUSIVE_SEPARATORS)
    # The pattern opens on one class of brackets and separators, then each branch looks back at the
    # letter before it: the scan only stops at those characters (a class first is a fast scan).
    return re.compile(rf"[({separators}](?:(?<=[a-z]\()(?:{bracketed})\)|(?<=[a-z][{separators}]) ?(?:{joined})\b)")


# Characters that NFKD does not turn into ASCII but that carry meaning: the
# ligatures, apostrophes (word breaks), middle dots (inclusive endings, as
# ".") and dashes.
_REPLACEMENTS = {"œ": "oe", "æ": "ae", "ß": "ss", "’": "'", "‘": "'", "ʼ": "'", "·": ".", "⋅": ".",
                 "•": ".", "‧": ".", "∙": ".", "‐": "-", "‑": "-", "–": "-", "—": "-"}
_REPLACED = frozenset(_REPLACEMENTS)


_INCLUSIVE = _inclusive_pattern()


def fold(line: str) -> str:
    """The line in lower case, accents removed, inclusive endings cut ("Chargé·e" -> "charge")."""
    folded = line.lower()
    if not folded.isascii():
        for char in _REPLACED.intersection(folded):      # the few the line holds, not a pass for each
            folded = folded.replace(char, _REPLACEMENTS[char])
        folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    return _INCLUSIVE.sub("", folded)


def words(line: str) -> list[str]:
    """The folded [a-z0-9] words of a line ("Qui sommes-nous ?" -> qui, sommes, nous)."""
    return _WORD.findall(fold(line))


@lru_cache(maxsize=1 << 16)
def singular(word: str) -> str:
    """A folded word without its plural mark ("sociaux" -> "social", "réseaux" -> "reseau", "agents" -> "agent")."""
    for ending, replacement in _cues.PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[:len(word) - len(ending)] + replacement
    return word


def head_phrase(tokens: list[str], at: int) -> str:
    """The head word at ``at`` and the next word that is not a connector, singular and space-joined."""
    for word in tokens[at + 1:at + 3]:
        if word not in _cues.CONNECTORS:
            return singular(tokens[at]) + " " + singular(word)
    return singular(tokens[at])


@cache
def job_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The job head words, two-word heads and their first words, from ``vocab/job_titles.tsv`` (read once)."""
    text = resources.files("filon.extract.vocab").joinpath(_cues.JOB_TITLES_FILE).read_text(encoding="utf-8")
    heads, phrases = set(), set()
    for row in text.splitlines():
        if not row or row.startswith("#"):
            continue
        phrase = row.split("\t", 1)[0]
        (phrases if " " in phrase else heads).add(phrase)
    return frozenset(heads), frozenset(phrases), frozenset(p.split(" ", 1)[0] for p in phrases)


def _starts_with(tokens: list[str], table: frozenset[str], index: dict[str, int]) -> bool:
    """Whether the first words, space-joined, are an entry of ``table`` (``index``: its first words)."""
    span = index.get(tokens[0])
    return bool(span) and any(" ".join(tokens[:n]) in table for n in range(1, min(span, len(tokens)) + 1))


def _is_section(tokens: list[str]) -> bool:
    """Whether the words open like a section heading, or are one ("Vos missions :", "L'équipe")."""
    if tokens[0].isdigit() and len(tokens) > 1:         # "1. Présentation générale"
        tokens = tokens[1:]
    if tokens[0] in _chrome.SECTION_DETERMINERS and len(tokens) > 1:
        tokens = tokens[1:]
    return _starts_with(tokens, _chrome.SECTION_STARTS, _SECTION_INDEX) or " ".join(tokens) in _chrome.SECTION_LINES


_STYLE_MEASURE = re.compile(r"\d+(?:[.,]\d+)?\s?(?:px|em|rem|pt|vh|vw)")


def _is_chrome(text: str, folded: str, tokens: list[str]) -> bool:
    """Chrome test on a stripped line, its folded form and its words."""
    if not tokens or len(tokens) > CHROME_MAX_WORDS:
        return False
    if _STYLE_MEASURE.fullmatch(text):
        return True                      # a style's measure left as text by a page builder ("50px")
    if len(tokens) <= _CHROME_LINE_SPAN and not folded.endswith(_LIST_ENDS) and " ".join(tokens) in _chrome.CHROME_LINES:
        return True
    if _starts_with(tokens, _chrome.CHROME_STARTS, _CHROME_INDEX) or not _chrome.CHROME_WORDS.isdisjoint(tokens):
        return True
    parts = _BREADCRUMB.split(text, 1)
    return len(parts) > 1 and " ".join(words(parts[0])) in _chrome.CHROME_LINES


@lru_cache(maxsize=1 << 16)
def is_chrome_line(line: str) -> bool:
    """Whether a line is navigation, a button, a breadcrumb, a cookie banner or a footer link.

    "< Retour à la liste des offres", "Accueil > Offres > Animateur",
    "Postuler", "Mentions légales" are chrome; a label with its colon
    ("Contact :") and section headings are not.
    """
    text = line.strip()
    if not text or len(text) > LONG_CHARS:
        return False
    folded = fold(text)
    return _is_chrome(text, folded, _WORD.findall(folded))


@lru_cache(maxsize=1 << 16)
def is_section_line(line: str) -> bool:
    """Whether a short line opens like the heading or label of a part of an offer
    ("Lieu de travail", "Vos missions :", "Date limite de candidature")."""
    text = line.strip()
    if not text or len(text) > LONG_CHARS:
        return False
    tokens = words(text)
    return bool(tokens) and _is_section(tokens)


def content_start(tokens: list[str], heads: frozenset[str]) -> int:
    """Index of the first word after announcing words ("Offre d'emploi :", "X recrute un·e").

    A recruit verb among the first words moves the start after it, unless a
    word of ``heads`` comes first ("Chargé de recherche").
    """
    start = 0
    for i, word in enumerate(tokens[:LEAD_WINDOW]):
        if singular(word) in heads:
            break
        if word in _cues.RECRUIT_VERBS:
            start = i + 1
    while start < len(tokens) and tokens[start] in _cues.LEAD_WORDS:
        start += 1
    return start


def _head_score(tokens: list[str]) -> float:
    """The job-word cues: a head at the content start or near it, its phrase, its ending."""
    heads, phrases, phrase_starts = job_heads()
    start = content_start(tokens, heads)
    for at in range(start, min(start + HEAD_WINDOW, len(tokens))):
        word = singular(tokens[at])
        if word not in heads and word not in phrase_starts:
            continue
        phrase = head_phrase(tokens, at)
        if word in heads or phrase in phrases:
            score = (HEAD_FIRST if at == start else HEAD_NEAR) + (PHRASE if phrase in phrases else 0.0)
            return score - (NOT_JOB if phrase in _chrome.NOT_JOB_PHRASES else 0.0)
    if start < len(tokens) and singular(tokens[start]).endswith(_cues.AGENT_ENDINGS):
        return HEAD_SHAPE
    return 0.0


def _shape_penalty(text: str, tokens: list[str]) -> float:
    """What the line's form costs: sentence or label punctuation, length."""
    body = text.rstrip(_CLOSERS)
    penalty = _END_PENALTY.get("" if body.endswith(_ELLIPSES) else body[-1:], 0.0)
    if len(tokens) > LONG_WORDS:
        penalty += LONG_STEP * (len(tokens) - LONG_WORDS)
    return penalty


@lru_cache(maxsize=1 << 16)
def job_title_score(line: str) -> float:
    """How much a short line looks like a job title, from 0 (chrome, heading, sentence) to 1.

    Cues, each a set look-up on the folded line's first words: a job head
    word (``vocab/job_titles.tsv``) at the start or near it, after
    announcing words ("Recrutement d'un·e", "X recrute"); a gender mark
    (H/F); section-heading and call-to-act openings ("Profil recherché",
    "Devenir", "Rejoignez"); a conjugated verb ("sera", "devra"); chrome;
    sentence punctuation and length.
    """
    text = line.strip()
    if len(text) > LONG_CHARS:
        return 0.0
    folded = fold(text)
    tokens = _WORD.findall(folded)
    if not tokens or _is_chrome(text, folded, tokens):
        return 0.0
    score = BASE + _head_score(tokens)
    if _GENDER.search(folded):
        score += GENDER
    if _is_section(tokens):
        score -= SECTION
    first = tokens[0]
    if first in _chrome.CALL_VERBS or first.endswith(_chrome.CALL_VERB_ENDINGS):
        score -= CALL
    if not _cues.CLAUSE_VERBS.isdisjoint(tokens[:LEAD_WINDOW]):
        score -= CLAUSE
    score -= _shape_penalty(text, tokens)
    return min(1.0, max(0.0, score))
