"""Request ids, security headers and the public pages' cache.

Each request gets an id (a sane incoming ``X-Request-ID`` from the reverse
proxy, else a new one), sent back in ``X-Request-ID``, shown on the error
page and added to every log line written while it is served, so that a
recruiter's "erreur abc123" finds its traceback in the log.
"""
from __future__ import annotations

import contextvars
import functools
import ipaddress
import logging
import re
import uuid

from django.conf import settings
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware

from filon.offers.changes import offers_version

_current = contextvars.ContextVar("request_id", default="-")
_SANE = re.compile(r"[A-Za-z0-9._-]{8,64}")


def current_request_id() -> str:
    """The id of the request being served by this thread ("-" outside one)."""
    return _current.get()


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to each log record (for the formatters)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id()
        return True


class RequestId:
    """Gives each request an id and each response its ``X-Request-ID``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.META.get("HTTP_X_REQUEST_ID", "")
        request.request_id = given if _SANE.fullmatch(given) else uuid.uuid4().hex[:16]
        token = _current.set(request.request_id)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        response["X-Request-ID"] = request.request_id
        return response


class ContentSecurityPolicy:
    """The ``Content-Security-Policy`` of settings.CONTENT_SECURITY_POLICY on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response


class _ByOffersVersion:
    """The page cache's key prefix moves on with every change of the offers."""

    @property
    def key_prefix(self) -> str:
        return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}:{offers_version()}"

    @key_prefix.setter
    def key_prefix(self, value: str) -> None:
        pass


class StorePublicPages(_ByOffersVersion, UpdateCacheMiddleware):
    """Stores what :class:`PublicPageCache` lets through (first in MIDDLEWARE)."""


class PublicPageCache(_ByOffersVersion, FetchFromCacheMiddleware):
    """Django's page cache, for the public pages of anonymous visitors only.

    The search page, offer pages, the API's searches, the feed and the
    sitemap are answered from the cache for ``CACHE_MIDDLEWARE_SECONDS``
    (FILON_PAGE_CACHE_SECONDS) when the request carries no cookie but the
    CSRF one: a link shared on social media is computed once per period,
    not once per visitor, and any change of the offers starts a new cache.
    Coordinators (a session cookie), submissions and recruiters' links are
    never cached. Last in MIDDLEWARE, with :class:`StorePublicPages` first."""

    PUBLIC = re.compile(r"/|/offres/\d+/|/offres/\d+/date-limite\.ics|/api/offres/(?:\d+/)?|/flux\.atom|/sitemap\.xml")

    def process_request(self, request):
        if set(request.COOKIES) - {settings.CSRF_COOKIE_NAME} or not self.PUBLIC.fullmatch(request.path_info):
            request._cache_update_cache = False
            return None
        return super().process_request(request)


def client_address(request) -> str:
    """The visitor's address: the connection's, or, when the connection
    comes from a trusted reverse proxy (``FILON_TRUSTED_PROXIES``:
    addresses or networks such as ``10.0.0.0/8``), the rightmost address of
    ``X-Forwarded-For`` that is not itself a trusted proxy (each proxy
    appends the address it was reached from). A header sent by anyone else
    is ignored: it would let a client choose its address."""
    address = request.META.get("REMOTE_ADDR", "?")
    if not _trusted(address):
        return address
    for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = hop.strip() or address
        if not _trusted(address):
            break
    return address


def _trusted(address: str) -> bool:
    """Whether ``address`` is one of ``FILON_TRUSTED_PROXIES``."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


@functools.lru_cache(maxsize=4)
def _networks(entries: tuple[str, ...]) -> list:
    """The trusted proxies' networks (an address is a network of one)."""
    return [ipaddress.ip_network(entry, strict=False) for entry in entries]
