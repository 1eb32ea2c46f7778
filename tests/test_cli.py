"""The filon command line: outputs, exit codes, errors on stderr."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from filon.cli import main

DEMO = Path(__file__).resolve().parent.parent / "demo" / "offers"


def test_extract_writes_one_jsonl_per_input(tmp_path):
    files = sorted(DEMO.iterdir())
    assert main(["extract", *map(str, files), "-o", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(f"{f.stem}.jsonl" for f in files)
    digest = [json.loads(line) for line in (tmp_path / "digest-service-civique.jsonl").read_text().splitlines()]
    assert len(digest) == 3
    assert [r["location"]["city"] for r in digest] == ["Cergy", "Lyon", "Orléans"]


def test_bad_file_is_reported_and_the_others_go_on(tmp_path, capsys):
    bad = tmp_path / "scan.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    good = DEMO / "charge-mission-concertation.txt"
    code = main(["extract", str(bad), str(good), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "scan.png" in err and "unsupported file type" in err
    records = json.loads(out)
    assert len(records) == 1 and records[0]["location"]["city"] == "Rennes"


def test_missing_file_is_reported(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt" in capsys.readouterr().err


def test_full_output_has_text_sections_and_evidence(capsys):
    assert main(["extract", str(DEMO / "charge-mission-concertation.txt"), "--full"]) == 0
    record = json.loads(capsys.readouterr().out)
    start, end = record["evidence"]["deadline"]
    assert "6 février 2027" in record["text"][start:end]
    assert {s["name"] for s in record["sections"]} >= {"missions", "profile", "conditions"}


def test_table_format(capsys):
    assert main(["extract", str(DEMO / "digest-service-civique.html"), "--format", "table"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and "service_civique" in lines[0]


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"]])
def test_help_everywhere(args):
    result = subprocess.run([sys.executable, "-m", "filon.cli", *args], capture_output=True, text=True)
    assert result.returncode == 0 and "usage:" in result.stdout


def test_usage_error_exit_code():
    result = subprocess.run([sys.executable, "-m", "filon.cli", "extract"], capture_output=True, text=True)
    assert result.returncode == 2


def test_import_of_record_files_reports_in_json_with_a_meaningful_exit_code(tmp_path):
    import os

    env = {**os.environ, "FILON_DATABASE_URL": f"sqlite:///{tmp_path / 'board.sqlite3'}"}

    def filon(*args):
        return subprocess.run([sys.executable, "-m", "filon.cli", *args], env=env, capture_output=True, text=True)
    extracted = filon("extract", "--full", *map(str, sorted(DEMO.iterdir())))
    (tmp_path / "offres.jsonl").write_text(extracted.stdout, encoding="utf-8")
    (tmp_path / "vide.jsonl").write_text("42\n", encoding="utf-8")
    done = filon("import", "--records", "--json", str(tmp_path / "offres.jsonl"))
    assert done.returncode == 0 and json.loads(done.stdout) == {"created": 6, "unchanged": 0, "failed": [],
                                                                "emailed": 5, "email_failed": 0}
    failed = filon("import", "--records", str(tmp_path / "offres.jsonl"), str(tmp_path / "vide.jsonl"))
    assert failed.returncode == 1 and failed.stdout.startswith("created 0, unchanged 6, failed 1")
    assert "vide.jsonl: line 1: not a record" in failed.stderr
