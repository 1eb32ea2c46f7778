"""Settings of the filon board, in one place, read from the environment.

Every setting has a safe default so that ``filon serve`` works on a fresh
machine: a SQLite file in the working directory, mail printed on the console.

FILON_DATABASE_URL   sqlite:///path/filon.sqlite3 (default) or postgres://user:pass@host:5432/db
FILON_SECRET_KEY     required when FILON_DEBUG is off in production; a development key otherwise
FILON_DEBUG          "1" to show debug pages (default "0")
FILON_ALLOWED_HOSTS  comma-separated (default "127.0.0.1,localhost")
FILON_BASE_URL       absolute URL of the board, for e-mails, feeds and JSON-LD (default http://127.0.0.1:8000)
FILON_EMAIL_BACKEND  "console" (default), "file" (into FILON_EMAIL_DIR) or "smtp" (EMAIL_HOST... below)
FILON_DEFAULT_FROM   sender of the board's e-mails
FILON_MEDIA_ROOT     where uploaded documents are kept (default ./filon-media)
FILON_OFFER_LIFETIME_DAYS  days an offer without deadline stays online (default 60)
FILON_SEARCH_EXACT_LIMIT   searches with at most this many candidates are counted exactly (default 5000)
FILON_SEARCH_SAMPLE_SIZE   beyond, counts are estimated on a random sample of at most this many (default 3000)
FILON_SEARCH_POOL          and pages come from this many most recently added matches (default 1000)
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str) -> str:
    return os.environ.get(name, default)


def database_from_url(url: str) -> dict:
    """A Django DATABASES entry from ``sqlite:///file`` or ``postgres://...``."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = unquote(parsed.path[1:] if parsed.path.startswith("//") else parsed.path.lstrip("/") or "filon.sqlite3")
        if url.startswith("sqlite:////"):
            path = "/" + path.lstrip("/")
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": path,
                "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144; "
                                            "PRAGMA temp_store=MEMORY; PRAGMA mmap_size=1073741824;",
                            "transaction_mode": "IMMEDIATE"}}
    if parsed.scheme in ("postgres", "postgresql"):
        return {"ENGINE": "django.db.backends.postgresql", "NAME": parsed.path.lstrip("/"),
                "USER": unquote(parsed.username or ""), "PASSWORD": unquote(parsed.password or ""),
                "HOST": parsed.hostname or "127.0.0.1", "PORT": str(parsed.port or 5432)}
    raise ValueError(f"FILON_DATABASE_URL: unsupported database URL {url!r} (sqlite:/// or postgres://)")


DEBUG = env("FILON_DEBUG", "0") == "1"
SECRET_KEY = env("FILON_SECRET_KEY", "filon-development-key-change-me-in-production")
ALLOWED_HOSTS = [h.strip() for h in env("FILON_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h.strip()]
BASE_URL = env("FILON_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
DATABASES = {"default": database_from_url(env("FILON_DATABASE_URL", "sqlite:///filon.sqlite3"))}
OFFER_LIFETIME_DAYS = int(env("FILON_OFFER_LIFETIME_DAYS", "60"))
SEARCH_EXACT_LIMIT = int(env("FILON_SEARCH_EXACT_LIMIT", "5000"))
SEARCH_SAMPLE_SIZE = int(env("FILON_SEARCH_SAMPLE_SIZE", "3000"))
SEARCH_POOL = int(env("FILON_SEARCH_POOL", "1000"))
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
SUBMISSIONS_PER_HOUR_PER_IP = int(env("FILON_SUBMISSIONS_PER_HOUR", "10"))

INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles", "django.contrib.humanize",
    "rest_framework", "rest_framework.authtoken", "drf_spectacular", "drf_spectacular_sidecar",
    "filon.offers", "filon.search", "filon.board", "filon.api",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "filon.web.urls"
WSGI_APPLICATION = "filon.web.wsgi.application"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [], "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request", "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages", "filon.board.context.site"],
        "builtins": ["filon.board.templatetags.board"]},
}]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "fr"
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("FILON_STATIC_ROOT", str(Path.cwd() / "filon-static")))
MEDIA_ROOT = Path(env("FILON_MEDIA_ROOT", str(Path.cwd() / "filon-media")))
MEDIA_URL = "/media/"
LOGIN_URL = "/admin/login/"
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "EXCEPTION_HANDLER": "filon.api.errors.json_errors",
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {"TITLE": "filon API", "DESCRIPTION": "Offres d'emploi de l'ESS : recherche, détail, dépôt.",
                        "VERSION": "1", "OAS_VERSION": "3.1.0", "REDOC_DIST": "SIDECAR", "SWAGGER_UI_DIST": "SIDECAR",
                        "SWAGGER_UI_FAVICON_HREF": "SIDECAR"}

_backend = env("FILON_EMAIL_BACKEND", "console")
EMAIL_BACKEND = {"console": "django.core.mail.backends.console.EmailBackend",
                 "file": "django.core.mail.backends.filebased.EmailBackend",
                 "smtp": "django.core.mail.backends.smtp.EmailBackend",
                 "locmem": "django.core.mail.backends.locmem.EmailBackend"}[_backend]
EMAIL_FILE_PATH = env("FILON_EMAIL_DIR", str(Path.cwd() / "filon-mail"))
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env("EMAIL_USE_TLS", "0") == "1"
DEFAULT_FROM_EMAIL = env("FILON_DEFAULT_FROM", "filon <noreply@localhost>")

# The board's identity, shown on every page (filon.board.context.site): no template to edit.
SITE_NAME = env("FILON_SITE_NAME", "filon")
SITE_TAGLINE = env("FILON_SITE_TAGLINE", "offres d'emploi de l'ESS et des associations")
SITE_OPERATOR = env("FILON_SITE_OPERATOR", "")       # who publishes the board (mentions légales)
SITE_CONTACT = env("FILON_SITE_CONTACT", "")         # an e-mail for people and for personal-data requests
SITE_ACCENT = env("FILON_SITE_ACCENT", "#0b5cad")    # links and buttons; keep a 4.5:1 contrast on white
SITE_LOGO_URL = env("FILON_SITE_LOGO_URL", "")
SITE_PAGES_DIR = env("FILON_SITE_PAGES_DIR", "")     # mentions-legales.html, donnees-personnelles.html, accessibilite.html
SITE_ACCESSIBILITY = env("FILON_SITE_ACCESSIBILITY", "non conforme")   # RGAA status: "partiellement conforme" after an audit
# The recruiter's link: each extension adds MANAGE_EXTEND_DAYS, up to MANAGE_MAX_DAYS after publication.
MANAGE_EXTEND_DAYS = int(env("FILON_MANAGE_EXTEND_DAYS", "30"))
MANAGE_MAX_DAYS = int(env("FILON_MANAGE_MAX_DAYS", "180"))
MANAGE_LINK_DAYS = int(env("FILON_MANAGE_LINK_DAYS", "365"))    # a link older than this stops working
