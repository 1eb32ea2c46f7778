from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture
def dev_corpus() -> Path:
    """The dev corpus of ../shared (skips the test in a clone without it)."""
    if not (DEV / "raw").is_dir() or not SCORER.is_file():
        pytest.skip("../shared/corpus/dev is absent: the corpus tests run only beside the shared folder")
    return DEV
