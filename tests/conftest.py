import datetime as dt
import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"


def shared_corpus(folder: Path) -> Path:
    """A corpus of ../shared: skips the test in a clone without it, and fails
    it in CI (CI=true), which always has it: floors never skipped unseen."""
    if not (folder / "raw").is_dir() or not SCORER.is_file():
        reason = f"../shared/corpus/{folder.name} is absent: the corpus tests run only beside the shared folder"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI always has it)")
        pytest.skip(reason)
    return folder


@pytest.fixture
def dev_corpus() -> Path:
    """The dev corpus of ../shared (skips the test in a clone without it, fails in CI)."""
    return shared_corpus(DEV)


def pytest_configure(config):
    """FILON_TEST_DAYS_AHEAD=N runs the suite with this process's clock N days
    ahead (time-machine; the clock still ticks): nothing may depend on the
    day the tests were written. Commands the tests start run at the real
    clock (under ``faketime`` the whole run moves, those included)."""
    days = int(os.environ.get("FILON_TEST_DAYS_AHEAD") or 0)
    if days:
        import time_machine

        config._filon_clock = time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(days=days), tick=True)
        config._filon_clock.start()


def pytest_unconfigure(config):
    if getattr(config, "_filon_clock", None):
        config._filon_clock.stop()


def pytest_report_header(config):
    if os.environ.get("FILON_TEST_DAYS_AHEAD"):
        return f"clock moved {os.environ['FILON_TEST_DAYS_AHEAD']} days ahead: today is {dt.date.today()}"
    return None


@pytest.fixture(autouse=True)
def search_index(settings, tmp_path_factory):
    """Each test searches an index folder of its own, built from its own
    database (which pytest-django rolls back at the end of the test): the
    change log is applied inside the test's transaction."""
    settings.SEARCH_INDEX = tmp_path_factory.mktemp("search-index") / "index"
    settings.SEARCH_SYNC_IN_TRANSACTION = True
    return settings.SEARCH_INDEX
