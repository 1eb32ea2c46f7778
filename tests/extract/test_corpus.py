"""Extraction on the dev corpus, scored by ../shared/eval/score.py.

The floors only ever go up: raise them when the extraction improves.
"""
import re
import subprocess
import sys

from filon.cli import main

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
