"""Settings of the filon board, in one place, read from the environment.

Every setting has a safe default so that ``filon serve`` works on a fresh
machine: a SQLite file in the working directory, mail printed on the console.

FILON_DATABASE_URL   sqlite:///path/filon.sqlite3 (default) or postgres://user:pass@host:5432/db
FILON_SECRET_KEY     signs sessions and recruiters' links; unset, a key generated on first run and kept in
                     FILON_SECRET_KEY_FILE (default: filon-secret-key beside the SQLite database, or in the
                     working directory on PostgreSQL); the public development key only when FILON_DEBUG is on
FILON_DEBUG          "1" to show debug pages (default "0")
FILON_ALLOWED_HOSTS  comma-separated (default "127.0.0.1,localhost")
FILON_BASE_URL       absolute URL of the board, for e-mails, feeds and JSON-LD (default http://127.0.0.1:8000)
FILON_EMAIL_BACKEND  "console" (default: printed on stderr), "file" (into FILON_EMAIL_DIR) or "smtp" (EMAIL_HOST... below)
FILON_DEFAULT_FROM   sender of the board's e-mails
FILON_MEDIA_ROOT     where uploaded documents are kept (default ./filon-media)
FILON_OFFER_LIFETIME_DAYS  days an offer without deadline stays online (default 60)
FILON_SEARCH_INDEX   the search index's folder (default: filon-search beside the SQLite database, or in the
                     working directory on PostgreSQL); one per server, rebuilt from the database when missing
FILON_SEARCH_KEEP_CHANGES_HOURS  hours the change log keeps a write for the index replicas (default 72)
FILON_SEARCH_COUNTS_CACHE  searches whose total and facet counts a process remembers until the index
                     changes (default 256; 0: none)
FILON_EXTRACT_TIMEOUT_S    seconds one submitted or imported document may take to read (default 30)
FILON_EXTRACT_MEMORY_MB    memory its worker process may map, in MB (default 1024)
FILON_SUBMISSIONS_PER_HOUR  final submissions per visitor's address and hour on /deposer/ (default 20; coordinators:
                     no limit); FILON_TRUSTED_PROXIES  reverse proxies whose X-Forwarded-For names the visitor
FILON_LOGIN_ATTEMPTS failed coordinator logins allowed per address, and per user name, in 15 minutes (default 10)
FILON_THREADS        filon serve's threads (default 8); FILON_CONNECTIONS  connections it holds open (default 1000)
FILON_PAGE_CACHE_SECONDS   anonymous visitors' public pages served from the cache this long (default 30; 0: off)
FILON_LOG_FILE       server errors (with traceback and request id) also appended to this file; always on stderr
FILON_HSTS_SECONDS   Strict-Transport-Security max-age when FILON_BASE_URL is https (default one year)
"""
from __future__ import annotations

import ipaddress
import os
import secrets
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.core.exceptions import ImproperlyConfigured

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


def beside_database(database: dict, name: str) -> Path:
    """A path named ``name`` beside the SQLite file, or in the working directory on PostgreSQL."""
    folder = Path(database["NAME"]).resolve().parent if database["ENGINE"].endswith("sqlite3") else Path.cwd()
    return folder / name


