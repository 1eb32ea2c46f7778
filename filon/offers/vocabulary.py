"""The board's names for record values, in French, defined once.

The order of :data:`CONTRACT_LABELS` fixes each contract type's bit in
``Offer.contract_mask``: append new types, never reorder.
"""
from __future__ import annotations

from functools import lru_cache

from filon.extract.vocab.dates import MONTH_NAMES

CONTRACT_LABELS = {"cdi": "CDI", "cdd": "CDD", "stage": "Stage", "alternance": "Alternance",
                   "service_civique": "Service civique", "volontariat": "Volontariat", "interim": "Intérim",
                   "freelance": "Freelance / indépendant", "benevolat": "Bénévolat"}
CONTRACT_BITS = {kind: 1 << i for i, kind in enumerate(CONTRACT_LABELS)}
EDUCATION_LABELS = {"bac": "Bac", "bac+2": "Bac+2", "bac+3": "Bac+3", "bac+4": "Bac+4", "bac+5": "Bac+5",
                    "bac+8": "Doctorat"}


def contract_mask(kinds: list[str]) -> int:
    """The bits of these contract types (unknown types are ignored)."""
    mask = 0
    for kind in kinds or []:
        mask |= CONTRACT_BITS.get(kind, 0)
    return mask


def contract_kinds(mask: int) -> list[str]:
    return [kind for kind, bit in CONTRACT_BITS.items() if mask & bit]


@lru_cache(maxsize=1)
def department_labels() -> dict[str, str]:
    """"69" -> "Rhône (69)", from the official list."""
    from filon.extract.geo import gazetteer

    return {code: f"{name} ({code})" for code, (name, _, _) in gazetteer().departments.items()}


def month_label(yyyymm: int) -> str:
    """202703 -> "mars 2027"."""
    return f"{MONTH_NAMES[yyyymm % 100 - 1]} {yyyymm // 100}"
