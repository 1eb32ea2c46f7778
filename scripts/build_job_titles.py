#!/usr/bin/env python3
"""Build the job-title lexicon shipped in filon: filon/extract/vocab/job_titles.tsv.

Sources, read from the scale corpus of the shared folder (never copied: only
word counts are written):

- france-travail/offres.jsonl: each record's ``intitule`` (the employer's
  title), ``appellationlibelle`` (the ROME appellation) and ``romeLibelle``;
- betagouv-jobs/*: the ``title``, ``titles``, ``role`` and ``roles`` of each
  post's YAML front matter;
- curated: ``JOB_NOUNS`` of filon/extract/vocab/titles.py (its regular
  expressions expanded) and ``MISSION_JOBS`` below, the jobs of the social,
  medico-social, cultural, associative and volunteering sector that the two
  corpora (IT, cleaning, public digital services) lack.

Each title is folded and split as ``filon.extract.lexicon`` reads a line
(alternatives written "A / B", "A ou B" or "A/B" counted apart); its head is
the first word after announcing words ("Offre de", "X recrute un·e"), made
singular, and its two-word head is the head with its next content word
("agent de service" -> "agent service"). A word or phrase seen as a head at
least MIN_HEAD (resp. MIN_PHRASE) times is kept, with its count per source.
The output is sorted, so a rerun on the same corpus writes the same file.

Run from the repository root (rerun when a source or the folding changes):

    .venv/bin/python scripts/build_job_titles.py ../shared/corpus/scale
"""
import argparse
import itertools
import json
import re
import re._parser as sre_parse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from filon.extract import lexicon  # noqa: E402
from filon.extract.vocab import chrome, title_cues  # noqa: E402
from filon.extract.vocab.titles import JOB_NOUNS  # noqa: E402

OUT = ROOT / "filon" / "extract" / "vocab" / title_cues.JOB_TITLES_FILE
MIN_HEAD = 3
MIN_PHRASE = 3
SOURCES = ("france_travail", "betagouv", "curated")
FRONT_MATTER_KEYS = ("title", "titles", "role", "roles")
# First words of titles in the sources that are not jobs alone: adjectives,
# tools, modifiers ("Cloud engineer", "Linux H/F", "Data analyst"). They still
# give their two-word heads ("data analyst", "product owner").
NOT_HEADS = frozenset({
    "big", "business", "customer", "data", "growth", "key", "product", "clinique", "cloud", "configuration", "dcs", "equipe", "full", "linux", "mission", "ruby", "support",
    "typescript",
})
# Alternatives inside one title: "Agent / Agente", "Développeuse ou développeur", "Directrice/Directeur".
ALTERNATIVES = re.compile(r"\s/\s|\s+ou\s+|/(?=[A-ZÀ-Ý])")

