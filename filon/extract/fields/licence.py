"""Driving licence: required or preferred."""
from __future__ import annotations

import re

from . import Found, first_of, lowered

# The licence, or a vehicle (two patterns, each with a literal prefix: faster than their alternation).
_PERMIT = (re.compile(r"permis(?:\s+de\s+conduire)?(?:\s+(?:[bc]e?|pl|vl|poids\s+lourds?|b\s*-\s*véhicule\s+léger))?"),
           re.compile(r"véhicule\s+(?:personnel|léger|indispensable)|véhiculée?"))
_REQUIRED = re.compile(r"obligatoire|exigée?|requise?|nécessaire|indispensable|impératif|impérativement|\bindispensables?\b|"
                       r"\bdevez\s+(?:posséder|avoir|être\s+titulaire)|être\s+titulaire|titulaire\s+du|posséder\s+(?:le|votre|un)|"
                       r"avoir\s+le\s+permis\s+\w+\s+(?:et|valide)|"
                       # as an item of the requirements: "Avoir le permis B.", "Disposer du permis B", "en possession du permis C"
                       r"\b(?:avoir|avez)\b[^.;:\n]{0,30}$|\bdispos(?:er|ez)\s+(?:du|d'un)\s+$|\bpossession\s+(?:du|d'un)\s+$|\bdétenir\s+(?:le|un)\s+$")
_PREFERRED = re.compile(r"souhaitée?|souhaitable|recommandée?|apprécié|appréciable|un\s+plus|serait\s+un\s+atout|\batout\b|serait\s+un\s+avantage|idéalement|de\s+préférence|bienvenue?")
_NOT_DRIVING = re.compile(r"permis\s+(?:de\s+construire|d'aménager|de\s+chasse|bateau|de\s+démolir|d'exploitation|"
                          r"d'(?!\s*conduire)|de\s+(?!conduire))")      # the verb: "vous ont permis d'acquérir"


def find_licence(text: str) -> Found | None:
    """"required" or "preferred" when the offer qualifies the driving licence."""
    text = lowered(text)
    for m in first_of(_PERMIT, text):
        if _NOT_DRIVING.match(text, m.start()):
            continue
        vehicle = not m.group(0).lower().startswith("permis")
        start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 60)
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else min(end, m.end() + 60)
        before, after = text[start:m.start()], text[m.end():end]
        sentence_after = re.split(r"[.;]|,\s*(?:le|la|les)\s", after, maxsplit=1)[0]
        if _PREFERRED.search(sentence_after[:40]) or _PREFERRED.search(before[-25:]):
            return Found("preferred", m.start(), m.end())
        if _REQUIRED.search(sentence_after[:40]) or _REQUIRED.search(before[-40:]):
            if vehicle and not re.search(r"personnel|véhiculée?", m.group(0), re.I):
                continue
            return Found("required", m.start(), m.end())
    return None
