"""A real board (``filon serve`` on loopback, its own database) and a real
Chromium (Debian's, driven by Playwright) for the browser tests.

The board's database is a fresh SQLite file, or, when the suite runs on
PostgreSQL, a fresh ``<name>_browser`` database on the same server."""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.databases import fresh_database

ROOT = Path(__file__).resolve().parent.parent.parent
CHROMIUM = os.environ.get("FILON_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
# Screenshots go to a temporary folder, so that a test run leaves the working tree clean;
# FILON_SCREENSHOTS=docs/screenshots refreshes the README's.
SCREENSHOTS = Path(os.environ.get("FILON_SCREENSHOTS") or tempfile.gettempdir()) / (
    "" if os.environ.get("FILON_SCREENSHOTS") else "filon-screenshots")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


EXTRA_OFFERS = 69          # with the demo's 6, a 75-offer board


def write_extra_offers(folder: Path) -> Path:
    """Offer texts of service civique missions around Nantes, none of them a
    CDI, a stage, nor about concertation or médiation (the flows count those)."""
    folder.mkdir()
    for i in range(EXTRA_OFFERS):
        (folder / f"volontariat-{i:02d}.txt").write_text(
            f"Volontaire en service civique : jardin partagé n° {i}\n\n"
            f"L'association Jardins Solidaires {i} accueille un·e volontaire en service civique à Nantes (44000).\n\n"
            "Missions\n- Accueillir les habitants au jardin\n- Organiser les ateliers de semis\n\n"
            "Conditions\n- Service civique de 8 mois, 24 heures par semaine\n\n"
            f"Candidature\nÉcrire à jardin{i}@example.org\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def board_home(tmp_path_factory) -> Path:
    """The board's folder: database, media, and the e-mails it sends (mail/)."""
    return tmp_path_factory.mktemp("board")


@pytest.fixture(scope="session")
def board(board_home):
    """Base URL of a 75-offer board (the demo offers and service civique
    missions), with a coordinator account."""
    if not CHROMIUM:
        pytest.skip("no Chromium found (apt-get install chromium, or set FILON_CHROMIUM)")
    home = board_home
    env = {**os.environ, "FILON_DATABASE_URL": fresh_database("browser", home),
           "FILON_MEDIA_ROOT": str(home / "media"), "FILON_EMAIL_BACKEND": "file",
           "FILON_EMAIL_DIR": str(home / "mail"), "DJANGO_SUPERUSER_PASSWORD": "coordination"}
    filon = [sys.executable, "-m", "filon.cli"]
    # Run from the board's folder as `filon serve` is: on PostgreSQL the secret key that signs the links
    # e-mailed at import is kept in the working directory.
    subprocess.run([*filon, "import", str(ROOT / "demo" / "offers"), "--written-on", "2027-01-15"],
                   env=env, check=True, capture_output=True, cwd=home)
    subprocess.run([*filon, "import", str(write_extra_offers(home / "extra"))], env=env, check=True, capture_output=True,
                   cwd=home)
    subprocess.run([*filon, "createsuperuser", "--noinput", "--username", "coord", "--email", "coord@example.org"],
                   env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen([*filon, "serve", "--port", str(port)], env=env, cwd=home,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail("the board did not start: " + server.stdout.read().decode(errors="replace"))
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        pytest.skip("no Chromium found (apt-get install chromium, or set FILON_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    # Playwright runs string predicates through eval, which the board's CSP forbids (test_csp.py checks the policy).
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def phone(browser):
    """A page the size of a phone's screen (390 x 844)."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on the page, as "rule: target" lines
    (axe-core ships inside the axe-playwright-python package: nothing is fetched)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [f"{v['id']}: {node['target']}" for v in results.response["violations"] for node in v["nodes"]]


def last_mail(home: Path, containing: str) -> str:
    """The body of the latest e-mail the board wrote that contains ``containing``."""
    for path in sorted((home / "mail").glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True):
        text = path.read_text(encoding="utf-8", errors="replace")
        if containing in text:
            return text
    raise AssertionError(f"no e-mail with {containing!r}")