# Jobs of the mission-driven sector, as written in offers (folded by the
# same code as every title). An entry of several words gives a two-word head
# only ("service civique" does not make "service" a head word).
MISSION_JOBS = (
    "stagiaire", "stage", "alternant", "alternante", "alternance", "apprenti", "apprentie", "apprentissage",
    "volontaire", "volontariat", "bénévole", "service civique", "mission de service civique", "jobiste",
    "éducateur", "éducatrice", "éducateur spécialisé", "éducateur de jeunes enfants", "éducateur sportif",
    "éducateur technique", "moniteur", "monitrice", "moniteur éducateur", "moniteur d'atelier",
    "travailleur", "travailleuse", "travailleur social", "travailleur pair", "intervenant", "intervenante",
    "intervenant social", "assistant", "assistante", "assistant social", "assistant de service social",
    "assistant familial", "assistant maternel", "conseiller en économie sociale familiale", "cesf",
    "aide-soignant", "aide-soignante", "aide à domicile", "aide médico-psychologique", "auxiliaire",
    "auxiliaire de vie", "auxiliaire de puériculture", "accompagnant", "accompagnante",
    "accompagnant éducatif et social", "aes", "amp", "eje", "psychologue", "psychomotricien",
    "psychomotricienne", "ergothérapeute", "orthophoniste", "kinésithérapeute", "infirmier", "infirmière",
    "médecin", "puéricultrice", "sage-femme", "surveillant", "surveillante", "veilleur", "veilleuse",
    "maîtresse de maison", "cuisinier", "cuisinière", "commis", "plongeur", "jardinier", "jardinière",
    "maraîcher", "maraîchère", "encadrant", "encadrante", "encadrant technique", "conseiller", "conseillère",
    "conseiller en insertion", "conseiller emploi", "accompagnateur", "accompagnatrice",
    "médiateur", "médiatrice", "médiateur social", "médiateur numérique", "conseiller numérique",
    "animateur", "animatrice", "animateur socioculturel", "animateur nature", "bibliothécaire",
    "documentaliste", "médiathécaire", "archiviste", "enseignant", "enseignante", "professeur",
    "formateur", "formatrice", "chef de service", "chef d'équipe", "directeur", "directrice",
    "directeur adjoint", "adjoint", "adjointe", "coordinateur", "coordinatrice", "coordonnateur",
    "chargé de mission", "chargé de projet", "chargé de communication", "chargé de développement",
    "chargé d'accompagnement", "chargé d'études", "chargé de plaidoyer", "chargé d'insertion",
    "chargé de déploiement", "chargé de recrutement", "délégué", "déléguée", "délégué général",
    "secrétaire", "comptable", "juriste", "avocat", "agent", "agente", "agent de service",
    "agent d'accueil", "agent d'entretien", "agent polyvalent", "agent administratif", "agent technique",
    "agent de développement", "hôte", "hôtesse", "employé polyvalent", "vendeur", "vendeuse",
    "magasinier", "magasinière", "chauffeur", "livreur", "ambassadeur", "ambassadrice", "facilitateur",
    "community manager", "chef de projet", "chef de produit", "intrapreneur", "product owner",
    "product manager", "designer", "développeur", "développeuse", "data scientist", "coach",
    "entraîneur", "guide", "guide nature", "écogarde", "garde nature", "technicien", "technicienne",
    "référent", "référente", "recruteur", "recruteuse", "chargé", "chargée", "responsable",
    "responsable de secteur", "responsable de pôle", "gestionnaire", "ouvrier", "ouvrière",
)


def expand(pattern: str) -> list[str]:
    """The strings a simple regular expression of JOB_NOUNS matches ([] when it matches open text)."""
    def walk(items) -> list[str] | None:
        options = [""]
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                choices = [chr(arg)]
            elif name == "SUBPATTERN":
                choices = walk(arg[-1])
            elif name == "BRANCH":
                branches = [walk(b) for b in arg[1]]
                choices = None if None in branches else [s for b in branches for s in b]
            elif name == "MAX_REPEAT" and arg[:2] == (0, 1):
                inner = walk(arg[2])
                choices = None if inner is None else [""] + inner
            elif name == "MAX_REPEAT" and str(arg[2][0][0]) == "IN" and "CATEGORY_SPACE" in str(arg[2][0][1]):
                choices = [" "]
            elif name == "AT":
                choices = [""]
            else:
                return None
            if choices is None:
                return None
            options = [a + b for a, b in itertools.product(options, choices)]
        return options
    return walk(sre_parse.parse(pattern)) or []


def is_word(word: str) -> bool:
    """Whether a folded word can be part of a two-word head: letters, not an announcing word."""
    return len(word) >= 3 and word.isalpha() and word not in title_cues.LEAD_WORDS


def is_head(word: str) -> bool:
    """Whether a folded word can be a head: a word, not a listed non-job, a verb or a section name."""
    return is_word(word) and word not in NOT_HEADS and word not in chrome.CALL_VERBS and word not in chrome.SECTION_STARTS


def heads_of(title: str, known: frozenset[str]) -> list[tuple[str, str]]:
    """The (head, two-word head) of each alternative of a title, "" where there is none.

    A word of NOT_HEADS gives its two-word head only ("data" in "Data analyst").
    """
    found = []
    for part in ALTERNATIVES.split(title):
        tokens = lexicon.words(part)
        at = lexicon.content_start(tokens, known)
        if at >= len(tokens) or not is_word(lexicon.singular(tokens[at])):
            continue
        head = lexicon.singular(tokens[at])
        phrase = lexicon.head_phrase(tokens, at)
        second = phrase.partition(" ")[2]
        found.append((head if is_head(head) else "", phrase if second and is_word(second) else ""))
    return found


