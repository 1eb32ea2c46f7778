"""Extraction on the dev corpora, scored by ../shared/eval/score.py: the
whole dev corpus, and each kind of document of both dev corpora apart, so
that losing one field on one kind is caught, not only wide losses.

The floors only ever go up: raise them when the extraction improves.
"""
import re
import shutil
import subprocess
import sys

import pytest

from filon.cli import main

from ..conftest import SCORER, SHARED, shared_corpus

SCORE_FLOOR = 97.5
STATED_FLOOR = 96.0


def test_dev_corpus_score(dev_corpus, tmp_path, capsys):
    files = sorted(str(p) for p in (dev_corpus / "raw").iterdir())
    assert main(["extract", *files, "-o", str(tmp_path), "--no-progress"]) == 0
    result = subprocess.run([sys.executable, str(dev_corpus.parent.parent / "eval" / "score.py"),
                             "--gold", str(dev_corpus / "gold"), "--pred", str(tmp_path)],
                            capture_output=True, text=True, check=True)
    report = result.stdout
    score = float(re.search(r"^score: ([\d.]+)", report, re.M).group(1))
    stated = float(re.search(r"stated values found: \d+/\d+ \(([\d.]+)%\)", report).group(1))
    split = re.search(r"split recall ([\d.]+)%, precision ([\d.]+)%", report)
    print(report)
    assert score >= SCORE_FLOOR, report
    assert stated >= STATED_FLOOR, report
    assert float(split.group(1)) == 100.0 and float(split.group(2)) == 100.0, report


# kind: (which documents, score floor, stated-values floor); measured on 2026-11-29 (pdf 98.2 / 96.4 %,
# html 31.9 / 49.3 %, multi-offer 31.4 / 46.5 %), minus a small margin.
KINDS = {
    "pdf": (lambda path: path.suffix == ".pdf", 96.0, 94.0),
    "html": (lambda path: path.suffix == ".html", 30.0, 47.0),
    "multi-offer": (lambda path: "_multi_" in path.name, 29.0, 44.0),
}


def score(documents: list, folder) -> tuple[float, float, str]:
    """(score, share of stated values found, report) of the extraction of these documents."""
    gold, pred = folder / "gold", folder / "pred"
    gold.mkdir()
    for path in documents:
        shutil.copy(path.parent.parent / "gold" / f"{path.stem}.jsonl", gold)
    assert main(["extract", *map(str, documents), "-o", str(pred), "--no-progress"]) == 0
    report = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred)],
                            capture_output=True, text=True, check=True).stdout
    stated = float(re.search(r"stated values found: \d+/\d+ \(([\d.]+)%\)", report).group(1))
    return float(re.search(r"^score: ([\d.]+)", report, re.M).group(1)), stated, report


@pytest.mark.parametrize("kind", KINDS)
def test_score_per_kind_of_document(kind, tmp_path):
    chosen, score_floor, stated_floor = KINDS[kind]
    documents = [path for name in ("dev", "dev2") for path in sorted((shared_corpus(SHARED / "corpus" / name) / "raw").iterdir())
                 if chosen(path)]
    assert len(documents) >= 4, kind
    value, stated, report = score(documents, tmp_path)
    assert value >= score_floor and stated >= stated_floor, f"{kind}: {len(documents)} documents\n{report}"


@pytest.mark.parametrize("ci, outcome", [("true", pytest.fail.Exception), ("", pytest.skip.Exception)])
def test_a_missing_corpus_fails_in_ci_and_skips_elsewhere(monkeypatch, tmp_path, ci, outcome):
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="corpus/absent is absent"):
        shared_corpus(tmp_path / "absent")
