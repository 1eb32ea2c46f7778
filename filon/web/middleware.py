"""Request ids and security headers, for every response of the board.

Each request gets an id (a sane incoming ``X-Request-ID`` from the reverse
proxy, else a new one), sent back in ``X-Request-ID``, shown on the error
page and added to every log line written while it is served, so that a
recruiter's "erreur abc123" finds its traceback in the log.
"""
from __future__ import annotations

import contextvars
import logging
import re
import uuid

from django.conf import settings

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