def count(titles_by_source, known: frozenset[str]) -> dict[str, Counter]:
    """Heads and two-word heads per source, a title's head found with ``known`` heads."""
    counts = {source: Counter() for source in SOURCES}
    for source, titles in titles_by_source:
        for title in titles:
            for head, phrase in heads_of(title, known):
                # A curated phrase ("service civique") does not make its first word a head.
                if head and not (source == "curated" and phrase):
                    counts[source][head] += 1
                if phrase:
                    counts[source][phrase] += 1
    return counts


def kept(counts: dict[str, Counter]) -> list[str]:
    """The curated entries, and the heads and phrases seen often enough, sorted."""
    seen = sum(counts.values(), Counter())
    return sorted(p for p, n in seen.items() if counts["curated"][p] or n >= (MIN_PHRASE if " " in p else MIN_HEAD))


def ft_titles(scale: Path) -> list[str]:
    """The three title fields of every France Travail record."""
    titles = []
    path = scale / "france-travail" / "offres.jsonl"
    # Split on newlines only: descriptions hold U+2028 and other breaks that splitlines() cuts at.
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"{path}:{number}: skipped, not JSON ({error})", file=sys.stderr)
            continue
        titles += [record[k] for k in ("intitule", "appellationlibelle", "romeLibelle") if record.get(k)]
    return titles


def front_matter_values(text: str, keys: tuple[str, ...]) -> list[str]:
    """The string values of ``keys`` in a post's YAML front matter: plain, quoted, folded (>-) or listed (- x)."""
    parts = text.split("---", 2)
    if len(parts) < 3:
        return []
    values, key, block = [], None, []
    for line in parts[1].split("\n") + [""]:
        if key and line.startswith((" ", "\t")):
            block.append(line.strip())
            continue
        if key and block:
            items = [b[1:].strip() for b in block if b.startswith("-")]
            values += items or [" ".join(block)]
        key, block = None, []
        name, colon, value = line.partition(":")
        if colon and name in keys:
            value = value.split(" #", 1)[0].strip()
            if value in ("", ">", ">-", "|", "|-"):
                key = name
            else:
                values.append(value)
    return [v.strip().strip("\"'") for v in values if v.strip()]


def betagouv_titles(scale: Path) -> list[str]:
    """The titles and roles in the front matter of every beta.gouv.fr post."""
    return [title for path in sorted((scale / "betagouv-jobs").iterdir())
            for title in front_matter_values(path.read_text(encoding="utf-8"), FRONT_MATTER_KEYS)]


def curated_titles() -> list[str]:
    """JOB_NOUNS expanded, and MISSION_JOBS."""
    return [s for pattern in JOB_NOUNS for s in expand(pattern)] + list(MISSION_JOBS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scale", type=Path, help="the scale corpus folder (../shared/corpus/scale)")
    args = parser.parse_args()
    sources = (("france_travail", ft_titles(args.scale)), ("betagouv", betagouv_titles(args.scale)),
               ("curated", curated_titles()))
    # Pass 1 finds heads with the curated ones known; pass 2 knows pass 1's heads too, so that a
    # head word stops the search for a recruit verb ("Attaché de recherche clinique").
    known = frozenset(p for p in kept(count(sources[2:], frozenset())) if " " not in p)
    known |= frozenset(p for p in kept(count(sources, known)) if " " not in p)
    counts = count(sources, known)
    entries = kept(counts)
    rows = ["# Job head words and two-word heads, folded as filon.extract.lexicon folds a line.",
            "# Built by scripts/build_job_titles.py from the shared scale corpus; do not edit by hand.",
            "# phrase\t" + "\t".join(SOURCES)]
    rows += ["\t".join([p] + [str(counts[s][p]) for s in SOURCES]) for p in entries]
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    heads = sum(" " not in p for p in entries)
    print(f"{len(entries)} entries ({heads} head words, {len(entries) - heads} two-word heads) written to {OUT}")
    for source in SOURCES:
        print(f"  {source}: {sum(counts[source].values())} heads and phrases counted, {len(counts[source])} distinct")


if __name__ == "__main__":
    main()