def secret_key(debug: bool, database: dict) -> str:
    """FILON_SECRET_KEY; else, in debug, a development key; else the key in
    FILON_SECRET_KEY_FILE, generated there on first run (readable by this
    user only). Never the public development key outside debug."""
    if key := env("FILON_SECRET_KEY", ""):
        return key
    if debug:
        return "filon-development-key-not-for-a-public-board"
    path = Path(env("FILON_SECRET_KEY_FILE", str(beside_database(database, "filon-secret-key"))))
    if not path.exists():
        # Written whole under another name, then linked: a process starting at the same time reads
        # the complete key or creates its own link, never half a file.
        draft = path.with_name(f".{path.name}.{os.getpid()}")
        try:
            with os.fdopen(os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
                out.write(secrets.token_urlsafe(50) + "\n")
            os.link(draft, path)
        except FileExistsError:
            pass
        except OSError as error:
            raise ImproperlyConfigured(f"FILON_SECRET_KEY is not set and {path} cannot be created ({error.strerror}): "
                                       "set FILON_SECRET_KEY or FILON_SECRET_KEY_FILE") from None
        finally:
            draft.unlink(missing_ok=True)
    key = path.read_text().strip()
    if len(key) < 32:
        raise ImproperlyConfigured(f"{path}: the secret key file holds no key of 32 characters or more")
    return key


DEBUG = env("FILON_DEBUG", "0") == "1"
ALLOWED_HOSTS = [h.strip() for h in env("FILON_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h.strip()]
BASE_URL = env("FILON_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
DATABASES = {"default": database_from_url(env("FILON_DATABASE_URL", "sqlite:///filon.sqlite3"))}
SECRET_KEY = secret_key(DEBUG, DATABASES["default"])
OFFER_LIFETIME_DAYS = int(env("FILON_OFFER_LIFETIME_DAYS", "60"))
SEARCH_INDEX = Path(env("FILON_SEARCH_INDEX", str(beside_database(DATABASES["default"], "filon-search"))))
SEARCH_KEEP_CHANGES_HOURS = float(env("FILON_SEARCH_KEEP_CHANGES_HOURS", "72"))
SEARCH_COUNTS_CACHE = int(env("FILON_SEARCH_COUNTS_CACHE", "256"))
# Whether a search inside a transaction first applies the change log (which then shows that transaction's own
# uncommitted writes): off for the board, where searches run in autocommit; on in the tests, which run each
# test in a transaction rolled back at its end, with an index folder of its own.
SEARCH_SYNC_IN_TRANSACTION = False
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024       # the upload and the rest of its form
SERVER_THREADS = int(env("FILON_THREADS", "8"))                # filon serve: requests served at once
SERVER_CONNECTIONS = int(env("FILON_CONNECTIONS", "1000"))     # and connections held open (waitress's default: 100)
EXTRACT_TIMEOUT_S = float(env("FILON_EXTRACT_TIMEOUT_S", "30"))
EXTRACT_MEMORY_MB = int(env("FILON_EXTRACT_MEMORY_MB", "1024"))
LOGIN_ATTEMPTS = int(env("FILON_LOGIN_ATTEMPTS", "10"))       # failed admin logins per address or name, per 15 min
SUBMISSIONS_PER_HOUR_PER_IP = int(env("FILON_SUBMISSIONS_PER_HOUR", "20"))   # final submissions (not readings, previews)
# Reverse proxies whose X-Forwarded-For names the visitor (comma-separated addresses or networks, e.g. "127.0.0.1"):
# behind one, every visitor would otherwise share the proxy's address and its submission limit.
TRUSTED_PROXIES = [a.strip() for a in env("FILON_TRUSTED_PROXIES", "").split(",") if a.strip()]
for _proxy in TRUSTED_PROXIES:          # a typo would silently trust no one: refuse to start instead
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(f"FILON_TRUSTED_PROXIES: {_proxy!r} is not an address or a network") from None

INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles", "django.contrib.humanize",
    "rest_framework", "rest_framework.authtoken", "drf_spectacular", "drf_spectacular_sidecar",
    "filon.offers", "filon.search", "filon.board", "filon.api",
]
MIDDLEWARE = [
    "filon.web.middleware.RequestId",
    "filon.web.middleware.StorePublicPages",
    "django.middleware.security.SecurityMiddleware",
    "filon.web.middleware.ContentSecurityPolicy",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "filon.web.middleware.PublicPageCache",
]
# Public pages seen by anonymous visitors are kept this long (filon.web.middleware.PublicPageCache):
# a new or approved offer shows on the search page at most this late.
CACHE_MIDDLEWARE_SECONDS = int(env("FILON_PAGE_CACHE_SECONDS", "30"))
CACHE_MIDDLEWARE_KEY_PREFIX = "page"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}}
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
EMAIL_BACKEND = {"console": "filon.web.mail.ConsoleBackend",          # on stderr: commands' output stays clean
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

# Served over HTTPS (FILON_BASE_URL https://..., behind a reverse proxy that terminates TLS and sets
# X-Forwarded-Proto): redirect to HTTPS, cookies only over HTTPS, HSTS. On http:// (a local board),
# none of these, or the board could not be reached at all.
HTTPS = BASE_URL.startswith("https://")
if HTTPS and not DEBUG:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(env("FILON_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
CSRF_TRUSTED_ORIGINS = [BASE_URL] if HTTPS else []
SILENCED_SYSTEM_CHECKS = ["security.W021"]      # HSTS preload: a registration with the browsers, the operator's choice
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                           "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")

# Errors (500s with their traceback) and warnings to stderr, and to FILON_LOG_FILE if set, each line with its request id.
LOG_FILE = env("FILON_LOG_FILE", "")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "filon.web.middleware.RequestIdFilter"}},
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": "line", "level": "WARNING"},
        **({"file": {"class": "logging.handlers.WatchedFileHandler", "filename": LOG_FILE, "filters": ["request_id"],
                     "formatter": "line", "level": "WARNING"}} if LOG_FILE else {}),
    },
    "loggers": {
        "django": {"handlers": ["stderr", *(["file"] if LOG_FILE else [])], "level": "WARNING", "propagate": False},
        "filon": {"handlers": ["stderr", *(["file"] if LOG_FILE else [])], "level": "INFO", "propagate": False},
    },
}

# The board's identity, shown on every page (filon.board.identity): no template to edit. Each is the default
# of a field of the admin's "Identité du site", which replaces it when filled.
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
