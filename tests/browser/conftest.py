"""A real board (``filon serve`` on loopback, its own database) and a real
Chromium (Debian's, driven by Playwright) for the browser tests.

The board's database is a fresh SQLite file, or, when the suite runs on
PostgreSQL, a fresh ``<name>_browser`` database on the same server."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.databases import fresh_database

ROOT = Path(__file__).resolve().parent.parent.parent
CHROMIUM = os.environ.get("FILON_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = ROOT / "docs" / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def board(tmp_path_factory):
    """Base URL of a board serving the demo offers, with a coordinator account."""
    if not CHROMIUM:
        pytest.skip("no Chromium found (apt-get install chromium, or set FILON_CHROMIUM)")
    home = tmp_path_factory.mktemp("board")
    env = {**os.environ, "FILON_DATABASE_URL": fresh_database("browser", home),
           "FILON_MEDIA_ROOT": str(home / "media"), "FILON_EMAIL_BACKEND": "file",
           "FILON_EMAIL_DIR": str(home / "mail"), "DJANGO_SUPERUSER_PASSWORD": "coordination"}
    filon = [sys.executable, "-m", "filon.cli"]
    subprocess.run([*filon, "import", str(ROOT / "demo" / "offers")], env=env, check=True, capture_output=True)
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
